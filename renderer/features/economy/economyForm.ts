// Reading the three small forms of Settings → 工资指导线与经济数据 into figures. Only the fields are read
// here (each error a message key); the card checks the whole file (regions, overlaps, negatives) before storing.
import type { AverageWage, ConsumerPrices, EconomySource, WageGuideline } from '../../../shared/economy/economy';
import { type IsoDate, isoDateParse } from '../../../shared/dates/isoDate';
import { bpFromPercentText } from '../../../shared/money/amountText';
import { fenFromYuanText } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';

export type FormErrors = Readonly<Record<string, string>>;
type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FormErrors };

export interface CommonForm {
  readonly region: string;
  readonly year: string;
  readonly sourceTitle: string;
  readonly sourceAt: string;
  readonly verified: boolean;
}
export interface GuidelineForm extends CommonForm {
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly baseline: string;
  readonly upper: string;
  readonly lower: string;
}
export interface PricesForm extends CommonForm {
  readonly change: string;
}
export interface AverageForm extends CommonForm {
  readonly annual: string;
}

const commonEmpty: CommonForm = { region: '', year: '', sourceTitle: '', sourceAt: '', verified: false };
export const guidelineFormEmpty: GuidelineForm = { ...commonEmpty, effectiveFrom: '', effectiveTo: '', baseline: '', upper: '', lower: '' };
export const pricesFormEmpty: PricesForm = { ...commonEmpty, change: '' };
export const averageFormEmpty: AverageForm = { ...commonEmpty, annual: '' };

const K = 'economy.errors.';

function commonRead(form: CommonForm, errors: Record<string, string>) {
  const region = form.region.trim();
  if (!/^\d{2}(\d{2}){0,2}$/.test(region)) errors.region = `${K}region`;
  const year = /^\d{4}$/.test(form.year.trim()) ? Number(form.year.trim()) : null;
  if (year === null) errors.year = `${K}year`;
  const title = form.sourceTitle.trim();
  if (title === '' || title.length > 300) errors.sourceTitle = `${K}source`;
  // What the user typed in is their own reading: a reproduction unless they checked the official text.
  const source: EconomySource = { title, number: null, date: null, readAt: form.sourceAt.trim() || '用户录入', kind: form.verified ? 'notice' : 'reproduction' };
  return { region, year: year ?? 0, verified: form.verified, source };
}

/** A percentage, or null for an empty optional field; undefined when unreadable. */
function percent(text: string, optional: boolean): BasisPoints | null | undefined {
  if (optional && text.trim() === '') return null;
  return bpFromPercentText(text) ?? undefined;
}

export function guidelineFormRead(form: GuidelineForm): Read<WageGuideline> {
  const errors: Record<string, string> = {};
  const common = commonRead(form, errors);
  const from = isoDateParse(form.effectiveFrom.trim());
  if (from === null) errors.effectiveFrom = `${K}date`;
  const to = form.effectiveTo.trim() === '' ? null : isoDateParse(form.effectiveTo.trim());
  if (form.effectiveTo.trim() !== '' && to === null) errors.effectiveTo = `${K}date`;
  const baseline = percent(form.baseline, false);
  const upper = percent(form.upper, true);
  const lower = percent(form.lower, true);
  if (baseline === undefined || baseline === null) errors.baseline = `${K}percent`;
  if (upper === undefined) errors.upper = `${K}percent`;
  if (lower === undefined) errors.lower = `${K}percent`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { ...common, effectiveFrom: from as IsoDate, effectiveTo: to, baseline: baseline as BasisPoints, upper: upper ?? null, lower: lower ?? null },
  };
}

export function pricesFormRead(form: PricesForm): Read<ConsumerPrices> {
  const errors: Record<string, string> = {};
  const common = commonRead(form, errors);
  const change = bpFromPercentText(form.change);
  if (change === null) errors.change = `${K}percent`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...common, change: change! } };
}

export function averageFormRead(form: AverageForm): Read<AverageWage> {
  const errors: Record<string, string> = {};
  const common = commonRead(form, errors);
  const annual = fenFromYuanText(form.annual);
  if (annual === null) errors.annual = `${K}yuan`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...common, annual: annual! } };
}
