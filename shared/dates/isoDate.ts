// Calendar dates as ISO 8601 strings 'YYYY-MM-DD' (proleptic Gregorian, years 0000–9999). Arithmetic goes
// through epoch days (days since 1970-01-01) with pure integer civil-calendar formulas (H. Hinnant,
// "chrono-compatible low-level date algorithms"), so no Date object and no local time zone is involved.
// Four-digit years and zero padding make string order the same as date order.

export type IsoDate = string & { readonly __brand: 'IsoDate' };
/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface IsoDateParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_PER_400_YEARS = 146_097;
/** Days from 0000-03-01 to 1970-01-01: the civil formulas count from a March-based year 0. */
const EPOCH_SHIFT = 719_468;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The date for calendar fields, or null when they name no real day (2021-02-29, month 13, year 10000). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** A real calendar date in 'YYYY-MM-DD' form, or null (wrong shape, 2021-02-29, 2020-13-01 …). */
export function isoDateParse(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  return isoDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** For literals in code and data: the date, or RangeError. */
export function isoDate(text: string): IsoDate {
  const date = isoDateParse(text);
  if (date === null) throw new RangeError(`not an ISO calendar date: ${text}`);
  return date;
}

export function isoDateParts(date: IsoDate): IsoDateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before it). */
export function isoDateToEpochDay(date: IsoDate): number {
  const { year: calendarYear, month, day } = isoDateParts(date);
  // The formulas count years from March, so January and February belong to the previous year.
  const year = calendarYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
}

const MIN_EPOCH_DAY = isoDateToEpochDay('0000-01-01' as IsoDate);
const MAX_EPOCH_DAY = isoDateToEpochDay('9999-12-31' as IsoDate);

/** The date `epochDay` days after 1970-01-01; RangeError outside years 0000–9999. */
export function isoDateFromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`epoch day outside years 0000–9999: ${epochDay}`);
  }
  const shifted = epochDay + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** `days` calendar days later (earlier when negative); RangeError outside years 0000–9999. */
export function isoDateAddDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return isoDateFromEpochDay(isoDateToEpochDay(date) + days);
}

/** a − b in calendar days: positive when a is later (same sign as isoDateCompare(a, b)). */
export function isoDateDiffDays(a: IsoDate, b: IsoDate): number {
  return isoDateToEpochDay(a) - isoDateToEpochDay(b);
}

/** -1, 0 or 1; the same order as comparing the strings. */
export function isoDateCompare(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isoDateWeekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return (((isoDateToEpochDay(date) + 4) % 7) + 7) % 7 as Weekday;
}

/**
 * Today's date on the user's own calendar. This is the one place that reads local time on purpose:
 * at 07:00 in 福鼎 (UTC+8) the UTC date is still yesterday, and a deadline shown that morning must not be.
 * `clock` is injectable for tests.
 */
export function isoDateToday(clock: () => Date = () => new Date()): IsoDate {
  const now = clock();
  const date = isoDateFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (date === null) throw new RangeError(`clock returned an unusable date: ${String(now)}`);
  return date;
}
