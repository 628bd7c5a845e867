// Money is an integer number of 分 (1 元 = 100 分), so sums and comparisons are exact.
// Overflow policy: every operation that could leave the safe-integer range (±2^53 − 1 分, about
// ±90 万亿 元) throws RangeError. No real wage bill comes near it, so reaching it is a programming
// error, not input to handle; only parsing user text (fenFromYuanText) answers null instead.
import { scaledIntFromDecimal } from './decimal';

export type Fen = number & { readonly __brand: 'Fen' };

/** Brands a safe integer as 分; throws RangeError otherwise. */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer amount of fen: ${n}`);
  return n as Fen;
}

/** Brands an exact BigInt result; throws RangeError outside the safe-integer range. */
export function fenFromBigInt(n: bigint): Fen {
  return fen(Number(n));
}

/**
 * 元 → 分, rounded half away from zero (MONEY_ROUNDING_RULE) on the number's decimal text, so binary
 * float error cannot move a halfway case: 1.005 元 → 101 分, -1.005 元 → -101 分. Throws RangeError
 * for NaN, ±Infinity and amounts outside the safe range.
 */
export function fenFromYuan(yuan: number): Fen {
  if (!Number.isFinite(yuan)) throw new RangeError(`not a finite amount of yuan: ${yuan}`);
  const scaled = scaledIntFromDecimal(String(yuan), 2);
  if (scaled === null) throw new RangeError(`unreadable amount of yuan: ${yuan}`);
  return fenFromBigInt(scaled);
}

// After NFKC (full-width ￥１，５７０．５ → ¥1,570.5): an optional minus, an optional currency mark,
// digits with or without correct thousands grouping, at most 2 decimals, an optional 元.
const YUAN_TEXT = /^(-?)\s*(?:¥|人民币|RMB|CNY)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*元?$/i;

/**
 * Parses what people type for an amount in 元: "1570", "1,570.5", "1570元", "￥2000", "人民币2000元",
 * "-¥12.30". null for anything else: empty text, bad grouping ("1,57"), more than 2 decimals,
 * or an amount outside the safe range.
 */
export function fenFromYuanText(text: string): Fen | null {
  const match = YUAN_TEXT.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const scaled = scaledIntFromDecimal(`${sign}${whole.replaceAll(',', '')}.${fraction}`, 2);
  if (scaled === null) return null;
  const n = Number(scaled);
  return Number.isSafeInteger(n) ? (n as Fen) : null;
}

/** 元 as a float, for charts and ratios only: never feed it back into money arithmetic. */
export function fenToYuanNumber(amount: Fen): number {
  return amount / 100;
}

export function fenAdd(a: Fen, b: Fen): Fen {
  return fen(a + b);
}

export function fenSub(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

/** Sum of any number of amounts; 0 分 for none. */
export function fenSum(amounts: Iterable<Fen>): Fen {
  let total = 0;
  for (const amount of amounts) total = fen(total + amount);
  return total as Fen;
}

/** amount × n for a whole count n (workers, months). For fractions and rates use fenScale / fenApplyRate. */
export function fenMultiplyInt(amount: Fen, n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer multiplier: ${n}`);
  return fen(amount * n);
}
