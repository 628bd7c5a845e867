// Quarterly output (产值) of the enterprise, entered either as values (分 per quarter) or as
// quarter-on-quarter changes (环比, basis points) from a base quarter. Internally each quarter is kept as
// an exact fraction of the base quarter (ratio.ts), so a chained index never drifts; it is rounded once
// on the way out. The index is expressed in basis points of the base quarter (10 000 bp = index 100),
// so the display index with 2 decimals is exactly bp ÷ 100: −70 %, −20 %, +30 %, +60 % from Q4 2019 →
// 3000, 2400, 3120, 4992 bp → 30, 24, 31.2, 49.92.
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import { type Quarter, quarterNext } from '../dates/quarter';
import {
  type Ratio,
  RATIO_ONE,
  ratio,
  ratioDivide,
  ratioGrowthFactor,
  ratioMultiply,
  ratioSubtract,
  ratioToBasisPoints,
  ratioToFen,
  ratioToIndexNumber,
} from './ratio';

/** How the user entered output. Values must be positive; changes above −100 % (> −10 000 bp). */
export type OutputEntry =
  | { readonly kind: 'values'; readonly baseValue: Fen; readonly values: readonly Fen[] }
  | { readonly kind: 'qoq'; readonly baseValue: Fen | null; readonly changes: readonly BasisPoints[] };

export interface OutputSeries {
  readonly baseQuarter: Quarter;
  /** The modelled quarters, starting with the one after the base quarter. */
  readonly quarters: readonly Quarter[];
  /** Output of the base quarter in 分 per quarter; null when only changes are known (shares stay relative). */
  readonly baseValue: Fen | null;
  /** Each modelled quarter's output as an exact fraction of the base quarter's. */
  readonly ratios: readonly Ratio[];
  /** Change on the quarter before, bp: as entered, or derived from values (rounded once each). */
  readonly changes: readonly BasisPoints[];
}

function assertPositive(amount: Fen, what: string): void {
  if (amount <= 0) throw new RangeError(`${what} must be positive, got ${amount}`);
}

function assertAboveMinusWhole(change: BasisPoints): void {
  if (change <= -10_000) throw new RangeError(`a quarter-on-quarter change must be above −100 %, got ${change} bp`);
}

/** Exact chained fractions of the base quarter for a run of quarter-on-quarter changes. */
function ratiosFromChanges(changes: readonly BasisPoints[]): Ratio[] {
  const out: Ratio[] = [];
  let running = RATIO_ONE;
  for (const change of changes) {
    assertAboveMinusWhole(change);
    running = ratioMultiply(running, ratioGrowthFactor(change));
    out.push(running);
  }
  return out;
}

/** Changes → values: each quarter = base × the exact chained product, rounded once to the 分. */
export function outputValuesFromChanges(baseValue: Fen, changes: readonly BasisPoints[]): Fen[] {
  assertPositive(baseValue, 'base output');
  return ratiosFromChanges(changes).map((r) => ratioToFen(ratioMultiply(ratio(baseValue), r)));
}

/** Values → changes: each quarter against the one before (the first against the base), rounded once to the bp. */
export function outputChangesFromValues(baseValue: Fen, values: readonly Fen[]): BasisPoints[] {
  assertPositive(baseValue, 'base output');
  let previous: Fen = baseValue;
  return values.map((value) => {
    assertPositive(value, 'output');
    const change = ratioToBasisPoints(ratioSubtract(ratio(value, previous), RATIO_ONE));
    previous = value;
    return change;
  });
}

/** The normalised series from either form of entry. RangeError on values ≤ 0 or changes ≤ −100 % (validate input first). */
export function outputSeriesFrom(baseQuarter: Quarter, entry: OutputEntry): OutputSeries {
  const count = entry.kind === 'values' ? entry.values.length : entry.changes.length;
  const quarters: Quarter[] = [];
  let q = baseQuarter;
  for (let i = 0; i < count; i++) quarters.push((q = quarterNext(q)));
  if (entry.kind === 'values') {
    const changes = outputChangesFromValues(entry.baseValue, entry.values);
    const ratios = entry.values.map((v) => ratio(v, entry.baseValue));
    return { baseQuarter, quarters, baseValue: entry.baseValue, ratios, changes };
  }
  if (entry.baseValue !== null) assertPositive(entry.baseValue, 'base output');
  return { baseQuarter, quarters, baseValue: entry.baseValue, ratios: ratiosFromChanges(entry.changes), changes: [...entry.changes] };
}

/** The chained index in bp of the base quarter (10 000 = 100), rounded once per quarter. */
export function outputIndexBasisPoints(series: OutputSeries): BasisPoints[] {
  return series.ratios.map(ratioToBasisPoints);
}

/** The chained index with base quarter = 100, as numbers with 2 decimals for display: [30, 24, 31.2, 49.92]. */
export function outputIndexSeries(series: OutputSeries): number[] {
  return series.ratios.map(ratioToIndexNumber);
}

/**
 * Output in 分 at a position of `series.quarters` (−1 = the base quarter), exact: a fraction of a 分 is
 * possible. null when no absolute level is known or the position is outside the series.
 */
export function outputExactAt(series: OutputSeries, position: number): Ratio | null {
  const r = position === -1 ? RATIO_ONE : series.ratios[position];
  if (series.baseValue === null || r === undefined) return null;
  return ratioMultiply(ratio(series.baseValue), r);
}

/** Each modelled quarter's output in 分 (rounded once), or null without an absolute level. */
export function outputValues(series: OutputSeries): (Fen | null)[] {
  return series.quarters.map((_, i) => {
    const exact = outputExactAt(series, i);
    return exact === null ? null : ratioToFen(exact);
  });
}

/**
 * Year-on-year change (同比) in bp where the quarter four earlier is in the series (the base quarter
 * counts); null otherwise. Exact ratio of the two chained fractions, rounded once.
 */
export function outputYearOnYear(series: OutputSeries): (BasisPoints | null)[] {
  return series.ratios.map((r, i) => {
    const earlier = i - 4 === -1 ? RATIO_ONE : series.ratios[i - 4];
    return earlier === undefined ? null : ratioToBasisPoints(ratioSubtract(ratioDivide(r, earlier), RATIO_ONE));
  });
}
