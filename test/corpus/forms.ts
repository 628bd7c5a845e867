// Forms: what the enterprise and person forms (and anything else calling the repositories) submit.
// Enterprise cases come either as the form's text state (converted with the form's own
// enterpriseInputFrom, so "12a" in the headcount box is what is tested) or as raw input values (the
// repository boundary, e.g. NaN or Infinity that no text box produces). Each case names the field and
// the validation.* i18n key the form shows next to it.
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { type CorpusCase, corpusLong } from './corpusCase';

const first17 = '91350982MA0000000';
/** A valid credit code (the one `validEnterpriseForm` uses). */
export const corpusCreditCode = first17 + creditCodeCheckChar(first17)!;

export const enterpriseFormFieldsCorpus = [
  'name', 'creditCode', 'regionCode', 'industry', 'headcount', 'womenCount', 'address',
  'economicType', 'legalRepresentative', 'unionName', 'unionChair', 'witnessFederation',
] as const;
export type CorpusEnterpriseForm = Record<(typeof enterpriseFormFieldsCorpus)[number], string>;

const seededFirst17 = '91350982MA0000001';
/** The credit code of the enterprise already in the store (the duplicate cases reuse it). */
export const corpusSeededCreditCode = seededFirst17 + creditCodeCheckChar(seededFirst17)!;

/** A form that saves: every case changes one or two boxes of it. */
export function validEnterpriseForm(): CorpusEnterpriseForm {
  return {
    name: '福鼎市语料测试皮革厂', creditCode: corpusCreditCode, regionCode: '350982', industry: '', headcount: '50',
    womenCount: '', address: '', economicType: '', legalRepresentative: '李四', unionName: '', unionChair: '', witnessFederation: '',
  };
}

/** The same enterprise as raw repository input. */
export function validEnterpriseRaw(): Record<string, unknown> {
  return { name: '福鼎市语料测试皮革厂', creditCode: corpusCreditCode, regionCode: '350982', headcount: 50, womenCount: null, legalRepresentative: '李四' };
}

export type EnterpriseCaseInput =
  | { readonly via: 'form'; readonly form: Partial<CorpusEnterpriseForm> }
  | { readonly via: 'raw'; readonly raw: Readonly<Record<string, unknown>> };

export interface FormCase<K extends 'form.enterprise' | 'form.person', I> extends CorpusCase<K, I> {
  /** The field the form marks, and the validation.* key it shows there. */
  readonly field: string;
  readonly key: string;
}
export type EnterpriseCase = FormCase<'form.enterprise', EnterpriseCaseInput>;

const form = (name: string, values: Partial<CorpusEnterpriseForm>, field: string, key: string): EnterpriseCase => ({
  name, kind: 'form.enterprise', input: { via: 'form', form: values }, code: 'validation', field, key,
});
const raw = (name: string, values: Record<string, unknown>, field: string, key: string): EnterpriseCase => ({
  name, kind: 'form.enterprise', input: { via: 'raw', raw: values }, code: 'validation', field, key,
});

/** `code` with position `i` replaced by `c`. */
function charAt(code: string, i: number, c: string): string {
  return code.slice(0, i) + c + code.slice(i + 1);
}
const wrongCheck = (c: string) => corpusCreditCode.slice(0, 17) + c;
const checkChar = corpusCreditCode.charAt(17);

const blankTexts: readonly [string, string][] = [
  ['empty', ''], ['spaces', '   '], ['ideographic spaces', '\u3000\u3000'], ['tab and newline', '\t\n'], ['non-breaking space', '\u00a0'],
];

const creditCodeCases: EnterpriseCase[] = [
  ...(
    [
      ['empty', ''], ['8 characters', '91350982'], ['17 characters', corpusCreditCode.slice(0, 17)], ['19 characters', `${corpusCreditCode}0`],
      ['36 characters', corpusCreditCode + corpusCreditCode], ['15-digit old registration number', '350982100012345'], ['9-character organisation code', 'MA0000000'],
    ] as const
  ).map(([what, value]) => form(`credit code: ${what}`, { creditCode: value }, 'creditCode', 'validation.creditCode.length')),
  ...['I', 'O', 'Z', 'S', 'V'].map((letter) => form(`credit code: letter ${letter} (not in the alphabet)`, { creditCode: charAt(corpusCreditCode, 10, letter) }, 'creditCode', 'validation.creditCode.characters')),
  ...(
    [
      ['lower-case i (upper-cased to I)', charAt(corpusCreditCode.toLowerCase(), 10, 'i')],
      ['full-width digits', corpusCreditCode.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
      ['emoji in place of a character', charAt(corpusCreditCode, 8, '😀').slice(0, 18)],
      ['a hyphen', charAt(corpusCreditCode, 2, '-')],
      ['Chinese characters', '统一社会信用代码统一社会信用代码统一'],
      ['a full stop', charAt(corpusCreditCode, 5, '.')],
    ] as const
  ).map(([what, value]) => form(`credit code: ${what}`, { creditCode: value }, 'creditCode', 'validation.creditCode.characters')),
  ...['0', '1', 'A', 'Y', 'X'].filter((c) => c !== checkChar).slice(0, 4)
    .map((c) => form(`credit code: check character ${c} instead of ${checkChar}`, { creditCode: wrongCheck(c) }, 'creditCode', 'validation.creditCode.checksum')),
  form('credit code: two digits swapped', { creditCode: charAt(charAt(corpusCreditCode, 2, corpusCreditCode.charAt(3)), 3, corpusCreditCode.charAt(2)) }, 'creditCode', 'validation.creditCode.checksum'),
  form('credit code: already used by another enterprise', { creditCode: corpusSeededCreditCode }, 'creditCode', 'validation.creditCode.duplicate'),
  form('credit code: already used, typed in lower case', { creditCode: corpusSeededCreditCode.toLowerCase() }, 'creditCode', 'validation.creditCode.duplicate'),
  form('credit code: already used, typed with spaces', { creditCode: corpusSeededCreditCode.replace(/(.{6})/g, '$1 ') }, 'creditCode', 'validation.creditCode.duplicate'),
  form('credit code: region digits changed', { creditCode: charAt(corpusCreditCode, 7, '1') }, 'creditCode', 'validation.creditCode.checksum'),
];

const regionCases: EnterpriseCase[] = (
  [
    ['empty', ''], ['5 digits', '35098'], ['7 digits', '3509820'], ['letters', 'abcdef'], ['letter O for zero', '35O982'],
    ['leading space', ' 350982'], ['full-width digits', '３５０９８２'], ['trailing newline', '350982\n'], ['negative', '-35098'],
    ['a place name', '福鼎市'], ['decimal', '350.98'],
  ] as const
).map(([what, value]) => form(`region code: ${what}`, { regionCode: value }, 'regionCode', 'validation.regionCode'));

const headcountTextCases: EnterpriseCase[] = (
  [
    ['empty', '', 'validation.integer'], ['-1', '-1', 'validation.integer'], ['1.5', '1.5', 'validation.integer'], ['12a', '12a', 'validation.integer'],
    ['NaN', 'NaN', 'validation.integer'], ['Infinity', 'Infinity', 'validation.integer'], ['1e9', '1e9', 'validation.integer'],
    ['Chinese numerals', '五十', 'validation.integer'], ['full-width digits', '５０', 'validation.integer'], ['above 1 000 000', '1000001', 'validation.tooLarge'],
    ['a billion', '1000000000', 'validation.tooLarge'], ['a plus sign', '+50', 'validation.integer'], ['hexadecimal', '0x32', 'validation.integer'],
  ] as const
).map(([what, value, key]) => form(`headcount box: ${what}`, { headcount: value }, 'headcount', key));

const headcountRawCases: EnterpriseCase[] = (
  [
    ['-1', -1, 'validation.nonNegative'], ['1.5', 1.5, 'validation.integer'], ['NaN', Number.NaN, 'validation.integer'],
    ['Infinity', Number.POSITIVE_INFINITY, 'validation.integer'], ['-Infinity', Number.NEGATIVE_INFINITY, 'validation.integer'],
    ['1e9', 1e9, 'validation.tooLarge'], ['text "12"', '12', 'validation.integer'], ['null', null, 'validation.integer'],
    ['missing', undefined, 'validation.integer'], ['a boolean', true, 'validation.integer'], ['MAX_VALUE (not a safe integer)', Number.MAX_VALUE, 'validation.integer'],
  ] as const
).map(([what, value, key]) => raw(`headcount value: ${what}`, { headcount: value }, 'headcount', key));

const womenCases: EnterpriseCase[] = [
  form('women: more than the headcount', { headcount: '50', womenCount: '51' }, 'womenCount', 'validation.womenAboveHeadcount'),
  form('women: some with a headcount of 0', { headcount: '0', womenCount: '1' }, 'womenCount', 'validation.womenAboveHeadcount'),
  form('women box: -1', { womenCount: '-1' }, 'womenCount', 'validation.integer'),
  form('women box: text', { womenCount: '一半' }, 'womenCount', 'validation.integer'),
  form('women box: 2.5', { womenCount: '2.5' }, 'womenCount', 'validation.integer'),
  raw('women value: -1', { womenCount: -1 }, 'womenCount', 'validation.nonNegative'),
  raw('women value: 2.5', { womenCount: 2.5 }, 'womenCount', 'validation.integer'),
  raw('women value: 1e7', { womenCount: 1e7 }, 'womenCount', 'validation.tooLarge'),
  raw('women value: NaN', { womenCount: Number.NaN }, 'womenCount', 'validation.integer'),
  raw('women value: far more than the headcount', { headcount: 10, womenCount: 1000 }, 'womenCount', 'validation.womenAboveHeadcount'),
];

const textCases: EnterpriseCase[] = [
  ...blankTexts.map(([what, value]) => form(`name: ${what}`, { name: value }, 'name', 'validation.required')),
  ...blankTexts.slice(0, 3).map(([what, value]) => form(`legal representative: ${what}`, { legalRepresentative: value }, 'legalRepresentative', 'validation.required')),
  form('name: 101 characters', { name: corpusLong(101) }, 'name', 'validation.tooLong'),
  form('name: 10 000 characters', { name: corpusLong(10_000) }, 'name', 'validation.tooLong'),
  form('name: 10 000 emoji', { name: corpusLong(10_000, '😀') }, 'name', 'validation.tooLong'),
  form('legal representative: 51 characters', { legalRepresentative: corpusLong(51) }, 'legalRepresentative', 'validation.tooLong'),
  form('industry: 101 characters', { industry: corpusLong(101) }, 'industry', 'validation.tooLong'),
  form('address: 201 characters', { address: corpusLong(201) }, 'address', 'validation.tooLong'),
  form('economic type: 51 characters', { economicType: corpusLong(51) }, 'economicType', 'validation.tooLong'),
  form('union name: 101 characters', { unionName: corpusLong(101) }, 'unionName', 'validation.tooLong'),
  form('union chair: 51 characters', { unionChair: corpusLong(51) }, 'unionChair', 'validation.tooLong'),
  form('witness federation: 10 000 characters', { witnessFederation: corpusLong(10_000) }, 'witnessFederation', 'validation.tooLong'),
];

export const enterpriseCases: readonly EnterpriseCase[] = [
  ...creditCodeCases, ...regionCases, ...headcountTextCases, ...headcountRawCases, ...womenCases, ...textCases,
];

/**
 * Former gaps, not counted in the corpus: values that are not text (no form produces them; a file or a
 * script may) once got zod's English default message. model.ts now gives every field a type message.
 */
export const enterpriseTypeGaps: readonly EnterpriseCase[] = [
  raw('name value: null', { name: null }, 'name', 'validation.required'),
  raw('name value: a number', { name: 123 }, 'name', 'validation.required'),
  raw('legal representative: missing', { legalRepresentative: undefined }, 'legalRepresentative', 'validation.required'),
  raw('credit code value: null', { creditCode: null }, 'creditCode', 'validation.creditCode.length'),
  raw('region code value: a number', { regionCode: 350982 }, 'regionCode', 'validation.regionCode'),
];

/** Former gap, not counted: a six-digit code in no known province (999999) was once saved. */
export const enterpriseUnknownRegionGaps: readonly EnterpriseCase[] = [
  form('region code: unknown county 999999', { regionCode: '999999' }, 'regionCode', 'validation.regionCode'),
];

export type PersonCase = FormCase<'form.person', Readonly<Record<string, unknown>>>;

/** A person that saves (on the workers' side). */
export function validPersonInput(): Record<string, unknown> {
  return { name: '张三', side: 'workers', role: 'member', post: '', phone: '', hasAuthorization: false, note: '' };
}

const person = (name: string, values: Record<string, unknown>, field: string, key: string): PersonCase => ({
  name, kind: 'form.person', input: values, code: 'validation', field, key,
});

export const personCases: readonly PersonCase[] = [
  ...blankTexts.map(([what, value]) => person(`name: ${what}`, { name: value }, 'name', 'validation.required')),
  person('name: 51 characters', { name: corpusLong(51) }, 'name', 'validation.tooLong'),
  person('name: 10 000 characters', { name: corpusLong(10_000) }, 'name', 'validation.tooLong'),
  person('post: 101 characters', { post: corpusLong(101) }, 'post', 'validation.tooLong'),
  person('note: 501 characters', { note: corpusLong(501) }, 'note', 'validation.tooLong'),
  ...(
    [
      ['letters', 'abc'], ['too short', '123'], ['too long', '1'.repeat(25)], ['Chinese', '一三八零零零零零零零零'], ['brackets', '(0593) 1234567'],
      ['an extension', '0593-1234567 ext 8'], ['two numbers', '13800000000/13900000000'], ['plus in the middle', '138+00000000'],
      ['ends in a dash', '138-0000-0000-'], ['an e-mail', 'zhangsan@example.com'], ['full-width digits', '１３８００００００００'],
    ] as const
  ).map(([what, value]) => person(`phone: ${what}`, { phone: value }, 'phone', 'validation.phone')),
  ...(['chief', 'member', 'expert'] as const).map((role) => person(`neutral side as ${role}`, { side: 'neutral', role }, 'side', 'validation.recorderNeutral')),
  ...(['workers', 'employer'] as const).map((side) => person(`recorder on the ${side}' side`, { side, role: 'recorder' }, 'side', 'validation.recorderNeutral')),
  ...(
    [
      ['side: unknown', { side: 'union' }, 'side'], ['side: empty', { side: '' }, 'side'], ['side: missing', { side: undefined }, 'side'],
      ['side: Chinese label', { side: '职工方' }, 'side'], ['side: upper case', { side: 'WORKERS' }, 'side'],
      ['role: unknown', { role: 'boss' }, 'role'], ['role: empty', { role: '' }, 'role'], ['role: missing', { role: undefined }, 'role'], ['role: a number', { role: 1 }, 'role'],
    ] as const
  ).map(([what, values, field]) => person(what, values, field, 'validation.choice')),
];

/** Known gaps as for enterprises: non-string or non-boolean values get zod's English default message. */
export const personTypeGaps: readonly PersonCase[] = [
  person('name value: missing', { name: undefined }, 'name', 'validation.required'),
  person('phone value: a number', { phone: 13800000000 }, 'phone', 'validation.phone'),
  person('authorization: the text "yes"', { hasAuthorization: 'yes' }, 'hasAuthorization', 'validation.choice'),
];
