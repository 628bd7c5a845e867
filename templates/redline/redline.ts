// "What changed since the last agreement": two documents of one template (the previous round's agreement
// and the new round's), compared block by block the way a reader compares two contracts. Articles are
// matched by their stable id (templates set one: '工资支付.2'), so an article renumbered because a term was
// added before it is the same article with a new number; chapter headings are matched without their
// ordinal (第十一章 违约责任 and 第十二章 违约责任 are one chapter); the rest by text, and what is left between
// two matches is paired where it can be one block rewritten. Inside each pair the text is diffed
// (textDiff.ts), tables cell by cell (tableRedline.ts). Pure: the .docx with tracked changes
// (redlineDocx.ts) and a screen read the same result.
import type { Align, Block, Document, Run } from '../model';
import { amountText } from '../text';
import { sequenceAlign } from './align';
import { type RedlineRow, tableRedlineRows, tableColumns } from './tableRedline';
import { type RedlineSegment, segmentsWhole, textDiff } from './textDiff';

export type { RedlineCell, RedlineRow } from './tableRedline';
export type { RedlineSegment, SegmentKind } from './textDiff';

/** What happened to a block, a paragraph or a table row. */
export type BlockChange = 'equal' | 'changed' | 'inserted' | 'deleted';

export interface RedlineParagraph {
  readonly change: BlockChange;
  readonly segments: readonly RedlineSegment[];
  readonly align?: Align;
  readonly indent?: boolean;
}

/** A block of the redline with the two blocks it stands for (null on the side that does not have it). */
export type RedlineBlock = { readonly change: BlockChange; readonly previous: Block | null; readonly next: Block | null } & (
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly segments: readonly RedlineSegment[] }
  /** A paragraph, or an amount line (label：1,570.00 元（大写：…）), diffed as the text it prints. */
  | { readonly kind: 'paragraph'; readonly paragraph: RedlineParagraph }
  | {
      readonly kind: 'clause';
      readonly id?: string;
      /** 第九条 → 第十一条 when an article was added before it. */
      readonly number: readonly RedlineSegment[];
      readonly heading: readonly RedlineSegment[];
      readonly paragraphs: readonly RedlineParagraph[];
    }
  | { readonly kind: 'table'; readonly header: boolean; readonly widths?: readonly number[]; readonly rows: readonly RedlineRow[] }
  /** Signature and filing blocks and page breaks: compared whole, shown as they print. */
  | { readonly kind: 'form' }
);

export interface Redline {
  readonly title: readonly RedlineSegment[];
  readonly subtitle: RedlineParagraph | null;
  readonly blocks: readonly RedlineBlock[];
}

type ClauseBlock = Extract<Block, { kind: 'clause' }>;

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** The runs an amount block prints (blocks.ts writes it so): the label, the amount in bold, the note. */
function amountRuns(b: Extract<Block, { kind: 'amount' }>): Run[] {
  return [{ text: `${b.label}：` }, { text: amountText(b.amount), bold: true }, ...(b.note ? [{ text: b.note }] : [])];
}

/** 第十一章 (and the ideographic space after it), 第三节, 一、: the ordinal before a heading, which moves when a chapter is added or dropped. */
const HEADING_ORDINAL = /^(?:第[〇零一二三四五六七八九十百千]+[章节]|[一二三四五六七八九十]+、)[\s\u3000]*/u;

function blockIdentity(b: Block): string {
  switch (b.kind) {
    case 'clause':
      return b.id !== undefined ? `clause#${b.id}` : `clause:${b.heading ?? b.number}`;
    case 'heading':
      return `heading${b.level}:${b.text.replace(HEADING_ORDINAL, '')}`;
    case 'paragraph':
      return `paragraph:${runsText(b.runs)}`;
    case 'amount':
      return `amount:${b.label}`;
    case 'table': {
      const first = b.rows[0]?.[0]?.text ?? '';
      return `table:${typeof first === 'string' ? first : runsText(first)}`;
    }
    default:
      return b.kind;
  }
}

/** Whether two unmatched blocks can be one block rewritten: same kind, and an article with an id is only ever itself. */
function blocksPairable(a: Block, b: Block): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'clause' && b.kind === 'clause') return a.id === undefined || b.id === undefined;
  if (a.kind === 'heading' && b.kind === 'heading') return a.level === b.level;
  if (a.kind === 'table' && b.kind === 'table') return tableColumns(a) === tableColumns(b);
  return true;
}

/** The diff of two texts, or one text inserted or deleted whole. */
export function sidesDiff(previous: readonly Run[] | null, next: readonly Run[] | null): RedlineSegment[] {
  if (previous === null) return segmentsWhole(next ?? [], 'inserted');
  if (next === null) return segmentsWhole(previous, 'deleted');
  return textDiff(previous, next);
}

function changeOf<T>(previous: T | null, next: T | null): BlockChange {
  if (previous === null) return 'inserted';
  if (next === null) return 'deleted';
  return JSON.stringify(previous) === JSON.stringify(next) ? 'equal' : 'changed';
}

function paragraphRedline(previous: { readonly runs: readonly Run[] } | null, next: { readonly runs: readonly Run[] } | null, look: { readonly align?: Align; readonly indent?: boolean }): RedlineParagraph {
  const change = changeOf(previous && runsText(previous.runs), next && runsText(next.runs));
  return { change, segments: sidesDiff(previous?.runs ?? null, next?.runs ?? null), ...look };
}

/** An article's paragraphs: the first of each side is the one the number leads, so those two are always a pair. */
function clauseParagraphs(previous: ClauseBlock | null, next: ClauseBlock | null): RedlineParagraph[] {
  const look = (p: ClauseBlock['paragraphs'][number]) => ({ ...(p.align ? { align: p.align } : {}), ...(p.indent !== undefined ? { indent: p.indent } : {}) });
  const [oldFirst, ...oldRest] = previous?.paragraphs ?? [];
  const [newFirst, ...newRest] = next?.paragraphs ?? [];
  const firstLook = newFirst ?? oldFirst;
  const first = firstLook ? [paragraphRedline(oldFirst ?? (previous ? { runs: [] } : null), newFirst ?? (next ? { runs: [] } : null), look(firstLook))] : [];
  const rest = sequenceAlign(oldRest, newRest, (p) => runsText(p.runs), () => true);
  return [...first, ...rest.map((a) => paragraphRedline(a.previous, a.next, look((a.next ?? a.previous)!)))];
}

function blockRedline(previous: Block | null, next: Block | null): RedlineBlock {
  const block = (next ?? previous)!;
  const sides = { change: changeOf(previous, next), previous, next };
  switch (block.kind) {
    case 'heading': {
      const text = (b: Block | null) => (b?.kind === 'heading' ? [{ text: b.text }] : null);
      return { ...sides, kind: 'heading', level: block.level, segments: sidesDiff(text(previous), text(next)) };
    }
    case 'paragraph':
    case 'amount': {
      const runs = (b: Block | null) => (b?.kind === 'paragraph' ? { runs: b.runs } : b?.kind === 'amount' ? { runs: amountRuns(b) } : null);
      const look = block.kind === 'paragraph' ? { ...(block.align ? { align: block.align } : {}), ...(block.indent !== undefined ? { indent: block.indent } : {}) } : { indent: true };
      return { ...sides, kind: 'paragraph', paragraph: paragraphRedline(runs(previous), runs(next), look) };
    }
    case 'clause': {
      const old = previous?.kind === 'clause' ? previous : null;
      const now = next?.kind === 'clause' ? next : null;
      const text = (value: string | undefined) => (value ? [{ text: value }] : []);
      return {
        ...sides,
        kind: 'clause',
        ...(block.id !== undefined ? { id: block.id } : {}),
        number: sidesDiff(old && text(old.number), now && text(now.number)),
        heading: sidesDiff(old && text(old.heading), now && text(now.heading)),
        paragraphs: clauseParagraphs(old, now),
      };
    }
    case 'table': {
      const old = previous?.kind === 'table' ? previous : null;
      const now = next?.kind === 'table' ? next : null;
      return { ...sides, kind: 'table', header: block.header === true, ...(block.widths ? { widths: block.widths } : {}), rows: tableRedlineRows(old, now) };
    }
    default:
      return { ...sides, kind: 'form' };
  }
}

/** The redline of `next` against `previous`: every block of both, in an order that reads as the new document with the old text struck in place. */
export function documentRedline(previous: Document, next: Document): Redline {
  const subtitle = previous.subtitle || next.subtitle ? paragraphRedline(previous.subtitle ? { runs: [{ text: previous.subtitle }] } : null, next.subtitle ? { runs: [{ text: next.subtitle }] } : null, {}) : null;
  return {
    title: sidesDiff([{ text: previous.title }], [{ text: next.title }]),
    subtitle,
    blocks: sequenceAlign(previous.blocks, next.blocks, blockIdentity, blocksPairable).map((a) => blockRedline(a.previous, a.next)),
  };
}
