// The reference case's enterprise and representatives as form inputs, built from referenceCase.json.
// Whatever the report does not give is a placeholder and is listed in `sampleAssumptions`.
import { creditCodeCheckChar } from '../enterprise/creditCode';
import type { EnterpriseInput, PersonInput } from '../enterprise/model';
import referenceCase from './referenceCase.json';

const reported = referenceCase.enterprise;

/** The Chinese name in a JSON value such as "熊仕荣 (warehouse keeper)". */
function nameOnly(value: string): string {
  return value.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** GB/T 2260 code of 福鼎市 (a county-level city of 宁德市, Fujian). */
export const referenceRegionCode = '350982';

/**
 * Assumed: the report gives no credit code. Registering authority 9 (market regulation), entity type 1
 * (enterprise), the region, and an all-zero organisation code nobody holds, with a correct check character.
 */
export const referenceCreditCode: string = (() => {
  const first17 = `91${referenceRegionCode}000000000`;
  return first17 + creditCodeCheckChar(first17)!;
})();

/** Assumed: the report does not give the headcount; the user enters the real figure. */
export const referenceHeadcountAssumed = 120;

export interface SampleAssumption {
  readonly record: 'enterprise' | 'person';
  /** For people: the position in `referencePeopleInputs()`. */
  readonly index?: number;
  /** Field of EnterpriseInput / PersonInput (also its i18n key under enterpriseForm.* or people.*). */
  readonly field: string;
  /** Developer-facing: why the value is a placeholder. */
  readonly note: string;
}

export function referenceEnterpriseInput(): EnterpriseInput {
  const { province, city, zone } = reported.location;
  return {
    name: reported.name_zh,
    creditCode: referenceCreditCode,
    regionCode: referenceRegionCode,
    industry: reported.industry_zh,
    headcount: reported.workforce.headcount ?? referenceHeadcountAssumed,
    womenCount: null, // not reported: left unknown rather than guessed
    address: `${province}${city}${zone}`,
    economicType: '',
    legalRepresentative: reported.people.chairman,
    unionName: `${reported.name_zh}工会`,
    unionChair: reported.people.union_chair,
    witnessFederation: nameOnly(reported.witness),
  };
}

/** Placeholder names: plainly not real people, so nobody mistakes them for the report's. */
const employerMemberA = '企业方代表甲（待填）';
const employerMemberB = '企业方代表乙（待填）';
const recorderPlaceholder = '记录员（待填）';

/** Three a side (CCR 19: equal numbers, at least 3 each), one chief each, and a neutral recorder. */
export function referencePeopleInputs(): PersonInput[] {
  const people = reported.people;
  return [
    { name: people.union_chair, side: 'workers', role: 'chief', post: '工会主席' },
    { name: nameOnly(people.worker_side_representative), side: 'workers', role: 'member', post: '仓库保管员' },
    { name: nameOnly(people.worker_example), side: 'workers', role: 'member', post: '贴合工' },
    {
      name: people.general_manager_and_employer_chief_representative,
      side: 'employer',
      role: 'chief',
      post: '总经理',
      hasAuthorization: true, // assumed: see sampleAssumptions
    },
    { name: employerMemberA, side: 'employer', role: 'member' },
    { name: employerMemberB, side: 'employer', role: 'member' },
    { name: recorderPlaceholder, side: 'neutral', role: 'recorder' },
  ];
}

export const sampleAssumptions: readonly SampleAssumption[] = [
  { record: 'enterprise', field: 'creditCode', note: 'Not in the report: a valid-format placeholder with region 350982 and a zero organisation code.' },
  { record: 'enterprise', field: 'headcount', note: `Not in the report: ${referenceHeadcountAssumed} is a placeholder.` },
  { record: 'enterprise', field: 'legalRepresentative', note: 'The report names 冯宪有 as chairman; taking him as legal representative is an assumption.' },
  { record: 'enterprise', field: 'unionName', note: 'Not in the report: the usual form "<enterprise name>工会".' },
  { record: 'person', index: 3, field: 'hasAuthorization', note: 'The general manager is the employer chief, so a written appointment is needed (CCR 21); the report does not mention it.' },
  { record: 'person', index: 4, field: 'name', note: 'Not in the report: an employer representative added so both sides have three (CCR 19).' },
  { record: 'person', index: 5, field: 'name', note: 'Not in the report: an employer representative added so both sides have three (CCR 19).' },
  { record: 'person', index: 6, field: 'name', note: 'Not in the report: the recorder.' },
];
