// A sector round seen as the one-enterprise procedure screens see an enterprise and its people: the
// procedure view (negotiations/RecordView) takes an Enterprise and Person records, and a sector round has
// parties, members and its own representatives instead.
import type { Enterprise, EnterpriseId, Person, PersonId } from '../../../shared/enterprise/model';
import type { ProcedureRecordInput } from '../../../shared/procedure/record';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';

/** The employers' party names the "enterprise"; its county is the one whose rules and calendar apply. */
export function sectorRoundEnterprise(agreement: SectorAgreement, regionCode: string): Enterprise {
  return {
    id: agreement.id as EnterpriseId,
    name: agreement.employersParty.name,
    creditCode: '',
    regionCode,
    industry: agreement.scope,
    headcount: agreement.members.reduce((sum, m) => sum + m.headcount, 0),
    womenCount: null,
    address: '',
    economicType: '',
    legalRepresentative: agreement.employersParty.chief,
    unionName: agreement.workersParty.name,
    unionChair: agreement.workersParty.chief,
    witnessFederation: '',
    createdAt: '',
    updatedAt: '',
  };
}

export function sectorRoundPeople(agreement: SectorAgreement): Person[] {
  return agreement.people.map(({ memberCreditCode: _member, ...p }) => ({ ...p, id: p.id as PersonId, enterpriseId: agreement.id as EnterpriseId, createdAt: '', updatedAt: '' }));
}

/** The county the procedure follows by default: the first member's, or none. */
export function sectorRoundCounty(agreement: SectorAgreement): string {
  return agreement.procedure?.regionCode ?? agreement.members[0]?.regionCode ?? '';
}

/** A blank wage-agreement record for the round in `regionCode`, with the agreement's term (TRM-01 reads it). */
export function sectorRoundRecordNew(agreement: SectorAgreement, regionCode: string): ProcedureRecordInput {
  return { kind: 'wage-agreement', regionCode, title: agreement.title, enterpriseName: agreement.employersParty.name, term: { from: agreement.term.from, to: agreement.term.to } };
}
