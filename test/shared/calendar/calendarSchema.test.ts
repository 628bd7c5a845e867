import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { calendarDayKind, type HolidayCalendar } from '../../../shared/calendar/calendar';
import { calendarMerge } from '../../../shared/calendar/calendarMerge';
import { HOLIDAY_CALENDAR_FORMAT, holidayCalendarParse } from '../../../shared/calendar/calendarSchema';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';

/** A user's file with next year's arrangement (made-up figures for 2027, shaped like a notice). */
function userFile(year: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    format: HOLIDAY_CALENDAR_FORMAT,
    source: { name: '国办发明电〔2026〕X号 (typed in by the federation)' },
    names: { spring_festival: { zh: '春节', en: 'Spring Festival' } },
    years: { '2027': year },
    ...extra,
  };
}

const year2027 = { statutory: { '2027-02-06': 'spring_festival' }, rest: { '2027-02-08': 'spring_festival' }, workdays: { '2027-02-14': 'spring_festival' } };

function parsed(json: unknown): HolidayCalendar {
  const result = holidayCalendarParse(json);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('importing a calendar file', () => {
  it('accepts a well-formed year and restores defaults (unverified, empty tables)', () => {
    const cal = parsed(userFile({ statutory: { '2027-01-01': 'spring_festival' } }));
    expect(cal.years['2027']).toMatchObject({ verified: false, rest: {}, workdays: {} });
  });
  it('refuses a file of another format', () => {
    expect(holidayCalendarParse({ ...userFile(year2027), format: 'something-else' })).toMatchObject({ ok: false, error: { code: 'calendar.invalid' } });
    expect(holidayCalendarParse([1, 2, 3]).ok).toBe(false);
  });
  it('refuses a date that is not in the year it is filed under, or not a real date', () => {
    expect(holidayCalendarParse(userFile({ statutory: { '2026-02-06': 'spring_festival' } })).ok).toBe(false);
    expect(holidayCalendarParse(userFile({ statutory: { '2027-02-30': 'spring_festival' } })).ok).toBe(false);
  });
  it('refuses a make-up workday on a weekday (a weekday is worked anyway)', () => {
    const result = holidayCalendarParse(userFile({ workdays: { '2027-02-15': 'spring_festival' } })); // Monday
    expect(result).toMatchObject({ ok: false, error: { params: { first: expect.stringContaining('workdayNotWeekend') } } });
  });
  it('refuses a day listed as both statutory and rest', () => {
    expect(holidayCalendarParse(userFile({ statutory: { '2027-02-06': 'spring_festival' }, rest: { '2027-02-06': 'spring_festival' } })).ok).toBe(false);
  });
  it('refuses a malformed holiday key or year', () => {
    expect(holidayCalendarParse(userFile({ statutory: { '2027-02-06': 'Spring Festival!' } })).ok).toBe(false);
    expect(holidayCalendarParse({ ...userFile(year2027), years: { '27': year2027 } }).ok).toBe(false);
  });
});

describe('merging an import into the shipped calendar', () => {
  it('adds a year the shipped data lacks, marked with where it came from', () => {
    const merged = calendarMerge(holidayCalendarCn, parsed(userFile(year2027)));
    if (!merged.ok) throw new Error(merged.error.message);
    expect(calendarDayKind(isoDate('2027-02-14'), merged.value)).toEqual({ ok: true, value: 'workday' }); // a Sunday
    expect(calendarDayKind(isoDate('2027-02-06'), merged.value)).toEqual({ ok: true, value: 'statutory_holiday' });
    expect(merged.value.years['2027']?.origin).toContain('国办发明电');
    expect(calendarDayKind(isoDate('2021-02-12'), merged.value)).toEqual({ ok: true, value: 'statutory_holiday' });
  });
  it('replaces a shipped year whole, so no day of the old arrangement lingers', () => {
    const corrected = parsed({ ...userFile({}), years: { '2021': { statutory: { '2021-02-12': 'spring_festival' } } } });
    const merged = calendarMerge(holidayCalendarCn, corrected);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(calendarDayKind(isoDate('2021-02-16'), merged.value)).toEqual({ ok: true, value: 'workday' });
    expect(calendarDayKind(isoDate('2021-02-07'), merged.value)).toEqual({ ok: true, value: 'rest_day' });
  });
  it('refuses a holiday key that neither calendar names', () => {
    const file = parsed(userFile({ statutory: { '2027-03-01': 'founding_day' } }));
    expect(calendarMerge(holidayCalendarCn, file)).toMatchObject({ ok: false, error: { code: 'calendar.unknownHoliday' } });
  });
});
