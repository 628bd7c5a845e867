// 报送审查登记表: the cover sheet filed with the agreement (FIL-01: 3 copies within 7 days for a wage
// agreement, with an explanation; REV/EFF: the administration notes receipt, its opinion, the date in force).
import type { Document, TableCell } from '../model';
import { BLANK, countText, dateText, itemLabel } from '../text';
import type { FilingCoverView } from '../viewModel';

export function filingCover(v: FilingCoverView): Document {
  const p = v.parties;
  const e = p.enterprise;
  const label = (text: string): TableCell => ({ text, bold: true });
  const value = (text: string, span = 1): TableCell => ({ text: text || '\u3000', ...(span > 1 ? { span } : {}) });
  return {
    title: `${v.agreementKind}报送审查登记表`,
    meta: { draft: true },
    blocks: [
      {
        kind: 'table',
        widths: [3, 4.2, 3, 3.8],
        rows: [
          [label('合同名称'), value(`《${v.agreementTitle}》`, 3)],
          [label('企业名称'), value(e.name, 3)],
          [label('统一社会信用代码'), value(e.creditCode), label('经济类型'), value(e.economicType)],
          [label('企业地址'), value(e.address, 3)],
          [label('法定代表人'), value(e.legalRepresentative), label('职工人数'), value(e.womenCount === null ? `${countText(e.headcount)} 人` : `${countText(e.headcount)} 人（女 ${e.womenCount} 人）`)],
          [label('工会名称'), value(p.unionName), label('工会主席'), value(p.unionChair)],
          [label('企业方首席代表'), value(`${p.employer.chief.name}（${p.employer.chief.post}）`), label('职工方首席代表'), value(`${p.workers.chief.name}（${p.workers.chief.post}）`)],
          [label('合同期限'), value(`${dateText(v.term.from)}至${dateText(v.term.to)}`, 3)],
          [label('覆盖职工人数'), value(`${countText(v.workersCovered)} 人`), label('签订日期'), value(dateText(v.signingDate))],
          [label('职代会审议日期'), value(dateText(v.congressDate)), label('表决结果'), value(v.voteSummary ?? '')],
          [label('报送日期'), value(`${dateText(v.submitDate)}（签字后${v.filingDays}日内）`), label('见证单位'), value(p.witness ?? '')],
          [label('报送材料'), value(v.attachments.map((a, i) => `${itemLabel(i + 1)}${a}`).join('\n'), 3)],
          [
            label('报送单位（盖章）'),
            {
              text: [{ text: '\n' }, { text: '经办人（签字）：' }, { text: BLANK, blank: true }, { text: `\u3000日期：${dateText(v.submitDate)}` }, { text: '\n' }, { text: '（单位盖章）' }],
              span: 3,
              align: 'right',
            },
          ],
        ],
      },
      { kind: 'filingBlock', authority: p.labourAuthority, fields: ['收到文本日期', '登记编号', '审查意见', '生效日期'] },
    ],
  };
}
