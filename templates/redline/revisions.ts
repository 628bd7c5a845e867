// Tracked changes in WordprocessingML (ECMA-376 Part 1, §17.13.5 Revisions): inserted runs inside
// <w:ins>, deleted runs inside <w:del> with their text as <w:delText> (a <w:t> inside a deletion is not
// deleted text), an inserted or deleted paragraph mark as <w:ins/> or <w:del/> in the paragraph's
// <w:pPr><w:rPr> (so rejecting an inserted paragraph removes it rather than leaving it empty), and a
// table row inserted or deleted whole as <w:ins/> or <w:del/> in its <w:trPr>. Every revision carries
// w:author and w:date and a w:id unique in the document.
// The markup they wrap is what xml.ts writes (runs are exactly <w:r>…</w:r> and never nest, paragraphs
// open with <w:p> or are <w:p/>, rows with <w:tr>), which is why plain string edits are enough here.
import { isoDateParse } from '../../shared/dates/isoDate';
import { type Result, resultErr, resultOk } from '../../shared/result';
import { escapeXml } from '../render/xml';

export type RevisionKind = 'ins' | 'del';

export interface RevisionAuthor {
  /** Who made the changes, as Word lists them: the drafting side (职工方, the union's name). */
  readonly author: string;
  /** When, an ISO instant in UTC without fractions (2021-01-20T08:00:00Z): revisionDateOf makes one. */
  readonly date: string;
}

const RUN = /<w:r>.*?<\/w:r>/gs;
const PARAGRAPH = /<w:p\/>|<w:p>(?:<w:pPr>(.*?)<\/w:pPr>)?/gs;
const ROW = /<w:tr>(?:<w:trPr>(.*?)<\/w:trPr>)?/gs;

/** Writes the revisions of one document, numbering them from 1. */
export class RevisionMarks {
  private lastId = 0;

  constructor(private readonly by: RevisionAuthor) {}

  private attributes(): string {
    return `w:id="${++this.lastId}" w:author="${escapeXml(this.by.author)}" w:date="${this.by.date}"`;
  }

  /** One run (or several) wrapped as inserted or deleted. */
  runs(runXml: string, kind: RevisionKind): string {
    if (kind === 'ins') return `<w:ins ${this.attributes()}>${runXml}</w:ins>`;
    const deleted = runXml.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>');
    return `<w:del ${this.attributes()}>${deleted}</w:del>`;
  }

  /** Every paragraph mark in `xml` marked; the run properties of the mark come last in w:pPr (CT_PPr). */
  paragraphMarks(xml: string, kind: RevisionKind): string {
    return xml.replace(PARAGRAPH, (found: string, props: string | undefined) => {
      const opened = `<w:p><w:pPr>${props ?? ''}<w:rPr><w:${kind} ${this.attributes()}/></w:rPr></w:pPr>`;
      return found === '<w:p/>' ? `${opened}</w:p>` : opened;
    });
  }

  /** Every table row in `xml` marked; w:ins and w:del come after the row's other properties (CT_TrPr). */
  rowMarks(xml: string, kind: RevisionKind): string {
    return xml.replace(ROW, (_found: string, props: string | undefined) => `<w:tr><w:trPr>${props ?? ''}<w:${kind} ${this.attributes()}/></w:trPr>`);
  }

  /** Blocks as the plain document writes them, inserted or deleted whole: every run, paragraph mark and row. */
  whole(xml: string, kind: RevisionKind): string {
    return this.rowMarks(this.paragraphMarks(xml.replace(RUN, (r) => this.runs(r, kind)), kind), kind);
  }
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A revision date from the command line or a caller: a calendar date (2021-01-20, midnight UTC) or an
 * ISO 8601 instant with its offset (2021-01-20T16:00+08:00), as UTC without fractions, which Word and
 * LibreOffice both read (w:date is an xsd:dateTime). Error: redline.date.
 */
export function revisionDateOf(text: string): Result<string> {
  const m = INSTANT.exec(text.trim());
  const bad = resultErr('redline.date', `not an ISO date or instant with an offset: ${text}`, { field: 'date' });
  if (!m || isoDateParse(m[1]!) === null) return bad;
  if (m[2] === undefined) return resultOk(`${m[1]}T00:00:00Z`);
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return bad;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${m[5]}`);
  return Number.isNaN(ms) ? bad : resultOk(revisionDateFromMs(ms));
}

/** An instant (milliseconds since the epoch, e.g. Date.now()) as a revision date. */
export function revisionDateFromMs(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
