// 女职工权益保护专项集体合同 (rules.md §2.3; CCR 14; 女职工劳动保护特别规定 (WPS), 国务院令第619号).
// The statutory floor is always written out; agreed extras follow it.
import type { Document } from '../model';
import { paragraphBlock } from '../model';
import { citeLaws, countText, dateText } from '../text';
import type { WomenWorkersAgreementView } from '../viewModel';
import { agreementSignatures, article, articleBlocks, articleWithItems, filingBlock, partiesTable } from './common';

export function womenWorkersAgreement(v: WomenWorkersAgreementView): Document {
  const e = v.parties.enterprise;
  return {
    title: v.title,
    subtitle: e.name,
    meta: { draft: true },
    blocks: [
      partiesTable(v.parties),
      paragraphBlock(
        `为维护女职工的合法权益和特殊利益，减少和解决女职工在劳动中因生理特点造成的特殊困难，保护女职工健康，根据${citeLaws(v.legalBasis)}等规定，` +
          `${e.name}（以下简称企业方）与${v.parties.unionName}代表的全体女职工（以下简称职工方）经集体协商，订立本合同。本合同适用于本企业全体女职工（现有${countText(e.womenCount)}人）。`,
      ),
      ...articleBlocks([
        article(`本合同期限自${dateText(v.term.from)}起至${dateText(v.term.to)}止。`),
        article('企业方不得安排女职工从事《女职工禁忌从事的劳动范围》规定的劳动，并将本企业属于女职工禁忌从事的劳动范围的岗位书面告知女职工（特别规定第四条）。'),
        article('企业方不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同（特别规定第五条）。'),
        articleWithItems('女职工在孕期，企业方按照下列规定给予保护（特别规定第六条）：', [
          '不能适应原劳动的，根据医疗机构的证明，予以减轻劳动量或者安排其他能够适应的劳动；',
          '怀孕7个月以上的，不得延长劳动时间或者安排夜班劳动，并在劳动时间内安排一定的休息时间；',
          '在劳动时间内进行产前检查，所需时间计入劳动时间。',
        ]),
        article(
          '女职工生育享受98天产假，其中产前可以休假15天；难产的，增加产假15天；生育多胞胎的，每多生育1个婴儿，增加产假15天。怀孕未满4个月流产的，享受15天产假；怀孕满4个月流产的，享受42天产假（特别规定第七条）。本省另有规定的，从其规定。',
        ),
        article('对哺乳未满1周岁婴儿的女职工，企业方不得延长劳动时间或者安排夜班劳动，并在每天的劳动时间内安排1小时哺乳时间；生育多胞胎的，每多哺乳1个婴儿每天增加1小时哺乳时间（特别规定第九条）。'),
        article('企业方根据女职工的需要，建立女职工卫生室、孕妇休息室、哺乳室等设施，妥善解决女职工在生理卫生、哺乳方面的困难（特别规定第十条）。'),
        article('企业方预防和制止对女职工的性骚扰，建立投诉处理机制（特别规定第十一条）。'),
        article('企业方每年组织女职工进行一次妇科疾病、乳腺疾病检查，费用由企业方承担。'),
        v.extras.length > 0 && articleWithItems('在法定标准之外，双方另行约定：', v.extras),
        article('工会女职工委员会对本合同的履行情况进行监督。因履行本合同发生争议，双方协商解决；协商不成的，可以依法申请劳动争议仲裁。'),
        article('本合同经职工代表大会审议通过，由双方首席代表签字并加盖公章后报送劳动保障行政部门审查，审查生效后向全体职工公布。'),
      ]),
      agreementSignatures(v.parties, v.signingDate),
      filingBlock(v.parties),
    ],
  };
}
