// View models for the reference case (福建隆祥皮革有限公司, 福鼎, 2020-21), from shared/sample:
// figures from referenceCase.json, parties from referenceEnterprise.ts, the minimum wage from the shipped
// tables. Dates, places and counts the report does not give are placeholders listed in `assumptions`.
import { isoDate } from '../shared/dates/isoDate';
import { fenFromYuan } from '../shared/money/fen';
import { bp, bpFromPercent } from '../shared/money/rate';
import referenceCase from '../shared/sample/referenceCase.json';
import { fujianWageLegalBasis, referenceMinimumWage, referenceParties, referencePartyAssumptions } from './referenceParties';
import type { CaseViewModel, JobRetentionView, PartiesView, ViewAssumption, WageAgreementView } from './viewModel';
import { referenceDates } from './referenceDates';
import { referenceDossier } from './referenceDossier';
import { yuanText } from './text';


/** 工资协议 n as people in the plant would name it (the report's "when", in Chinese). */
const agreementLabels: Record<number, string> = {
  1: '第一次协商（2020年初）',
  2: '第二次协商（2020年3月，订单不足）',
  3: '第三次协商（2020年6月，订单恢复）',
  4: '第四次协商（2021年1月，本合同）',
};

function wageAgreementView(parties: PartiesView): WageAgreementView {
  const agreements = [...referenceCase.wage_agreements].sort((a, b) => a.seq - b.seq);
  const sf = referenceCase.spring_festival_2021_terms;
  const output = referenceCase.quarterly_output_2020;
  const before = fenFromYuan(agreements.at(-2)!.monthly_base_wage_cny);
  const after = fenFromYuan(sf.monthly_base_wage_after_festival_cny);
  const q = (pct: number) => (pct > 0 ? `+${pct}%` : `${pct}%`);
  const minimumWage = referenceMinimumWage(referenceDates.termFrom);
  return {
    parties,
    title: '工资专项集体合同',
    yearLabel: '2021年度',
    legalBasis: fujianWageLegalBasis,
    term: { from: referenceDates.termFrom, to: referenceDates.termTo },
    renewalNoticeDays: 90,
    signingDate: referenceDates.signing,
    signingPlace: `${parties.enterprise.name}会议室`,
    wageStructure: ['基本工资', '岗位工资', '绩效（计件）工资', '奖金', '津贴和补贴', '加班工资'],
    wageForms: ['计时工资', '计件工资'],
    standards: [
      { period: '春节假期结束前', from: referenceDates.termFrom, to: isoDate('2021-02-17'), appliesTo: '全体职工', monthly: before },
      { period: '春节假期结束后', from: referenceDates.afterFestival, to: null, appliesTo: '全体职工', monthly: after },
    ],
    history: agreements.map((a) => ({ label: agreementLabels[a.seq] ?? `第${a.seq}次协商`, monthly: fenFromYuan(a.monthly_base_wage_cny) })),
    annual: {
      wageBill: null,
      averageWage: null,
      averageGrowth: null,
      basis: [
        `企业2020年各季度产值环比变化（第一季度${q(output.q1_pct)}、第二季度${q(output.q2_pct)}、第三季度${q(output.q3_pct)}、第四季度${q(output.q4_pct)}）和订单恢复情况；`,
        `当地最低工资标准（${minimumWage.regionName}第${minimumWage.tier}档，每月${yuanText(minimumWage.monthly)}）；`,
        '企业人工成本水平和承受能力；',
        '春节期间稳定职工队伍、保障连续生产的需要；',
        '当地居民消费价格指数和政府发布的工资指导线。',
      ],
    },
    minimumWage,
    benefits: [
      { kind: 'redPacket', name: '春节红包', amount: fenFromYuan(sf.red_packet_per_worker_staying_cny), eligibility: '春节期间留厂工作的职工', paidWhen: '2021年春节假期期间' },
      {
        kind: 'travelSubsidy',
        name: '返乡交通补贴',
        shareOfFare: bpFromPercent(sf.return_travel_subsidy_pct_of_fare),
        cap: null,
        eligibility: '春节期间留厂工作、春节后错峰返乡探亲的职工',
        condition: '按期返厂上班',
      },
    ],
    deferredLeave: { eligibility: '春节期间留厂工作的职工', window: '本年度其他时间（如6月至8月生产淡季）' },
    overtime: {
      base: '正常工作时间的月工资',
      weekdayPercent: 150,
      restDayPercent: 200,
      holidayPercent: 300,
      dailyHoursCap: 3,
      monthlyHoursCap: 36,
      // Before 2025 the Spring Festival had 3 statutory days, 初一 to 初三 (rules.md §0.4).
      holidayWork: { holiday: '2021年春节', statutoryDays: '2021年2月12日至2月14日，农历正月初一至初三' },
    },
    payment: { payday: 15, forMonth: '上月', method: '货币形式' },
    probationShare: bp(8000),
    livingAllowanceShare: bp(7000),
    filingCopies: 3,
    filingDays: 7,
  };
}

function jobRetentionView(parties: PartiesView): JobRetentionView {
  const jr = referenceCase.job_retention_agreement_2020;
  const q1 = referenceCase.quarterly_output_2020.q1_pct;
  const restored = referenceCase.wage_agreements.find((a) => a.seq === 3)!;
  return {
    parties,
    title: jr.name_zh,
    legalBasis: ['中华人民共和国劳动合同法', '工资支付暂行规定', '集体合同规定'],
    period: { from: referenceDates.retentionFrom, to: referenceDates.retentionTo },
    reason: `受新冠肺炎疫情影响，2020年第一季度企业产值环比下降${Math.abs(q1)}%，订单严重不足，生产经营困难。`,
    // The report's "30+" returning workers, read as 30 as its own derived check does (171 300 = 30 × 5710).
    workersCovered: referenceCase.derived_checks.job_retention_payout_for_30_workers_cny / referenceCase.derived_checks.job_retention_payout_per_returning_worker_cny,
    leaveMonths: jr.leave_months,
    guaranteedMonthly: fenFromYuan(jr.guaranteed_monthly_pay_during_leave_cny),
    returnAllowance: fenFromYuan(jr.return_travel_allowance_cny),
    condition: '休假职工在企业通知时按期返岗，并连续工作至2020年12月31日',
    paidWith: '随职工返岗后的第一个月工资（2020年6月底）一并发放',
    baseWageOnReturn: fenFromYuan(restored.monthly_base_wage_cny),
    employerCommitments: ['不以疫情影响为由裁减职工，不单方解除休假职工的劳动合同；', '为休假职工保留原工作岗位，按时足额缴纳社会保险费；', '生产订单恢复后，优先召回休假职工返岗。'],
    workerCommitments: ['服从企业的轮休安排，按通知时间返岗；', '返岗后连续工作至本年度末；', '遵守企业规章制度，保守企业商业秘密。'],
    minimumWage: referenceMinimumWage(referenceDates.retentionFrom),
    livingAllowanceShare: bp(7000),
    signingDate: null,
    filingDays: 7,
  };
}

const referenceAssumptions: readonly ViewAssumption[] = [
  { field: 'wageAgreement.signingDate', note: 'Not reported (January 2021 only): 2021-01-15 assumed, with request 01-04, meeting 01-08, congress 01-14, filing 01-19.' },
  { field: 'wageAgreement.term', note: 'Not reported: one year from 2021-02-01 assumed, so the Spring Festival terms fall inside it.' },
  { field: 'wageAgreement.standards', note: 'The report says 2000 "after the festival": from 2021-02-18, the first working day after the break, assumed; 1750 before it (the third agreement).' },
  { field: 'wageAgreement.wageStructure', note: 'Not reported: a usual structure and the time and piece-rate forms of a leather plant are assumed.' },
  { field: 'wageAgreement.annual', note: 'Wage bill, average wage and its growth not reported: left blank in the document.' },
  { field: 'wageAgreement.payment.payday', note: 'Not reported: wages for the previous month paid by the 15th assumed.' },
  { field: 'wageAgreement.benefits.1', note: 'The report says a 100% return-fare subsidy for those who go home after the festival, off-peak; "returning to work on time" as the condition is assumed.' },
  { field: 'wageAgreement.deferredLeave.window', note: 'The report: leave may be taken at another time of the year (one worker plans June); the June–August low season is named as an example.' },
  { field: 'jobRetention.period', note: 'Not reported: 2020-03-01 to 2020-12-31 assumed (March agreement; the condition runs to year end).' },
  { field: 'jobRetention.employerCommitments', note: 'Not reported: the typical commitments of rules.md §2.2 are filled in.' },
  { field: 'jobRetention.workersCovered', note: 'The report says "30+"; 30 as in its own derived check (171,300 = 30 × 5,710).' },
  { field: 'jobRetention.signingDate', note: 'Not reported: left blank.' },
];

/** Every document of the reference case, with what was assumed to make them. */
export function referenceViewModels(): CaseViewModel {
  const parties = referenceParties();
  const wageAgreement = wageAgreementView(parties);
  const dossier = referenceDossier(parties, wageAgreement);
  return {
    wageAgreement,
    jobRetention: jobRetentionView(parties),
    ...dossier.views,
    assumptions: [...referencePartyAssumptions(), ...referenceAssumptions, ...dossier.assumptions],
  };
}
