// How numbers, amounts and dates are written in the documents. Formatting itself lives in shared/format
// and shared/money/capitals; this file only fixes the document conventions around them.
import nzhcn from 'nzh/cn';
import type { IsoDate } from '../shared/dates/isoDate';
import { formatDateLong } from '../shared/format/date';
import { formatYuanPlain } from '../shared/format/yuan';
import { fenToCapitals } from '../shared/money/capitals';
import type { Fen } from '../shared/money/fen';
import type { BasisPoints } from '../shared/money/rate';

/** 1 → 一, 12 → 十二, 21 → 二十一 (chapter and article numbers). */
export function ordinalZh(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`ordinal needs a positive integer, got ${n}`);
  return nzhcn.encodeS(n);
}

export const chapterLabel = (n: number): string => `第${ordinalZh(n)}章`;
export const articleLabel = (n: number): string => `第${ordinalZh(n)}条`;
/** List items inside an article: （一）（二）…, as in Chinese statutes. */
export const itemLabel = (n: number): string => `（${ordinalZh(n)}）`;

/** "1,570.00 元". */
export function yuanText(amount: Fen): string {
  return formatYuanPlain(amount, 'zh-CN');
}

/** "1,570.00 元（大写：人民币壹仟伍佰柒拾元整）": every amount in an agreement is written both ways. */
export function amountText(amount: Fen): string {
  return `${yuanText(amount)}（大写：${fenToCapitals(amount)}）`;
}

/** Width of a blank to fill in by hand, in full-width spaces. */
export const BLANK = '\u3000'.repeat(6);
export const BLANK_SHORT = '\u3000'.repeat(3);

/** "2021年2月12日", or "    年  月  日" with room to write the date by hand. */
export function dateText(date: IsoDate | null | undefined): string {
  return date ? formatDateLong(date, 'zh-CN') : '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';
}

/** "14.29%", "70%", "7.5%": at most two decimals, no trailing zeros. */
export function percentText(rate: BasisPoints): string {
  const sign = rate < 0 ? '-' : '';
  const abs = Math.abs(rate);
  const fraction = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}%`;
}

/** A count of people, or a blank to fill when unknown: "120", "____". */
export function countText(n: number | null): string {
  return n === null ? BLANK_SHORT : String(n);
}

/** 《劳动法》《劳动合同法》: titles joined without separators, as in legal citations. */
export function citeLaws(titles: readonly string[]): string {
  return titles.map((t) => `《${t}》`).join('');
}
