// WordprocessingML for the body of document.xml, written as strings. Why not docx's objects: its
// generic Formatter turns every paragraph and run into an object tree before it is written, and for a
// long agreement building and formatting those objects alone took longer than docxtemplater takes to
// fill and zip a whole template (bench/docx.ts). These few elements are all the body uses; they are written with the markup, element
// order and attribute order docx wrote, so the files open and lay out exactly as before. Everything else
// in the package (styles, header with the watermark, footer, settings...) still comes from docx
// (package.ts).

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * What never reaches a part of the package. XML 1.0 (§2.2 Char) forbids the C0 controls but tab, line
 * feed and carriage return, U+FFFE, U+FFFF and any surrogate not in a pair: one of them, pasted from a
 * web page or a PDF, and no word processor opens the file. DEL and the C1 controls (U+007F–U+009F) and the
 * noncharacters U+FDD0–U+FDEF are allowed but discouraged (§2.2 note); none belongs in a contract, and a
 * C1 byte is nearly always text decoded with the wrong code page, so they go too. With the `u` flag a
 * surrogate range matches only unpaired halves: characters outside the BMP (rare 汉字 in names) stay.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const notInDocument = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

/** The text without the characters a document part must not hold (notInDocument); for text docx writes itself. */
export function xmlCharsClean(text: string): string {
  return text.replace(notInDocument, '');
}

// One pass: this runs for every run of every document (bench/docx.ts).
// eslint-disable-next-line no-control-regex -- as notInDocument, with the five escaped characters
const escaped = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

/** & < > " ' escaped and the characters no document part may hold dropped (notInDocument). */
export function escapeXml(text: string): string {
  return text.replace(escaped, (c) => entities[c] ?? '');
}

export type Justify = 'left' | 'center' | 'right' | 'both';

export interface RunProps {
  /** Character style id (styles.ts). */
  readonly style?: string;
  /** w:rFonts, in the order ascii, cs, eastAsia, hAnsi. */
  readonly fonts?: { readonly ascii: string; readonly cs: string; readonly eastAsia: string; readonly hAnsi: string };
  readonly bold?: boolean;
  readonly color?: string;
  /** Half-points. */
  readonly size?: number;
  readonly underline?: boolean;
}

export function run(text: string, p: RunProps = {}): string {
  const f = p.fonts;
  const props =
    (p.style ? `<w:rStyle w:val="${p.style}"/>` : '') +
    (f ? `<w:rFonts w:ascii="${f.ascii}" w:cs="${f.cs}" w:eastAsia="${f.eastAsia}" w:hAnsi="${f.hAnsi}"/>` : '') +
    (p.bold ? '<w:b/><w:bCs/>' : '') +
    (p.color ? `<w:color w:val="${p.color}"/>` : '') +
    (p.size !== undefined ? `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>` : '') +
    (p.underline ? '<w:u w:val="single"/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export const pageBreakRun = '<w:r><w:br w:type="page"/></w:r>';

export interface ParagraphProps {
  /** Paragraph style id (styles.ts). */
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  /** Twips; `line` in 240ths of a line, or in twips with `lineRule` atLeast (the line grows with a picture in it). */
  readonly spacing?: { readonly after?: number; readonly before?: number; readonly line?: number; readonly lineRule?: 'atLeast' };
  /** First-line indent in twips. */
  readonly firstLine?: number;
  readonly align?: Justify;
}

export function paragraph(p: ParagraphProps, runs = ''): string {
  const s = p.spacing;
  const props =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.keepNext ? '<w:keepNext/>' : '') +
    (p.keepLines ? '<w:keepLines/>' : '') +
    (s ? `<w:spacing${attr('after', s.after)}${attr('before', s.before)}${attr('line', s.line)}${s.lineRule ? ` w:lineRule="${s.lineRule}"` : ''}/>` : '') +
    (p.firstLine !== undefined ? `<w:ind w:firstLine="${p.firstLine}"/>` : '') +
    (p.align ? `<w:jc w:val="${p.align}"/>` : '');
  if (!props && !runs) return '<w:p/>';
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

const attr = (name: string, value: number | undefined) => (value === undefined ? '' : ` w:${name}="${value}"`);

export interface Border {
  readonly style: 'single' | 'dashed' | 'none';
  readonly color: string;
  /** Eighths of a point. */
  readonly size: number;
}

const border = (side: string, b: Border) => `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`;

export interface TableProps {
  /** Twips. */
  readonly width: number;
  readonly columnWidths: readonly number[];
  readonly borders: { readonly top: Border; readonly bottom: Border; readonly left: Border; readonly right: Border; readonly insideHorizontal: Border; readonly insideVertical: Border };
}

/** A fixed-layout table of the given rows (from `tableRow`). */
export function table(p: TableProps, rows: string): string {
  const b = p.borders;
  const borders = border('top', b.top) + border('left', b.left) + border('bottom', b.bottom) + border('right', b.right) + border('insideH', b.insideHorizontal) + border('insideV', b.insideVertical);
  const grid = p.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${p.width}"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

export interface RowProps {
  readonly cantSplit?: boolean;
  /** true repeats the row on each page; false says so explicitly; absent says nothing. */
  readonly tableHeader?: boolean;
  readonly height?: { readonly value: number; readonly rule: 'atLeast' | 'exact' };
}

export function tableRow(p: RowProps, cells: string): string {
  const props =
    (p.cantSplit ? '<w:cantSplit/>' : '') +
    (p.tableHeader === undefined ? '' : p.tableHeader ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>') +
    (p.height ? `<w:trHeight w:val="${p.height.value}" w:hRule="${p.height.rule}"/>` : '');
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
}

export interface CellProps {
  /** Twips. */
  readonly width: number;
  readonly columnSpan?: number;
  readonly borders?: { readonly top: Border; readonly bottom: Border; readonly left: Border; readonly right: Border };
  readonly margins?: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  readonly verticalAlign?: 'top' | 'center' | 'bottom';
}

/** A cell; its content must end with a paragraph, as Word requires. */
export function tableCell(p: CellProps, content: string): string {
  const b = p.borders;
  const m = p.margins;
  const props =
    `<w:tcW w:type="dxa" w:w="${p.width}"/>` +
    (p.columnSpan ? `<w:gridSpan w:val="${p.columnSpan}"/>` : '') +
    (b ? `<w:tcBorders>${border('top', b.top)}${border('left', b.left)}${border('bottom', b.bottom)}${border('right', b.right)}</w:tcBorders>` : '') +
    (m ? `<w:tcMar>${margin('top', m.top)}${margin('left', m.left)}${margin('bottom', m.bottom)}${margin('right', m.right)}</w:tcMar>` : '') +
    (p.verticalAlign ? `<w:vAlign w:val="${p.verticalAlign}"/>` : '');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
}

const margin = (side: string, twips: number) => `<w:${side} w:type="dxa" w:w="${twips}"/>`;
