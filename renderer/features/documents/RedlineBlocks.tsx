// The redline (templates/redline/redline.ts) drawn on the A4 sheet: inserted text in <ins>, deleted text in
// <del>, each opened by a visually hidden 新增：/删除： and closed by its end mark, since screen readers do
// not announce the two elements themselves. Tables show a changed cell as old → new. What did not change
// in its words (an article only renumbered, an untouched paragraph or table) folds to one line that opens
// with the keyboard (<details>); chapter headings always show, so the reader keeps their place.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Redline, RedlineBlock, RedlineCell, RedlineParagraph, RedlineRow, RedlineSegment } from '../../../templates/redline/redline';
import { segmentsText } from '../../../templates/redline/textDiff';
import { BlockView } from './PrintBlocks';

type Kind = 'inserted' | 'deleted';

/** Inserted or deleted text, with the words a screen reader says around it. */
export function Mark({ kind, children }: { readonly kind: Kind; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const Tag = kind === 'inserted' ? 'ins' : 'del';
  return (
    <Tag className={`doc-redline-${kind}`}>
      <span className="doc-visually-hidden">{t(`documents.redline.${kind}`)}</span>
      {children}
      <span className="doc-visually-hidden">{t(`documents.redline.${kind}End`)}</span>
    </Tag>
  );
}

function SegmentText({ segment }: { readonly segment: RedlineSegment }) {
  const text = segment.text.split('\n').map((line, i) => (i === 0 ? line : <Fragment key={i}><br />{line}</Fragment>));
  if (segment.blank) return <span className="doc-blank">{text}</span>;
  return segment.bold ? <strong>{text}</strong> : <>{text}</>;
}

/** Segments in order, each run of one kind wrapped once. */
export function Segments({ segments }: { readonly segments: readonly RedlineSegment[] }) {
  const groups: { kind: RedlineSegment['kind']; items: RedlineSegment[] }[] = [];
  for (const s of segments) {
    const last = groups.at(-1);
    if (last?.kind === s.kind) last.items.push(s);
    else groups.push({ kind: s.kind, items: [s] });
  }
  return groups.map((g, i) => {
    const inner = g.items.map((s, j) => <SegmentText key={j} segment={s} />);
    return g.kind === 'equal' ? <Fragment key={i}>{inner}</Fragment> : <Mark key={i} kind={g.kind}>{inner}</Mark>;
  });
}

const changeClass = (change: string) => (change === 'inserted' || change === 'deleted' ? ` doc-redline-block-${change}` : '');

function ParagraphRedline({ p, lead }: { readonly p: RedlineParagraph; readonly lead?: ReactNode }) {
  const className = ['doc-p', p.indent === false ? 'doc-noindent' : '', `doc-align-${p.align ?? 'justify'}`].filter(Boolean).join(' ');
  return (
    <p className={className + changeClass(p.change)}>
      {lead}
      <Segments segments={p.segments} />
    </p>
  );
}

function CellRedline({ cell }: { readonly cell: RedlineCell }) {
  if (cell.previous === cell.next) return <Segments segments={cell.segments} />;
  if (cell.previous === null) return <Mark kind="inserted">{cell.next}</Mark>;
  if (cell.next === null) return <Mark kind="deleted">{cell.previous}</Mark>;
  return (
    <>
      <Mark kind="deleted">{cell.previous}</Mark>
      <span className="doc-redline-arrow" aria-hidden="true">{' → '}</span>
      <Mark kind="inserted">{cell.next}</Mark>
    </>
  );
}

function TableRedline({ block }: { readonly block: Extract<RedlineBlock, { kind: 'table' }> }) {
  const columns = Math.max(1, ...block.rows.map((r) => r.cells.reduce((n, c) => n + (c.span ?? 1), 0)));
  const weights = block.widths ?? Array.from({ length: columns }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const [head, ...body] = block.header ? block.rows : [undefined, ...block.rows];
  const row = (r: RedlineRow, header: boolean) =>
    r.cells.map((c, i) => {
      const props = { className: `doc-align-${c.align ?? 'left'}${c.bold ? ' doc-bold' : ''}${c.previous !== c.next ? ' doc-redline-cell-changed' : ''}`, colSpan: c.span ?? 1 };
      return header ? <th key={i} {...props}><CellRedline cell={c} /></th> : <td key={i} {...props}><CellRedline cell={c} /></td>;
    });
  return (
    <table className="doc-table doc-redline-table">
      <colgroup>
        {weights.map((w, i) => (
          <col key={i} style={{ width: `${(w / sum) * 100}%` }} />
        ))}
      </colgroup>
      {head ? (
        <thead>
          <tr className={changeClass(head.change)}>{row(head, true)}</tr>
        </thead>
      ) : null}
      <tbody>
        {body.map((r, i) => (r ? <tr key={i} className={changeClass(r.change)}>{row(r, false)}</tr> : null))}
      </tbody>
    </table>
  );
}

function ClauseRedline({ block }: { readonly block: Extract<RedlineBlock, { kind: 'clause' }> }) {
  const [first, ...rest] = block.paragraphs;
  const lead = (
    <span className="doc-clause-number">
      <Segments segments={block.number} />
      {'\u3000'}
      {block.heading.length > 0 ? (
        <>
          <Segments segments={block.heading} />
          {'\u3000'}
        </>
      ) : null}
    </span>
  );
  return (
    <div className={`doc-clause${changeClass(block.change)}`}>
      <ParagraphRedline p={first ?? { change: block.change, segments: [] }} lead={lead} />
      {rest.map((p, i) => (
        <ParagraphRedline key={i} p={p} />
      ))}
    </div>
  );
}

function FormRedline({ block }: { readonly block: Extract<RedlineBlock, { kind: 'form' }> }) {
  if (block.change === 'equal' || !block.previous || !block.next) {
    const shown = (block.next ?? block.previous)!;
    const view = <BlockView block={shown} signatures={[]} />;
    return block.change === 'equal' ? view : <div className={`doc-redline-form${changeClass(block.change)}`}><Mark kind={block.change === 'inserted' ? 'inserted' : 'deleted'}>{view}</Mark></div>;
  }
  return (
    <div className="doc-redline-form">
      <div className="doc-redline-block-deleted"><Mark kind="deleted"><BlockView block={block.previous} signatures={[]} /></Mark></div>
      <div className="doc-redline-block-inserted"><Mark kind="inserted"><BlockView block={block.next} signatures={[]} /></Mark></div>
    </div>
  );
}

function BlockRedline({ block }: { readonly block: RedlineBlock }) {
  switch (block.kind) {
    case 'heading': {
      const content = <Segments segments={block.segments} />;
      const className = `doc-h${block.level}${changeClass(block.change)}`;
      return block.level === 1 ? <h2 className={className}>{content}</h2> : block.level === 2 ? <h3 className={className}>{content}</h3> : <h4 className={className}>{content}</h4>;
    }
    case 'paragraph':
      return <ParagraphRedline p={block.paragraph} />;
    case 'clause':
      return <ClauseRedline block={block} />;
    case 'table':
      return <TableRedline block={block} />;
    case 'form':
      return <FormRedline block={block} />;
  }
}

/** Whether the block's words are the same on both sides (an article may still have a new number). */
export function blockWordsSame(block: RedlineBlock): boolean {
  if (block.kind === 'heading') return false;
  if (block.kind === 'clause') return block.change !== 'inserted' && block.change !== 'deleted' && block.heading.every((s) => s.kind === 'equal') && block.paragraphs.every((p) => p.change === 'equal');
  return block.change === 'equal';
}

/** The start of a folded text: short enough that the line and its tag fit the sheet's width. */
const excerpt = (text: string) => (text.length > 22 ? `${text.slice(0, 22)}…` : text);

/** The one line an unchanged block folds to. */
function FoldedLine({ block }: { readonly block: RedlineBlock }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'clause': {
      const renumbered = block.number.some((s) => s.kind !== 'equal');
      const heading = segmentsText(block.heading, 'next');
      const text = block.paragraphs[0] ? segmentsText(block.paragraphs[0].segments, 'next') : '';
      return (
        <>
          <span className="doc-clause-number"><Segments segments={block.number} /></span>
          {'\u3000'}
          {heading ? `${heading}\u3000` : ''}
          <span className="doc-redline-excerpt">{excerpt(text)}</span>
          <span className="doc-redline-tag">{t(renumbered ? 'documents.redline.renumbered' : 'documents.redline.same')}</span>
        </>
      );
    }
    case 'paragraph':
      return (
        <>
          <span className="doc-redline-excerpt">{excerpt(segmentsText(block.paragraph.segments, 'next'))}</span>
          <span className="doc-redline-tag">{t('documents.redline.same')}</span>
        </>
      );
    case 'table': {
      const first = block.rows[0]?.cells[0]?.next ?? '';
      return (
        <>
          <span className="doc-redline-excerpt">{t('documents.redline.sameTable', { first: excerpt(first) })}</span>
          <span className="doc-redline-tag">{t('documents.redline.same')}</span>
        </>
      );
    }
    default:
      return (
        <>
          <span className="doc-redline-excerpt">{t('documents.redline.sameForm')}</span>
          <span className="doc-redline-tag">{t('documents.redline.same')}</span>
        </>
      );
  }
}

interface Props {
  readonly redline: Redline;
  /** Unchanged blocks open (the global toggle); each can still be opened and closed on its own. */
  readonly unfolded: boolean;
}

export function RedlineSheet({ redline, unfolded }: Props) {
  const title = segmentsText(redline.title, 'next');
  return (
    <article className="doc-sheet doc-redline" lang="zh-CN" aria-label={title}>
      <h1 className="doc-title"><Segments segments={redline.title} /></h1>
      {redline.subtitle ? (
        <p className="doc-subtitle">
          <Segments segments={redline.subtitle.segments} />
        </p>
      ) : null}
      {redline.blocks.map((block, i) =>
        blockWordsSame(block) ? (
          // Keyed on the toggle, so "show all" / "collapse all" resets every fold.
          <details key={`${i}-${unfolded}`} className="doc-redline-fold" open={unfolded}>
            <summary>
              <FoldedLine block={block} />
            </summary>
            <BlockRedline block={block} />
          </details>
        ) : (
          <BlockRedline key={i} block={block} />
        ),
      )}
    </article>
  );
}
