// The enterprise form's text state and its conversion to the input the core validates.
// Numbers stay text while typing so that "12a" is reported, not silently dropped.
import type { Enterprise, EnterpriseInput } from '../../../shared/enterprise/model';

export const enterpriseTextFields = [
  'name', 'creditCode', 'regionCode', 'industry', 'headcount', 'womenCount', 'address',
  'economicType', 'legalRepresentative', 'unionName', 'unionChair', 'witnessFederation',
] as const;
export type EnterpriseFormField = (typeof enterpriseTextFields)[number];
export type EnterpriseFormState = Record<EnterpriseFormField, string>;

export function enterpriseFormEmpty(): EnterpriseFormState {
  return Object.fromEntries(enterpriseTextFields.map((f) => [f, ''])) as EnterpriseFormState;
}

export function enterpriseFormFrom(e: Enterprise): EnterpriseFormState {
  return {
    ...enterpriseFormEmpty(),
    name: e.name, creditCode: e.creditCode, regionCode: e.regionCode, industry: e.industry,
    headcount: String(e.headcount), womenCount: e.womenCount === null ? '' : String(e.womenCount),
    address: e.address, economicType: e.economicType, legalRepresentative: e.legalRepresentative,
    unionName: e.unionName, unionChair: e.unionChair, witnessFederation: e.witnessFederation,
  };
}

/** Text → number for count fields: blank and non-integers become NaN so the validator names the field. */
function countFrom(text: string): number {
  const trimmed = text.trim().replace(/[,，\s]/g, '');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function enterpriseInputFrom(form: EnterpriseFormState): EnterpriseInput {
  return {
    ...form,
    headcount: countFrom(form.headcount),
    womenCount: form.womenCount.trim() === '' ? null : countFrom(form.womenCount),
  };
}

/** A field this window's form and the stored profile disagree on, as text on each side. */
export interface EnterpriseFormDifference {
  readonly field: EnterpriseFormField;
  readonly mine: string;
  readonly theirs: string;
}

/** The fields that differ, in the form's order; blanks and surrounding spaces count as the same text. */
export function enterpriseFormDifferences(mine: EnterpriseFormState, theirs: EnterpriseFormState): EnterpriseFormDifference[] {
  return enterpriseTextFields
    .filter((field) => mine[field].trim() !== theirs[field].trim())
    .map((field) => ({ field, mine: mine[field].trim(), theirs: theirs[field].trim() }));
}

/** Whether the form still holds exactly the profile it was filled from (nothing typed since). */
export function enterpriseFormUnchanged(form: EnterpriseFormState, from: Enterprise): boolean {
  return enterpriseFormDifferences(form, enterpriseFormFrom(from)).length === 0;
}
