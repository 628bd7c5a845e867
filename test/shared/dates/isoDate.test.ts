import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  type IsoDate,
  isoDate,
  isoDateAddDays,
  isoDateCompare,
  isoDateDiffDays,
  isoDateFromEpochDay,
  isoDateFromParts,
  isoDateParse,
  isoDateParts,
  isoDateToEpochDay,
  isoDateToday,
  isoDateWeekday,
} from '../../../shared/dates/isoDate';

const MIN_DAY = isoDateToEpochDay(isoDate('0000-01-01'));
const MAX_DAY = isoDateToEpochDay(isoDate('9999-12-31'));
const anyDate = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map(isoDateFromEpochDay);
/** Dates and offsets that stay inside years 0000–9999. */
const dateAndOffset = fc
  .tuple(fc.integer({ min: MIN_DAY, max: MAX_DAY }), fc.integer({ min: MIN_DAY, max: MAX_DAY }))
  .map(([from, to]) => [isoDateFromEpochDay(from), to - from] as const);

describe('isoDateParse', () => {
  it.each(['2021-02-12', '2020-02-29', '2000-02-29', '1970-01-01', '0000-01-01', '9999-12-31', '2021-12-31'])(
    'accepts the real date %s',
    (text) => {
      expect(isoDateParse(text)).toBe(text);
    },
  );

  it.each(['2021-02-29', '1900-02-29', '2100-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00',
    '2021-1-5', '21-01-05', '2021/01/05', ' 2021-01-05', '2021-01-05T00:00', '', '１９７０-01-01'])(
    'refuses %j',
    (text) => {
      expect(isoDateParse(text)).toBeNull();
    },
  );

  it('isoDate throws RangeError on a bad literal', () => {
    expect(() => isoDate('2021-02-30')).toThrow(RangeError);
  });

  it('builds from parts and refuses impossible ones', () => {
    expect(isoDateFromParts(2021, 2, 12)).toBe('2021-02-12');
    expect(isoDateFromParts(5, 1, 1)).toBe('0005-01-01');
    expect(isoDateFromParts(2021, 2, 29)).toBeNull();
    expect(isoDateFromParts(10000, 1, 1)).toBeNull();
    expect(isoDateFromParts(2021, 1.5, 1)).toBeNull();
    expect(isoDateParts(isoDate('2021-02-12'))).toEqual({ year: 2021, month: 2, day: 12 });
  });
});

describe('epoch days and arithmetic', () => {
  it('counts from 1970-01-01', () => {
    expect(isoDateToEpochDay(isoDate('1970-01-01'))).toBe(0);
    expect(isoDateToEpochDay(isoDate('1969-12-31'))).toBe(-1);
    expect(isoDateToEpochDay(isoDate('2000-03-01'))).toBe(11_017);
    expect(isoDateFromEpochDay(18_670)).toBe('2021-02-12');
  });

  it("agrees with Date's UTC calendar on every day from 1899 to 2101", () => {
    const mismatches: string[] = [];
    for (let day = isoDateToEpochDay(isoDate('1899-12-25')); day <= isoDateToEpochDay(isoDate('2101-01-05')); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const date = isoDateFromEpochDay(day);
      if (date !== expected || isoDateToEpochDay(date) !== day) mismatches.push(`${day}: ${date} vs ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('adds across month, year and leap-day boundaries', () => {
    expect(isoDateAddDays(isoDate('2020-02-28'), 1)).toBe('2020-02-29');
    expect(isoDateAddDays(isoDate('2021-02-28'), 1)).toBe('2021-03-01');
    expect(isoDateAddDays(isoDate('2020-12-31'), 1)).toBe('2021-01-01');
    expect(isoDateAddDays(isoDate('2021-01-01'), -1)).toBe('2020-12-31');
    // A wage agreement signed on 2021-02-12 must be filed within 7 days (WCM art 21).
    expect(isoDateAddDays(isoDate('2021-02-12'), 7)).toBe('2021-02-19');
  });

  it('diff is a − b', () => {
    expect(isoDateDiffDays(isoDate('2021-03-01'), isoDate('2021-02-01'))).toBe(28);
    expect(isoDateDiffDays(isoDate('2020-03-01'), isoDate('2020-02-01'))).toBe(29);
    expect(isoDateDiffDays(isoDate('2020-01-01'), isoDate('2021-01-01'))).toBe(-366);
  });

  it('throws RangeError outside years 0000–9999 or for fractional days', () => {
    expect(() => isoDateAddDays(isoDate('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => isoDateAddDays(isoDate('0000-01-01'), -1)).toThrow(RangeError);
    expect(() => isoDateAddDays(isoDate('2021-01-01'), 0.5)).toThrow(RangeError);
  });

  it('property: adding then diffing gives back the offset', () => {
    fc.assert(
      fc.property(dateAndOffset, ([date, n]) => {
        const later = isoDateAddDays(date, n);
        return isoDateDiffDays(later, date) === n && isoDateAddDays(later, -n) === date;
      }),
    );
  });

  it('property: parse of the formatted parts round-trips', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day } = isoDateParts(date);
        const formatted = isoDateFromParts(year, month, day);
        return formatted === date && isoDateParse(date) === date;
      }),
    );
  });

  it('property: date order is string order and epoch-day order', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const byString = a < b ? -1 : a > b ? 1 : 0;
        return isoDateCompare(a, b) === byString && Math.sign(isoDateDiffDays(a, b)) === byString;
      }),
    );
  });
});

describe('isoDateWeekday', () => {
  it('names days 0 = Sunday … 6 = Saturday', () => {
    expect(isoDateWeekday(isoDate('1970-01-01'))).toBe(4);
    expect(isoDateWeekday(isoDate('2021-02-12'))).toBe(5); // 春节 2021, a Friday
    expect(isoDateWeekday(isoDate('2021-02-14'))).toBe(0);
    expect(isoDateWeekday(isoDate('1969-12-28'))).toBe(0);
  });

  it('property: a week later is the same weekday, and it matches Date.getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        const date = isoDateFromEpochDay(day);
        return isoDateWeekday(date) === new Date(day * 86_400_000).getUTCDay() &&
          isoDateWeekday(isoDateAddDays(date, 7)) === isoDateWeekday(date);
      }),
    );
  });
});

describe('isoDateToday', () => {
  it("reads the clock's local calendar date", () => {
    expect(isoDateToday(() => new Date(2021, 1, 12, 0, 30))).toBe('2021-02-12');
    expect(isoDateToday(() => new Date(2021, 1, 12, 23, 59))).toBe('2021-02-12');
  });

  it('defaults to the system clock', () => {
    expect(isoDateParse(isoDateToday())).not.toBeNull();
  });

  it('returns a string, never a Date', () => {
    const today: IsoDate = isoDateToday(() => new Date(2020, 0, 1));
    expect(typeof today).toBe('string');
  });
});
