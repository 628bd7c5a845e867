// 劳动安全卫生（职业病防治）专项集体合同 (rules.md §2.4; CCR 12; ODL 35, 39–40, 56). Signed by the
// union on the workers' behalf (CNT-10). The employer's dated commitments are listed with amounts.
import type { Block, Document, TableCell } from '../model';
import { paragraphBlock } from '../model';
import { amountText, citeLaws, dateText, yuanText } from '../text';
import type { OhsAgreementView } from '../viewModel';
import { agreementSignatures, article, articleBlocks, articleWithItems, filingBlock, partiesTable, withTrailing } from './common';

function commitmentsTable(v: OhsAgreementView): Block {
  return {
    kind: 'table',
    header: true,
    widths: [1, 6.4, 3, 3.6],
    rows: [
      ['序号', '事项', '投入', '完成期限'].map((text): TableCell => ({ text, bold: true, align: 'center' })),
      ...v.commitments.map((c, i): TableCell[] => [
        { text: String(i + 1), align: 'center' },
        { text: c.text },
        { text: c.amount === null ? '—' : yuanText(c.amount), align: 'right' },
        { text: c.deadline === null ? '—' : dateText(c.deadline), align: 'center' },
      ]),
    ],
  };
}

export function ohsAgreement(v: OhsAgreementView): Document {
  const e = v.parties.enterprise;
  return {
    title: v.title,
    subtitle: e.name,
    meta: { draft: true },
    blocks: [
      partiesTable(v.parties),
      paragraphBlock(
        `为预防、控制和消除职业病危害，保护职工生命安全和身体健康，根据${citeLaws(v.legalBasis)}等规定，${e.name}（以下简称企业方）与${v.parties.unionName}代表的全体职工（以下简称职工方）经集体协商，订立本合同。`,
      ),
      ...articleBlocks([
        article(`本合同期限自${dateText(v.term.from)}起至${dateText(v.term.to)}止。`),
        article('企业方建立健全劳动安全卫生责任制，主要负责人对本单位职业病防治工作全面负责；设置或者指定职业卫生管理机构，配备专职或者兼职的职业卫生管理人员。'),
        articleWithItems('本企业生产过程中存在的主要职业病危害因素为：', v.hazards, '企业方如实告知职工上述危害因素及其后果和防护措施，并在醒目位置设置公告栏和警示标识。'),
        article('企业方按照国家标准为职工免费提供符合要求的个人防护用品，并督促、指导职工正确佩戴使用；不得以货币或者其他物品替代。'),
        article(
          '企业方组织从事接触职业病危害作业的职工进行上岗前、在岗期间和离岗时的职业健康检查，所需费用由企业方承担，检查结果书面告知职工本人，并建立职业健康监护档案（《职业病防治法》第三十五条）。',
        ),
        article('企业方对职工进行上岗前和在岗期间的职业卫生培训，普及职业卫生知识；职工方参与制定劳动保护操作规程，职工应当遵守操作规程，正确使用防护设施。'),
        article(
          v.hazardAllowance === null
            ? '对从事接触职业病危害作业的职工，企业方按国家和本省的规定发给岗位津贴。'
            : `对从事接触职业病危害作业的职工，企业方按规定发给岗位津贴，标准为每人每月${amountText(v.hazardAllowance)}。`,
        ),
        withTrailing(
          article('合同期内，企业方落实以下劳动安全卫生投入和改进措施：'),
          commitmentsTable(v),
          ...v.commitments.flatMap((c, i): Block[] => (c.amount === null ? [] : [{ kind: 'amount', label: `其中，第${i + 1}项投入资金`, amount: c.amount }])),
        ),
        article(
          '工会依法对企业职业病防治工作进行监督，有权要求纠正违反职业病防治法律法规的行为；发现危及职工生命健康的情形时，有权向企业方建议组织职工撤离危险现场，企业方应当立即作出处理（《职业病防治法》第四十条）。',
        ),
        article('因履行本合同发生争议，双方协商解决；协商不成的，可以依法申请劳动争议仲裁。本合同经职工代表大会审议通过，由双方首席代表签字并加盖公章后报送劳动保障行政部门审查，审查生效后向全体职工公布。'),
      ]),
      agreementSignatures(v.parties, v.signingDate),
      filingBlock(v.parties),
    ],
  };
}
