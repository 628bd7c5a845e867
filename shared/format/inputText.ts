// The text an input field starts from: plain ASCII digits without grouping or unit, decimals only where
// the value has them, so what the field shows reads back (money/fen.ts, money/amountText.ts) to the same value.
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';

function decimalText(n: number, places: number): string {
  const scale = 10 ** places;
  const magnitude = Math.abs(n);
  const fraction = String(magnitude % scale).padStart(places, '0').replace(/0+$/, '');
  return `${n < 0 ? '-' : ''}${Math.floor(magnitude / scale)}${fraction ? `.${fraction}` : ''}`;
}

/** 157000 分 → "1570", 157050 → "1570.5". */
export function yuanInputText(amount: Fen): string {
  return decimalText(amount, 2);
}

/** 2 700 000 000 分 → "2700" (万元). */
export function wanYuanInputText(amount: Fen): string {
  return decimalText(amount, 6);
}

/** -7000 bp → "-70", 3050 → "30.5" (%). */
export function percentInputText(rate: BasisPoints): string {
  return decimalText(rate, 2);
}
