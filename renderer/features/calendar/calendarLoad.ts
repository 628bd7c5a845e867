// The one place the app gets its holiday calendar: the shipped calendar with the user's imported years
// over it. Screens that compute with dates (terms overtime, procedure deadlines) call useCalendar();
// until the stored calendar has been read they get the shipped one, then re-render with the merged one.
import type { HolidayCalendar } from '../../../shared/calendar/calendar';
import { calendarMerge } from '../../../shared/calendar/calendarMerge';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { userDataSource } from '../../app/userDataSource';
import { send } from '../../data/send';

/** The shipped calendar with `userCalendar`'s years over it; the shipped one alone if they do not merge. */
export function calendarMerged(userCalendar: HolidayCalendar | null): HolidayCalendar {
  if (!userCalendar) return holidayCalendarCn;
  const result = calendarMerge(holidayCalendarCn, userCalendar);
  return result.ok ? result.value : holidayCalendarCn;
}

const calendarSource = userDataSource<HolidayCalendar | null, HolidayCalendar>({ empty: null, merge: calendarMerged, read: () => send('calendarUserRead') });

/** The calendar in use now (the shipped one until calendarLoad has read the stored years). */
export const calendarCurrent = calendarSource.current;
/** The user's own imported years, or null. */
export const calendarUserCurrent = calendarSource.userCurrent;
/** Replaces the user's years in use (after an import was stored) and tells the screens. */
export const calendarUserSet = calendarSource.userSet;
/** Reads the stored calendar once per session (again with force). */
export const calendarLoad = calendarSource.load;
/** The merged calendar, kept current: loads the stored years on first use. */
export const useCalendar = calendarSource.useMerged;
