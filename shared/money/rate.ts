// Rates are integer basis points (1 % = 100 bp, 100 % = 10 000 bp), so 150 % overtime pay or a 3.5 %
// raise is an exact integer. Applying a rate to money rounds once, to the 分, by MONEY_ROUNDING_RULE
// (round half away from zero, see rounding.ts), computed exactly in BigInt.
import { type Fen, fenFromBigInt } from './fen';
import { scaledIntFromDecimal } from './decimal';
import { bigintQuotientRounded } from './rounding';

export type BasisPoints = number & { readonly __brand: 'BasisPoints' };

export const BASIS_POINTS_PER_WHOLE = 10_000;

/** Brands a safe integer as basis points; throws RangeError otherwise. */
export function bp(n: number): BasisPoints {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer of basis points: ${n}`);
  return n as BasisPoints;
}

/** 3.5 → 350 bp. Finer than 0.01 % rounds half away from zero on the decimal text (1.005 % → 101 bp). */
export function bpFromPercent(percent: number): BasisPoints {
  if (!Number.isFinite(percent)) throw new RangeError(`not a finite percentage: ${percent}`);
  const scaled = scaledIntFromDecimal(String(percent), 2);
  if (scaled === null) throw new RangeError(`unreadable percentage: ${percent}`);
  return bp(Number(scaled));
}

/** Percent as a float, for display and charts. */
export function bpToPercent(rate: BasisPoints): number {
  return rate / 100;
}

/**
 * amount × numerator ÷ denominator, rounded once to the 分 (half away from zero). Integers only;
 * throws RangeError for a zero denominator, non-integer arguments or a result outside the safe range.
 */
export function fenScale(amount: Fen, numerator: number, denominator: number): Fen {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`fenScale needs safe integers, got ${numerator}/${denominator}`);
  }
  if (denominator === 0) throw new RangeError('fenScale denominator is zero');
  return fenFromBigInt(bigintQuotientRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
}

/** amount × rate, e.g. a 150 % overtime premium or a 3.5 % raise, rounded to the 分. */
export function fenApplyRate(amount: Fen, rate: BasisPoints): Fen {
  return fenScale(amount, rate, BASIS_POINTS_PER_WHOLE);
}
