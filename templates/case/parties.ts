// The parties of a round's documents: the enterprise, the union, each side's chief and representatives,
// the recorder and the witness. The round's procedure record says who sits at the table; before it does,
// the enterprise's people list by side and role. A side without a chief cannot sign: that is missing.
import type { CasePerson } from '../../shared/case/caseFile';
import type { Representative } from '../../shared/procedure/record';
import type { NegotiatorView, PartiesView, SideView } from '../viewModel';
import { type CaseData, personById, regionFullName } from './caseData';
import type { Needs } from './needs';

type Side = 'workers' | 'employer';

const sideLabel: Readonly<Record<Side, string>> = { workers: '职工方', employer: '企业方' };

/** How the side was chosen (rules.md REP-04, REP-07), in the header's words. */
function chosenByText(side: Side, chief: Representative | undefined, unionExists: boolean): string {
  const how = chief?.chosenBy ?? (side === 'employer' ? 'appointment' : unionExists ? 'union' : 'election');
  if (how === 'union') return '由工会推选';
  if (how === 'election') return '由职工民主推举';
  return side === 'employer' ? '由法定代表人指派' : '由首席代表书面指派';
}

function negotiator(name: string, person: CasePerson | undefined): NegotiatorView {
  return { name, post: person?.post ?? '' };
}

function sideFromRepresentatives(data: CaseData, side: Side): { chief: NegotiatorView | null; members: NegotiatorView[]; chiefRep: Representative | undefined } {
  const reps = data.round.procedure.representatives.filter((r) => r.side === side);
  const view = (r: Representative) => {
    const person = personById(data, r.personId);
    return negotiator(r.name || person?.name || '', person);
  };
  const chiefRep = reps.find((r) => r.role === 'chief');
  return { chief: chiefRep ? view(chiefRep) : null, members: reps.filter((r) => r !== chiefRep).map(view), chiefRep };
}

function sideFromPeople(data: CaseData, side: Side): { chief: NegotiatorView | null; members: NegotiatorView[] } {
  const own = data.people.filter((p) => p.side === side && p.role !== 'recorder');
  const chief = own.find((p) => p.role === 'chief');
  return { chief: chief ? negotiator(chief.name, chief) : null, members: own.filter((p) => p !== chief).map((p) => negotiator(p.name, p)) };
}

function sideView(data: CaseData, side: Side, needs: Needs): SideView | null {
  const fromRecord = data.round.procedure.representatives.some((r) => r.side === side);
  const found = fromRecord ? sideFromRepresentatives(data, side) : { ...sideFromPeople(data, side), chiefRep: undefined };
  const chief = needs.need(found.chief, side === 'workers' ? 'workersChief' : 'employerChief', fromRecord ? 'negotiations' : 'people');
  if (!chief) return null;
  return { label: sideLabel[side], chief, members: found.members, chosenBy: chosenByText(side, found.chiefRep, data.round.procedure.union.exists) };
}

/**
 * The parties, or null when a side has no chief (recorded in `needs`). `labourAuthority` is the round's
 * entry; templates that print it ask for it themselves, since not every document names the authority.
 */
export function partiesFor(data: CaseData, needs: Needs): PartiesView | null {
  const e = data.enterprise;
  const employer = sideView(data, 'employer', needs);
  const workers = sideView(data, 'workers', needs);
  if (!employer || !workers) return null;
  const record = data.round.procedure;
  const recorderPerson = record.recorder ? personById(data, record.recorder.personId) : data.people.find((p) => p.role === 'recorder');
  const recorder = record.recorder?.name || recorderPerson?.name || null;
  const chairRep = record.representatives.find((r) => r.isUnionChair);
  return {
    enterprise: {
      name: e.name,
      creditCode: e.creditCode,
      address: e.address,
      economicType: e.economicType,
      legalRepresentative: e.legalRepresentative,
      headcount: e.headcount,
      womenCount: e.womenCount,
      industry: e.industry,
      regionName: regionFullName(e.regionCode),
    },
    unionName: e.unionName || `${e.name}工会`,
    unionChair: e.unionChair || chairRep?.name || (chairRep ? personById(data, chairRep.personId)?.name : undefined) || '',
    employer,
    workers,
    recorder,
    witness: e.witnessFederation || null,
    labourAuthority: data.round.details.labourAuthority,
  };
}

/** The parties of a document that prints the header table (union chair) and files with the authority. */
export function agreementPartiesFor(data: CaseData, needs: Needs): PartiesView | null {
  const parties = partiesFor(data, needs);
  needs.need(data.round.details.labourAuthority, 'labourAuthority', 'details');
  if (parties) needs.need(parties.unionChair, 'unionChair', 'enterprise');
  return parties;
}
