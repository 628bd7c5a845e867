// The reference case's parties, minimum wage and legal basis for the templates, built from the sample
// enterprise and people (shared/sample) and the shipped minimum-wage data (shared/regions).
import { type IsoDate } from '../shared/dates/isoDate';
import type { PersonInput } from '../shared/enterprise/model';
import { minimumWageFor } from '../shared/regions/minimumWage';
import { fujianMinimumWageTables, fujianTierAssignments } from '../shared/regions/minimumWageTiers';
import { regionByCode } from '../shared/regions/region';
import { referenceEnterpriseInput, referencePeopleInputs, referenceRegionCode, sampleAssumptions } from '../shared/sample/referenceEnterprise';
import { minimumWageIncludesSocialInsurance } from '../shared/wage/minimumWageInclusion';
import type { MinimumWageView, NegotiatorView, PartiesView, SideView, ViewAssumption } from './viewModel';

/** Assumed: the report does not name the filing authority; this is the usual name of 福鼎's labour bureau. */
const LABOUR_AUTHORITY = '福鼎市人力资源和社会保障局';

function negotiator(p: PersonInput): NegotiatorView {
  return { name: p.name, post: p.post ?? '' };
}

function side(people: readonly PersonInput[], which: 'workers' | 'employer'): SideView {
  const own = people.filter((p) => p.side === which);
  const chief = own.find((p) => p.role === 'chief');
  if (!chief) throw new Error(`reference sample has no ${which} chief`);
  return {
    label: which === 'workers' ? '职工方' : '企业方',
    chief: negotiator(chief),
    members: own.filter((p) => p !== chief).map(negotiator),
    // The default of the rules (REP-04, REP-07); the report does not say how they were chosen.
    chosenBy: which === 'workers' ? '由工会推选' : '由法定代表人指派',
  };
}

export function referenceParties(): PartiesView {
  const e = referenceEnterpriseInput();
  const people = referencePeopleInputs();
  const recorder = people.find((p) => p.role === 'recorder');
  return {
    enterprise: {
      name: e.name,
      creditCode: e.creditCode,
      address: e.address ?? '',
      economicType: e.economicType ?? '',
      legalRepresentative: e.legalRepresentative,
      headcount: e.headcount,
      womenCount: e.womenCount ?? null,
      industry: e.industry ?? '',
      regionName: regionByCode(e.regionCode)?.fullName ?? e.regionCode,
    },
    unionName: e.unionName ?? `${e.name}工会`,
    unionChair: e.unionChair ?? '',
    employer: side(people, 'employer'),
    workers: side(people, 'workers'),
    recorder: recorder?.name ?? null,
    witness: e.witnessFederation || null,
    labourAuthority: LABOUR_AUTHORITY,
  };
}

/** Fuding's minimum wage on `date` from the shipped tables; throws if the data cannot answer (a bug here). */
export function referenceMinimumWage(date: IsoDate): MinimumWageView {
  const found = minimumWageFor(referenceRegionCode, date, fujianMinimumWageTables, fujianTierAssignments);
  if ('unknown' in found) throw new Error(`no minimum wage for ${referenceRegionCode} on ${date}`);
  return {
    regionName: regionByCode(referenceRegionCode)?.name ?? referenceRegionCode,
    tier: found.tier,
    monthly: found.monthly,
    hourly: found.hourly,
    includesSocialInsurance: minimumWageIncludesSocialInsurance(found.table),
    basis: found.table.basis,
    effectiveFrom: found.table.effectiveFrom,
  };
}

/** Statutes cited in a Fujian agreement's preamble (rules.md §2.1 preamble). */
export const fujianWageLegalBasis: readonly string[] = [
  '中华人民共和国劳动法',
  '中华人民共和国劳动合同法',
  '中华人民共和国工会法',
  '集体合同规定',
  '工资集体协商试行办法',
  '福建省企业集体协商和集体合同条例',
];

/** The sample's own placeholders (shared/sample), in the view models' terms. */
export function referencePartyAssumptions(): ViewAssumption[] {
  return [
    ...sampleAssumptions.map((a) => ({
      field: a.record === 'enterprise' ? `parties.enterprise.${a.field}` : `parties.people[${a.index}].${a.field}`,
      note: a.note,
    })),
    { field: 'parties.labourAuthority', note: `Not in the report: ${LABOUR_AUTHORITY} is assumed to receive the filing.` },
    { field: 'parties.*.chosenBy', note: 'Not in the report: workers’ representatives chosen by the union, employer’s appointed by the legal representative (the rules’ default).' },
  ];
}
