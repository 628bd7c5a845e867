// The one rounding rule for money. Chinese payroll and accounting practice is 四舍五入 to the 分; for
// negative amounts (deductions, differences) the rule is applied to the magnitude, so -1.5 分 → -2 分.
// That is "round half away from zero", and it makes rounding symmetric: round(-x) === -round(x).

export const MONEY_ROUNDING_RULE = 'half-away-from-zero' as const;

/** numerator ÷ denominator rounded by MONEY_ROUNDING_RULE, exactly (BigInt, no float drift). */
export function bigintQuotientRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const remainder = n % d;
  const magnitude = n / d + (2n * remainder >= d ? 1n : 0n);
  return negative ? -magnitude : magnitude;
}
