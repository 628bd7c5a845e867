// The reference case's terms (福鼎, 2020-21) with a synthetic roster and ledger: the built-in sample of
// the terms module. Figures come from shared/sample/referenceCase.json; everything the report does not
// give is a placeholder listed in `referenceTermsAssumptions`.
import { holidayCalendarCn } from '../calendar/holidaysCn';
import { isoDate } from '../dates/isoDate';
import { fenFromYuan } from '../money/fen';
import { bpFromPercent } from '../money/rate';
import { REFERENCE_MIGRANT_WORKERS, REFERENCE_RETURNING_WORKERS, REFERENCE_STAYING_WORKERS, referenceRoster, referenceWorkerId } from './referenceRoster';
import referenceCase from './referenceCase.json';
import { termEntitlements } from '../terms/entitlement';
import { type LedgerEntry, type LedgerInput, ledgerEntriesFromEntitlements } from '../terms/ledger';
import type { TermInput } from '../terms/term';
import { TERMS_CASE_FORMAT, type TermsCase, type TermsCaseInput, termsCaseParse } from '../terms/termsCase';
import { termIsMonetary } from '../terms/term';

const jr = referenceCase.job_retention_agreement_2020;
const sf = referenceCase.spring_festival_2021_terms;

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => referenceWorkerId(from + i));
const RETURNING = ids(1, REFERENCE_RETURNING_WORKERS);
const STAYING = ids(1, REFERENCE_STAYING_WORKERS);
const GOING_HOME = ids(REFERENCE_STAYING_WORKERS + 1, REFERENCE_MIGRANT_WORKERS);

/** Assumed: "the first wage after return (end of June 2020)" is paid on the last day of June. */
export const REFERENCE_JOB_RETENTION_PAYDAY = '2020-06-30';
/** Red packets: 84 staying workers; the first 60 paid on the due date, 24 unpaid (to show overdue). */
const RED_PACKETS_PAID = 60;

const JOB_RETENTION = '保岗协议（2020年3月）';
const SPRING_FESTIVAL = '工资专项集体协议（2021年1月，春节留岗）';

export const referenceTermInputs: readonly TermInput[] = [
  {
    id: 'jr2020.guaranteedPay',
    kind: 'guaranteed_pay',
    title: '放假保岗期间保底工资',
    agreement: JOB_RETENTION,
    clause: `放假${jr.leave_months}个月，每月保底${jr.guaranteed_monthly_pay_during_leave_cny}元，返岗后随首月工资发放`,
    months: jr.leave_months,
    monthlyFen: fenFromYuan(jr.guaranteed_monthly_pay_during_leave_cny),
    eligibility: { description: '2020年放假保岗后返岗的职工', workerIds: RETURNING },
    conditions: { backBy: REFERENCE_JOB_RETENTION_PAYDAY, employedOn: '2020-12-31' },
    dueDate: REFERENCE_JOB_RETENTION_PAYDAY,
  },
  {
    id: 'jr2020.returnAllowance',
    kind: 'retention_allowance',
    title: '返岗路费补贴',
    agreement: JOB_RETENTION,
    clause: `接通知返岗并干到年底，补贴路费${jr.return_travel_allowance_cny}元`,
    amountFen: fenFromYuan(jr.return_travel_allowance_cny),
    eligibility: { description: '2020年放假保岗后返岗的职工', workerIds: RETURNING },
    conditions: { backBy: REFERENCE_JOB_RETENTION_PAYDAY, employedOn: '2020-12-31' },
    dueDate: REFERENCE_JOB_RETENTION_PAYDAY,
  },
  {
    id: 'sf2021.overtime',
    kind: 'overtime_premium',
    title: '春节期间加班工资（法定标准）',
    agreement: SPRING_FESTIVAL,
    clause: '春节期间加班按法定标准支付加班工资',
    monthlyBaseFen: fenFromYuan(sf.monthly_base_wage_after_festival_cny),
    from: '2021-02-11',
    to: '2021-02-17',
    hoursPerDay: 8,
    eligibility: { description: '春节期间留厂工作的职工', workerIds: STAYING },
    dueDate: '2021-02-28',
  },
  {
    id: 'sf2021.redPacket',
    kind: 'bonus',
    title: '春节留岗红包',
    agreement: SPRING_FESTIVAL,
    clause: `留厂过年职工每人红包${sf.red_packet_per_worker_staying_cny}元`,
    amountFen: fenFromYuan(sf.red_packet_per_worker_staying_cny),
    eligibility: { description: '春节期间留厂工作的职工', workerIds: STAYING },
    dueDate: '2021-02-10',
  },
  {
    id: 'sf2021.returnFare',
    kind: 'travel_subsidy',
    title: '节后错峰返乡路费补贴',
    agreement: SPRING_FESTIVAL,
    clause: `节后错峰回家的职工，报销${sf.return_travel_subsidy_pct_of_fare}%路费`,
    rule: { kind: 'fareShare', rateBp: bpFromPercent(sf.return_travel_subsidy_pct_of_fare), capFen: null },
    eligibility: { description: '春节后错峰返乡探亲的职工', workerIds: GOING_HOME },
    dueDate: '2021-04-30',
  },
  {
    id: 'sf2021.deferredLeave',
    kind: 'deferred_leave',
    title: '春节假期递延带薪休假',
    agreement: SPRING_FESTIVAL,
    clause: '留厂职工的春节假期可在一年中其他时间作为带薪假休',
    days: 7,
    takeFrom: '2021-03-01',
    eligibility: { description: '春节期间留厂工作的职工', workerIds: STAYING },
    dueDate: '2021-12-31',
  },
  {
    id: 'ohs2020.fumeCabinets',
    kind: 'commitment',
    area: 'occupational_health',
    title: '生产线加装封闭玻璃罩（防溶剂气体）',
    agreement: '合成革行业职业病防治专项集体合同（2020）',
    clause: '生产线周围加装封闭玻璃罩（职工建议）',
    description: '在生产线周围加装封闭玻璃罩，防止溶剂气体外溢（来自职工建议）',
    status: 'done',
    dueDate: '2020-12-31',
  },
  {
    id: 'auto2021.investment',
    kind: 'commitment',
    area: 'investment',
    title: '投入200万元进行生产线自动化改造',
    agreement: SPRING_FESTIVAL,
    clause: '降低劳动强度',
    description: '公司投入200万元对生产线进行自动化改造，降低劳动强度',
    amountFen: fenFromYuan(2_000_000),
    status: 'in_progress',
    dueDate: '2021-12-31',
  },
  {
    id: 'auto2021.safetyRules',
    kind: 'commitment',
    area: 'participation',
    title: '职工参与制定劳动保护操作规程',
    agreement: SPRING_FESTIVAL,
    clause: '劳动保护操作规程写入合同',
    description: '邀请职工参与编写劳动保护操作规程，写入合同',
    status: 'planned',
    dueDate: '2021-06-30',
  },
];

export const referenceTermsAssumptions: readonly { field: string; note: string }[] = [
  { field: 'roster', note: 'Synthetic: 120 placeholder workers (职工001–职工120), ID numbers with the non-existent address code 000000; see shared/roster/referenceRoster.ts.' },
  { field: 'terms.jr2020.*.dueDate', note: 'The report says "the first wage after return (end of June 2020)": taken as 2020-06-30.' },
  { field: 'terms.jr2020.*.conditions', note: 'Report: "return when recalled and keep working until the end of the year". Recall deadline assumed 2020-06-30; all 30 assumed back on 2020-06-01 and still employed.' },
  { field: 'terms.jr2020.*.eligibility', note: 'The report\'s "30+" returning workers read as 30 (its own check: 171,300 = 30 × 5,710): W001–W030.' },
  { field: 'terms.sf2021.*.eligibility', note: '84 of 108 migrant workers stay (77.8 %, "over 77.5 %"): W001–W084; the other 24 migrants (W085–W108) go home after the festival; the 12 local workers are in neither group.' },
  { field: 'terms.sf2021.overtime', note: 'Each staying worker assumed to have worked 8 hours on every day of 2021-02-11…17, paid at the 2,000 base wage; paid with the February wage on 2021-02-28.' },
  { field: 'terms.sf2021.redPacket.dueDate', note: 'Assumed due before 除夕 (2021-02-10). In the ledger 60 were paid that day and 24 are unpaid, only to show an overdue item.' },
  { field: 'terms.sf2021.returnFare', note: 'Fares assumed: 云南 650 元, 贵州 500 元 one way; due with the first wage after the return, assumed 2021-04-30; nothing paid yet.' },
  { field: 'terms.sf2021.deferredLeave', note: 'Days = the 7 festival days (2021-02-11…17), to be taken 2021-03-01…2021-12-31 (assumed); W001 takes them from 2021-06-01 ("one worker plans to take it in June").' },
  { field: 'terms.*commitment*', note: 'Deadlines and statuses of the commitments are not reported: placeholders.' },
];

/** Payments the sample ledger records (see the assumptions). */
function paymentsFor(entry: LedgerEntry): LedgerEntry['payments'] {
  const paid = (date: string) => [{ date: isoDate(date), amountFen: entry.entitledFen, note: '样例：已发放' }];
  const n = Number(entry.workerId.slice(1));
  switch (entry.termId) {
    case 'jr2020.guaranteedPay':
    case 'jr2020.returnAllowance':
      return paid(REFERENCE_JOB_RETENTION_PAYDAY);
    case 'sf2021.overtime':
      return paid('2021-02-28');
    case 'sf2021.redPacket':
      return n <= RED_PACKETS_PAID ? paid('2021-02-10') : [];
    default:
      return [];
  }
}

/** The sample: terms, roster and ledger, validated like any terms file. */
export function referenceTermsCase(): TermsCase {
  const base: TermsCaseInput = {
    format: TERMS_CASE_FORMAT,
    title: `${referenceCase.enterprise.name_zh} 2020–2021 协商条款与兑现台账（样例）`,
    terms: [...referenceTermInputs],
    roster: referenceRoster(),
    assumptions: [...referenceTermsAssumptions],
  };
  const parsed = termsCaseParse(base);
  // Only a broken build gets here; test/shared/terms checks the sample.
  if (!parsed.ok) throw new Error(`reference terms are invalid: ${parsed.error.message} at ${parsed.error.params?.field}`);
  const { terms, roster } = parsed.value;
  const entries = terms.filter(termIsMonetary).flatMap((term) => {
    const set = termEntitlements(term, { roster, asOf: isoDate('2021-12-31'), calendar: holidayCalendarCn });
    if (!set.ok) throw new Error(`reference term ${term.id}: ${set.error.message}`);
    return ledgerEntriesFromEntitlements(set.value.entitlements).map((e) => ({ ...e, payments: paymentsFor(e) }));
  });
  const ledger: LedgerInput = {
    entries,
    leave: [{ workerId: referenceWorkerId(1), termId: 'sf2021.deferredLeave', from: '2021-06-01', days: 7, note: '样例：计划6月休' }],
  };
  const full = termsCaseParse({ ...base, ledger });
  if (!full.ok) throw new Error(`reference ledger is invalid: ${full.error.message} at ${full.error.params?.field}`);
  return full.value;
}
