// Combining the shipped calendar with what the user imported. A year is one State Council notice, so an
// imported year replaces the shipped one whole rather than day by day: patching could leave a make-up
// workday of the old arrangement behind.
import { type Result, resultErr, resultOk } from '../result';
import type { HolidayCalendar, HolidayYear } from './calendar';

/**
 * `base` with `overrides`' years replacing or adding to its own, and names merged (the override's win).
 * Years taken from the override are marked with its source in `origin`. Fails with 'calendar.unknownHoliday'
 * when a day names a holiday key that neither calendar defines.
 */
export function calendarMerge(base: HolidayCalendar, overrides: HolidayCalendar): Result<HolidayCalendar> {
  const names = { ...base.names, ...overrides.names };
  const years: Record<string, HolidayYear> = { ...base.years };
  for (const [year, data] of Object.entries(overrides.years)) years[year] = { ...data, origin: data.origin ?? overrides.source.name };
  for (const [year, data] of Object.entries(years)) {
    for (const [date, key] of [...Object.entries(data.statutory), ...Object.entries(data.rest), ...Object.entries(data.workdays)]) {
      if (!(key in names)) {
        return resultErr('calendar.unknownHoliday', `${year}: ${date} names holiday "${key}", which has no name`, { year, date, key });
      }
    }
  }
  return resultOk({ source: base.source, names, years });
}
