// Percentages and index numbers on screen. Rates arrive as integer basis points; the text is built
// from the exact decimal (bp ÷ 100 has at most 2 decimals), never from float arithmetic.
import type { BasisPoints } from '../money/rate';
import type { DisplayLocale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: DisplayLocale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}:${key}`;
  let nf = formatters.get(id);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    formatters.set(id, nf);
  }
  return nf;
}

/** bp as the exact decimal text of the percentage: 233 → "2.33", -7000 → "-70.00". */
function percentDecimal(rate: BasisPoints): `${number}` {
  const magnitude = Math.abs(rate);
  return `${rate < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}` as `${number}`;
}

/** A share or a change: 233 → "2.33%"; with `signed`, -7000 → "-70.00%" and 3000 → "+30.00%". */
export function formatPercent(rate: BasisPoints, locale: DisplayLocale, options: { readonly signed?: boolean } = {}): string {
  const signed = options.signed ?? false;
  const nf = formatter(locale, signed ? 'pct-signed' : 'pct', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  });
  return `${nf.format(percentDecimal(rate))}%`;
}

/** A difference of two shares in percentage points: 25 → "+0.25" (the unit is said by the label). */
export function formatPercentagePoints(rate: BasisPoints, locale: DisplayLocale): string {
  return formatter(locale, 'pp', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(percentDecimal(rate));
}

/** An index on base = 100, given in bp of the base (10 000 = 100): 3120 → "31.2", 8971 → "89.71", 10000 → "100". */
export function formatIndex(indexBp: BasisPoints, locale: DisplayLocale): string {
  return formatter(locale, 'index', { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(percentDecimal(indexBp));
}
