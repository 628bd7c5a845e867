// 保岗协议 (rules.md §2.2): a special collective agreement for the slump. Its payout per returning
// worker is months × guaranteed pay + the return allowance; the total is that × workers covered.
import { type Fen, fen, fenAdd, fenMultiplyInt } from '../../shared/money/fen';
import type { Block, Document, TableCell } from '../model';
import { paragraphBlock } from '../model';
import { amountText, citeLaws, dateText, percentText, yuanText } from '../text';
import type { JobRetentionView } from '../viewModel';
import { agreementSignatures, article, articleBlocks, articleWithItems, filingBlock, partiesTable, withTrailing } from './common';

export interface JobRetentionTotals {
  readonly guaranteedPerWorker: Fen;
  readonly perWorker: Fen;
  readonly guaranteedTotal: Fen;
  readonly allowanceTotal: Fen;
  readonly total: Fen;
}

export function jobRetentionTotals(v: Pick<JobRetentionView, 'guaranteedMonthly' | 'leaveMonths' | 'returnAllowance' | 'workersCovered'>): JobRetentionTotals {
  const guaranteedPerWorker = fenMultiplyInt(v.guaranteedMonthly, v.leaveMonths);
  const allowance = v.returnAllowance ?? fen(0);
  const perWorker = fenAdd(guaranteedPerWorker, allowance);
  return {
    guaranteedPerWorker,
    perWorker,
    guaranteedTotal: fenMultiplyInt(guaranteedPerWorker, v.workersCovered),
    allowanceTotal: fenMultiplyInt(allowance, v.workersCovered),
    total: fenMultiplyInt(perWorker, v.workersCovered),
  };
}

function payoutTable(v: JobRetentionView, t: JobRetentionTotals): Block {
  const row = (item: string, rule: string, each: Fen, total: Fen): TableCell[] => [
    { text: item },
    { text: rule },
    { text: yuanText(each), align: 'right' },
    { text: String(v.workersCovered), align: 'center' },
    { text: yuanText(total), align: 'right' },
  ];
  return {
    kind: 'table',
    header: true,
    widths: [2.6, 4, 2.8, 1.4, 3.4],
    rows: [
      ['项目', '标准', '每人金额', '人数', '合计'].map((text): TableCell => ({ text, bold: true, align: 'center' })),
      row('保岗工资', `${yuanText(v.guaranteedMonthly)}／月 × ${v.leaveMonths} 个月`, t.guaranteedPerWorker, t.guaranteedTotal),
      ...(v.returnAllowance === null ? [] : [row('返岗路费补贴', '一次性', v.returnAllowance, t.allowanceTotal)]),
      [{ text: '合计', bold: true }, { text: v.returnAllowance === null ? '保岗工资' : '保岗工资＋返岗路费补贴' }, { text: yuanText(t.perWorker), align: 'right' }, { text: String(v.workersCovered), align: 'center' }, { text: yuanText(t.total), align: 'right', bold: true }],
    ],
  };
}

export function jobRetentionAgreement(v: JobRetentionView): Document {
  const e = v.parties.enterprise;
  const t = jobRetentionTotals(v);
  const m = v.minimumWage;
  return {
    title: v.title,
    subtitle: e.name,
    meta: { draft: true },
    blocks: [
      partiesTable(v.parties),
      paragraphBlock(
        `${v.reason}为稳定职工队伍，保障职工基本生活，促进企业恢复生产，根据${citeLaws(v.legalBasis)}等规定，${e.name}（以下简称企业方）与${v.parties.unionName}代表的职工（以下简称职工方）经集体协商，订立本协议。`,
      ),
      ...articleBlocks([
        article(`本协议期限自${dateText(v.period.from)}起至${dateText(v.period.to)}止。`),
        articleWithItems('协议期内，企业方作出以下保岗承诺：', v.employerCommitments),
        article(
          `企业方安排${v.workersCovered}名职工带薪休假${v.leaveMonths}个月。休假期间企业方为每名职工保留岗位，并保障每人每月工资${amountText(v.guaranteedMonthly)}，${v.leaveMonths}个月合计${amountText(t.guaranteedPerWorker)}。`,
        ),
        v.returnAllowance !== null && article(`休假职工按企业方通知返岗的，企业方另发给每人返岗路费补贴${amountText(v.returnAllowance)}。`),
        v.condition !== '' && article(`享受本协议待遇的条件：${v.condition}。`),
        withTrailing(
          article(`上述款项${v.paidWith}。每名返岗职工合计${amountText(t.perWorker)}，${v.workersCovered}名职工合计如下：`),
          payoutTable(v, t),
          { kind: 'amount', label: '保岗协议支付总额', amount: t.total },
        ),
        article(
          `协议期内职工提供正常劳动的，企业方支付的工资不低于当地最低工资标准（${m.regionName}第${m.tier}档，${yuanText(m.monthly)}／月）；非因职工本人原因停工停产超过一个工资支付周期、职工没有提供正常劳动的，企业方${
            v.livingAllowanceShare === null ? '按照国家和本省有关规定发放生活费' : `按不低于当地最低工资标准${percentText(v.livingAllowanceShare)}的标准发放生活费`
          }。`,
        ),
        v.baseWageOnReturn !== null && article(`企业生产经营恢复后，返岗职工月基本工资恢复为${amountText(v.baseWageOnReturn)}，并按工资专项集体合同适时协商调整。`),
        articleWithItems('职工方承诺：', v.workerCommitments),
        article('工会对本协议的履行情况进行监督。因履行本协议发生争议，双方协商解决；协商不成的，可以依法申请劳动争议仲裁。'),
        article(
          `本协议经职工代表大会审议通过，由双方首席代表签字并加盖公章后，于${v.filingDays}日内报送${v.parties.labourAuthority}审查，自其收到文本之日起15日内未提出异议的即行生效，并向全体职工公布。`,
        ),
      ]),
      agreementSignatures(v.parties, v.signingDate),
      filingBlock(v.parties),
    ],
  };
}
