// Minimum wage lookup (最低工资规定, 劳社部令第21号): a province publishes tables of monthly and hourly
// minimums by tier (档次) and assigns each county to a tier; both change by date (MWR art 10: revised at
// least every 2 years). The app never guesses: a county with no assignment, or a date no table covers,
// is reported unknown so that the user is asked.
import type { Fen } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';

/** 1 is the highest-paid tier. Tables differ in how many tiers they have (Fujian: 5 in 2017, 4 from 2020). */
export type MinimumWageTier = number;

export interface MinimumWageTable {
  /** GB/T 2260 prefix the table covers: '35' for all of Fujian. */
  readonly region: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force (inclusive); null while no successor is known. */
  readonly effectiveTo: IsoDate | null;
  /** The document that set it, e.g. '闽人社发〔2019〕6号'. */
  readonly basis: string;
  /**
   * Per month, by tier. In Fujian it includes the worker's own social-insurance and housing-fund
   * contributions, so wages are checked against it before those deductions (rules.md §0.6).
   */
  readonly monthly: Readonly<Record<MinimumWageTier, Fen>>;
  /** Per hour (part-time work), by tier. */
  readonly hourly: Readonly<Record<MinimumWageTier, Fen>>;
  /** true when the figures were read in the published table, false when remembered: the user must confirm. */
  readonly verified: boolean;
  readonly note?: string;
}

/** A county's tier from a date until the next assignment for the same county. */
export interface TierAssignment {
  /** Six-digit GB/T 2260 county-level code. */
  readonly regionCode: string;
  readonly tier: MinimumWageTier;
  readonly effectiveFrom: IsoDate;
  readonly verified: boolean;
}

export type MinimumWageTierLookup = { readonly tier: MinimumWageTier; readonly assignment: TierAssignment } | { readonly unknown: true };

export type MinimumWageLookup =
  | {
      readonly tier: MinimumWageTier;
      readonly monthly: Fen;
      readonly hourly: Fen;
      readonly table: MinimumWageTable;
      /** Check both `assignment.verified` and `table.verified` before presenting the figure as settled. */
      readonly assignment: TierAssignment;
    }
  | { readonly unknown: 'tier' | 'table' };

/** The county's tier on `date`: its latest assignment effective on or before that day. */
export function minimumWageTierFor(
  regionCode: string,
  date: IsoDate,
  assignments: readonly TierAssignment[],
): MinimumWageTierLookup {
  let best: TierAssignment | undefined;
  for (const a of assignments) {
    if (a.regionCode === regionCode && a.effectiveFrom <= date && (!best || a.effectiveFrom > best.effectiveFrom)) best = a;
  }
  return best ? { tier: best.tier, assignment: best } : { unknown: true };
}

/** The table in force on `date` for the region: the most specific region prefix, then the latest start. */
function minimumWageTableFor(regionCode: string, date: IsoDate, tables: readonly MinimumWageTable[]): MinimumWageTable | undefined {
  let best: MinimumWageTable | undefined;
  for (const t of tables) {
    if (!regionCode.startsWith(t.region) || t.effectiveFrom > date || (t.effectiveTo !== null && t.effectiveTo < date)) continue;
    if (!best || t.region.length > best.region.length || (t.region.length === best.region.length && t.effectiveFrom > best.effectiveFrom)) {
      best = t;
    }
  }
  return best;
}

/**
 * The county's minimum wage on `date`. unknown 'tier': the county has no tier assignment for that day;
 * unknown 'table': no table covers the day, or the table has no figure for the county's tier.
 */
export function minimumWageFor(
  regionCode: string,
  date: IsoDate,
  tables: readonly MinimumWageTable[],
  assignments: readonly TierAssignment[],
): MinimumWageLookup {
  const found = minimumWageTierFor(regionCode, date, assignments);
  if ('unknown' in found) return { unknown: 'tier' };
  const table = minimumWageTableFor(regionCode, date, tables);
  const monthly = table?.monthly[found.tier];
  const hourly = table?.hourly[found.tier];
  if (!table || monthly === undefined || hourly === undefined) return { unknown: 'table' };
  return { tier: found.tier, monthly, hourly, table, assignment: found.assignment };
}
