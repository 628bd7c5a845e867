// The model's result as rows for the charts: one row per quarter, one key per series. Money series carry
// 元 as numbers for drawing, plus the exact 分 beside them (key + 'Fen') for the tooltip text.
import { type Fen, fenToYuanNumber } from '../../../shared/money/fen';
import type { WageModelResult } from '../../../shared/wage/model';

export type ChartRow = { readonly quarter: string } & Readonly<Record<string, number | string | null>>;

/** Series key of the k-th scenario. */
export const scenarioKey = (k: number): string => `s${k}`;

/** Output index (bars) and each scenario's base-wage index (lines). */
export function indexRows(result: WageModelResult, label: (quarter: string) => string): ChartRow[] {
  return result.quarters.map((q, i) => ({
    quarter: label(q),
    output: result.output.quarters[i]!.indexBp / 100,
    ...Object.fromEntries(result.scenarios.map((s, k) => [scenarioKey(k), s.quarters[i]!.baseWageIndexBp / 100])),
  }));
}

/** Labour-cost share of output per scenario, in %; null without an output level. */
export function shareRows(result: WageModelResult, label: (quarter: string) => string): ChartRow[] {
  return result.quarters.map((q, i) => ({
    quarter: label(q),
    ...Object.fromEntries(
      result.scenarios.map((s, k) => {
        const share = s.quarters[i]!.labourShareBp;
        return [scenarioKey(k), share === null ? null : share / 100];
      }),
    ),
  }));
}

const money = (key: string, amount: number | null): [string, number | null][] => [
  [key, amount === null ? null : fenToYuanNumber(amount as Fen)],
  [`${key}Fen`, amount],
];

/** The zone per quarter: floor, offer, ask, what output carries, and each scenario's base wage (元 a month). */
export function zoneRows(result: WageModelResult, label: (quarter: string) => string): ChartRow[] {
  return result.bargainingZone.map((z, i) => ({
    quarter: label(result.quarters[i]!),
    ...Object.fromEntries([
      ...money('floor', z.floorFen),
      ...money('offer', z.offerFen),
      ...money('ask', z.askFen),
      ...money('carried', z.carriedFen),
      ...result.scenarios.flatMap((s, k) => money(scenarioKey(k), s.quarters[i]!.monthlyBaseWageFen)),
    ]),
  }));
}

/** Whether any quarter has a figure for `key`. */
export function seriesPresent(rows: readonly ChartRow[], key: string): boolean {
  return rows.some((r) => r[key] !== null && r[key] !== undefined);
}

/**
 * A value axis with round ticks for `values` (元): a step of 1, 2, 2.5 or 5 × a power of ten giving at
 * most 7 intervals, from a little below the least value to a little above the greatest.
 */
export function valueAxis(values: readonly number[]): { readonly domain: [number, number]; readonly ticks: number[] } {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const low = Math.max(0, Math.min(...finite) * 0.9);
  const high = Math.max(...finite) * 1.05;
  const span = Math.max(high - low, 1);
  const power = 10 ** Math.floor(Math.log10(span / 7));
  // span / power < 70, so 10 × power always fits.
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => span / s <= 7) ?? 10 * power;
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.round(v * 100) / 100);
  return { domain: [min, max], ticks };
}

/** Every number in `rows` under the given series keys. */
export function seriesValues(rows: readonly ChartRow[], keys: readonly string[]): number[] {
  return rows.flatMap((r) => keys.map((k) => r[k]).filter((v): v is number => typeof v === 'number'));
}
