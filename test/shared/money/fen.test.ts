import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  type Fen,
  fen,
  fenAdd,
  fenFromYuan,
  fenFromYuanText,
  fenMultiplyInt,
  fenSub,
  fenSum,
  fenToYuanNumber,
} from '../../../shared/money/fen';

const safeFen = fc.integer({ min: -1e13, max: 1e13 }).map((n) => n as Fen);

describe('fen', () => {
  it('brands safe integers and refuses fractions, NaN and unsafe integers', () => {
    expect(fen(157000)).toBe(157000);
    expect(() => fen(1.5)).toThrow(RangeError);
    expect(() => fen(Number.NaN)).toThrow(RangeError);
    expect(() => fen(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});

describe('fenFromYuan', () => {
  it('converts whole and fractional yuan', () => {
    expect(fenFromYuan(1570)).toBe(157000);
    expect(fenFromYuan(16.5)).toBe(1650);
    expect(fenFromYuan(0.01)).toBe(1);
    expect(fenFromYuan(0)).toBe(0);
  });

  it('rounds halves away from zero without binary float error', () => {
    // 1.005 is 1.00499999999999989… as a double; Math.round(1.005 * 100) gives 100.
    expect(fenFromYuan(1.005)).toBe(101);
    expect(fenFromYuan(-1.005)).toBe(-101);
    expect(fenFromYuan(1.015)).toBe(102);
    expect(fenFromYuan(2.675)).toBe(268);
    expect(fenFromYuan(0.004)).toBe(0);
    expect(fenFromYuan(0.005)).toBe(1);
    expect(fenFromYuan(-0.005)).toBe(-1);
    expect(fenFromYuan(-0.004)).toBe(0);
    expect(Object.is(fenFromYuan(-0.004), 0)).toBe(true);
  });

  it('reads exponent notation', () => {
    expect(fenFromYuan(1e-7)).toBe(0);
    expect(fenFromYuan(1e10)).toBe(1e12);
  });

  it('throws RangeError for non-finite or out-of-range amounts', () => {
    expect(() => fenFromYuan(Number.NaN)).toThrow(RangeError);
    expect(() => fenFromYuan(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => fenFromYuan(1e21)).toThrow(RangeError);
  });

  it('property: whole-fen amounts written in yuan come back exactly', () => {
    fc.assert(fc.property(safeFen, (f) => fenFromYuan(f / 100) === f));
  });
});

describe('fenFromYuanText', () => {
  it.each([
    ['1570', 157000],
    ['1,570.5', 157050],
    ['1570元', 157000],
    ['1570 元', 157000],
    ['￥2000', 200000],
    ['¥ 2,000.00', 200000],
    ['人民币2000元', 200000],
    ['RMB 12.3', 1230],
    ['１５７０．５', 157050],
    ['  0.05 ', 5],
    ['-12.30', -1230],
    ['-¥1,570.50', -157050],
    ['1,234,567.89', 123456789],
  ])('reads %j as %i fen', (text, expected) => {
    expect(fenFromYuanText(text)).toBe(expected);
  });

  it.each(['', '   ', 'abc', '12.345', '1.', '.5', '1,57', '12,34,567', '1e3', '¥', '元', '1 570', '--5', '5-', '0x10', 'NaN', 'Infinity'])(
    'refuses %j',
    (text) => {
      expect(fenFromYuanText(text)).toBeNull();
    },
  );

  it('refuses amounts outside the safe range', () => {
    expect(fenFromYuanText('99999999999999999')).toBeNull();
  });

  it('property: what fenToYuanNumber-style text prints, it reads back', () => {
    fc.assert(
      fc.property(safeFen, (f) => {
        const magnitude = Math.abs(f);
        const text = `${f < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
        return fenFromYuanText(text) === f;
      }),
    );
  });
});

describe('arithmetic', () => {
  it('converts to a yuan float for charts', () => {
    expect(fenToYuanNumber(fen(157050))).toBe(1570.5);
  });

  it('adds, subtracts, sums and multiplies exactly', () => {
    expect(fenAdd(fen(157000), fen(100000))).toBe(257000);
    expect(fenSub(fen(175000), fen(157000))).toBe(18000);
    expect(fenSum([fen(471000), fen(100000)])).toBe(571000);
    expect(fenSum([])).toBe(0);
    expect(fenMultiplyInt(fen(157000), 3)).toBe(471000);
  });

  it('throws RangeError on overflow instead of losing precision', () => {
    const max = fen(Number.MAX_SAFE_INTEGER);
    expect(() => fenAdd(max, fen(1))).toThrow(RangeError);
    expect(() => fenSub(fen(-Number.MAX_SAFE_INTEGER), fen(1))).toThrow(RangeError);
    expect(() => fenSum([max, fen(1), fen(-5)])).toThrow(RangeError);
    expect(() => fenMultiplyInt(max, 2)).toThrow(RangeError);
    expect(() => fenMultiplyInt(fen(100), 1.5)).toThrow(RangeError);
  });

  it('property: sum equals pairwise addition in any order', () => {
    fc.assert(
      fc.property(fc.array(safeFen, { maxLength: 50 }), (list) => {
        const forward = fenSum(list);
        const backward = [...list].reverse().reduce((acc, f) => fenAdd(acc, f), fen(0));
        return forward === backward && fenSub(forward, forward) === 0;
      }),
    );
  });

  it('property: multiplying by n equals adding n times', () => {
    fc.assert(
      fc.property(safeFen, fc.integer({ min: 0, max: 20 }), (f, n) => fenMultiplyInt(f, n) === fenSum(Array<Fen>(n).fill(f))),
    );
  });
});
