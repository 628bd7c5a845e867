// The round's special contracts (CCR 8): occupational health (劳动安全卫生/职业病防治, rules.md §2.4)
// from its occupational-health commitments and the hazards the parties listed, and the women workers'
// contract (rules.md §2.3) when the parties sign one in this round.
import type { TermOf } from '../../shared/terms/term';
import type { OhsAgreementView, WomenWorkersAgreementView } from '../viewModel';
import type { CaseData } from './caseData';
import type { Needs } from './needs';
import { agreementPartiesFor } from './parties';

export const ohsLegalBasis: readonly string[] = ['中华人民共和国劳动法', '中华人民共和国职业病防治法', '集体合同规定'];
export const womenWorkersLegalBasis: readonly string[] = ['中华人民共和国劳动法', '中华人民共和国妇女权益保障法', '女职工劳动保护特别规定', '集体合同规定'];

export function ohsAgreementViewFor(data: CaseData, needs: Needs): OhsAgreementView | null {
  const { round } = data;
  const commitments = round.terms.filter((t): t is TermOf<'commitment'> => t.kind === 'commitment' && t.area === 'occupational_health');
  const ohs = round.details.occupationalHealth;
  if (commitments.length === 0 && round.kind !== 'occupationalHealth') needs.add('ohsCommitments', 'terms');
  const hazards = ohs.hazards.length > 0 ? ohs.hazards : needs.need(null, 'hazards', 'details');
  const parties = agreementPartiesFor(data, needs);
  const term = needs.need(round.procedure.term, 'term', 'negotiations');
  if (!needs.complete || !parties || !term || !hazards) return null;
  return {
    parties,
    title: '劳动安全卫生（职业病防治）专项集体合同',
    legalBasis: ohsLegalBasis,
    term,
    hazards,
    commitments: commitments.map((c) => ({ text: c.description, amount: c.amountFen, deadline: c.dueDate })),
    hazardAllowance: ohs.hazardAllowanceFen,
    signingDate: round.procedure.signing?.date ?? null,
  };
}

export function womenWorkersViewFor(data: CaseData, needs: Needs): WomenWorkersAgreementView | null {
  const { round } = data;
  const women = round.details.womenWorkers;
  if (!women.included && round.kind !== 'womenWorkers') needs.add('womenIncluded', 'details');
  needs.need(data.enterprise.womenCount, 'womenCount', 'enterprise');
  const parties = agreementPartiesFor(data, needs);
  const term = needs.need(round.procedure.term, 'term', 'negotiations');
  if (!needs.complete || !parties || !term) return null;
  return {
    parties,
    title: '女职工权益保护专项集体合同',
    legalBasis: womenWorkersLegalBasis,
    term,
    signingDate: round.procedure.signing?.date ?? null,
    extras: women.extras,
  };
}
