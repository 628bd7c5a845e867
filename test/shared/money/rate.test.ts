import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fen, fen, fenAdd, fenMultiplyInt } from '../../../shared/money/fen';
import { type BasisPoints, bp, bpFromPercent, bpToPercent, fenApplyRate, fenScale } from '../../../shared/money/rate';
import { MONEY_ROUNDING_RULE } from '../../../shared/money/rounding';

const amount = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n as Fen);
const rate = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n as BasisPoints);
const denominator = fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((d) => d !== 0);

describe('the rounding rule', () => {
  it('is named', () => {
    expect(MONEY_ROUNDING_RULE).toBe('half-away-from-zero');
  });
});

describe('bp and bpFromPercent', () => {
  it('brands integers and converts percentages exactly', () => {
    expect(bp(150)).toBe(150);
    expect(() => bp(0.5)).toThrow(RangeError);
    expect(bpFromPercent(1)).toBe(100);
    expect(bpFromPercent(150)).toBe(15_000);
    expect(bpFromPercent(3.5)).toBe(350);
    expect(bpFromPercent(1.15)).toBe(115); // 1.15 * 100 is 114.99999999999999 in floats
    expect(bpFromPercent(-2.5)).toBe(-250);
    expect(bpToPercent(bp(350))).toBe(3.5);
  });

  it('rounds finer than 0.01 % half away from zero', () => {
    expect(bpFromPercent(1.005)).toBe(101);
    expect(bpFromPercent(-1.005)).toBe(-101);
    expect(bpFromPercent(1.004)).toBe(100);
  });

  it('refuses non-finite percentages', () => {
    expect(() => bpFromPercent(Number.NaN)).toThrow(RangeError);
  });
});

describe('fenApplyRate at the halfway cases', () => {
  it.each([
    [1, 50, 0], // 0.005 分
    [1, 5_000, 1], // 0.5 分
    [3, 5_000, 2], // 1.5 分
    [-3, 5_000, -2], // -1.5 分
    [3, -5_000, -2],
    [5, 5_000, 3], // 2.5 分: not banker's rounding
    [-1, 5_000, -1],
    [1, 4_999, 0],
    [-1, 4_999, 0],
    [100, 50, 1], // 0.5 分
    [157_000, 15_000, 235_500], // 150 % overtime on 1570 元
    [175_000, 1_429, 25_008], // 250.075 元 → 250.08 元
  ])('%i 分 × %i bp = %i 分', (a, r, expected) => {
    expect(fenApplyRate(fen(a), bp(r))).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(fenApplyRate(fen(-1), bp(1)), 0)).toBe(true);
  });
});

describe('fenScale', () => {
  it('scales by a fraction, e.g. 1570 元 for 2 of 3 months', () => {
    expect(fenScale(fen(157_000), 2, 3)).toBe(104_667);
    expect(fenScale(fen(100), 1, 8)).toBe(13); // 12.5 → 13
    expect(fenScale(fen(100), 1, -8)).toBe(-13);
  });

  it('computes exactly where floats would drift', () => {
    // 9 000 000 000 000 001 / 3 = 3 000 000 000 000 000.33…; as a float it is …000.5, which Math.round lifts.
    const big = fen(9_000_000_000_000_001);
    expect(fenScale(big, 1, 3)).toBe(3_000_000_000_000_000);
    expect(fenScale(big, 2, 3)).toBe(6_000_000_000_000_001);
    expect(fenScale(fen(Number.MAX_SAFE_INTEGER), 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws RangeError for a zero denominator, fractions, or overflow', () => {
    expect(() => fenScale(fen(1), 1, 0)).toThrow(RangeError);
    expect(() => fenScale(fen(1), 1.5, 2)).toThrow(RangeError);
    expect(() => fenScale(fen(Number.MAX_SAFE_INTEGER), 2, 1)).toThrow(RangeError);
  });

  it('property: result is within half a fen of the exact rational, and halves go away from zero', () => {
    const abs = (x: bigint) => (x < 0n ? -x : x);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1_000_000, max: 1_000_000 }), denominator, (a, n, d) => {
        const result = BigInt(fenScale(fen(a), n, d));
        const exact = BigInt(a) * BigInt(n);
        const D = BigInt(d);
        // |result − exact/d| ≤ 1/2  ⇔  2·|result·d − exact| ≤ |d|
        const twiceError = 2n * abs(result * D - exact);
        if (twiceError > abs(D)) return false;
        // At exactly half the magnitude rounds up: |result| > |exact/d|.
        return twiceError < abs(D) || abs(result * D) > abs(exact);
      }),
    );
  });

  it('property: fenScale(a, n, n) === a', () => {
    fc.assert(fc.property(amount, denominator, (a, n) => fenScale(a, n, n) === a));
  });

  it('property: symmetric in sign', () => {
    fc.assert(fc.property(amount, rate, (a, r) => fenApplyRate(fen(-a), r) === -fenApplyRate(a, r) + 0));
  });

  it('property: monotonic in the amount for a non-negative rate', () => {
    fc.assert(
      fc.property(amount, amount, rate, (a, b, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const positive = bp(Math.abs(r));
        return fenApplyRate(lo, positive) <= fenApplyRate(hi, positive);
      }),
    );
  });

  it('property: no rounding when the division is exact', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, n, d) => {
        const whole = fenMultiplyInt(a, d);
        return fenScale(whole, n, d) === fenMultiplyInt(a, n);
      }),
    );
  });

  it('property: a split into parts adds back exactly when it divides evenly, and within 1 分 otherwise', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10_000 }), (a, r) => {
        const part = fenApplyRate(a, bp(r));
        const rest = fenApplyRate(a, bp(10_000 - r));
        const total = fenAdd(part, rest);
        if (a % 10_000 === 0) return total === a;
        return Math.abs(total - a) <= 1;
      }),
    );
  });

  it('property: rates add when the amount is a multiple of 10 000 分', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), rate, rate, (k, r1, r2) => {
        const a = fen(k * 10_000);
        return fenAdd(fenApplyRate(a, r1), fenApplyRate(a, r2)) === fenApplyRate(a, bp(r1 + r2));
      }),
    );
  });
});
