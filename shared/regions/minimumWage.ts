// Minimum wage lookup (最低工资规定, 劳社部令第21号): a province publishes tables of monthly and hourly
// minimums by tier (档次) and assigns each county to a tier; both change by date (MWR art 10: revised at
// least every 2 years). The app never guesses: a county with no assignment, or a date no table covers,
// is reported unknown so that the user is asked.
import type { Fen } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';

/** 1 is the highest-paid tier. Tables differ in how many tiers they have (Fujian: 5 in 2017, 4 from 2020). */
export type MinimumWageTier = number;

/**
 * Where a table was read. `kind` says what was read: the notice itself, a reproduction that quotes it (a
 * government or news page, with its number), or a secondary compilation (a third-party table or dataset),
 * which never counts as verified on its own.
 */
export interface MinimumWageSource {
  readonly title: string;
  /** Document number, e.g. '闽人社文〔2025〕14号'; null when the number was not read. */
  readonly number: string | null;
  /** The notice's date (ISO); null when not read. */
  readonly date: IsoDate | null;
  /** Where it was read: a URL, or 'owner/repo:path' for a repository. */
  readonly readAt: string;
  readonly kind: 'notice' | 'reproduction' | 'secondary';
}

/** Whether the monthly figure includes the worker's own social insurance and housing fund, as the notice says. */
export type MinimumWageInclusionFlag = boolean | 'unknown';

export interface MinimumWageTable {
  /** GB/T 2260 prefix the table covers: '35' for all of Fujian. */
  readonly region: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force (inclusive); null while no successor's start is known. */
  readonly effectiveTo: IsoDate | null;
  /**
   * With an open end only: the province is known to have adjusted again, but the start of that table was
   * not read, so this one is known in force only through this day (the last a source shows it). After it
   * this table answers nothing (the figure may have ended); a later table answers from its own start.
   */
  readonly confirmedTo?: IsoDate;
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
  /** The document the figures were read in; absent in tables entered before sources were recorded. */
  readonly source?: MinimumWageSource;
  /** What the notice says about the worker's own contributions (the floor check compares gross pay when true). */
  readonly includesSocialInsurance?: MinimumWageInclusionFlag;
}

/** A county's tier from a date until the next assignment for the same county. */
export interface TierAssignment {
  /** Six-digit GB/T 2260 county-level code. */
  readonly regionCode: string;
  readonly tier: MinimumWageTier;
  readonly effectiveFrom: IsoDate;
  /**
   * Last day of the table the tier was listed with (inclusive). Absent or null: until the county's next
   * assignment. A table's county list ends with the table, so an ended list is never carried forward.
   */
  readonly effectiveTo?: IsoDate | null;
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
  | {
      readonly unknown: 'tier' | 'table';
      /** The region's table was confirmed only to this day and a later adjustment of unknown start exists. */
      readonly supersededAfter?: IsoDate;
    };

/** The county's tier on `date`: its latest assignment effective on or before that day. */
export function minimumWageTierFor(
  regionCode: string,
  date: IsoDate,
  assignments: readonly TierAssignment[],
): MinimumWageTierLookup {
  let best: TierAssignment | undefined;
  for (const a of assignments) {
    if (a.regionCode !== regionCode || a.effectiveFrom > date) continue;
    if (!best || a.effectiveFrom > best.effectiveFrom) best = a;
  }
  // The latest list naming the county decides; if that list has ended, the county's tier is unknown.
  if (best?.effectiveTo && best.effectiveTo < date) return { unknown: true };
  if (best) return { tier: best.tier, assignment: best };
  return { unknown: true };
}

/**
 * A table whose successor's start is unknown, on a day past its confirmed end: it may have ended, so it
 * never answers for that day. A later table answers from its own start; the days between stay unknown,
 * because the later table known need not be the next one (辽宁 adjusted twice after 2021, the first time on a
 * day not read). A user who knows the real end enters the table again with it (same region and start).
 */
function pastConfirmed(t: MinimumWageTable, date: IsoDate): boolean {
  return t.confirmedTo !== undefined && t.confirmedTo < date;
}

/** The table in force on `date` for the region: the most specific region prefix, then the latest start. */
function minimumWageTableFor(regionCode: string, date: IsoDate, tables: readonly MinimumWageTable[]): MinimumWageTable | undefined {
  let best: MinimumWageTable | undefined;
  for (const t of tables) {
    if (!regionCode.startsWith(t.region) || t.effectiveFrom > date || (t.effectiveTo !== null && t.effectiveTo < date)) continue;
    if (pastConfirmed(t, date)) continue;
    if (!best || t.region.length > best.region.length || (t.region.length === best.region.length && t.effectiveFrom > best.effectiveFrom)) {
      best = t;
    }
  }
  return best;
}

/**
 * The county's minimum wage on `date`. unknown 'tier': the county has no tier assignment for that day;
 * unknown 'table': no table covers the day, or the table has no figure for the county's tier, or (with
 * supersededAfter) the region's last table is confirmed only to an earlier day and was adjusted since.
 */
export function minimumWageFor(
  regionCode: string,
  date: IsoDate,
  tables: readonly MinimumWageTable[],
  assignments: readonly TierAssignment[],
): MinimumWageLookup {
  const table = minimumWageTableFor(regionCode, date, tables);
  if (!table) {
    const stale = tables.filter((t) => regionCode.startsWith(t.region) && t.effectiveFrom <= date && pastConfirmed(t, date));
    const latest = stale.reduce<MinimumWageTable | undefined>((a, t) => (!a || t.confirmedTo! > a.confirmedTo! ? t : a), undefined);
    if (latest) return { unknown: 'table', supersededAfter: latest.confirmedTo! };
  }
  const found = minimumWageTierFor(regionCode, date, assignments);
  if ('unknown' in found) return { unknown: 'tier' };
  const monthly = table?.monthly[found.tier];
  const hourly = table?.hourly[found.tier];
  if (!table || monthly === undefined || hourly === undefined) return { unknown: 'table' };
  return { tier: found.tier, monthly, hourly, table, assignment: found.assignment };
}
