import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import {
  CALENDAR_YEAR_MISSING,
  calendarCovers,
  calendarDay,
  calendarDayKind,
  calendarHolidayName,
  calendarIsWorkingDay,
  calendarNextWorkingDay,
  calendarPreviousWorkingDay,
  calendarStatutoryDates,
  calendarYears,
} from '../../../shared/calendar/calendar';
import { holidayCalendarCn as cal } from '../../../shared/calendar/holidaysCn';

const kind = (date: string) => {
  const result = calendarDayKind(isoDate(date), cal);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the shipped calendar, Spring Festival 2021 (2021-02-11 to 02-17 off; 02-07 and 02-20 worked)', () => {
  it('makes 2021-02-12 (初一) a statutory holiday named 春节', () => {
    expect(kind('2021-02-12')).toBe('statutory_holiday');
    expect(calendarHolidayName(isoDate('2021-02-12'), cal)).toEqual({ ok: true, value: { key: 'spring_festival', zh: '春节', en: 'Spring Festival' } });
  });
  it('counts the Sunday 2021-02-07 and Saturday 2021-02-20 make-up days as working days', () => {
    expect(kind('2021-02-07')).toBe('workday');
    expect(kind('2021-02-20')).toBe('workday');
    const day = calendarDay(isoDate('2021-02-07'), cal);
    expect(day.ok && day.value).toMatchObject({ makeUpWorkday: true, weekend: true, holiday: { key: 'spring_festival' } });
  });
  it('makes 2021-02-16 a rest day by 调休, not a statutory holiday (200 %, not 300 %)', () => {
    expect(kind('2021-02-16')).toBe('rest_day');
    expect(kind('2021-02-11')).toBe('rest_day'); // 除夕 was not statutory before 2025
    expect(kind('2021-02-18')).toBe('workday');
  });
  it('derives ordinary weekends and weekdays', () => {
    expect(kind('2021-03-06')).toBe('rest_day'); // Saturday
    expect(kind('2021-03-08')).toBe('workday'); // Monday
    expect(calendarHolidayName(isoDate('2021-03-06'), cal)).toEqual({ ok: true, value: null });
    expect(calendarIsWorkingDay(isoDate('2021-03-08'), cal)).toEqual({ ok: true, value: true });
  });
});

describe('statutory days follow the law in force on the date (HOL art 2)', () => {
  it('makes 除夕 statutory from 2025 (4-day 春节) but not in 2020, when it was a 调休 rest day', () => {
    expect(kind('2025-01-28')).toBe('statutory_holiday');
    expect(kind('2020-01-24')).toBe('rest_day');
    expect(kind('2020-01-25')).toBe('statutory_holiday'); // 初一
  });
  it('has 11 statutory days a year 2019–2024 and 13 from 2025', () => {
    for (const year of calendarYears(cal)) {
      const dates = calendarStatutoryDates(year, cal);
      expect(dates.ok && dates.value.length, String(year)).toBe(year >= 2025 ? 13 : 11);
    }
    expect(calendarYears(cal)[0]).toBe(2019);
    expect(calendarYears(cal).at(-1)).toBeGreaterThanOrEqual(2026);
  });
  it('makes 劳动节 two statutory days from 2025 and one before', () => {
    expect(kind('2024-05-02')).toBe('rest_day');
    expect(kind('2025-05-02')).toBe('statutory_holiday');
  });
  it('counts 2020-10-01 to 10-04 as statutory: 中秋 fell on 国庆 (人社厅函〔2020〕135号)', () => {
    for (const d of ['2020-10-01', '2020-10-02', '2020-10-03', '2020-10-04']) expect(kind(d), d).toBe('statutory_holiday');
    expect(kind('2020-10-05')).toBe('rest_day');
  });
  it('keeps the 2020 extension of the Spring Festival (to 02-02) as rest days, and 02-01 no longer worked', () => {
    expect(kind('2020-01-31')).toBe('rest_day');
    expect(kind('2020-02-01')).toBe('rest_day');
    expect(kind('2020-02-03')).toBe('workday');
  });
});

describe('working-day search', () => {
  it('finds the first working day after the Spring Festival block, and the last before National Day', () => {
    expect(calendarNextWorkingDay(isoDate('2021-02-12'), cal)).toEqual({ ok: true, value: '2021-02-18' });
    expect(calendarNextWorkingDay(isoDate('2021-02-05'), cal)).toEqual({ ok: true, value: '2021-02-07' }); // Friday → make-up Sunday
    expect(calendarPreviousWorkingDay(isoDate('2021-10-02'), cal)).toEqual({ ok: true, value: '2021-09-30' });
  });
  it('does not count the start day itself', () => {
    expect(calendarNextWorkingDay(isoDate('2021-03-08'), cal)).toEqual({ ok: true, value: '2021-03-09' });
  });
});

describe('years outside the data', () => {
  it('reports the calendar missing instead of guessing', () => {
    expect(calendarCovers(isoDate('2018-06-01'), cal)).toBe(false);
    expect(calendarCovers(isoDate('2021-06-01'), cal)).toBe(true);
    const result = calendarDayKind(isoDate('2030-03-04'), cal);
    expect(result).toMatchObject({ ok: false, error: { code: CALENDAR_YEAR_MISSING, params: { year: 2030 } } });
    expect(calendarIsWorkingDay(isoDate('2018-06-01'), cal).ok).toBe(false);
    expect(calendarStatutoryDates(2030, cal).ok).toBe(false);
  });
  it('fails a working-day search that runs off the end of the data', () => {
    const last = calendarYears(cal).at(-1)!;
    expect(calendarNextWorkingDay(isoDate(`${last}-12-31`), cal)).toMatchObject({ ok: false, error: { code: CALENDAR_YEAR_MISSING } });
  });
});
