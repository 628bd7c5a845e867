// Output (产值) is spoken of in 万元; 1 万元 = 1 000 000 分. The text is built from the exact decimal.
import type { Fen } from '../money/fen';
import type { DisplayLocale } from './locale';

const formatters = new Map<DisplayLocale, Intl.NumberFormat>();

/** The exact decimal of `amount` in 万元 (6 places). */
function wanYuanDecimal(amount: Fen): `${number}` {
  const magnitude = Math.abs(amount);
  return `${amount < 0 ? '-' : ''}${Math.floor(magnitude / 1_000_000)}.${String(magnitude % 1_000_000).padStart(6, '0')}` as `${number}`;
}

/** "2,700.00", "4,492.80"; more decimals only when the amount has them (down to the 分). No unit: the label says 万元. */
export function formatWanYuan(amount: Fen, locale: DisplayLocale): string {
  let nf = formatters.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 6 });
    formatters.set(locale, nf);
  }
  return nf.format(wanYuanDecimal(amount));
}
