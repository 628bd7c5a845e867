// Decimal text → integer count of 10^-places units, rounded by MONEY_ROUNDING_RULE on the decimal digits
// themselves. Numbers are converted with String(x), the shortest text that reads back as the same double,
// i.e. the decimal the user or the data file wrote: 1.005 stays "1.005" (→ 101 分) even though the double
// is 1.00499999999999989…, which Math.round(x * 100) would turn into 100.

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
/** Exponents beyond this cannot come from String(finite number); refusing them bounds the work. */
const MAX_EXPONENT = 400;

/** The rounded scaled integer, or null when `text` is not plain or exponent decimal notation. */
export function scaledIntFromDecimal(text: string, places: number): bigint | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return null;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) return null;
  const digits = whole + fraction;
  const point = whole.length + exponent + places;
  let kept: bigint;
  let firstDropped: string;
  if (point <= 0) {
    kept = 0n;
    firstDropped = point === 0 ? digits.charAt(0) : '0';
  } else if (point >= digits.length) {
    kept = BigInt(digits + '0'.repeat(point - digits.length));
    firstDropped = '0';
  } else {
    kept = BigInt(digits.slice(0, point));
    firstDropped = digits.charAt(point);
  }
  // A first dropped digit of 5 or more means the dropped part is at least half a unit: round the magnitude up.
  const magnitude = kept + (firstDropped >= '5' ? 1n : 0n);
  return sign === '-' ? -magnitude : magnitude;
}
