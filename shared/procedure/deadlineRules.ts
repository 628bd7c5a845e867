// The law's clock as data (rules.md §0.2, §0.3, §3): for an event in the procedure and a kind of agreement,
// how many calendar days (or months) the next step is due, in which region, on which article. Figures are
// never constants in code: the functions take a rule table, `deadlineRulesDefault` is only what ships, and
// the user can import corrections and local rules (deadlineRuleSchema.ts).
import { type IsoDate, isoDate, isoDateParse } from '../dates/isoDate';
import { type ProvincialPeriod, type ProvincialVariant, provincialPeriodComputed, provincialVariants } from './provincialVariants';

export const agreementKinds = ['wage-agreement', 'collective-contract', 'special-contract'] as const;
/** wage-agreement = 工资专项集体合同/工资协议 (WCM); collective-contract = 集体合同; special-contract = 其他专项集体合同 (CCR). */
export type AgreementKind = (typeof agreementKinds)[number];

export const deadlineEvents = [
  'request-received', 'signed', 'received-by-bureau', 'effective', 'expiry', 'draft-rejected',
  // The procedure rules' own clocks (shared/procedure/rules): a vacant seat, information before talks,
  // the yearly round of wage talks, and a dispute before the labour administration.
  'seat-vacated', 'talks-start', 'wage-agreement-signed', 'dispute-accepted', 'dispute-extended',
] as const;
export type DeadlineEvent = (typeof deadlineEvents)[number];

export const deadlineDues = [
  'reply', 'file', 'objection-window', 'publish', 'renewal-request', 'resubmit',
  'refill', 'information', 'next-wage-talks', 'resolve',
] as const;
export type DeadlineDue = (typeof deadlineDues)[number];

export interface DeadlinePeriod {
  readonly count: number;
  /** Months count to the corresponding day (民法典 202), not as 30 days. */
  readonly unit: 'day' | 'month';
}

export interface DeadlineRule {
  /** Unique within a table, e.g. 'reply.fujian'. */
  readonly id: string;
  /** The rules.md id the app shows, e.g. 'OFR-02'. */
  readonly ruleId: string;
  readonly event: DeadlineEvent;
  readonly kinds: readonly AgreementKind[];
  /** GB/T 2260 code prefix the rule holds in: '' everywhere, '35' Fujian, '3509' 宁德市. */
  readonly region: string;
  readonly due: DeadlineDue;
  readonly period: DeadlinePeriod;
  /** 'after': due by the period's last day after the event; 'before': due by the day that far before it. */
  readonly direction: 'after' | 'before';
  /** Calendar days or months: none of these articles counts working days. */
  readonly counting: 'calendar';
  /**
   * A computed day that is a holiday or rest day: moves to the next working day (民法典 203, for a period
   * after an event), to the previous working day (a request due before a date must be made before it), or
   * stays (a date the law fixes, such as the day an agreement takes effect).
   */
  readonly whenDayOff: 'next-working-day' | 'previous-working-day' | 'stays';
  /**
   * For a regional rule: 'stricter' applies it together with the wider rules and the earliest date wins
   * (rules.md §0.2: a local rule adds to the national one); 'replace' makes it the only rule for its region.
   */
  readonly combine: 'stricter' | 'replace';
  /** Short article reference, e.g. 'CCR 32; WCM 17' (codes as in rules.md). */
  readonly source: string;
  /** The same in Chinese, for documents and the CLI. */
  readonly sourceZh: string;
  /** true when the article's wording was read; false when only reported or remembered (rules.md [P]/[M]). */
  readonly verified: boolean;
  /** In force for events from this day; null when the date is not known (the rule is then always applied). */
  readonly effectiveFrom: IsoDate | null;
  readonly effectiveTo: IsoDate | null;
  readonly note?: string;
}

const ALL_KINDS = agreementKinds;
const CCR_FROM = isoDate('2004-05-01'); // 集体合同规定, 劳社部令第22号
const WCM_FROM = isoDate('2000-11-08'); // 工资集体协商试行办法, 劳社部令第9号, in force on publication

/**
 * The provinces' own periods (provincialVariants.ts) as rules beside the national ones, for the periods
 * read with their article in the regulation's text; an unconfirmed figure is not computed with, nor is a
 * period in working days (this engine counts calendar days only). A province's separate wage-bargaining
 * regulation gives rules for wage agreements alone. A province whose rules are written out in the table
 * (Fujian) is left to them. 'stricter': a shorter local period moves the date earlier, a longer one leaves
 * the national date standing.
 */
export function provincialDeadlineRules(variants: readonly ProvincialVariant[], written: readonly DeadlineRule[]): DeadlineRule[] {
  const has = new Set(written.filter((r) => r.region !== '').map((r) => `${r.region}|${r.due}`));
  const calendarPeriod = (p: ProvincialPeriod | null): DeadlinePeriod | null =>
    p && provincialPeriodComputed(p) && p.unit !== 'working-day' ? { count: p.count, unit: p.unit } : null;
  const rulesOf = (
    province: string, regulation: string, effectiveFrom: string | null, reply: ProvincialPeriod | null, renewal: ProvincialPeriod | null,
    kinds: readonly AgreementKind[], idSuffix: string,
  ): DeadlineRule[] => {
    const common = {
      kinds, region: province, counting: 'calendar', combine: 'stricter', verified: true,
      effectiveFrom: effectiveFrom === null ? null : isoDateParse(effectiveFrom), effectiveTo: null,
    } as const;
    const cite = (article: string | null) => ({ source: `regulation of ${province}${article ? ` ${article}` : ''}`, sourceZh: `${regulation}${article ?? ''}` });
    const rules: DeadlineRule[] = [];
    const replyPeriod = calendarPeriod(reply);
    if (reply && replyPeriod && !has.has(`${province}|reply`)) {
      rules.push({ ...common, ...cite(reply.article), id: `reply.${province}${idSuffix}`, ruleId: 'OFR-02', event: 'request-received', due: 'reply', period: replyPeriod, direction: 'after', whenDayOff: 'next-working-day' });
    }
    const renewalPeriod = calendarPeriod(renewal);
    if (renewal && renewalPeriod && !has.has(`${province}|renewal-request`)) {
      rules.push({ ...common, ...cite(renewal.article), id: `renewal.${province}${idSuffix}`, ruleId: 'TRM-03', event: 'expiry', due: 'renewal-request', period: renewalPeriod, direction: 'before', whenDayOff: 'previous-working-day' });
    }
    return rules;
  };
  return variants.flatMap((v): DeadlineRule[] => [
    ...rulesOf(v.province, v.regulation, v.effectiveFrom, v.reply, v.renewal, ALL_KINDS, ''),
    ...(v.wageRegulation
      ? rulesOf(v.province, v.wageRegulation.regulation, v.wageRegulation.effectiveFrom, v.wageRegulation.reply, v.wageRegulation.renewal, ['wage-agreement'], '.wage')
      : []),
  ]);
}

/** Each national rule is [V] in rules.md; the Fujian ones are [P] (article numbers mostly not found). */
const deadlineRulesWritten: readonly DeadlineRule[] = [
  {
    id: 'reply.national', ruleId: 'OFR-02', event: 'request-received', kinds: ALL_KINDS, region: '', due: 'reply',
    period: { count: 20, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'CCR 32; WCM 17', sourceZh: '《集体合同规定》第三十二条；《工资集体协商试行办法》第十七条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
  },
  {
    id: 'reply.fujian', ruleId: 'OFR-02', event: 'request-received', kinds: ALL_KINDS, region: '35', due: 'reply',
    period: { count: 15, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'FJ', sourceZh: '《福建省企业集体协商和集体合同条例》',
    verified: false, effectiveFrom: null, effectiveTo: null, note: 'article number and effective date not found',
  },
  {
    id: 'file.wage', ruleId: 'FIL-01', event: 'signed', kinds: ['wage-agreement'], region: '', due: 'file',
    period: { count: 7, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'WCM 21', sourceZh: '《工资集体协商试行办法》第二十一条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
  },
  {
    id: 'file.contract', ruleId: 'FIL-01', event: 'signed', kinds: ['collective-contract', 'special-contract'], region: '', due: 'file',
    period: { count: 10, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'CCR 42', sourceZh: '《集体合同规定》第四十二条',
    verified: true, effectiveFrom: CCR_FROM, effectiveTo: null,
  },
  {
    // The last day of the review is also the day the agreement takes effect (EFF-01: 即行生效). The law fixes
    // that day, so it is not moved off a holiday; an objection must reach the parties by then.
    id: 'review.national', ruleId: 'EFF-01', event: 'received-by-bureau', kinds: ALL_KINDS, region: '', due: 'objection-window',
    period: { count: 15, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'stays', combine: 'stricter',
    source: 'CCR 45, 47; WCM 22; LCL 54', sourceZh: '《集体合同规定》第四十五、四十七条；《工资集体协商试行办法》第二十二条；《劳动合同法》第五十四条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
  },
  {
    id: 'publish.wage', ruleId: 'PUB-01', event: 'effective', kinds: ['wage-agreement'], region: '', due: 'publish',
    period: { count: 5, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'WCM 23', sourceZh: '《工资集体协商试行办法》第二十三条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
    note: 'collective and other special contracts: "promptly" (CCR 48), no day count',
  },
  {
    // WCM 24 reads 期满前60日内…可以提出: the window opens 60 days before expiry. The app treats its first
    // day as the date to have made the request by, so that the new agreement follows on without a gap.
    id: 'renewal.wage', ruleId: 'TRM-03', event: 'expiry', kinds: ['wage-agreement'], region: '', due: 'renewal-request',
    period: { count: 60, unit: 'day' }, direction: 'before', counting: 'calendar', whenDayOff: 'previous-working-day', combine: 'stricter',
    source: 'WCM 24', sourceZh: '《工资集体协商试行办法》第二十四条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
  },
  {
    id: 'renewal.contract', ruleId: 'TRM-03', event: 'expiry', kinds: ['collective-contract', 'special-contract'], region: '', due: 'renewal-request',
    period: { count: 3, unit: 'month' }, direction: 'before', counting: 'calendar', whenDayOff: 'previous-working-day', combine: 'stricter',
    source: 'CCR 38', sourceZh: '《集体合同规定》第三十八条',
    verified: true, effectiveFrom: CCR_FROM, effectiveTo: null,
  },
  {
    id: 'renewal.fujian', ruleId: 'TRM-03', event: 'expiry', kinds: ALL_KINDS, region: '35', due: 'renewal-request',
    period: { count: 90, unit: 'day' }, direction: 'before', counting: 'calendar', whenDayOff: 'previous-working-day', combine: 'stricter',
    source: 'FJ', sourceZh: '《福建省企业集体协商和集体合同条例》',
    verified: false, effectiveFrom: null, effectiveTo: null, note: 'article number and effective date not found',
  },
  {
    id: 'resubmit.fujian', ruleId: 'RAT-05', event: 'draft-rejected', kinds: ALL_KINDS, region: '35', due: 'resubmit',
    period: { count: 60, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'FJ 20', sourceZh: '《福建省企业集体协商和集体合同条例》第二十条',
    verified: false, effectiveFrom: null, effectiveTo: null, note: 'effective date not found',
  },
  {
    id: 'refill.national', ruleId: 'REP-08', event: 'seat-vacated', kinds: ALL_KINDS, region: '', due: 'refill',
    period: { count: 15, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'CCR 31', sourceZh: '《集体合同规定》第三十一条',
    verified: true, effectiveFrom: CCR_FROM, effectiveTo: null,
  },
  {
    // WCM 18: 协商前 5 日内 provide the information asked for. Read as "by the 5th day before the first
    // meeting", so the other side has the figures in hand for 5 days; a day off moves it earlier.
    id: 'information.wage', ruleId: 'OFR-03', event: 'talks-start', kinds: ['wage-agreement'], region: '', due: 'information',
    period: { count: 5, unit: 'day' }, direction: 'before', counting: 'calendar', whenDayOff: 'previous-working-day', combine: 'stricter',
    source: 'WCM 18', sourceZh: '《工资集体协商试行办法》第十八条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
  },
  {
    // "一般情况下每年进行一次": a rhythm, not a period the law counts, so the date is not moved.
    id: 'wage-talks.national', ruleId: 'OFR-05', event: 'wage-agreement-signed', kinds: ['wage-agreement'], region: '', due: 'next-wage-talks',
    period: { count: 12, unit: 'month' }, direction: 'after', counting: 'calendar', whenDayOff: 'stays', combine: 'stricter',
    source: 'WCM 24', sourceZh: '《工资集体协商试行办法》第二十四条',
    verified: true, effectiveFrom: WCM_FROM, effectiveTo: null,
  },
  {
    id: 'wage-talks.fujian', ruleId: 'OFR-05', event: 'wage-agreement-signed', kinds: ['wage-agreement'], region: '35', due: 'next-wage-talks',
    period: { count: 12, unit: 'month' }, direction: 'after', counting: 'calendar', whenDayOff: 'stays', combine: 'stricter',
    source: 'FJ 13', sourceZh: '《福建省企业集体协商和集体合同条例》第十三条',
    verified: false, effectiveFrom: null, effectiveTo: null, note: 'mandatory every year in Fujian; effective date not found',
  },
  {
    // Some reproductions number the 30-day article 53.
    id: 'dispute.national', ruleId: 'DSP-01', event: 'dispute-accepted', kinds: ALL_KINDS, region: '', due: 'resolve',
    period: { count: 30, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'CCR 52', sourceZh: '《集体合同规定》第五十二条',
    verified: true, effectiveFrom: CCR_FROM, effectiveTo: null,
  },
  {
    // The extension of at most 15 days runs from the end of the first 30 (the event's date is that day).
    id: 'dispute-extended.national', ruleId: 'DSP-01', event: 'dispute-extended', kinds: ALL_KINDS, region: '', due: 'resolve',
    period: { count: 15, unit: 'day' }, direction: 'after', counting: 'calendar', whenDayOff: 'next-working-day', combine: 'stricter',
    source: 'CCR 52', sourceZh: '《集体合同规定》第五十二条',
    verified: true, effectiveFrom: CCR_FROM, effectiveTo: null,
  },
];

/** What ships: the rules written out above and the provinces' confirmed periods. */
export const deadlineRulesDefault: readonly DeadlineRule[] = [...deadlineRulesWritten, ...provincialDeadlineRules(provincialVariants, deadlineRulesWritten)];
