// Where a period counted from an event ends (民法典 201–202): the event's own day is not counted, so a
// period of n days after it ends n days later and one of n days before it n days earlier; a period in
// months ends on the corresponding day of the month, or that month's last day when it has none.
import { type IsoDate, isoDateAddDays, isoDateFromParts, isoDateParts } from '../dates/isoDate';
import type { DeadlinePeriod } from './deadlineRules';

function monthsShifted(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  // 民法典 202: no corresponding day (31 → 30-day month, 29–31 → February) means the month's last day.
  for (let d = day; d >= 1; d--) {
    const found = isoDateFromParts(targetYear, targetMonth, d);
    if (found) return found;
  }
  throw new RangeError(`no date ${months} months from ${date}`);
}

/** The last day of `period` counted after `date` ('after') or back from it ('before'). */
export function periodEnd(date: IsoDate, period: DeadlinePeriod, direction: 'after' | 'before'): IsoDate {
  const sign = direction === 'after' ? 1 : -1;
  return period.unit === 'day' ? isoDateAddDays(date, sign * period.count) : monthsShifted(date, sign * period.count);
}
