import { describe, it, expect } from 'vitest';
import { bp } from '../../../shared/money/rate';
import { ratio, ratioDivide, ratioFromBasisPoints, ratioGrowthFactor, ratioMultiply, ratioToBasisPoints, ratioToFen, ratioToIndexNumber } from '../../../shared/wage/ratio';

describe('ratio', () => {
  it('keeps lowest terms with a positive denominator', () => {
    expect(ratio(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(() => ratio(1, 0)).toThrow(RangeError);
  });

  it('chains growth factors exactly', () => {
    const chained = [-7000, -2000, 3000, 6000].map((c) => ratioGrowthFactor(bp(c))).reduce(ratioMultiply);
    expect(chained).toEqual(ratio(312, 625)); // 0.4992
    expect(ratioToIndexNumber(chained)).toBe(49.92);
  });

  it('rounds once, half away from zero, to bp and to the 分', () => {
    expect(ratioToBasisPoints(ratio(1, 20_000))).toBe(1); // 0.5 bp → 1
    expect(ratioToBasisPoints(ratio(-1, 20_000))).toBe(-1);
    expect(ratioToBasisPoints(ratioDivide(ratio(1570), ratio(1750)))).toBe(8971);
    expect(ratioToFen(ratio(7, 2))).toBe(4);
    expect(ratioToFen(ratioMultiply(ratio(157000), ratioFromBasisPoints(bp(7000))))).toBe(109900);
  });
});
