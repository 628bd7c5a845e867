// Signature blocks (borderless, one column per party, a dashed box for each seal, lines to sign and
// date on) and the filing box the labour administration fills in. Both are kept on one page: rows do
// not split, and every paragraph keeps with the next.
import type { Block, SignatureParty } from '../model';
import { dateText } from '../text';
import { cellParagraphs, columnWidths, docxRun, gridBorders, spacer } from './blocks';
import { bodyFont, fontSize } from './fonts';
import { textWidth } from './pageSetup';
import { type Border, paragraph, run, table, tableCell, tableRow } from './xml';

/** Round seals are 40–42 mm across; the box is just larger. */
const SEAL_BOX = 2440; // 43 mm in twips
const SIGN_LINE = '\u3000'.repeat(8);
const none: Border = { style: 'none', size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none } as const;
const off: Border = { style: 'none', size: 0, color: 'auto' };
const noTableBorders = { top: off, bottom: off, left: off, right: off, insideHorizontal: off, insideVertical: off } as const;

function line(runs: string, after = 120): string {
  return paragraph({ keepNext: true, keepLines: true, spacing: { after, before: 60, line: 300 }, align: 'left' }, runs);
}

function sealBox(): string {
  const dashed: Border = { style: 'dashed', size: 6, color: '808080' };
  const label = paragraph({ align: 'center' }, run('（盖章处）', { fonts: bodyFont, size: fontSize.xiaowu, color: '808080' }));
  const cell = tableCell({ width: SEAL_BOX, verticalAlign: 'center' }, label);
  const borders = { top: dashed, bottom: dashed, left: dashed, right: dashed, insideHorizontal: none, insideVertical: none };
  return table({ width: SEAL_BOX, columnWidths: [SEAL_BOX], borders }, tableRow({ cantSplit: true, height: { value: SEAL_BOX, rule: 'exact' } }, cell));
}

/** One party's stack: side and name, the seal box, the signature line, the printed name, the date. */
function partyChildren(p: SignatureParty): string {
  return (
    line(docxRun({ text: `${p.sideLabel}${p.seal ? '（盖章）' : ''}${p.partyName ? '：' : ''}`, bold: true }), 0) +
    (p.partyName ? line(docxRun({ text: p.partyName })) : '') +
    (p.seal ? sealBox() + line('', 0) : '') +
    line(docxRun({ text: `${p.signerRole}：` }) + docxRun({ text: SIGN_LINE, blank: true }), p.signerName ? 0 : 120) +
    (p.signerName ? line(docxRun({ text: `（${p.signerName}）` }, { size: fontSize.xiaowu }), 60) : '') +
    line(docxRun({ text: `${p.dateLabel}：` }) + docxRun({ text: p.dateText ?? dateText(null), blank: !p.dateText }))
  );
}

function signatureTable(block: Extract<Block, { kind: 'signatureBlock' }>): string {
  // A lone signer (a letter, a resolution) signs at the right, as under a letter.
  const lone = block.parties.length === 1;
  const widths = columnWidths(Array.from({ length: Math.max(2, block.parties.length) }, () => 1));
  // A cell ends with a paragraph (Word requires one after a nested table).
  const cell = (content: string, width: number) => tableCell({ width, borders: noBorders }, content + paragraph({}));
  const witness = block.witness;
  const first = lone ? cell('', widths[0]!) + cell(partyChildren(block.parties[0]!), widths[1]!) : block.parties.map((p, i) => cell(partyChildren(p), widths[i]!)).join('');
  // The witness signs under the first party, so the stacks line up.
  const second = witness ? tableRow({ cantSplit: true }, widths.map((w, i) => cell(i === 0 ? partyChildren(witness) : '', w)).join('')) : '';
  return table({ width: textWidth, columnWidths: widths, borders: noTableBorders }, tableRow({ cantSplit: true }, first) + second);
}

function filingTable(block: Extract<Block, { kind: 'filingBlock' }>): string {
  const widths = columnWidths([1, 3]);
  const last = block.fields.length - 1;
  const row = (label: string, i: number) => {
    const tall = label.includes('意见');
    const keepNext = i < last;
    const labelCell = tableCell({ width: widths[0]!, verticalAlign: 'center' }, cellParagraphs(label, { bold: true, align: 'center', keepNext }));
    const fillCell = tableCell(
      { width: widths[1]!, verticalAlign: tall ? 'bottom' : 'center' },
      cellParagraphs(tall ? ' \n \n（受理机关盖章）' : ' ', { align: tall ? 'right' : 'left', keepNext }),
    );
    return tableRow({ cantSplit: true, height: { value: tall ? 1300 : 460, rule: 'atLeast' } }, labelCell + fillCell);
  };
  const title = tableRow(
    { cantSplit: true },
    tableCell({ width: textWidth, columnSpan: 2 }, cellParagraphs(`报送审查记录（受理机关：${block.authority}）`, { bold: true, align: 'center', keepNext: true })),
  );
  return table({ width: textWidth, columnWidths: widths, borders: gridBorders }, title + block.fields.map(row).join(''));
}

export function docxFormBlocks(block: Block): string {
  if (block.kind === 'signatureBlock') return spacer() + signatureTable(block) + spacer();
  if (block.kind === 'filingBlock') return spacer() + filingTable(block) + spacer();
  return '';
}
