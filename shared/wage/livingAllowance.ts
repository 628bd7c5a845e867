// The living allowance (生活费) for workers given no work during a stoppage not of their making, after
// the first pay cycle (CNT-05). WPR art 12 only says "按国家有关规定办理"; the amount comes from
// 人社厅明电〔2020〕5号 and is set by each province as a share of the local minimum wage (rules.md §0.5).
// Dated data, never a constant in code: provinces change it and the user must be able to add theirs.
import type { BasisPoints } from '../money/rate';
import { bp } from '../money/rate';
import { type IsoDate, isoDate } from '../dates/isoDate';

export interface LivingAllowanceRate {
  /** GB/T 2260 province prefix, two digits: '35' is Fujian. */
  readonly province: string;
  readonly effectiveFrom: IsoDate;
  /** At least this share of the local monthly minimum wage, in bp (7000 = 70 %). */
  readonly rate: BasisPoints;
  readonly basis: string;
  /** false: the figure or date comes from a secondary source; the user must confirm it. */
  readonly verified: boolean;
  readonly note?: string;
}

export const livingAllowanceRates: readonly LivingAllowanceRate[] = [
  {
    province: '35',
    // The notice takes effect on issue and cites 人社厅明电〔2020〕5号 (2020-01-24); its own issue date was
    // not found, so this is the earliest date it can have applied.
    effectiveFrom: isoDate('2020-01-24'),
    rate: bp(7000),
    basis: 'Fujian notice on living allowances during stoppages (2020), quoted on 163.com; issuer and number not verified',
    verified: false,
    note: 'replaces an earlier Fujian standard that was not found; stoppages before this date have no rate here',
  },
];

/** The province's rate in force on `date` (latest start on or before it), or null: then the app asks. */
export function livingAllowanceRateFor(
  regionCode: string,
  date: IsoDate,
  rates: readonly LivingAllowanceRate[] = livingAllowanceRates,
): LivingAllowanceRate | null {
  let best: LivingAllowanceRate | null = null;
  for (const r of rates) {
    if (regionCode.startsWith(r.province) && r.effectiveFrom <= date && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  }
  return best;
}
