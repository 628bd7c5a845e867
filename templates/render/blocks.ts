// Document-model blocks → WordprocessingML paragraphs and tables (everything but signatures and filing
// boxes, which are in forms.ts), as strings of document.xml's body (xml.ts says why).
import type { Align, Block, Paragraph as ModelParagraph, Run, TableCell as ModelCell } from '../model';
import { amountText } from '../text';
import { fontSize } from './fonts';
import { bodyLineSpacing, firstLineIndent, spacing, textHeight, textWidth } from './pageSetup';
import { styleId } from './styles';
import { type Border, type Justify, pageBreakRun, paragraph, run, table, tableCell, tableRow } from './xml';

const alignments: Record<Align, Justify> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

export function docxAlign(align: Align | undefined): Justify {
  return alignments[align ?? 'justify'];
}

export interface RunOptions {
  readonly size?: number;
  readonly heading?: boolean;
}

/** Writes one run. The redline (templates/redline/) passes its own, which wraps runs in tracked changes. */
export type RunWriter = (r: Run, options?: RunOptions) => string;

/**
 * One model run; blanks are underlined so there is a line to write on. Font and size come from the
 * paragraph's style (styles.ts) unless given: `size` only where the run differs from it.
 */
export function docxRun(r: Run, options: RunOptions = {}): string {
  return run(r.text, { style: options.heading ? styleId.hei : undefined, size: options.size, bold: r.bold, underline: r.blank });
}

export function bodyParagraph(runs: string, p: Pick<ModelParagraph, 'align' | 'indent'>, keepNext = false): string {
  // The 正文 style is justified with a first-line indent; only a different alignment or no indent is said.
  return paragraph(
    {
      style: styleId.body,
      keepNext,
      firstLine: p.indent === false ? 0 : undefined,
      align: p.align && p.align !== 'justify' ? docxAlign(p.align) : undefined,
    },
    runs,
  );
}

const runsOf = (runs: readonly Run[]) => runs.map((r) => docxRun(r)).join('');

/** A chapter or section heading in 黑体; `runs` is its text (one run, or the redline's pieces). */
export function headingParagraph(level: 1 | 2 | 3, runs: readonly Run[], write: RunWriter = docxRun): string {
  const size = level === 1 ? fontSize.sanhao : level === 2 ? fontSize.sihao : fontSize.xiaosi;
  return paragraph(
    {
      keepNext: true,
      spacing: { after: spacing.headingAfter, before: level === 3 ? spacing.headingAfter : spacing.headingBefore, line: bodyLineSpacing },
      firstLine: level === 3 ? firstLineIndent : undefined,
      align: level === 3 ? 'left' : 'center',
    },
    runs.map((r) => write(r, { heading: true, size })).join(''),
  );
}

/** 第一条 in 黑体, then the article's first paragraph on the same line; the rest as body paragraphs. */
function clauseParagraphs(block: Extract<Block, { kind: 'clause' }>, keepNext: boolean): string {
  const [first, ...rest] = block.paragraphs;
  const last = rest.length;
  const lead = run(`${block.number}\u3000`, { style: styleId.hei }) + (block.heading ? run(`${block.heading}\u3000`, { style: styleId.hei }) : '');
  return (
    bodyParagraph(lead + runsOf(first?.runs ?? []), { align: first?.align, indent: true }, keepNext && last === 0) +
    rest.map((p, i) => bodyParagraph(runsOf(p.runs), p, keepNext && i === last - 1)).join('')
  );
}

const thin: Border = { style: 'single', size: 4, color: '000000' };
export const gridBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin } as const;

/** Absolute column widths (twips) from relative weights, summing exactly to `total`. */
export function columnWidths(weights: readonly number[], total: number = textWidth): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function splitRuns(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const r of runs) {
    if (r.text === '\n') lines.push([]);
    else lines.at(-1)!.push(r);
  }
  return lines;
}

/** Paragraphs of a table cell; "\n" in the text, or a run that is exactly "\n", starts a new paragraph. */
export function cellParagraphs(
  text: string | readonly Run[],
  options: { bold?: boolean; align?: Align; size?: number; keepNext?: boolean; write?: RunWriter } = {},
): string {
  const runsList: Run[][] = typeof text === 'string' ? text.split('\n').map((line) => [{ text: line }]) : splitRuns(text);
  const size = options.size !== undefined && options.size !== fontSize.wuhao ? { size: options.size } : {};
  // The 表格文字 style sets 五号, left and the line height; only differences are said.
  const props = { style: styleId.table, keepNext: options.keepNext, align: options.align && options.align !== 'left' ? docxAlign(options.align) : undefined };
  const write = options.write ?? docxRun;
  return runsList.map((runs) => paragraph(props, runs.map((r) => write({ ...r, bold: r.bold ?? options.bold }, size)).join(''))).join('');
}

const cellMargins = { left: 100, right: 100, top: 40, bottom: 40 } as const;

/** A 五号 full-width character is 10.5 pt wide; a 表格文字 line (1.25 lines) about 17 pt high. In twips. */
const TABLE_CHAR = 210;
const TABLE_LINE = 340;
/** Rows estimated taller than this may break across pages (tableRowKept). */
const ROW_KEPT_MAX = textHeight / 3;

/** Lines a cell's text takes at most in `width` twips: every character counted full-width, each paragraph at least one line. */
function cellLines(text: ModelCell['text'], width: number): number {
  const perLine = Math.max(1, Math.floor((width - cellMargins.left - cellMargins.right) / TABLE_CHAR));
  const lines = typeof text === 'string' ? text.split('\n').map((l) => l.length) : splitRuns(text).map((runs) => runs.reduce((n, r) => n + r.text.length, 0));
  return lines.reduce((n, length) => n + Math.max(1, Math.ceil(length / perLine)), 0);
}

/**
 * Whether a row is kept on one page (w:cantSplit). Short rows are, so a party's name is never cut from
 * its label; a row with long text (a long address, a commitment described at length) may break, because
 * a kept row taller than a page cannot be laid out at all and LibreOffice loops on it; and a kept row of
 * a third of a page would leave that much blank at the foot of the page before it.
 */
export function tableRowKept(cells: readonly { readonly text: ModelCell['text']; readonly width: number }[]): boolean {
  return Math.max(...cells.map((c) => cellLines(c.text, c.width))) * TABLE_LINE <= ROW_KEPT_MAX;
}

/**
 * A grid table. `write` writes each run and `marked` may add to each row's markup (the redline marks
 * rows inserted or deleted whole); both default to the plain document's.
 */
export function tableBlock(block: Extract<Block, { kind: 'table' }>, write: RunWriter = docxRun, marked: (rowXml: string, row: number) => string = (xml) => xml): string {
  const columns = Math.max(...block.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
  const widths = columnWidths(block.widths ?? Array.from({ length: columns }, () => 1));
  const rows = block.rows.map((row, r) => {
    let col = 0;
    const header = block.header === true && r === 0;
    const sized = row.map((cell: ModelCell) => {
      const span = cell.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return { cell, span, width, text: cell.text };
    });
    const cells = sized.map(({ cell, span, width }) => {
      const content = cellParagraphs(cell.text, { bold: cell.bold || header, align: cell.align, write });
      return tableCell({ width, columnSpan: span > 1 ? span : undefined, margins: cellMargins, verticalAlign: 'center' }, content);
    });
    return marked(tableRow({ cantSplit: tableRowKept(sized), tableHeader: header, height: { value: 420, rule: 'atLeast' } }, cells.join('')), r);
  });
  return table({ width: textWidth, columnWidths: widths, borders: gridBorders }, rows.join(''));
}

/** A blank paragraph after a table, so two tables never merge and text does not touch the grid. */
export const spacer = (): string => paragraph({ spacing: { after: 0, line: 240 } });

/**
 * The blocks this module renders; the signature and filing blocks come from forms.ts. `keepNext` keeps
 * a paragraph that introduces a table on the same page as the table.
 */
export function docxBlocks(block: Block, keepNext = false): string {
  switch (block.kind) {
    case 'heading':
      return headingParagraph(block.level, [{ text: block.text }]);
    case 'paragraph':
      return bodyParagraph(runsOf(block.runs), block, keepNext);
    case 'clause':
      return clauseParagraphs(block, keepNext);
    case 'table':
      return tableBlock(block) + spacer();
    case 'amount':
      return bodyParagraph(
        docxRun({ text: `${block.label}：` }) + docxRun({ text: amountText(block.amount), bold: true }) + (block.note ? docxRun({ text: block.note }) : ''),
        { indent: true },
      );
    case 'pageBreak':
      return paragraph({}, pageBreakRun);
    default:
      return '';
  }
}
