// The holiday calendar: which days are statutory holidays, which are rest days and which are worked. The
// State Council fixes each year's arrangement by notice (调休: a block of days off, with some weekend days
// worked in exchange), so the calendar is data per year and a date outside its years is reported missing,
// never guessed. Ordinary weekdays and weekends are derived; the data lists only the special days.
import { type IsoDate, isoDateAddDays, isoDateParts, isoDateWeekday } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';

/** A stable English key such as 'spring_festival'; names live in `HolidayCalendar.names`. */
export type HolidayKey = string;

export interface HolidayName {
  readonly zh: string;
  readonly en: string;
}

/** One year's arrangement, keyed by ISO date. A date is in at most one of the three tables. */
export interface HolidayYear {
  /** Statutory holidays proper (法定节假日, HOL art 2): 300 % overtime pay (LL 44, CNT-03), on a weekend too. */
  readonly statutory: Readonly<Record<string, HolidayKey>>;
  /** Other days off in a holiday block (调休 or 补假, HOL arts 6–7): rest days, 200 % or time off in lieu. */
  readonly rest: Readonly<Record<string, HolidayKey>>;
  /** Saturdays and Sundays worked in exchange (调休上班): working days. */
  readonly workdays: Readonly<Record<string, HolidayKey>>;
  /** true only when someone checked this year against the State Council notice itself. */
  readonly verified: boolean;
  /** The notices the arrangement comes from (URLs or document numbers). */
  readonly notices?: readonly string[];
  readonly note?: string;
  /** Where this year came from when it is not the file's own source, e.g. a user import. */
  readonly origin?: string;
}

export interface HolidayCalendarSource {
  readonly name: string;
  readonly license?: string;
  readonly url?: string;
  readonly generatedOn?: string;
  /** How statutory days were told from rest days. */
  readonly derivation?: string;
}

export interface HolidayCalendar {
  readonly source: HolidayCalendarSource;
  readonly names: Readonly<Record<HolidayKey, HolidayName>>;
  /** Keyed by four-digit year. */
  readonly years: Readonly<Record<string, HolidayYear>>;
}

export type CalendarDayKind = 'statutory_holiday' | 'rest_day' | 'workday';

export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  /** The holiday the day belongs to (its block, or the one a make-up workday pays for); null on ordinary days. */
  readonly holiday: (HolidayName & { readonly key: HolidayKey }) | null;
  /** A Saturday or Sunday worked in exchange for a holiday (调休上班). */
  readonly makeUpWorkday: boolean;
  readonly weekend: boolean;
}

/** Error code when the calendar has no data for a year; params: { year }. */
export const CALENDAR_YEAR_MISSING = 'calendar.yearMissing';

/** Never look further than this for a working day: the longest blocks (2020's extended 春节) are 10 days. */
const MAX_DAYS_OFF_IN_A_ROW = 31;

function yearOf(date: IsoDate, calendar: HolidayCalendar): Result<HolidayYear> {
  const year = isoDateParts(date).year;
  const data = calendar.years[String(year)];
  return data
    ? resultOk(data)
    : resultErr(CALENDAR_YEAR_MISSING, `the holiday calendar has no data for ${year}; import that year's calendar`, { year });
}

/** Whether the calendar has the year of `date`. Outside it every lookup fails with CALENDAR_YEAR_MISSING. */
export function calendarCovers(date: IsoDate, calendar: HolidayCalendar): boolean {
  return String(isoDateParts(date).year) in calendar.years;
}

/** The four-digit years the calendar holds, ascending. */
export function calendarYears(calendar: HolidayCalendar): number[] {
  return Object.keys(calendar.years).map(Number).sort((a, b) => a - b);
}

/** Everything the calendar says about one day. */
export function calendarDay(date: IsoDate, calendar: HolidayCalendar): Result<CalendarDay> {
  const found = yearOf(date, calendar);
  if (!found.ok) return found;
  const year = found.value;
  const weekday = isoDateWeekday(date);
  const weekend = weekday === 0 || weekday === 6;
  const named = (key: HolidayKey | undefined) =>
    key === undefined ? null : { key, ...(calendar.names[key] ?? { zh: key, en: key }) };
  const statutory = year.statutory[date];
  if (statutory !== undefined) return resultOk({ date, kind: 'statutory_holiday', holiday: named(statutory), makeUpWorkday: false, weekend });
  const rest = year.rest[date];
  if (rest !== undefined) return resultOk({ date, kind: 'rest_day', holiday: named(rest), makeUpWorkday: false, weekend });
  const workday = year.workdays[date];
  if (workday !== undefined) return resultOk({ date, kind: 'workday', holiday: named(workday), makeUpWorkday: true, weekend });
  return resultOk({ date, kind: weekend ? 'rest_day' : 'workday', holiday: null, makeUpWorkday: false, weekend });
}

/** statutory_holiday, rest_day (a weekend or a 调休 day off) or workday (including a weekend make-up workday). */
export function calendarDayKind(date: IsoDate, calendar: HolidayCalendar): Result<CalendarDayKind> {
  const day = calendarDay(date, calendar);
  return day.ok ? resultOk(day.value.kind) : day;
}

/** The holiday a day belongs to, or null for an ordinary weekday or weekend. */
export function calendarHolidayName(date: IsoDate, calendar: HolidayCalendar): Result<CalendarDay['holiday']> {
  const day = calendarDay(date, calendar);
  return day.ok ? resultOk(day.value.holiday) : day;
}

export function calendarIsWorkingDay(date: IsoDate, calendar: HolidayCalendar): Result<boolean> {
  const kind = calendarDayKind(date, calendar);
  return kind.ok ? resultOk(kind.value === 'workday') : kind;
}

function calendarStepToWorkingDay(date: IsoDate, step: 1 | -1, calendar: HolidayCalendar): Result<IsoDate> {
  let day = date;
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++) {
    day = isoDateAddDays(day, step);
    const working = calendarIsWorkingDay(day, calendar);
    if (!working.ok) return working;
    if (working.value) return resultOk(day);
  }
  return resultErr('calendar.noWorkingDay', `no working day within ${MAX_DAYS_OFF_IN_A_ROW} days of ${date}`, { date });
}

/** The first working day after `date` (not `date` itself); fails if the search leaves the calendar's years. */
export function calendarNextWorkingDay(date: IsoDate, calendar: HolidayCalendar): Result<IsoDate> {
  return calendarStepToWorkingDay(date, 1, calendar);
}

/** The last working day before `date` (not `date` itself); fails if the search leaves the calendar's years. */
export function calendarPreviousWorkingDay(date: IsoDate, calendar: HolidayCalendar): Result<IsoDate> {
  return calendarStepToWorkingDay(date, -1, calendar);
}

/** A year's statutory holiday dates, ascending (11 a year 2014–2024, 13 from 2025: HOL art 2). */
export function calendarStatutoryDates(year: number, calendar: HolidayCalendar): Result<IsoDate[]> {
  const data = calendar.years[String(year)];
  if (!data) return resultErr(CALENDAR_YEAR_MISSING, `the holiday calendar has no data for ${year}`, { year });
  return resultOk((Object.keys(data.statutory) as IsoDate[]).sort());
}
