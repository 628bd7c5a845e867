// Signature blocks (borderless, one column per party, a dashed box for each seal, lines to sign and
// date on) and the filing box the labour administration fills in. Both are kept on one page: rows do
// not split, and every paragraph keeps with the next.
import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { Block, SignatureParty } from '../model';
import { dateText } from '../text';
import { type DocxBlock, cellParagraphs, columnWidths, docxRun, gridBorders, spacer } from './blocks';
import { bodyFont, fontSize } from './fonts';
import { textWidth } from './pageSetup';

/** Round seals are 40–42 mm across; the box is just larger. */
const SEAL_BOX = 2440; // 43 mm in twips
const SIGN_LINE = '\u3000'.repeat(8);
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = { top: none, bottom: none, left: none, right: none } as const;

function line(children: TextRun[], after = 120): Paragraph {
  return new Paragraph({ children, alignment: AlignmentType.LEFT, spacing: { before: 60, after, line: 300 }, keepNext: true, keepLines: true });
}

function sealBox(): Table {
  const dashed = { style: BorderStyle.DASHED, size: 6, color: '808080' } as const;
  return new Table({
    width: { size: SEAL_BOX, type: WidthType.DXA },
    columnWidths: [SEAL_BOX],
    layout: TableLayoutType.FIXED,
    borders: { top: dashed, bottom: dashed, left: dashed, right: dashed, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        height: { value: SEAL_BOX, rule: HeightRule.EXACT },
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: SEAL_BOX, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '（盖章处）', font: bodyFont, size: fontSize.xiaowu, color: '808080' })] })],
          }),
        ],
      }),
    ],
  });
}

/** One party's stack: side and name, the seal box, the signature line, the printed name, the date. */
function partyChildren(p: SignatureParty): (Paragraph | Table)[] {
  return [
    line([docxRun({ text: `${p.sideLabel}${p.seal ? '（盖章）' : ''}${p.partyName ? '：' : ''}`, bold: true })], 0),
    ...(p.partyName ? [line([docxRun({ text: p.partyName })])] : []),
    ...(p.seal ? [sealBox(), line([], 0)] : []),
    line([docxRun({ text: `${p.signerRole}：` }), docxRun({ text: SIGN_LINE, blank: true })], p.signerName ? 0 : 120),
    ...(p.signerName ? [line([docxRun({ text: `（${p.signerName}）` }, { size: fontSize.xiaowu })], 60)] : []),
    line([docxRun({ text: `${p.dateLabel}：` }), docxRun({ text: p.dateText ?? dateText(null), blank: !p.dateText })]),
  ];
}

function signatureTable(block: Extract<Block, { kind: 'signatureBlock' }>): Table {
  // A lone signer (a letter, a resolution) signs at the right, as under a letter.
  const lone = block.parties.length === 1;
  const widths = columnWidths(Array.from({ length: Math.max(2, block.parties.length) }, () => 1));
  // A cell ends with a paragraph (Word requires one after a nested table).
  const cell = (children: (Paragraph | Table)[], width: number) =>
    new TableCell({ children: [...children, new Paragraph({ children: [] })], width: { size: width, type: WidthType.DXA }, borders: noBorders });
  const witness = block.witness;
  const rows = [
    new TableRow({
      cantSplit: true,
      children: lone ? [cell([], widths[0]!), cell(partyChildren(block.parties[0]!), widths[1]!)] : block.parties.map((p, i) => cell(partyChildren(p), widths[i]!)),
    }),
    // The witness signs under the first party, so the stacks line up.
    ...(witness ? [new TableRow({ cantSplit: true, children: widths.map((w, i) => cell(i === 0 ? partyChildren(witness) : [], w)) })] : []),
  ];
  return new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: TableBorders.NONE, rows });
}

function filingTable(block: Extract<Block, { kind: 'filingBlock' }>): Table {
  const widths = columnWidths([1, 3]);
  const last = block.fields.length - 1;
  const row = (label: string, i: number) => {
    const tall = label.includes('意见');
    const keepNext = i < last;
    return new TableRow({
      cantSplit: true,
      height: { value: tall ? 1300 : 460, rule: HeightRule.ATLEAST },
      children: [
        new TableCell({ children: cellParagraphs(label, { bold: true, align: 'center', keepNext }), width: { size: widths[0]!, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER }),
        new TableCell({
          children: cellParagraphs(tall ? ' \n \n（受理机关盖章）' : ' ', { align: tall ? 'right' : 'left', keepNext }),
          width: { size: widths[1]!, type: WidthType.DXA },
          verticalAlign: tall ? VerticalAlignTable.BOTTOM : VerticalAlignTable.CENTER,
        }),
      ],
    });
  };
  const title = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        children: cellParagraphs(`报送审查记录（受理机关：${block.authority}）`, { bold: true, align: 'center', keepNext: true }),
        columnSpan: 2,
        width: { size: textWidth, type: WidthType.DXA },
      }),
    ],
  });
  return new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: gridBorders, rows: [title, ...block.fields.map(row)] });
}

export function docxFormBlocks(block: Block): DocxBlock[] {
  if (block.kind === 'signatureBlock') return [spacer(), signatureTable(block), spacer()];
  if (block.kind === 'filingBlock') return [spacer(), filingTable(block), spacer()];
  return [];
}
