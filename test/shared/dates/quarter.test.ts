import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isoDate, isoDateAddDays, isoDateCompare } from '../../../shared/dates/isoDate';
import {
  type Quarter,
  quarter,
  quarterCompare,
  quarterEnd,
  quarterNext,
  quarterOf,
  quarterParse,
  quarterParts,
  quarterPrevious,
  quarterRange,
  quarterStart,
} from '../../../shared/dates/quarter';

const anyQuarter = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }))
  .map(([y, n]) => quarter(`${String(y).padStart(4, '0')}-Q${n}`));
const innerQuarter = anyQuarter.filter((q) => q !== '0000-Q1' && q !== '9999-Q4');

describe('quarterParse', () => {
  it('accepts YYYY-Qn', () => {
    expect(quarterParse('2020-Q1')).toBe('2020-Q1');
    expect(quarterParts(quarter('2021-Q4'))).toEqual({ year: 2021, quarter: 4 });
  });

  it.each(['2020-Q0', '2020-Q5', '2020Q1', '2020-q1', '20-Q1', '2020-Q1 ', ''])('refuses %j', (text) => {
    expect(quarterParse(text)).toBeNull();
  });

  it('quarter() throws RangeError on a bad literal', () => {
    expect(() => quarter('2020-Q5')).toThrow(RangeError);
  });
});

describe('quarter boundaries', () => {
  it.each([
    ['2020-Q1', '2020-01-01', '2020-03-31'],
    ['2020-Q2', '2020-04-01', '2020-06-30'],
    ['2020-Q3', '2020-07-01', '2020-09-30'],
    ['2020-Q4', '2020-10-01', '2020-12-31'],
  ])('%s runs from %s to %s', (q, start, end) => {
    expect(quarterStart(quarter(q))).toBe(start);
    expect(quarterEnd(quarter(q))).toBe(end);
    expect(quarterOf(isoDate(start))).toBe(q);
    expect(quarterOf(isoDate(end))).toBe(q);
  });

  it('finds the quarter of a date', () => {
    expect(quarterOf(isoDate('2021-02-12'))).toBe('2021-Q1');
    expect(quarterOf(isoDate('2020-05-20'))).toBe('2020-Q2');
  });
});

describe('stepping and ranges', () => {
  it('steps across years', () => {
    expect(quarterNext(quarter('2020-Q4'))).toBe('2021-Q1');
    expect(quarterPrevious(quarter('2021-Q1'))).toBe('2020-Q4');
    expect(() => quarterNext(quarter('9999-Q4'))).toThrow(RangeError);
    expect(() => quarterPrevious(quarter('0000-Q1'))).toThrow(RangeError);
  });

  it('lists the reference case quarters, inclusive', () => {
    expect(quarterRange(quarter('2020-Q1'), quarter('2021-Q1'))).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4', '2021-Q1']);
    expect(quarterRange(quarter('2020-Q3'), quarter('2020-Q3'))).toEqual(['2020-Q3']);
    expect(quarterRange(quarter('2021-Q1'), quarter('2020-Q1'))).toEqual([]);
  });

  it('compares', () => {
    expect(quarterCompare(quarter('2020-Q4'), quarter('2021-Q1'))).toBe(-1);
    expect(quarterCompare(quarter('2021-Q1'), quarter('2021-Q1'))).toBe(0);
    expect(quarterCompare(quarter('2021-Q2'), quarter('2021-Q1'))).toBe(1);
  });
});

describe('properties', () => {
  it('next and previous undo each other', () => {
    fc.assert(fc.property(innerQuarter, (q) => quarterPrevious(quarterNext(q)) === q && quarterNext(quarterPrevious(q)) === q));
  });

  it('start ≤ end, both belong to the quarter, and the next quarter starts the day after the end', () => {
    fc.assert(
      fc.property(anyQuarter, (q) => {
        const start = quarterStart(q);
        const end = quarterEnd(q);
        const nextStartsNextDay = q === '9999-Q4' || quarterStart(quarterNext(q)) === isoDateAddDays(end, 1);
        return isoDateCompare(start, end) < 0 && quarterOf(start) === q && quarterOf(end) === q && nextStartsNextDay;
      }),
    );
  });

  it('order is string order, and a range has one quarter per step', () => {
    fc.assert(
      fc.property(anyQuarter, fc.integer({ min: 0, max: 40 }), (from: Quarter, steps) => {
        let to = from;
        for (let i = 0; i < steps && to !== '9999-Q4'; i++) to = quarterNext(to);
        const range = quarterRange(from, to);
        const byString = from < to ? -1 : from > to ? 1 : 0;
        return quarterCompare(from, to) === byString && range[0] === from && range.at(-1) === to &&
          range.every((q, i) => i === 0 || quarterNext(range[i - 1]!) === q);
      }),
    );
  });
});
