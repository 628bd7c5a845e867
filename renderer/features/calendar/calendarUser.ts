// The holiday calendar the user imported, kept in the `settings` table under 'calendar.user' (read and
// written by data/settingsHandlers.ts). The app lives offline for years, so each new State Council
// arrangement arrives as a file. What is stored is the user's years only, as a calendar file (format line
// included), so it is re-validated on every read (restore-on-read) and can be exported and imported again
// unchanged.
import type { HolidayCalendar } from '../../../shared/calendar/calendar';
import { calendarMerge } from '../../../shared/calendar/calendarMerge';
import { HOLIDAY_CALENDAR_FORMAT, holidayCalendarParse } from '../../../shared/calendar/calendarSchema';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { type Result, resultErr, resultOk } from '../../../shared/result';

/** A calendar file is a few kilobytes a year; anything this large is not one. */
const MAX_FILE_CHARS = 2_000_000;

/** The calendar as a file: the same format the import reads. */
export function calendarFileText(calendar: HolidayCalendar): string {
  return `${JSON.stringify({ format: HOLIDAY_CALENDAR_FORMAT, ...calendar }, null, 2)}\n`;
}

/**
 * The user's calendar after importing `text`: its years replace the same years of `previous` (one notice
 * per year), and the result must merge with the shipped calendar. Errors: calendar.unreadable (not JSON),
 * calendar.invalid, calendar.unknownHoliday. Nothing is stored here.
 */
export function calendarUserFromText(text: string, previous: HolidayCalendar | null): Result<HolidayCalendar> {
  if (text.length > MAX_FILE_CHARS) return resultErr('calendar.unreadable', 'the file is too large to be a holiday calendar');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return resultErr('calendar.unreadable', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = holidayCalendarParse(json);
  if (!parsed.ok) return parsed;
  // The shipped names lend a hand while merging (a file may name holidays only they define) but are not stored.
  const combined = previous ? calendarMerge({ ...previous, names: { ...holidayCalendarCn.names, ...previous.names } }, parsed.value) : resultOk(parsed.value);
  if (!combined.ok) return combined;
  const user: HolidayCalendar = { ...combined.value, names: { ...previous?.names, ...parsed.value.names } };
  const withShipped = calendarMerge(holidayCalendarCn, user);
  return withShipped.ok ? resultOk(user) : withShipped;
}
