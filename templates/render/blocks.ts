// Document-model blocks → docx paragraphs and tables (everything but signatures and filing boxes,
// which are in forms.ts).
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, Block, Paragraph as ModelParagraph, Run, TableCell as ModelCell } from '../model';
import { amountText } from '../text';
import { fontSize } from './fonts';
import { bodyLineSpacing, firstLineIndent, spacing, textWidth } from './pageSetup';
import { styleId } from './styles';

export type DocxBlock = Paragraph | Table;

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function docxAlign(align: Align | undefined) {
  return alignments[align ?? 'justify'];
}

/**
 * One model run as a docx run; blanks are underlined so there is a line to write on. Font and size come
 * from the paragraph's style (styles.ts) unless given: `size` only where the run differs from it.
 */
export function docxRun(run: Run, options: { size?: number; heading?: boolean } = {}): TextRun {
  return new TextRun({
    text: run.text,
    ...(options.heading ? { style: styleId.hei } : {}),
    ...(options.size !== undefined ? { size: options.size } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.blank ? { underline: {} } : {}),
  });
}

function bodyParagraph(runs: readonly TextRun[], p: Pick<ModelParagraph, 'align' | 'indent'>, keepNext = false): Paragraph {
  // The 正文 style is justified with a first-line indent; only a different alignment or no indent is said.
  return new Paragraph({
    style: styleId.body,
    children: [...runs],
    ...(p.align && p.align !== 'justify' ? { alignment: docxAlign(p.align) } : {}),
    ...(p.indent === false ? { indent: { firstLine: 0 } } : {}),
    ...(keepNext ? { keepNext: true } : {}),
  });
}

function headingParagraph(level: 1 | 2 | 3, text: string): Paragraph {
  const size = level === 1 ? fontSize.sanhao : level === 2 ? fontSize.sihao : fontSize.xiaosi;
  return new Paragraph({
    children: [new TextRun({ text, style: styleId.hei, size })],
    alignment: level === 3 ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: level === 3 ? spacing.headingAfter : spacing.headingBefore, after: spacing.headingAfter, line: bodyLineSpacing },
    ...(level === 3 ? { indent: { firstLine: firstLineIndent } } : {}),
    keepNext: true,
  });
}

/** 第一条 in 黑体, then the article's first paragraph on the same line; the rest as body paragraphs. */
function clauseParagraphs(block: Extract<Block, { kind: 'clause' }>, keepNext: boolean): Paragraph[] {
  const [first, ...rest] = block.paragraphs;
  const last = rest.length;
  const lead = [
    new TextRun({ text: `${block.number}\u3000`, style: styleId.hei }),
    ...(block.heading ? [new TextRun({ text: `${block.heading}\u3000`, style: styleId.hei })] : []),
  ];
  return [
    bodyParagraph([...lead, ...(first?.runs ?? []).map((r) => docxRun(r))], { align: first?.align, indent: true }, keepNext && last === 0),
    ...rest.map((p, i) => bodyParagraph(p.runs.map((r) => docxRun(r)), p, keepNext && i === last - 1)),
  ];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
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
  for (const run of runs) {
    if (run.text === '\n') lines.push([]);
    else lines.at(-1)!.push(run);
  }
  return lines;
}

/** Paragraphs of a table cell; "\n" in the text, or a run that is exactly "\n", starts a new paragraph. */
export function cellParagraphs(text: string | readonly Run[], options: { bold?: boolean; align?: Align; size?: number; keepNext?: boolean } = {}): Paragraph[] {
  const runsList: Run[][] = typeof text === 'string' ? text.split('\n').map((line) => [{ text: line }]) : splitRuns(text);
  return runsList.map(
    (runs) =>
      // The 表格文字 style sets 五号, left and the line height; only differences are said.
      new Paragraph({
        style: styleId.table,
        children: runs.map((r) => docxRun({ ...r, bold: r.bold ?? options.bold }, options.size !== undefined && options.size !== fontSize.wuhao ? { size: options.size } : {})),
        ...(options.align && options.align !== 'left' ? { alignment: docxAlign(options.align) } : {}),
        ...(options.keepNext ? { keepNext: true } : {}),
      }),
  );
}

function tableBlock(block: Extract<Block, { kind: 'table' }>): Table {
  const columns = Math.max(...block.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
  const widths = columnWidths(block.widths ?? Array.from({ length: columns }, () => 1));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: gridBorders,
    rows: block.rows.map((row, r) => {
      let col = 0;
      return new TableRow({
        tableHeader: block.header === true && r === 0,
        cantSplit: true,
        height: { value: 420, rule: HeightRule.ATLEAST },
        children: row.map((cell: ModelCell) => {
          const span = cell.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            children: cellParagraphs(cell.text, { bold: cell.bold || (block.header === true && r === 0), align: cell.align }),
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            margins: { left: 100, right: 100, top: 40, bottom: 40 },
            ...(span > 1 ? { columnSpan: span } : {}),
          });
        }),
      });
    }),
  });
}

/** A blank paragraph after a table, so two tables never merge and text does not touch the grid. */
export const spacer = (): Paragraph => new Paragraph({ children: [], spacing: { after: 0, line: 240 } });

/**
 * The blocks this module renders; the signature and filing blocks come from forms.ts. `keepNext` keeps
 * a paragraph that introduces a table on the same page as the table.
 */
export function docxBlocks(block: Block, keepNext = false): DocxBlock[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.level, block.text)];
    case 'paragraph':
      return [bodyParagraph(block.runs.map((r) => docxRun(r)), block, keepNext)];
    case 'clause':
      return clauseParagraphs(block, keepNext);
    case 'table':
      return [tableBlock(block), spacer()];
    case 'amount':
      return [
        bodyParagraph(
          [docxRun({ text: `${block.label}：` }), docxRun({ text: amountText(block.amount), bold: true }), ...(block.note ? [docxRun({ text: block.note })] : [])],
          { indent: true },
        ),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default:
      return [];
  }
}
