// Whether the app's tables may be out of date for a date: 最低工资规定 (劳社部令第21号) art 10 makes a
// province revise its minimum wage at least once every two years, so a date more than two years after
// the province's last known adjustment probably lies under a newer table the app does not have.
import { type IsoDate, isoDateFromParts, isoDateParts } from '../dates/isoDate';
import type { MinimumWageTable } from './minimumWage';

/** Years after an adjustment by which the next one is due (MWR art 10). */
export const MINIMUM_WAGE_REVISION_YEARS = 2;

export interface MinimumWageStaleness {
  /** Start of the latest table of the province known on any date; null when none is known. */
  readonly lastAdjustment: IsoDate | null;
  /** The last day within two years of it: after this day a newer table is expected. */
  readonly dueBy: IsoDate | null;
  /** `date` is after `dueBy`: the figure may be out of date (or no table is known at all). */
  readonly stale: boolean;
}

/** The same day `years` later (29 February → 28 February in a common year). */
function yearsLater(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  return isoDateFromParts(year + years, month, day) ?? (isoDateFromParts(year + years, month, day - 1) as IsoDate);
}

/** For the province of `regionCode` (its first two digits) on `date`, from the tables given. */
export function minimumWageStaleness(regionCode: string, date: IsoDate, tables: readonly MinimumWageTable[]): MinimumWageStaleness {
  const province = regionCode.slice(0, 2);
  let last: IsoDate | null = null;
  for (const t of tables) if (t.region.startsWith(province) && (last === null || t.effectiveFrom > last)) last = t.effectiveFrom;
  if (last === null) return { lastAdjustment: null, dueBy: null, stale: true };
  const dueBy = yearsLater(last, MINIMUM_WAGE_REVISION_YEARS);
  return { lastAdjustment: last, dueBy, stale: date > dueBy };
}
