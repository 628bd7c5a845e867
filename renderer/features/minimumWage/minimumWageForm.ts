// The two small forms of Settings → 最低工资标准, read from their text fields: a dated table (amounts typed
// in 元, stored in 分) and a county's tier from a date. Each field's error is an i18n key under
// minimumWage.errors; a form with any error yields no value, so nothing is saved while invalid.
import { isoDateParse } from '../../../shared/dates/isoDate';
import { type Fen, fenFromYuanText } from '../../../shared/money/fen';
import type { MinimumWageTable, MinimumWageTier, TierAssignment } from '../../../shared/regions/minimumWage';

/** Fujian has had 5 tiers (2017) and 4 (from 2020); the form offers 5. */
export const FORM_TIERS = [1, 2, 3, 4, 5] as const;

export interface TableForm {
  readonly region: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly basis: string;
  readonly monthly: readonly string[];
  readonly hourly: readonly string[];
}

export const tableFormEmpty: TableForm = { region: '35', effectiveFrom: '', effectiveTo: '', basis: '', monthly: ['', '', '', '', ''], hourly: ['', '', '', '', ''] };

export interface AssignmentForm {
  readonly regionCode: string;
  readonly tier: string;
  readonly effectiveFrom: string;
}

export const assignmentFormEmpty: AssignmentForm = { regionCode: '', tier: '', effectiveFrom: '' };

/** Field name (e.g. 'monthly.3') → i18n key of its error. */
export type FormErrors = Readonly<Record<string, string>>;
export type FormRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FormErrors };

/** 分 from 元 text; at most 1 000 000 元, as the file format allows. */
function amountRead(text: string): Fen | 'invalid' | null {
  if (!text.trim()) return null;
  const fen = fenFromYuanText(text);
  return fen === null || fen <= 0 || fen > 100_000_000 ? 'invalid' : fen;
}

export function tableFormRead(form: TableForm): FormRead<MinimumWageTable> {
  const errors: Record<string, string> = {};
  if (!/^\d{2}(\d{2}){0,2}$/.test(form.region.trim())) errors.region = 'minimumWage.errors.region';
  const from = isoDateParse(form.effectiveFrom.trim());
  if (from === null) errors.effectiveFrom = 'minimumWage.errors.date';
  const to = form.effectiveTo.trim() ? isoDateParse(form.effectiveTo.trim()) : null;
  if (form.effectiveTo.trim() && to === null) errors.effectiveTo = 'minimumWage.errors.date';
  else if (from !== null && to !== null && to < from) errors.effectiveTo = 'minimumWage.errors.periodReversed';
  const basis = form.basis.trim();
  if (!basis) errors.basis = 'minimumWage.errors.basis';
  else if (basis.length > 200) errors.basis = 'minimumWage.errors.basisLong';
  const monthly: Record<MinimumWageTier, Fen> = {};
  const hourly: Record<MinimumWageTier, Fen> = {};
  for (const [i, tier] of FORM_TIERS.entries()) {
    const m = amountRead(form.monthly[i] ?? '');
    const h = amountRead(form.hourly[i] ?? '');
    if (m === 'invalid') errors[`monthly.${tier}`] = 'minimumWage.errors.yuan';
    if (h === 'invalid') errors[`hourly.${tier}`] = 'minimumWage.errors.yuan';
    // A table lists both figures for each tier it has (part-time work is paid by the hour).
    if (m === null && typeof h === 'number') errors[`monthly.${tier}`] = 'minimumWage.errors.monthlyMissing';
    if (h === null && typeof m === 'number') errors[`hourly.${tier}`] = 'minimumWage.errors.hourlyMissing';
    if (typeof m === 'number' && typeof h === 'number') {
      monthly[tier] = m;
      hourly[tier] = h;
    }
  }
  if (Object.keys(errors).length === 0 && Object.keys(monthly).length === 0) errors['monthly.1'] = 'minimumWage.errors.noTier';
  if (Object.keys(errors).length > 0 || from === null) return { ok: false, errors };
  // Entered by the user from the published notice: the user answers for it, so it counts as read.
  return { ok: true, value: { region: form.region.trim(), effectiveFrom: from, effectiveTo: to, basis, monthly, hourly, verified: true } };
}

export function assignmentFormRead(form: AssignmentForm): FormRead<TierAssignment> {
  const errors: Record<string, string> = {};
  if (!/^\d{6}$/.test(form.regionCode) || form.regionCode.endsWith('00')) errors.regionCode = 'minimumWage.errors.county';
  const tier = Number(form.tier);
  if (!Number.isInteger(tier) || tier < 1 || tier > 9) errors.tier = 'minimumWage.errors.tier';
  const from = isoDateParse(form.effectiveFrom.trim());
  if (from === null) errors.effectiveFrom = 'minimumWage.errors.date';
  if (Object.keys(errors).length > 0 || from === null) return { ok: false, errors };
  return { ok: true, value: { regionCode: form.regionCode, tier, effectiveFrom: from, verified: true } };
}
