// The reference case (福鼎, 2020) as a wage-model case file, built from shared/sample/referenceCase.json.
// The report gives output only as quarter-on-quarter changes and no headcount; every figure it does not
// give is a placeholder listed in `assumptions`, so the app and the CLI can say so.
import { fenFromYuan, fenFromYuanText } from '../money/fen';
import { bpFromPercent } from '../money/rate';
import referenceCase from './referenceCase.json';
import { referenceHeadcountAssumed, referenceRegionCode } from './referenceEnterprise';
import type { WageCaseFileInput } from '../wage/caseFile';

const QUARTERS = ['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4'] as const;

/** The report's "30+" returning workers, read as 30 as its own derived check does (171 300 = 30 × 5710). */
const WORKERS_ON_LEAVE_Q2 = 30;

/** Assumed labour-cost share at which the zone shows what output carries: 2.5 %. */
const TARGET_LABOUR_SHARE_BP = 250;

/** "over 30,000,000" (元 of raw material bought per month before the slump) → 3 000 000 000 分. */
function monthlyPurchasesBefore(): number {
  const text = referenceCase.quarterly_output_2020.raw_material_purchases_per_month_cny.before.replace(/^over\s+/, '');
  const amount = fenFromYuanText(text);
  if (amount === null) throw new RangeError(`unreadable purchases figure: ${text}`);
  return amount;
}

export function referenceWageCase(): WageCaseFileInput {
  const output = referenceCase.quarterly_output_2020;
  const agreements = [...referenceCase.wage_agreements].sort((a, b) => a.seq - b.seq);
  const leaveMonths = referenceCase.job_retention_agreement_2020.leave_months;
  return {
    title: `${referenceCase.enterprise.name_zh} 2020`,
    regionCode: referenceRegionCode,
    baseQuarter: '2019-Q4',
    output: {
      kind: 'qoq',
      baseValueFen: 3 * monthlyPurchasesBefore(),
      changesBp: [output.q1_pct, output.q2_pct, output.q3_pct, output.q4_pct].map(bpFromPercent),
    },
    headcount: QUARTERS.map((quarter) => ({
      quarter,
      working: quarter === '2020-Q2' ? referenceHeadcountAssumed - WORKERS_ON_LEAVE_Q2 : referenceHeadcountAssumed,
      onLeave: quarter === '2020-Q2' ? WORKERS_ON_LEAVE_Q2 : 0,
      stopped: 0,
    })),
    scenarios: [
      {
        name: '实际协议 as agreed',
        wages: agreements.map((a, i) => ({ quarter: QUARTERS[i]!, kind: 'amount' as const, amountFen: fenFromYuan(a.monthly_base_wage_cny) })),
      },
      {
        name: '维持1750＋产值联动奖 held at 1750 + output bonus',
        wages: [{ quarter: QUARTERS[0], kind: 'amount', amountFen: fenFromYuan(agreements[0]!.monthly_base_wage_cny) }],
        outputLinked: { shareBp: 100, thresholdBp: 1000 },
      },
    ],
    targetLabourShareBp: TARGET_LABOUR_SHARE_BP,
    assumptions: [
      {
        field: 'output.baseValueFen',
        note:
          'Not reported: only quarter-on-quarter changes are. Q4 2019 output is taken as 3 months × the 30,000,000 元 of raw material ' +
          'bought per month before the slump = 90,000,000 元. Output value exceeds material bought, so labour-cost shares are upper bounds.',
      },
      {
        field: 'headcount',
        note: `Not reported: ${referenceHeadcountAssumed} workers each quarter (placeholder); in 2020-Q2 ${WORKERS_ON_LEAVE_Q2} of them on leave for ${leaveMonths} months (the job-retention agreement's "30+" returning workers).`,
      },
      {
        field: 'scenarios.0.wages',
        note:
          'Agreement n sets the base wage of 2020-Qn: agreement 1 (early 2020) → Q1; agreement 2 (March 2020) → Q2, from the quarter after signing; ' +
          'agreement 3 (June 2020) → Q3; agreement 4 (January 2021, after the Spring Festival) is placed in 2020-Q4 so the four agreements ' +
          'line up with the four modelled quarters, as the report’s base-wage index 100, 89.71, 100, 114.29 does.',
      },
      {
        field: 'scenarios.0.wages.agreementDate',
        note: 'Signing days are not reported, so each base wage is checked against the minimum wage in force on its quarter’s first day (the 2020 Fujian table for all four).',
      },
      {
        field: 'scenarios.1',
        note: 'Illustrative alternative, not in the report: the base wage held at 1750 with a bonus of 1 % of output growth above 10 % a quarter, shared among the workers working.',
      },
      {
        field: 'targetLabourShareBp',
        note: 'Not reported: 2.5 % is a placeholder for the labour-cost share the parties choose, used only for what output carries.',
      },
      { field: 'offerFen', note: 'The employer’s offers and the workers’ asks are not reported; the bargaining zone shows the floor and what output carries.' },
      {
        field: 'terms',
        note:
          'Workers on leave are costed at the CNT-05 floor (contract wage in the first month, then 70 % of the minimum). The job-retention ' +
          'agreement’s guaranteed 1570 a month and 1000 travel allowance are terms: their cost above that floor is not in this wage bill yet.',
      },
    ],
  };
}
