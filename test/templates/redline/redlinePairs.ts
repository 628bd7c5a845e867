// Pairs of rounds to redline: two rounds of the sample (a wage cut and an added history table), and a
// round a user copied forward from the Spring Festival round and edited the way the app lets them: a new
// wage, a term dropped (the red packet) and an article reworded by hand (a clause override).
import { earlierRoundOf } from '../../../shared/case/agreedWages';
import type { CaseFileInput } from '../../../shared/case/caseFile';
import type { Round } from '../../../shared/case/round';
import { type ReferenceRoundId, referenceCaseFile } from '../../../shared/sample/referenceRounds';
import { caseContextOf, caseDataOf } from '../../../templates/case/fromFile';
import type { RedlineRound } from '../../../templates/redline/caseRedline';
import { caseFileOf } from '../userCase';

export const editedWageFen = 210_000;
export const editedClauseId = '工资支付.2';
export const editedClauseText = '企业支付工资时，通过书面或者电子工资条向职工提供本人的工资清单，载明应发项目、扣除项目和实发金额，并保存两年备查。';
export const droppedTermId = 'sf2021.redPacket';

/** ref-2021-1 copied forward as the user's 2022 round, with the three edits above. */
export function copiedForward(): CaseFileInput {
  const base = referenceCaseFile('ref-2021-1');
  const round = base.round as Round;
  const ledger = base.ledger ?? {};
  const standards = round.agreed?.kind === 'figures' ? round.agreed.standards : [];
  return {
    ...base,
    round: {
      ...round,
      id: 'user-2022',
      title: '2022年工资集体协商',
      previousRoundId: round.id,
      agreed: { kind: 'figures', standards: standards.map((s, i) => (i === standards.length - 1 ? { ...s, monthlyFen: editedWageFen } : s)) },
      terms: round.terms.filter((t) => t.id !== droppedTermId),
      details: {
        ...round.details,
        clauseOverrides: { 'wage-agreement': [{ clauseId: editedClauseId, text: editedClauseText, editedAt: '2022-01-10T09:00:00+08:00' }] },
      },
    },
    earlier: [...(base.earlier ?? []), earlierRoundOf(round)],
    ledger: { entries: (ledger.entries ?? []).filter((e) => e.termId !== droppedTermId), leave: (ledger.leave ?? []).filter((l) => l.termId !== droppedTermId) },
  };
}

/** A case file as the redline reads a round: its data, reference figures and frozen versions. */
export function redlineRoundOf(input: CaseFileInput): RedlineRound {
  const file = caseFileOf(input);
  const ctx = caseContextOf(file);
  if (!ctx.ok) throw new Error(ctx.error.code);
  return { data: caseDataOf(file), ctx: ctx.value, agreements: file.agreements };
}

export const sampleRound = (id: ReferenceRoundId): RedlineRound => redlineRoundOf(referenceCaseFile(id));
