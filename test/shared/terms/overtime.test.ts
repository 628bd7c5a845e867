import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { HolidayCalendar } from '../../../shared/calendar/calendar';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { type IsoDate, isoDate, isoDateAddDays } from '../../../shared/dates/isoDate';
import { fen, fenFromYuan, fenSum } from '../../../shared/money/fen';
import { bp } from '../../../shared/money/rate';
import { overtimePay, overtimePayForHours } from '../../../shared/terms/overtime';

const calendar = holidayCalendarCn;
const run = (monthly: number, from: string, to: string, extra: { hoursPerDay?: number; calendar?: HolidayCalendar } = {}) =>
  overtimePay({ monthlyWage: fenFromYuan(monthly), from: isoDate(from), to: isoDate(to), calendar, ...extra });

describe('overtime pay over Spring Festival 2021 at 2000 a month', () => {
  const result = run(2000, '2021-02-11', '2021-02-17');
  if (!result.ok) throw new Error(result.error.code);
  const pay = result.value;

  it('reads the 2021 calendar: 初一–初三 (02-12…14) statutory, 除夕 and 02-15…17 rest days by 调休', () => {
    expect(pay.days.map((d) => [d.date, d.kind])).toEqual([
      ['2021-02-11', 'rest_day'],
      ['2021-02-12', 'statutory_holiday'],
      ['2021-02-13', 'statutory_holiday'],
      ['2021-02-14', 'statutory_holiday'],
      ['2021-02-15', 'rest_day'],
      ['2021-02-16', 'rest_day'],
      ['2021-02-17', 'rest_day'],
    ]);
    expect(pay.days.every((d) => d.holiday?.key === 'spring_festival')).toBe(true);
  });

  it('pins the figures: daily 91.95 元 (2000 ÷ 21.75 = 91.954…), 300 % = 275.86 元, 200 % = 183.91 元, total 1,563.22 元', () => {
    expect(pay.dailyWage).toBe(9195);
    expect(pay.hourlyWage).toBe(1149);
    expect(pay.days.map((d) => [d.rate, d.pay])).toEqual([
      [20_000, 18_391],
      [30_000, 27_586],
      [30_000, 27_586],
      [30_000, 27_586],
      [20_000, 18_391],
      [20_000, 18_391],
      [20_000, 18_391],
    ]);
    expect(pay.total).toBe(156_322);
  });

  it('rounds once per day on the exact quotient, not on a rounded daily wage (3 × 91.95 = 275.85 would be 1 分 short)', () => {
    expect(pay.days[1]!.pay).not.toBe(3 * pay.dailyWage);
  });
});

describe('overtime pay on ordinary days', () => {
  it('pays nothing for a plain 8-hour day on a workday, including a 调休 make-up workday', () => {
    const r = run(2000, '2021-02-07', '2021-02-08'); // Sunday 02-07 worked for Spring Festival, Monday ordinary
    expect(r.ok && r.value.days.map((d) => [d.kind, d.overtimeHours, d.pay])).toEqual([
      ['workday', 0, 0],
      ['workday', 0, 0],
    ]);
  });

  it('pays hours beyond 8 on a workday at 150 %, and every hour on a weekend at 200 %', () => {
    const r = run(2175, '2021-03-05', '2021-03-06', { hoursPerDay: 10 }); // Friday, Saturday
    // 2175 元 a month → 100 元 a day → 12.50 元 an hour: 2 h × 150 % = 37.50; 10 h × 200 % = 250.00
    expect(r.ok && r.value.days.map((d) => [d.kind, d.overtimeHours, d.pay])).toEqual([
      ['workday', 2, 3750],
      ['rest_day', 10, 25_000],
    ]);
  });

  it('accepts agreed rates above the statutory ones and refuses lower ones (CNT-03)', () => {
    const higher = overtimePay({ monthlyWage: fenFromYuan(2175), from: isoDate('2021-03-06'), to: isoDate('2021-03-06'), calendar, rates: { rest_day: bp(25_000) } });
    expect(higher.ok && higher.value.total).toBe(25_000);
    const lower = overtimePay({ monthlyWage: fenFromYuan(2175), from: isoDate('2021-03-06'), to: isoDate('2021-03-06'), calendar, rates: { statutory_holiday: bp(20_000) } });
    expect(lower).toMatchObject({ ok: false, error: { code: 'overtime.rateBelowStatutory', params: { kind: 'statutory_holiday' } } });
  });
});

describe('overtime pay refuses what it cannot know', () => {
  it('fails for dates outside the calendar instead of guessing', () => {
    expect(run(2000, '2018-12-31', '2019-01-01')).toMatchObject({ ok: false, error: { code: 'calendar.yearMissing', params: { year: 2018 } } });
  });
  it('refuses a reversed period, bad hours and over a year of days', () => {
    expect(run(2000, '2021-02-17', '2021-02-11')).toMatchObject({ error: { code: 'overtime.periodReversed' } });
    expect(run(2000, '2021-02-11', '2021-02-11', { hoursPerDay: 0 })).toMatchObject({ error: { code: 'overtime.badHours' } });
    expect(run(2000, '2021-02-11', '2021-02-11', { hoursPerDay: 8.125 })).toMatchObject({ error: { code: 'overtime.badHours' } });
    expect(run(2000, '2021-01-01', '2022-01-02')).toMatchObject({ error: { code: 'overtime.periodTooLong' } }); // 367 days
  });
});

describe('overtime properties', () => {
  const day = fc.integer({ min: 0, max: 365 * 5 }).map((n) => isoDateAddDays(isoDate('2020-01-01'), n));
  it('the total is the sum of the days, each a day priced by its kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 5_000_000 }), day, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 2400 }), (monthly, from, length, hundredths) => {
        const to: IsoDate = isoDateAddDays(from, length);
        const r = overtimePay({ monthlyWage: fen(monthly), from, to, hoursPerDay: hundredths / 100, calendar });
        if (!r.ok) return r.error.code === 'calendar.yearMissing';
        expect(r.value.total).toBe(fenSum(r.value.days.map((d) => d.pay)));
        expect(r.value.days).toHaveLength(length + 1);
        for (const d of r.value.days) {
          const paid = d.kind === 'workday' ? Math.max(0, hundredths - 800) : hundredths;
          expect(d.pay).toBe(overtimePayForHours(fen(monthly), d.rate, paid));
        }
        return true;
      }),
    );
  });

  it('a statutory holiday pays 1.5 × a rest day, within the 分 of rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 5_000_000 }), (monthly) => {
        const holiday = overtimePayForHours(fen(monthly), bp(30_000), 800);
        const rest = overtimePayForHours(fen(monthly), bp(20_000), 800);
        expect(Math.abs(2 * holiday - 3 * rest)).toBeLessThanOrEqual(3);
      }),
    );
  });
});
