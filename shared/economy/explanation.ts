// 测算说明 of one scenario: its base-wage raise against the province's wage guideline, the consumer
// prices and the average wage of the year before, the enterprise's own output and productivity growth
// over the same quarters, and the minimum-wage check: the numbers a chair brings to the table
// (《工资集体协商试行办法》 art 8). Every figure nobody entered is null, and the screen says so.
import { type Quarter, quarterParse, quarterParts } from '../dates/quarter';
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import type { WageModelResult } from '../wage/model';
import {
  type AverageWage,
  type ConsumerPrices,
  type EconomyData,
  type GuidelinePosition,
  type WageGuideline,
  averageWageFor,
  consumerPricesFor,
  guidelinePosition,
  wageGuidelineFor,
} from './economy';

export type ExplanationFloor =
  | { readonly status: 'above' | 'at' | 'below'; readonly monthly: Fen; readonly basis: string; readonly verified: boolean }
  | { readonly status: 'unknown'; readonly reason: 'tier-unknown' | 'table-unknown' | 'table-superseded' };

export interface ScenarioExplanation {
  readonly scenario: string;
  readonly regionCode: string;
  /** The year the raise is for: the year of the last modelled quarter. */
  readonly year: number;
  readonly from: Quarter;
  readonly to: Quarter;
  readonly fromWage: Fen;
  readonly toWage: Fen;
  /** Base-wage growth from `from` to `to`, bp; null when only one quarter is modelled. */
  readonly raise: BasisPoints | null;
  readonly guideline: WageGuideline | null;
  readonly position: GuidelinePosition | null;
  /** CPI of the year before (the latest a round can know). */
  readonly prices: ConsumerPrices | null;
  /** The raise less the CPI change, in percentage points (bp). */
  readonly aboveInflation: BasisPoints | null;
  /** Average wage of the year before; the new monthly base wage as a share of its monthly average. */
  readonly averageWage: AverageWage | null;
  readonly shareOfAverage: BasisPoints | null;
  /** The enterprise's own output over the same quarters, and output per worker on the payroll. */
  readonly outputGrowth: BasisPoints | null;
  readonly productivityGrowth: BasisPoints | null;
  readonly floor: ExplanationFloor;
}

const growth = (to: number, from: number): BasisPoints | null => (from > 0 && to > 0 ? (Math.round((to / from) * 10_000) - 10_000) as BasisPoints : null);

/**
 * The last modelled quarter against the same quarter a year before when it is modelled (a year's raise),
 * else against the first modelled quarter.
 */
function quarterPair(quarters: readonly string[]): readonly [from: number, to: number] {
  const to = quarters.length - 1;
  const last = quarterParse(quarters[to] ?? '');
  const parts = last ? quarterParts(last) : null;
  const yearBefore = parts ? quarters.indexOf(`${String(parts.year - 1).padStart(4, '0')}-Q${parts.quarter}`) : -1;
  return [yearBefore >= 0 ? yearBefore : 0, to];
}

function floorOf(result: WageModelResult, scenario: string, index: number): ExplanationFloor {
  const quarter = result.quarters[index];
  const finding = result.floorFindings.find((f) => f.scenario === scenario && f.quarter === quarter);
  if (finding?.action === 'ask') return { status: 'unknown', reason: finding.reason };
  if (finding) return { status: finding.action === 'block' ? 'below' : 'at', monthly: finding.floor, basis: finding.table.basis, verified: finding.table.verified && finding.table.tierVerified };
  const mw = result.minimumWage[index];
  if (!mw || mw.monthlyFen === null || mw.basis === null) return { status: 'unknown', reason: mw?.unknown === 'tier' ? 'tier-unknown' : 'table-unknown' };
  return { status: 'above', monthly: mw.monthlyFen, basis: mw.basis, verified: mw.verified ?? false };
}

/** The explanation of each scenario of a model run; empty when no quarter is modelled. */
export function scenarioExplanations(result: WageModelResult, data: EconomyData): ScenarioExplanation[] {
  if (result.quarters.length === 0) return [];
  const [fromIndex, toIndex] = quarterPair(result.quarters);
  const from = result.quarters[fromIndex]! as Quarter;
  const to = result.quarters[toIndex]! as Quarter;
  const year = quarterParts(to).year;
  const guideline = wageGuidelineFor(result.regionCode, year, data);
  const prices = consumerPricesFor(result.regionCode, year - 1, data);
  const averageWage = averageWageFor(result.regionCode, year - 1, data);
  const outFrom = result.output.quarters[fromIndex]!.indexBp;
  const outTo = result.output.quarters[toIndex]!.indexBp;
  const payroll = (i: number) => {
    const h = result.headcount[i];
    return h ? h.working + h.onLeave + h.stopped : 0;
  };
  const outputGrowth = fromIndex === toIndex ? null : growth(outTo, outFrom);
  const productivityGrowth = fromIndex === toIndex || payroll(fromIndex) === 0 || payroll(toIndex) === 0 ? null : growth(outTo / payroll(toIndex), outFrom / payroll(fromIndex));
  return result.scenarios.map((s) => {
    const fromWage = s.quarters[fromIndex]!.monthlyBaseWageFen;
    const toWage = s.quarters[toIndex]!.monthlyBaseWageFen;
    const raise = fromIndex === toIndex ? null : growth(toWage, fromWage);
    return {
      scenario: s.name,
      regionCode: result.regionCode,
      year,
      from,
      to,
      fromWage,
      toWage,
      raise,
      guideline,
      position: guideline && raise !== null ? guidelinePosition(raise, guideline) : null,
      prices,
      aboveInflation: prices && raise !== null ? ((raise - prices.change) as BasisPoints) : null,
      averageWage,
      shareOfAverage: averageWage ? (Math.round((toWage * 12 * 10_000) / averageWage.annual) as BasisPoints) : null,
      outputGrowth,
      productivityGrowth,
      floor: floorOf(result, s.name, toIndex),
    };
  });
}
