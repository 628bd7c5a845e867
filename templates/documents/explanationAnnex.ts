// 附件：测算说明, attached to the request letter: the figures the chair brings to the table for one
// scenario (《工资集体协商试行办法》 art 8), each with its source, on a page of its own. The letter names
// the annex above its signature, as an official letter lists its attachments.
import type { ExplanationAnnexView } from '../case/explanationView';
import type { Block, Document, TableCell } from '../model';
import { paragraphBlock } from '../model';

export const EXPLANATION_ANNEX_TITLE = '附件：测算说明';
const UNKNOWN = '未知';
const UNVERIFIED = '（未核实）';

function rowCells(r: ExplanationAnnexView['rows'][number]): TableCell[] {
  if (r.value === null) return [{ text: r.item }, { text: UNKNOWN, align: 'center' }, { text: '未录入，不作推测' }];
  return [{ text: r.item }, { text: r.value, align: 'center' }, { text: r.verified === false ? `${r.source}${UNVERIFIED}` : r.source }];
}

/** The annex's blocks, from a page break on. */
export function explanationAnnexBlocks(v: ExplanationAnnexView): Block[] {
  return [
    { kind: 'pageBreak' },
    paragraphBlock([{ text: EXPLANATION_ANNEX_TITLE, bold: true }], { indent: false }),
    { kind: 'heading', level: 2, text: `${v.enterpriseName}工资集体协商测算说明` },
    paragraphBlock(`测算方案：${v.scenario}；测算期间：${v.period}。`, { indent: false }),
    {
      kind: 'table',
      header: true,
      widths: [38, 24, 38],
      rows: [[{ text: '项目', bold: true, align: 'center' }, { text: '数值', bold: true, align: 'center' }, { text: '来源', bold: true, align: 'center' }], ...v.rows.map(rowCells)],
    },
    paragraphBlock(`说明：“${UNKNOWN}”表示协商台中没有录入该项数据，本说明不作推测；“${UNVERIFIED.slice(1, -1)}”表示该项数据尚未与发布机关的原文核对。增幅为测算期间末季度月基本工资比初季度的增长。`),
  ];
}

/** The request letter with the annex: named above the signature, printed after the receipt slip. */
export function documentWithExplanation(letter: Document, v: ExplanationAnnexView): Document {
  const at = letter.blocks.findIndex((b) => b.kind === 'signatureBlock');
  // GB/T 9704: the attachment is named below the body, indented like it.
  const named = paragraphBlock(`附件：${v.enterpriseName}工资集体协商测算说明（方案：${v.scenario}）`);
  const blocks = at < 0 ? [...letter.blocks, named] : [...letter.blocks.slice(0, at), named, ...letter.blocks.slice(at)];
  return { ...letter, blocks: [...blocks, ...explanationAnnexBlocks(v)] };
}
