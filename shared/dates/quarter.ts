// Calendar quarters as 'YYYY-Qn' (2020-Q1 = January–March 2020): the unit in which output and wage
// scenarios are modelled. Four-digit years make string order the same as quarter order.
import { type IsoDate, isoDateFromParts, isoDateParts } from './isoDate';

export type Quarter = string & { readonly __brand: 'Quarter' };
export type QuarterNumber = 1 | 2 | 3 | 4;

export interface QuarterParts {
  readonly year: number;
  readonly quarter: QuarterNumber;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const LAST_INDEX = 9999 * 4 + 3;

/** Quarters counted from 0000-Q1, so neighbours differ by one. */
function quarterIndex(q: Quarter): number {
  const { year, quarter } = quarterParts(q);
  return year * 4 + quarter - 1;
}

function quarterFromIndex(index: number): Quarter {
  if (!Number.isSafeInteger(index) || index < 0 || index > LAST_INDEX) {
    throw new RangeError('quarter outside years 0000–9999');
  }
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}` as Quarter;
}

/** 'YYYY-Qn' with n in 1–4, or null. */
export function quarterParse(text: string): Quarter | null {
  return QUARTER.test(text) ? (text as Quarter) : null;
}

/** For literals in code and data: the quarter, or RangeError. */
export function quarter(text: string): Quarter {
  const q = quarterParse(text);
  if (q === null) throw new RangeError(`not a quarter (YYYY-Qn): ${text}`);
  return q;
}

export function quarterParts(q: Quarter): QuarterParts {
  return { year: Number(q.slice(0, 4)), quarter: Number(q.charAt(6)) as QuarterNumber };
}

export function quarterOf(date: IsoDate): Quarter {
  const { year, month } = isoDateParts(date);
  return quarterFromIndex(year * 4 + Math.floor((month - 1) / 3));
}

/** First day of the quarter. */
export function quarterStart(q: Quarter): IsoDate {
  const { year, quarter: n } = quarterParts(q);
  return isoDateFromParts(year, (n - 1) * 3 + 1, 1) as IsoDate;
}

/** Last day of the quarter (inclusive). */
export function quarterEnd(q: Quarter): IsoDate {
  const { year, quarter: n } = quarterParts(q);
  // March and December have 31 days, June and September 30.
  return isoDateFromParts(year, n * 3, n === 1 || n === 4 ? 31 : 30) as IsoDate;
}

/** RangeError after 9999-Q4. */
export function quarterNext(q: Quarter): Quarter {
  return quarterFromIndex(quarterIndex(q) + 1);
}

/** RangeError before 0000-Q1. */
export function quarterPrevious(q: Quarter): Quarter {
  return quarterFromIndex(quarterIndex(q) - 1);
}

/** Every quarter from `from` to `to`, both included; empty when `from` is later than `to`. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) out.push(quarterFromIndex(i));
  return out;
}

/** -1, 0 or 1; the same order as comparing the strings. */
export function quarterCompare(a: Quarter, b: Quarter): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
