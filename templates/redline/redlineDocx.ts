// The redline as a .docx with real tracked changes (revisions.ts): opened in Word, WPS or LibreOffice it
// shows the old text struck through and the new underlined, with who and when; "accept all" leaves
// exactly the new agreement's text and "reject all" the previous one's. Every block is written by the
// same writers as the plain document (render/blocks.ts, render/forms.ts through render/docx.ts), so
// the redline lays out like the agreement; only the runs, paragraph marks and rows that changed are
// wrapped. It is a working copy, never the text to sign: it carries the draft mark.
import type { Block } from '../model';
import { bodyParagraph, docxRun, headingParagraph, type RunWriter, spacer, tableBlock } from '../render/blocks';
import { blockXml, documentBodyDocxBytes, titleParagraphs } from '../render/docx';
import { MediaCollector } from '../render/media';
import { type BlockChange, type Redline, type RedlineBlock, type RedlineParagraph, sidesDiff } from './redline';
import { RevisionMarks, type RevisionAuthor, type RevisionKind } from './revisions';
import { type RedlineSegment, segmentsText } from './textDiff';

const wholeKind = (change: BlockChange): RevisionKind | null => (change === 'inserted' ? 'ins' : change === 'deleted' ? 'del' : null);

/** Runs written as the plain document writes them, then wrapped by what happened to them. */
function segmentWriter(marks: RevisionMarks): RunWriter {
  return (r, options) => {
    const xml = docxRun(r, options);
    const kind = (r as Partial<RedlineSegment>).kind;
    return kind === 'inserted' ? marks.runs(xml, 'ins') : kind === 'deleted' ? marks.runs(xml, 'del') : xml;
  };
}

class RedlineWriter {
  readonly media = new MediaCollector();
  private readonly marks: RevisionMarks;
  private readonly write: RunWriter;

  constructor(by: RevisionAuthor) {
    this.marks = new RevisionMarks(by);
    this.write = segmentWriter(this.marks);
  }

  private runs(segments: readonly RedlineSegment[], heading = false): string {
    return segments.map((s) => this.write(s, { heading })).join('');
  }

  /** A body paragraph; one inserted or deleted whole has its paragraph mark marked too. */
  private paragraph(p: RedlineParagraph, lead = '', keepNext = false): string {
    const xml = bodyParagraph(lead + this.runs(p.segments), p, keepNext);
    const kind = wholeKind(p.change);
    return kind ? this.marks.paragraphMarks(xml, kind) : xml;
  }

  title(redline: Redline, plain: string): string {
    const sub = redline.subtitle;
    if (redline.title.every((s) => s.kind === 'equal') && (sub === null || sub.change === 'equal')) return plain;
    const xml = titleParagraphs(redline.title, sub ? sub.segments : null, this.write);
    const kind = sub && wholeKind(sub.change);
    if (!kind) return xml;
    // The subtitle is the second paragraph: only its mark is inserted or deleted.
    const cut = xml.indexOf('</w:p>') + '</w:p>'.length;
    return xml.slice(0, cut) + this.marks.paragraphMarks(xml.slice(cut), kind);
  }

  /** One block; `following` is the next block as printed, for keep-with-next before a table. */
  block(b: RedlineBlock, following: Block | undefined): string {
    const kind = wholeKind(b.change);
    if (b.change === 'equal') return blockXml(b.next!, following, this.media);
    if (kind) return this.marks.whole(blockXml((b.next ?? b.previous)!, following, this.media), kind);
    const keepNext = following?.kind === 'table';
    switch (b.kind) {
      case 'heading':
        return headingParagraph(b.level, b.segments, this.write);
      case 'paragraph':
        return this.paragraph(b.paragraph, '', keepNext);
      case 'clause':
        return this.clause(b, keepNext);
      case 'table':
        return this.table(b);
      default:
        // Signature and filing blocks are compared whole: the old one out, the new one in.
        return this.marks.whole(blockXml(b.previous!, following, this.media), 'del') + this.marks.whole(blockXml(b.next!, following, this.media), 'ins');
    }
  }

  /** 第N条 and the heading lead the first paragraph in 黑体, as in blocks.ts. */
  private clause(b: Extract<RedlineBlock, { kind: 'clause' }>, keepNext: boolean): string {
    const leadOf = (x: Block | null) => (x?.kind === 'clause' ? [{ text: `${x.number}\u3000${x.heading ? `${x.heading}\u3000` : ''}` }] : null);
    const lead = this.runs(sidesDiff(leadOf(b.previous), leadOf(b.next)), true);
    const [first, ...rest] = b.paragraphs;
    if (!first) return bodyParagraph(lead, { indent: true }, keepNext);
    return (
      this.paragraph({ ...first, indent: true }, lead, keepNext && rest.length === 0) +
      rest.map((p, i) => this.paragraph(p, '', keepNext && i === rest.length - 1)).join('')
    );
  }

  private table(b: Extract<RedlineBlock, { kind: 'table' }>): string {
    const model: Extract<Block, { kind: 'table' }> = {
      kind: 'table',
      header: b.header,
      ...(b.widths ? { widths: b.widths } : {}),
      rows: b.rows.map((r) => r.cells.map((c) => ({ text: c.segments, ...(c.bold ? { bold: true } : {}), ...(c.align ? { align: c.align } : {}), ...(c.span ? { span: c.span } : {}) }))),
    };
    const rowMarked = (xml: string, row: number) => {
      const kind = wholeKind(b.rows[row]!.change);
      return kind ? this.marks.rowMarks(this.marks.paragraphMarks(xml, kind), kind) : xml;
    };
    return tableBlock(model, this.write, rowMarked) + spacer();
  }
}

/** The document.xml body of the redline: every block of both documents, the changes tracked. */
export function redlineBodyXml(redline: Redline, by: RevisionAuthor): { readonly body: string; readonly media: MediaCollector } {
  const w = new RedlineWriter(by);
  const printed = (b: RedlineBlock | undefined) => (b ? (b.next ?? b.previous)! : undefined);
  const plainTitle = titleParagraphs([{ text: segmentsText(redline.title, 'next') }], redline.subtitle ? [{ text: segmentsText(redline.subtitle.segments, 'next') }] : null);
  const body = w.title(redline, plainTitle) + redline.blocks.map((b, i) => w.block(b, printed(redline.blocks[i + 1]))).join('');
  return { body, media: w.media };
}

/** The redline as .docx bytes, in Node and in the browser; `by` names who made the changes and when. */
export function redlineDocxBytes(redline: Redline, by: RevisionAuthor): Promise<Uint8Array<ArrayBuffer>> {
  const { body, media } = redlineBodyXml(redline, by);
  const title = segmentsText(redline.title, 'next');
  return documentBodyDocxBytes({ draft: true }, body, media, { title: `${title}（修订稿）`, description: `${title}：与上一份协议相比的改动（修订模式）` });
}
