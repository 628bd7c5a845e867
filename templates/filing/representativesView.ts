// The representatives' list filed with the agreement (rules.md §2.1 dossier item 2): both sides, each
// person's role, post and how they were chosen, the recorder apart. The procedure record says who sat at
// the table; before it does, the enterprise's people by side and role (as the agreement's header reads).
// Phone numbers are printed masked, as every printout of personal data in the app (shared/roster/mask.ts).
import type { CasePerson } from '../../shared/case/caseFile';
import type { Representative } from '../../shared/procedure/record';
import { maskPhone } from '../../shared/roster/mask';
import { type CaseData, personById } from '../case/caseData';
import { roundAgreementTitle } from '../case/dossierViews';
import type { Needs } from '../case/needs';
import { partiesFor } from '../case/parties';
import type { RepresentativeRowView, RepresentativesListView } from './views';

type Side = 'workers' | 'employer';

const roleZh = { chief: '首席代表', member: '协商代表', expert: '外聘专业人员' } as const;

function chosenByZh(side: Side, how: Representative['chosenBy']): string {
  if (how === 'union') return '工会选派';
  if (how === 'election') return '职工民主推举';
  return side === 'employer' ? '法定代表人指派' : '首席代表书面指派';
}

function row(name: string, role: keyof typeof roleZh, person: CasePerson | undefined, chosenBy: string, authorization: boolean): RepresentativeRowView {
  const phone = person?.phone ?? '';
  return { name, role: roleZh[role], post: person?.post ?? '', phoneMasked: phone ? maskPhone(phone) : '', chosenBy, authorization };
}

/** The chief first, then the others in the order recorded. */
function chiefFirst<T extends { readonly role: string }>(list: readonly T[]): T[] {
  return [...list.filter((r) => r.role === 'chief'), ...list.filter((r) => r.role !== 'chief')];
}

function sideRows(data: CaseData, side: Side): RepresentativeRowView[] {
  const recorded = data.round.procedure.representatives.filter((r) => r.side === side);
  if (recorded.length > 0) {
    return chiefFirst(recorded).map((r) => {
      const person = personById(data, r.personId);
      return row(r.name || person?.name || '', r.role, person, chosenByZh(side, r.chosenBy), r.authorizationLetter);
    });
  }
  const fallback = side === 'employer' ? 'appointment' : data.round.procedure.union.exists ? 'union' : 'election';
  return chiefFirst(data.people.filter((p) => p.side === side && p.role !== 'recorder')).map((p) =>
    row(p.name, p.role === 'recorder' ? 'member' : p.role, p, chosenByZh(side, fallback), p.hasAuthorization),
  );
}

export function representativesListViewFor(data: CaseData, needs: Needs): RepresentativesListView | null {
  const parties = partiesFor(data, needs);
  if (!parties) return null;
  return {
    parties,
    agreementTitle: roundAgreementTitle(data),
    employer: sideRows(data, 'employer'),
    workers: sideRows(data, 'workers'),
    recorder: parties.recorder,
  };
}
