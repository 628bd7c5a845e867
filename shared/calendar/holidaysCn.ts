// The calendar shipped with the app: 2019 to the latest year chinese-days has, generated into
// holidaysCn.json by scripts/holidays-from-chinese-days.mjs (see its header for how statutory days are
// told from rest days). Later years come from the user (calendarMerge). Validated on load like any file.
import type { HolidayCalendar } from './calendar';
import { holidayCalendarParse } from './calendarSchema';
import holidaysCn from './holidaysCn.json';

function shipped(): HolidayCalendar {
  const parsed = holidayCalendarParse(holidaysCn);
  // Only a broken build gets here; test/shared/calendar checks the file.
  if (!parsed.ok) throw new Error(`shipped holiday calendar is invalid: ${parsed.error.message}`);
  return parsed.value;
}

export const holidayCalendarCn: HolidayCalendar = shipped();
