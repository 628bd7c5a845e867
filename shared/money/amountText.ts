// Parsing what people type or paste for output in 万元 and for percentages: "2,700", "2700万元",
// "４４９２．８", "-70%", "30.5％". Exact: the decimal text is scaled as written (decimal.ts), never
// through a float. Both answer null for anything else, so the caller can name the line or field.
import { scaledIntFromDecimal } from './decimal';
import type { Fen } from './fen';
import type { BasisPoints } from './rate';

/** 1 万元 = 10 000 元 = 1 000 000 分: a 分 is the 6th decimal of an amount in 万元. */
const WAN_YUAN_PLACES = 6;
/** 1 % = 100 bp: a basis point is the 2nd decimal of a percentage. */
const PERCENT_PLACES = 2;

// After NFKC (full-width digits, ％ and ，→ ASCII): an optional sign, digits with correct thousands
// grouping or none, an optional fraction, then the unit.
const NUMBER = String.raw`([+-]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const WAN_YUAN_TEXT = new RegExp(String.raw`^${NUMBER}\s*(?:万元|万)?$`);
const PERCENT_TEXT = new RegExp(String.raw`^${NUMBER}\s*%?$`);

function scaled(match: RegExpExecArray, places: number, maxFraction: number): number | null {
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > maxFraction) return null;
  const value = scaledIntFromDecimal(`${sign === '-' ? '-' : ''}${whole.replaceAll(',', '')}.${fraction}`, places);
  if (value === null) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** "2,700.5" (万元) → 27 005 000 00 分; at most 6 decimals (one 分); null for anything else. */
export function fenFromWanYuanText(text: string): Fen | null {
  const match = WAN_YUAN_TEXT.exec(text.normalize('NFKC').trim());
  return match ? (scaled(match, WAN_YUAN_PLACES, WAN_YUAN_PLACES) as Fen | null) : null;
}

/** "-70", "30.5%", "+60％" → bp; at most 2 decimals (one bp); null for anything else. */
export function bpFromPercentText(text: string): BasisPoints | null {
  const match = PERCENT_TEXT.exec(text.normalize('NFKC').trim());
  return match ? (scaled(match, PERCENT_PLACES, PERCENT_PLACES) as BasisPoints | null) : null;
}
