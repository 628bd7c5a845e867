// Exact non-negative-denominator rationals in BigInt, for output indices and shares: a chained index
// (Q4 2019 = 100, then −70 %, −20 %, +30 %, +60 %) multiplies exactly, so 49.92 is 49.92 and not
// 49.919999…; rounding happens once, where a ratio leaves the model as basis points or 分
// (MONEY_ROUNDING_RULE, half away from zero).
import { type Fen, fenFromBigInt } from '../money/fen';
import { type BasisPoints, BASIS_POINTS_PER_WHOLE, bp } from '../money/rate';
import { bigintQuotientRounded } from '../money/rounding';

export interface Ratio {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

const BP = BigInt(BASIS_POINTS_PER_WHOLE);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num ÷ den in lowest terms; RangeError for a zero denominator. */
export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('ratio denominator is zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const RATIO_ONE: Ratio = ratio(1n);

/** A rate as a fraction of one: 7000 bp → 7/10. */
export function ratioFromBasisPoints(rate: BasisPoints): Ratio {
  return ratio(BigInt(rate), BP);
}

/** A growth factor: a quarter-on-quarter change of −7000 bp → 3/10 of the quarter before. */
export function ratioGrowthFactor(change: BasisPoints): Ratio {
  return ratio(BP + BigInt(change), BP);
}

export function ratioMultiply(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

/** RangeError when b is zero. */
export function ratioDivide(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den, a.den * b.num);
}

export function ratioSubtract(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function ratioIsZero(r: Ratio): boolean {
  return r.num === 0n;
}

export function ratioSign(r: Ratio): -1 | 0 | 1 {
  return r.num < 0n ? -1 : r.num > 0n ? 1 : 0;
}

/** The ratio in basis points of one, rounded once (half away from zero): 897/1000 → 8970 bp. */
export function ratioToBasisPoints(r: Ratio): BasisPoints {
  return bp(Number(bigintQuotientRounded(r.num * BP, r.den)));
}

/** A ratio that is an amount of 分, rounded once to the 分. */
export function ratioToFen(r: Ratio): Fen {
  return fenFromBigInt(bigintQuotientRounded(r.num, r.den));
}

/**
 * An index on base = 100, for display: the ratio in basis points divided by 100, i.e. the index with
 * exactly 2 decimals (0.4992 → 49.92). A float for screens and charts only.
 */
export function ratioToIndexNumber(r: Ratio): number {
  return ratioToBasisPoints(r) / 100;
}
