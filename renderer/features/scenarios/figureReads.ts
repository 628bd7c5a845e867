// How each kind of figure on the scenarios screen is read from text and written back, with the i18n
// key of each error. Limits are those of the case file (shared/wage/caseFile.ts).
import { type Fen, fenFromYuanText } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import { bpFromPercentText, fenFromWanYuanText } from '../../../shared/money/amountText';
import { percentInputText, wanYuanInputText, yuanInputText } from '../../../shared/format/inputText';
import type { FigureRead } from './FigureInput';

/** 10^13 分 (1000 亿元), the case file's cap on any amount. */
const FEN_MAX = 1e13;
const WORKERS_MAX = 1_000_000;

function blank(text: string, optional: boolean): FigureRead | null {
  if (text.trim() !== '') return null;
  return optional ? { value: null } : { error: 'scenarios.errors.required' };
}

function amountChecked(amount: number | null, unreadable: string): FigureRead {
  if (amount === null) return { error: unreadable };
  if (amount <= 0) return { error: 'scenarios.errors.positive' };
  if (amount > FEN_MAX) return { error: 'scenarios.errors.tooLarge' };
  return { value: amount };
}

/** 元 per month ("1570", "1,570.50", "1570元"). */
export const yuanRead = (optional: boolean) => (text: string): FigureRead =>
  blank(text, optional) ?? amountChecked(fenFromYuanText(text), 'scenarios.errors.yuan');

/** Output in 万元 ("2700", "2,700.5万元"). */
export const wanYuanRead = (optional: boolean) => (text: string): FigureRead =>
  blank(text, optional) ?? amountChecked(fenFromWanYuanText(text), 'scenarios.errors.wanYuan');

/** A quarter-on-quarter change in % ("-70", "+30.5%"): above −100 %, at most +10 000 %. */
export function changeRead(text: string): FigureRead {
  const empty = blank(text, false);
  if (empty) return empty;
  const rate = bpFromPercentText(text);
  if (rate === null) return { error: 'scenarios.errors.percent' };
  if (rate <= -10_000) return { error: 'scenarios.errors.changeTooLow' };
  if (rate > 1_000_000) return { error: 'scenarios.errors.tooLarge' };
  return { value: rate };
}

/** A labour-cost share in % (0.01 – 100); blank for none. */
export function shareRead(text: string): FigureRead {
  const empty = blank(text, true);
  if (empty) return empty;
  const rate = bpFromPercentText(text);
  if (rate === null) return { error: 'scenarios.errors.percent' };
  if (rate < 1 || rate > 10_000) return { error: 'scenarios.errors.shareRange' };
  return { value: rate };
}

/** A count of workers: a whole number, 0 or more. */
export function countRead(text: string): FigureRead {
  const trimmed = text.normalize('NFKC').trim().replace(/[,\s]/g, '');
  if (trimmed === '') return { error: 'scenarios.errors.required' };
  if (!/^\d+$/.test(trimmed)) return { error: 'scenarios.errors.count' };
  const n = Number(trimmed);
  return n > WORKERS_MAX ? { error: 'scenarios.errors.tooLarge' } : { value: n };
}

export const yuanText = (value: number | null): string => (value === null ? '' : yuanInputText(value as Fen));
export const wanYuanText = (value: number | null): string => (value === null ? '' : wanYuanInputText(value as Fen));
export const percentText = (value: number | null): string => (value === null ? '' : percentInputText(value as BasisPoints));
export const countText = (value: number | null): string => (value === null ? '' : String(value));
