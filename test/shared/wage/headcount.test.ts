import { describe, it, expect } from 'vitest';
import { quarter } from '../../../shared/dates/quarter';
import { headcount, headcountFor, headcountIdle, headcountOnPayroll } from '../../../shared/wage/headcount';

describe('headcount', () => {
  const q2 = headcount(quarter('2020-Q2'), 90, 30, 2);

  it('counts everyone on the payroll and those paid stoppage pay', () => {
    expect(headcountOnPayroll(q2)).toBe(122);
    expect(headcountIdle(q2)).toBe(32);
    expect(headcountFor([q2], quarter('2020-Q2'))).toBe(q2);
    expect(headcountFor([q2], quarter('2020-Q3'))).toBeUndefined();
  });

  it('refuses negative or fractional counts', () => {
    expect(() => headcount(quarter('2020-Q1'), -1)).toThrow(RangeError);
    expect(() => headcount(quarter('2020-Q1'), 1.5)).toThrow(RangeError);
  });
});
