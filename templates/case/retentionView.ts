// The job-retention agreement (保岗协议, rules.md §2.2) of a round, from its terms: the guaranteed pay
// during leave (months × amount), the return allowance, who is covered (the term's eligible workers on
// the roster, or the named ones), the conditions as the terms set them, and the agreed wage on return.
import { agreedStandardsFinal, roundAgreedStandards } from '../../shared/case/agreedWages';
import type { TermOf } from '../../shared/terms/term';
import { termEligibleWorkers } from '../../shared/terms/eligibility';
import { livingAllowanceRateFor } from '../../shared/wage/livingAllowance';
import { dateText } from '../text';
import type { JobRetentionView } from '../viewModel';
import { type CaseContext, type CaseData, deadlineDaysFor, minimumWageViewFor } from './caseData';
import type { Needs } from './needs';
import { agreementPartiesFor } from './parties';

export const retentionLegalBasis: readonly string[] = ['中华人民共和国劳动合同法', '工资支付暂行规定', '集体合同规定'];

/** Workers the guaranteed pay is for: eligible ones on the roster, else the named ones; null: unknown. */
function workersCoveredOf(term: TermOf<'guaranteed_pay'>, data: CaseData): number | null {
  if (data.roster.length > 0) {
    const eligible = termEligibleWorkers(term, data.roster).length;
    if (eligible > 0) return eligible;
  }
  return term.eligibility.workerIds.length > 0 ? term.eligibility.workerIds.length : null;
}

/** The terms' own conditions, in the agreement's words. */
function conditionOf(term: TermOf<'guaranteed_pay'>): string {
  const { backBy, employedOn } = term.conditions;
  const back = backBy ? `在${dateText(backBy)}前按企业通知返岗` : '';
  const stay = employedOn ? `连续工作至${dateText(employedOn)}` : '';
  if (back && stay) return `休假职工${back}，并${stay}`;
  if (back || stay) return `休假职工${back || stay}`;
  return '';
}

export function jobRetentionViewFor(data: CaseData, ctx: CaseContext, needs: Needs): JobRetentionView | null {
  const { round, enterprise } = data;
  const details = round.details.jobRetention;
  const guaranteed = needs.need(round.terms.find((t): t is TermOf<'guaranteed_pay'> => t.kind === 'guaranteed_pay'), 'guaranteedPayTerm', 'terms');
  const parties = agreementPartiesFor(data, needs);
  const period = needs.need(round.procedure.term, 'term', 'negotiations');
  const reason = needs.need(details.reason, 'retentionReason', 'details');
  const workersCovered = guaranteed ? needs.need(workersCoveredOf(guaranteed, data), 'retentionWorkers', 'terms') : null;
  const minimumWage = period ? needs.need(minimumWageViewFor(enterprise.regionCode, period.from, ctx.minimumWage), 'minimumWage', 'settings') : null;
  const signed = round.procedure.signing?.date ?? null;
  const filingDays = period
    ? needs.need(deadlineDaysFor(ctx.deadlineRules, { kind: round.kind, event: 'signed', due: 'file', regionCode: enterprise.regionCode, date: signed ?? period.from }), 'deadlineRules', 'settings')
    : null;
  if (!guaranteed || !parties || !period || reason === null || workersCovered === null || !minimumWage || filingDays === null) return null;

  const allowance = round.terms.find((t): t is TermOf<'retention_allowance'> => t.kind === 'retention_allowance');
  const agreed = roundAgreedStandards(round, period);
  const rate = livingAllowanceRateFor(enterprise.regionCode, period.from);
  return {
    parties,
    title: '保岗协议',
    legalBasis: retentionLegalBasis,
    period,
    reason: /[。！；]$/.test(reason) ? reason : `${reason}。`,
    workersCovered,
    leaveMonths: guaranteed.months,
    guaranteedMonthly: guaranteed.monthlyFen,
    returnAllowance: allowance?.amountFen ?? null,
    condition: details.condition || conditionOf(guaranteed),
    paidWith: details.paidWith || `于${dateText(guaranteed.dueDate)}前随工资一并发放`,
    baseWageOnReturn: agreed.ok ? agreedStandardsFinal(agreed.value) : null,
    employerCommitments: details.employerCommitments,
    workerCommitments: details.workerCommitments,
    minimumWage,
    livingAllowanceShare: rate?.rate ?? null,
    signingDate: signed,
    filingDays,
  };
}
