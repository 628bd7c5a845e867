// The one place the app gets its holiday calendar: the shipped calendar with the user's imported years
// over it. Screens that compute with dates (terms overtime, procedure deadlines) call useCalendar();
// until the stored calendar has been read they get the shipped one, then re-render with the merged one.
import { useEffect, useSyncExternalStore } from 'react';
import type { HolidayCalendar } from '../../../shared/calendar/calendar';
import { calendarMerge } from '../../../shared/calendar/calendarMerge';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { servicesReady } from '../../app/servicesLazy';
import { calendarUserRead } from './calendarUser';

let user: HolidayCalendar | null = null;
let merged: HolidayCalendar = holidayCalendarCn;
let loading: Promise<HolidayCalendar> | null = null;
const listeners = new Set<() => void>();

/** The shipped calendar with `userCalendar`'s years over it; the shipped one alone if they do not merge. */
export function calendarMerged(userCalendar: HolidayCalendar | null): HolidayCalendar {
  if (!userCalendar) return holidayCalendarCn;
  const result = calendarMerge(holidayCalendarCn, userCalendar);
  return result.ok ? result.value : holidayCalendarCn;
}

/** The calendar in use now (the shipped one until calendarLoad has read the stored years). */
export function calendarCurrent(): HolidayCalendar {
  return merged;
}

/** The user's own imported years, or null. */
export function calendarUserCurrent(): HolidayCalendar | null {
  return user;
}

/** Replaces the user's years in use (after an import was stored, or a restore) and tells the screens. */
export function calendarUserSet(userCalendar: HolidayCalendar | null): void {
  user = userCalendar;
  merged = calendarMerged(userCalendar);
  for (const listener of listeners) listener();
}

/** Reads the stored calendar once per session (again with force, e.g. after a backup restore). */
export function calendarLoad(force = false): Promise<HolidayCalendar> {
  if (!loading || force) {
    loading = servicesReady()
      .then(({ db }) => calendarUserRead(db))
      .then((stored) => {
        calendarUserSet(stored);
        return merged;
      })
      // Unreadable storage: the shipped calendar still answers every year it has.
      .catch(() => merged);
  }
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The merged calendar, kept current: loads the stored years on first use. */
export function useCalendar(): HolidayCalendar {
  useEffect(() => {
    void calendarLoad();
  }, []);
  return useSyncExternalStore(subscribe, calendarCurrent, calendarCurrent);
}
