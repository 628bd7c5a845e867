// Counts (headcount, workers covered, days) with the locale's digit grouping.
import type { DisplayLocale } from './locale';

const formatters = new Map<DisplayLocale, Intl.NumberFormat>();

/** "1,234,567". Throws RangeError for a non-integer: a fractional count is a bug upstream, not something to round. */
export function formatInteger(n: number, locale: DisplayLocale): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
  let nf = formatters.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formatters.set(locale, nf);
  }
  return nf.format(n);
}
