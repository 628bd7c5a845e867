// The document model every template produces: plain data, no docx. One model feeds the .docx renderer
// (templates/render/docx.ts) and, later, the on-screen A4 print view, so both show the same text.
import type { Fen } from '../shared/money/fen';
import { amountText } from './text';

/** A stretch of text; `blank` marks a line to fill in by hand (drawn underlined, text may be spaces). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly blank?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** First line indented two characters, as in Chinese body text. Default true for body paragraphs. */
  readonly indent?: boolean;
}

/** A clause's stable id within its template, e.g. '工资支付.1'. */
export type ClauseId = string;

/** A rule id a block satisfies, e.g. 'CNT-07.1' (rules.md: a wage agreement's term clause). */
export type RuleClauseId = string;

export interface TableCell {
  readonly text: string | readonly Run[];
  readonly bold?: boolean;
  readonly align?: Align;
  /** Columns this cell spans. */
  readonly span?: number;
}

/**
 * A signature drawn on screen, printed in place of the signature line. Not part of the signed text: it is
 * added to a frozen document for printing and download, never stored in it (signatureImage.ts).
 */
export interface SignatureImage {
  /** The PNG file: its bytes, or their standard base64 (a data URL's payload, decoded only when a .docx is written). */
  readonly png: Uint8Array | string;
  /** The image's size in pixels (from its IHDR chunk), for the aspect ratio. */
  readonly widthPx: number;
  readonly heightPx: number;
}

/** At most this many parties side by side in a signature block: a sector agreement signed by every member wraps onto more rows. */
export const SIGNATURE_PARTIES_PER_ROW = 3;

export interface SignatureParty {
  /** 企业方, 职工方, 见证单位. */
  readonly sideLabel: string;
  /** Who seals: the enterprise, the union, the federation. */
  readonly partyName: string;
  /** Draws a box for the seal (盖章). */
  readonly seal: boolean;
  /** 首席代表（签字）, 见证人（签字）. */
  readonly signerRole: string;
  /** Printed under the signature line when known. */
  readonly signerName?: string;
  /** 日期. */
  readonly dateLabel: string;
  /** Pre-filled date text (2021年1月20日); a blank line when absent. */
  readonly dateText?: string;
  /** The signer's drawn signature, in place of the blank signature line. */
  readonly signatureImage?: SignatureImage;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly covers?: readonly RuleClauseId[] }
  | ({ readonly kind: 'paragraph' } & Paragraph)
  | {
      readonly kind: 'clause';
      /**
       * Stable id of the article in its template ('工资支付.1': chapter title, slot in the chapter), which
       * does not move when a conditional article before it is dropped. Per-agreement wording overrides
       * (overrides.ts) are keyed by it. Templates always set it; hand-built models may leave it out.
       */
      readonly id?: ClauseId;
      /** Set when the wording was edited for this agreement: the standard text it replaced. */
      readonly overridden?: { readonly standardText: string };
      /** 第一条. */
      readonly number: string;
      /** Optional short heading shown after the number. */
      readonly heading?: string;
      readonly paragraphs: readonly Paragraph[];
      readonly covers?: readonly RuleClauseId[];
    }
  | {
      readonly kind: 'table';
      readonly rows: readonly (readonly TableCell[])[];
      /** First row is a header (bold, repeated on each page). */
      readonly header?: boolean;
      /** Relative column widths; equal when absent. */
      readonly widths?: readonly number[];
    }
  /** An amount in figures and in capitals: "label：1,570.00 元（大写：人民币壹仟伍佰柒拾元整）". */
  | { readonly kind: 'amount'; readonly label: string; readonly amount: Fen; readonly note?: string }
  | { readonly kind: 'signatureBlock'; readonly parties: readonly SignatureParty[]; readonly witness?: SignatureParty }
  | {
      readonly kind: 'filingBlock';
      /** 受理机关 (the labour administration). */
      readonly authority: string;
      /** Rows left to fill in at filing: 报送日期, 审查意见, 生效日期. */
      readonly fields: readonly string[];
    }
  | { readonly kind: 'pageBreak' };

export type BlockKind = Block['kind'];

export interface DocumentMeta {
  /** Unsigned: every page carries a draft mark. */
  readonly draft: boolean;
  /** SHA-256 of the canonical content once signed, printed on every page. */
  readonly fingerprint?: string;
}

export interface Document {
  readonly title: string;
  readonly subtitle?: string;
  readonly meta: DocumentMeta;
  readonly blocks: readonly Block[];
}

/** How an amount block reads: "label：1,570.00 元（大写：人民币壹仟伍佰柒拾元整）note". */
export function amountLine(label: string, amount: Fen, note?: string): string {
  return `${label}：${amountText(amount)}${note ?? ''}`;
}

// Constructors, so templates read as text rather than object literals.

export function textRuns(text: string): Run[] {
  return [{ text }];
}

export function paragraphBlock(content: string | readonly Run[], options: { align?: Align; indent?: boolean } = {}): Block {
  return { kind: 'paragraph', runs: typeof content === 'string' ? textRuns(content) : content, ...options };
}

export function paragraphOf(content: string | readonly Run[], options: { align?: Align; indent?: boolean } = {}): Paragraph {
  return { runs: typeof content === 'string' ? textRuns(content) : content, ...options };
}

/** Every rule id that some block of the document says it covers. */
export function documentCovers(doc: Document): Set<RuleClauseId> {
  const ids = new Set<RuleClauseId>();
  for (const block of doc.blocks) {
    if ((block.kind === 'heading' || block.kind === 'clause') && block.covers) for (const id of block.covers) ids.add(id);
  }
  return ids;
}

/** Headings in order, for tests and the print view's outline. */
export function documentHeadings(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

/** All text of the document, in order, for searching (tests, registry previews). */
export function documentPlainText(doc: Document): string {
  const runs = (rs: readonly Run[]) => rs.map((r) => r.text).join('');
  const cell = (c: TableCell) => (typeof c.text === 'string' ? c.text : runs(c.text));
  const lines: string[] = [doc.title, doc.subtitle ?? ''];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') lines.push(b.text);
    else if (b.kind === 'paragraph') lines.push(runs(b.runs));
    else if (b.kind === 'clause') lines.push(`${b.number} ${b.heading ?? ''}`, ...b.paragraphs.map((p) => runs(p.runs)));
    else if (b.kind === 'table') lines.push(...b.rows.map((r) => r.map(cell).join(' | ')));
    else if (b.kind === 'amount') lines.push(amountLine(b.label, b.amount, b.note));
    else if (b.kind === 'signatureBlock') {
      for (const p of [...b.parties, ...(b.witness ? [b.witness] : [])]) lines.push(p.sideLabel, p.partyName, p.signerRole, p.signerName ?? '');
    } else if (b.kind === 'filingBlock') lines.push(b.authority, ...b.fields);
  }
  return lines.join('\n');
}
