// Overtime pay by the day (CNT-03; LL 44, WPR 13): hours worked beyond the standard day on a workday
// at ≥ 150 %, work on a rest day at ≥ 200 % (no time off in lieu assumed), work on a statutory holiday
// at ≥ 300 % (time off in lieu does not replace it), of the hourly wage. What kind of day it is comes
// from the holiday calendar with its 调休 days (CNT-09), looked up by date; a date outside the calendar's
// years is an error, never a guess.
//
// Conversion (劳社部发〔2008〕3号): daily wage = monthly ÷ 21.75, hourly = daily ÷ 8. The 21.75 paid days
// include the statutory holidays, so holiday work is paid at 300 % on top of the month's wage.
//
// Rounding: once per day, to the 分, by MONEY_ROUNDING_RULE, on the exact product
// monthly × rate × hours ÷ (21.75 × 8), as a payslip shows one line per day. The daily and hourly
// wages are never rounded on the way (2000 元: 3 statutory days are 3 × 275.86, not 3 × 3 × 91.95 = 827.55).
// The displayed daily and hourly wages are rounded separately, for display only.
import { type CalendarDayKind, type HolidayCalendar, calendarDay } from '../calendar/calendar';
import { type Fen, fenSum } from '../money/fen';
import { type BasisPoints, bp, fenScale } from '../money/rate';
import { type IsoDate, isoDateAddDays, isoDateDiffDays } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';

/** The statutory floors of CNT-03, in bp of the hourly or daily wage. */
export const OVERTIME_RATES_STATUTORY = {
  workday: bp(15_000),
  rest_day: bp(20_000),
  statutory_holiday: bp(30_000),
} as const satisfies Record<CalendarDayKind, BasisPoints>;

/** 21.75 paid days a month, as 2175 hundredths of a day. */
const HUNDREDTHS_OF_DAYS_PER_MONTH = 2175;
const HOURS_PER_DAY = 8;
/** Hours are counted in hundredths (9.25 h = 925), so every factor of the pay formula is an integer. */
const HUNDREDTHS = 100;
const MAX_DAYS = 366;

export interface OvertimeInput {
  /** 分 per month: the overtime base (the base wage plus base-building items, brief §3). */
  readonly monthlyWage: Fen;
  readonly from: IsoDate;
  /** Inclusive. */
  readonly to: IsoDate;
  /** Hours worked each day, default 8; at most 2 decimals. */
  readonly hoursPerDay?: number;
  readonly calendar: HolidayCalendar;
  /** Agreed rates above the statutory ones; lower ones are refused (CNT-03: block below floors). */
  readonly rates?: Partial<Record<CalendarDayKind, BasisPoints>>;
}

export interface OvertimeDay {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  /** The holiday block the day belongs to, e.g. 'spring_festival'; null on ordinary days. */
  readonly holiday: { readonly key: string; readonly zh: string; readonly en: string } | null;
  /** bp of the hourly wage. */
  readonly rate: BasisPoints;
  /** Hours paid at `rate`: all hours on a rest day or holiday; on a workday only those beyond 8. */
  readonly overtimeHours: number;
  /** 分, rounded once for the day. */
  readonly pay: Fen;
}

export interface OvertimePay {
  readonly monthlyWage: Fen;
  /** 分, monthly ÷ 21.75 rounded for display; the pay uses the exact quotient. */
  readonly dailyWage: Fen;
  /** 分, monthly ÷ 21.75 ÷ 8 rounded for display. */
  readonly hourlyWage: Fen;
  readonly hoursPerDay: number;
  readonly days: readonly OvertimeDay[];
  /** Sum of the days' pay. */
  readonly total: Fen;
}

/** 分 for `hundredthsOfHours` at `rate`: monthly × rate × h ÷ (21.75 × 8), rounded once. */
export function overtimePayForHours(monthlyWage: Fen, rate: BasisPoints, hundredthsOfHours: number): Fen {
  // monthly × (rate / 10 000) × (h / 100) ÷ (2175 / 100 × 8) = monthly × rate × h ÷ (2175 × 8 × 10 000)
  return fenScale(monthlyWage, rate * hundredthsOfHours, HUNDREDTHS_OF_DAYS_PER_MONTH * HOURS_PER_DAY * 10_000);
}

/**
 * Overtime pay for working every day of [from, to], `hoursPerDay` hours a day. Errors:
 * overtime.periodReversed, overtime.periodTooLong (> 366 days), overtime.badHours (not in (0, 24] with
 * ≤ 2 decimals), overtime.rateBelowStatutory (params: kind), calendar.yearMissing (params: year).
 */
export function overtimePay(input: OvertimeInput): Result<OvertimePay> {
  const { monthlyWage, from, to, calendar } = input;
  const hoursPerDay = input.hoursPerDay ?? HOURS_PER_DAY;
  const hundredths = Math.round(hoursPerDay * HUNDREDTHS);
  if (!(hoursPerDay > 0 && hoursPerDay <= 24) || Math.abs(hundredths - hoursPerDay * HUNDREDTHS) > 1e-9) {
    return resultErr('overtime.badHours', `hours per day must be in (0, 24] with at most 2 decimals, got ${hoursPerDay}`, { hours: hoursPerDay });
  }
  const span = isoDateDiffDays(to, from);
  if (span < 0) return resultErr('overtime.periodReversed', `${from} is after ${to}`, { from, to });
  if (span >= MAX_DAYS) return resultErr('overtime.periodTooLong', `more than ${MAX_DAYS} days`, { from, to });
  const rates = { ...OVERTIME_RATES_STATUTORY, ...input.rates };
  for (const kind of Object.keys(OVERTIME_RATES_STATUTORY) as CalendarDayKind[]) {
    if (rates[kind] < OVERTIME_RATES_STATUTORY[kind]) {
      return resultErr('overtime.rateBelowStatutory', `${kind} rate ${rates[kind]} bp is below the statutory ${OVERTIME_RATES_STATUTORY[kind]} bp (CNT-03)`, { kind });
    }
  }
  const standardDay = HOURS_PER_DAY * HUNDREDTHS;
  const days: OvertimeDay[] = [];
  for (let i = 0; i <= span; i++) {
    const date = isoDateAddDays(from, i);
    const day = calendarDay(date, calendar);
    if (!day.ok) return day;
    const { kind, holiday } = day.value;
    // On a workday the standard 8 hours are paid by the monthly wage; only the hours beyond are overtime.
    const paidHundredths = kind === 'workday' ? Math.max(0, hundredths - standardDay) : hundredths;
    days.push({
      date,
      kind,
      holiday,
      rate: rates[kind],
      overtimeHours: paidHundredths / HUNDREDTHS,
      pay: overtimePayForHours(monthlyWage, rates[kind], paidHundredths),
    });
  }
  return resultOk({
    monthlyWage,
    dailyWage: fenScale(monthlyWage, HUNDREDTHS, HUNDREDTHS_OF_DAYS_PER_MONTH),
    hourlyWage: fenScale(monthlyWage, HUNDREDTHS, HUNDREDTHS_OF_DAYS_PER_MONTH * HOURS_PER_DAY),
    hoursPerDay,
    days,
    total: fenSum(days.map((d) => d.pay)),
  });
}
