// Signature blocks (borderless, one column per party, at most three side by side, a dashed box for each seal, lines to sign and
// date on) and the filing box the labour administration fills in. Both are kept on one page: rows do
// not split, and every paragraph keeps with the next.
import { SIGNATURE_PARTIES_PER_ROW, type Block, type SignatureParty } from '../model';
import { dateText } from '../text';
import { cellParagraphs, columnWidths, docxRun, gridBorders, spacer } from './blocks';
import { bodyFont, fontSize } from './fonts';
import type { MediaCollector } from './media';
import { textWidth } from './pageSetup';
import { type Border, paragraph, run, table, tableCell, tableRow } from './xml';

/** Round seals are 40–42 mm across; the box is just larger. */
const SEAL_BOX = 2440; // 43 mm in twips
const SIGN_LINE = '\u3000'.repeat(8);
/** A drawn signature is fitted in 40 × 15 mm (or what is left of its column beside the label). */
const SIGNATURE_MM = { width: 40, height: 15, minWidth: 20 } as const;
const TWIPS_PER_MM = 1440 / 25.4;
/** Word's default left and right cell margins (0.19 cm each), in twips. */
const CELL_MARGINS = 2 * 108;
/** The label's characters are full-width 小四 (12 pt = 240 twips). */
const LABEL_CHAR = 240;
const none: Border = { style: 'none', size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none } as const;
const off: Border = { style: 'none', size: 0, color: 'auto' };
const noTableBorders = { top: off, bottom: off, left: off, right: off, insideHorizontal: off, insideVertical: off } as const;

/** `tall`: the line holds a drawn signature, and must grow to it (LibreOffice clips a picture in a proportionally spaced line). */
function line(runs: string, after = 120, tall = false): string {
  const spacing = tall ? { after, before: 60, line: 300, lineRule: 'atLeast' as const } : { after, before: 60, line: 300 };
  return paragraph({ keepNext: true, keepLines: true, spacing, align: 'left' }, runs);
}

function sealBox(): string {
  const dashed: Border = { style: 'dashed', size: 6, color: '808080' };
  const label = paragraph({ align: 'center' }, run('（盖章处）', { fonts: bodyFont, size: fontSize.xiaowu, color: '808080' }));
  const cell = tableCell({ width: SEAL_BOX, verticalAlign: 'center' }, label);
  const borders = { top: dashed, bottom: dashed, left: dashed, right: dashed, insideHorizontal: none, insideVertical: none };
  return table({ width: SEAL_BOX, columnWidths: [SEAL_BOX], borders }, tableRow({ cantSplit: true, height: { value: SEAL_BOX, rule: 'exact' } }, cell));
}

/**
 * The drawn signature after the label, as wide as fits beside it in a column `width` twips wide (so the
 * label and the image stay on one line), at most 40 × 15 mm; '' when the party has none.
 */
function signatureImageRun(p: SignatureParty, label: string, width: number, media: MediaCollector): string {
  if (!p.signatureImage) return '';
  const besideMm = (width - CELL_MARGINS - label.length * LABEL_CHAR) / TWIPS_PER_MM - 1;
  const maxWidth = Math.max(SIGNATURE_MM.minWidth, Math.min(SIGNATURE_MM.width, besideMm));
  return media.add(p.signatureImage, maxWidth, SIGNATURE_MM.height, `${p.signerRole} ${p.signerName ?? p.partyName}`);
}

/** One party's stack: side and name, the seal box, the signature line (or drawn signature), the printed name, the date. */
function partyChildren(p: SignatureParty, width: number, media: MediaCollector): string {
  const label = `${p.signerRole}：`;
  const drawn = signatureImageRun(p, label, width, media);
  return (
    line(docxRun({ text: `${p.sideLabel}${p.seal ? '（盖章）' : ''}${p.partyName ? '：' : ''}`, bold: true }), 0) +
    (p.partyName ? line(docxRun({ text: p.partyName })) : '') +
    (p.seal ? sealBox() + line('', 0) : '') +
    line(docxRun({ text: label }) + (drawn || docxRun({ text: SIGN_LINE, blank: true })), p.signerName ? 0 : 120, drawn !== '') +
    (p.signerName ? line(docxRun({ text: `（${p.signerName}）` }, { size: fontSize.xiaowu }), 60) : '') +
    line(docxRun({ text: `${p.dateLabel}：` }) + docxRun({ text: p.dateText ?? dateText(null), blank: !p.dateText }))
  );
}

function signatureTable(block: Extract<Block, { kind: 'signatureBlock' }>, media: MediaCollector): string {
  // A lone signer (a letter, a resolution) signs at the right, as under a letter.
  const lone = block.parties.length === 1;
  const columns = Math.min(SIGNATURE_PARTIES_PER_ROW, Math.max(2, block.parties.length));
  const widths = columnWidths(Array.from({ length: columns }, () => 1));
  // A cell ends with a paragraph (Word requires one after a nested table).
  const cell = (content: string, width: number) => tableCell({ width, borders: noBorders }, content + paragraph({}));
  const witness = block.witness;
  const stack = (p: SignatureParty, width: number) => cell(partyChildren(p, width, media), width);
  const rowOf = (parties: readonly SignatureParty[]) => tableRow({ cantSplit: true }, widths.map((w, i) => (parties[i] ? stack(parties[i], w) : cell('', w))).join(''));
  const rows: string[] = [];
  if (lone) rows.push(tableRow({ cantSplit: true }, cell('', widths[0]!) + stack(block.parties[0]!, widths[1]!)));
  else for (let i = 0; i < block.parties.length; i += columns) rows.push(rowOf(block.parties.slice(i, i + columns)));
  // The witness signs under the first party, so the stacks line up.
  if (witness) rows.push(rowOf([witness]));
  return table({ width: textWidth, columnWidths: widths, borders: noTableBorders }, rows.join(''));
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

/** `media` collects the drawn signatures' images (media.ts). */
export function docxFormBlocks(block: Block, media: MediaCollector): string {
  if (block.kind === 'signatureBlock') return spacer() + signatureTable(block, media) + spacer();
  if (block.kind === 'filingBlock') return spacer() + filingTable(block) + spacer();
  return '';
}
