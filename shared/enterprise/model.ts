// Enterprise and people records, and the rules a form must pass before anything is saved.
// Validation messages are i18n keys (renderer/i18n), so the same rules speak Chinese or English.
import { z } from 'zod';
import { creditCodeNormalize, creditCodeProblem } from './creditCode';
import { regionProvinceOf } from '../regions/region';
import { textLimits } from '../text/textLimits';

export type EnterpriseId = string & { readonly __brand: 'EnterpriseId' };
export type PersonId = string & { readonly __brand: 'PersonId' };

/**
 * GB/T 2260 code: six digits, in a province the app knows. A code the county list lacks (a division created
 * after the shipped list) is accepted when its province is known, rather than refused.
 */
const regionCode = z
  .string({ message: 'validation.regionCode' })
  .regex(/^\d{6}$/, 'validation.regionCode')
  .refine((code) => regionProvinceOf(code) !== undefined, 'validation.regionUnknown');
// Type messages too: a value that is not text (from a file or a script, never from the form) must still
// be answered in the user's language.
const requiredText = (max: number) =>
  z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string({ message: 'validation.text' }).trim().max(max, 'validation.tooLong').default('');

export const creditCodeField = z
  .string({ message: 'validation.creditCode.characters' })
  .transform(creditCodeNormalize)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.creditCode.${problem}` });
  });

/** What the enterprise form submits. Parsing normalises (trims, upper-cases the credit code). */
export const enterpriseInput = z.object({
  name: requiredText(textLimits.enterpriseName),
  creditCode: creditCodeField,
  regionCode,
  industry: optionalText(100),
  /** Total staff; women among them (the wage agreement's header asks for both). */
  headcount: z.number({ message: 'validation.integer' }).int('validation.integer').min(0, 'validation.nonNegative').max(1_000_000, 'validation.tooLarge'),
  womenCount: z.number({ message: 'validation.integer' }).int('validation.integer').min(0, 'validation.nonNegative').max(1_000_000, 'validation.tooLarge').nullable().default(null),
  address: optionalText(200),
  economicType: optionalText(50),
  legalRepresentative: requiredText(textLimits.personName),
  unionName: optionalText(100),
  unionChair: optionalText(textLimits.personName),
  witnessFederation: optionalText(100),
}).refine((e) => e.womenCount === null || e.womenCount <= e.headcount, {
  message: 'validation.womenAboveHeadcount',
  path: ['womenCount'],
});
export type EnterpriseInput = z.input<typeof enterpriseInput>;
export type EnterpriseFields = z.output<typeof enterpriseInput>;

export interface Enterprise extends EnterpriseFields {
  readonly id: EnterpriseId;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The stored profile's revision (one more with every write), when read from storage: what an edit was based on. */
  readonly revision?: number;
}

export const personSides = ['workers', 'employer', 'neutral'] as const;
export type PersonSide = (typeof personSides)[number];
/** chief = 首席代表, member = 协商代表, expert = outside professional (≤ 1/3 of a side, CCR 23), recorder = 记录员 (not a negotiator, CCR 33). */
export const personRoles = ['chief', 'member', 'expert', 'recorder'] as const;
export type PersonRole = (typeof personRoles)[number];

export const personInput = z.object({
  name: requiredText(textLimits.personName),
  side: z.enum(personSides, { message: 'validation.choice' }),
  role: z.enum(personRoles, { message: 'validation.choice' }),
  /** Post or job, e.g. 仓库保管员, 总经理. */
  post: optionalText(100),
  phone: z.string({ message: 'validation.phone' }).trim().regex(/^(\+?\d[\d -]{5,18}\d)?$/, 'validation.phone').default(''),
  /** A written appointment (委托书) is on file: needed for an appointed chief or an outside expert. */
  hasAuthorization: z.boolean({ message: 'validation.choice' }).default(false),
  note: optionalText(500),
}).refine((p) => (p.role === 'recorder') === (p.side === 'neutral'), {
  message: 'validation.recorderNeutral',
  path: ['side'],
});
export type PersonInput = z.input<typeof personInput>;
export type PersonFields = z.output<typeof personInput>;

export interface Person extends PersonFields {
  readonly id: PersonId;
  readonly enterpriseId: EnterpriseId;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Field → first i18n message key, for showing errors next to inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
