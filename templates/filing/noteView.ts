// The explanatory note (说明) a wage agreement is filed with (WCM 21; FIL-01): how the round went, from the
// procedure record's dates, what was agreed on the base wage against the last agreement, and how many
// workers the agreement covers. Every date it states comes from the record; one the record lacks is missing.
import { fenSub } from '../../shared/money/fen';
import { BASIS_POINTS_PER_WHOLE, bp, fenScale } from '../../shared/money/rate';
import type { CaseData } from '../case/caseData';
import { bodyZh, roundAgreementTitle, voteCountText } from '../case/dossierViews';
import type { Needs } from '../case/needs';
import { partiesFor } from '../case/parties';
import { percentText, yuanText } from '../text';
import type { CaseViews } from '../caseViewModel';
import type { WageAgreementView } from '../viewModel';
import type { ExplanatoryNoteView, WageRaiseView } from './views';

const sideZh = { workers: '职工方', employer: '企业方' } as const;

/** The last standard of the wage table against the earlier agreement's (the history's entry before this round's). */
function wageRaiseOf(v: WageAgreementView): WageRaiseView | null {
  const agreed = v.standards.at(-1)?.monthly;
  if (agreed === undefined) return null;
  // The history ends with this round's own wage when it has one; the entry before it is the last agreement.
  const before = v.history.length >= 2 ? v.history.at(-2)! : null;
  if (!before || before.monthly <= 0) return { previous: null, agreed, raise: null, raiseRate: null };
  const raise = fenSub(agreed, before.monthly);
  // Basis points of the previous wage, rounded once (the money rounding rule: half away from zero).
  const raiseRate = bp(fenScale(raise, BASIS_POINTS_PER_WHOLE, before.monthly));
  return { previous: { label: before.label, monthly: before.monthly }, agreed, raise, raiseRate };
}

function otherTermsOf(v: WageAgreementView): string[] {
  return [
    ...v.benefits.map((b) => (b.kind === 'travelSubsidy' ? `${b.name}（按票价的${percentText(b.shareOfFare)}报销）` : `${b.name}每人${yuanText(b.amount)}`)),
    ...(v.deferredLeave ? [`${v.deferredLeave.title}${v.deferredLeave.days}天`] : []),
    ...v.commitments.map((c) => c.text),
  ];
}

export function explanatoryNoteViewFor(data: CaseData, views: CaseViews, needs: Needs): ExplanatoryNoteView | null {
  const record = data.round.procedure;
  const parties = partiesFor(data, needs);
  const request = needs.need(record.request, 'request', 'negotiations');
  const vote = needs.need(record.votes.at(-1), 'vote', 'negotiations');
  const signing = needs.need(record.signing, 'signing', 'negotiations');
  const term = needs.need(record.term, 'term', 'negotiations');
  // A wage round states its agreed wage from the agreement's view: what that still needs, the note needs too.
  const wage = data.round.kind === 'wage' ? (views.vm.wageAgreement ?? null) : null;
  if (data.round.kind === 'wage' && !wage) for (const m of views.missing['wage-agreement']) needs.add(m.what, m.screen);
  if (!parties || !request || !vote || !signing || !term || (data.round.kind === 'wage' && !wage)) return null;
  return {
    parties,
    agreementTitle: roundAgreementTitle(data),
    roundTitle: data.round.title,
    requestDate: request.sentAt,
    requestFrom: sideZh[request.from],
    replyDate: record.reply?.repliedAt ?? null,
    meetingDates: record.meetings.map((m) => m.date),
    voteDate: vote.date,
    voteBody: bodyZh[vote.body],
    voteSummary: voteCountText(vote),
    signingDate: signing.date,
    term,
    workersCovered: data.enterprise.headcount,
    wage: wage ? wageRaiseOf(wage) : null,
    otherTerms: wage ? otherTermsOf(wage) : [],
  };
}
