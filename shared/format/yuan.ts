// Money on screen and in documents: always 2 decimals, grouped thousands. Amounts go to Intl as exact
// decimal strings ("1570.00"), not as floats, so even amounts near the safe-integer limit print exactly.
import type { Fen } from '../money/fen';
import type { DisplayLocale } from './locale';

type YuanStyle = 'symbol' | 'plain' | 'number' | 'difference';
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: DisplayLocale, style: YuanStyle): Intl.NumberFormat {
  const key = `${locale}:${style}`;
  let nf = formatters.get(key);
  if (!nf) {
    const options: Intl.NumberFormatOptions =
      style === 'number' || style === 'difference' || (style === 'plain' && locale === 'zh-CN')
        ? { minimumFractionDigits: 2, maximumFractionDigits: 2, ...(style === 'difference' ? { signDisplay: 'exceptZero' as const } : {}) }
        : // 'plain' in English drops the "CN" of "CN¥": the context already says the currency is yuan.
          { style: 'currency', currency: 'CNY', currencyDisplay: style === 'plain' ? 'narrowSymbol' : 'symbol' };
    nf = new Intl.NumberFormat(locale, options);
    formatters.set(key, nf);
  }
  return nf;
}

/** "1570.00", "-0.05": the exact decimal value in 元. */
function yuanDecimal(amount: Fen): `${number}` {
  const magnitude = Math.abs(amount);
  const sign = amount < 0 ? '-' : '';
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}` as `${number}`;
}

/** With the currency sign: zh-CN "¥1,570.00", en "CN¥1,570.00" (the sign alone is ambiguous with yen abroad). */
export function formatYuan(amount: Fen, locale: DisplayLocale): string {
  return formatter(locale, 'symbol').format(yuanDecimal(amount));
}

/** As written in Chinese prose and tables: zh-CN "1,570.00 元"; en "¥1,570.00". */
export function formatYuanPlain(amount: Fen, locale: DisplayLocale): string {
  const number = formatter(locale, 'plain').format(yuanDecimal(amount));
  return locale === 'zh-CN' ? `${number} 元` : number;
}

/** For table cells whose header names the unit (元): "1,570.00" in either language. */
export function formatYuanNumber(amount: Fen, locale: DisplayLocale): string {
  return formatter(locale, 'number').format(yuanDecimal(amount));
}

/** A difference between two amounts, always signed unless zero: "+180.00", "-250.00", "0.00". */
export function formatYuanDifference(amount: Fen, locale: DisplayLocale): string {
  return formatter(locale, 'difference').format(yuanDecimal(amount));
}
