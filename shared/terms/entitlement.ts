// What each eligible worker is owed under a monetary term (its amount rule applied to the roster): the
// promised side of the ledger. Workers whose conditions failed are left out; pending ones are in.
import type { HolidayCalendar } from '../calendar/calendar';
import { type Fen, fen, fenMultiplyInt } from '../money/fen';
import { fenApplyRate } from '../money/rate';
import type { IsoDate } from '../dates/isoDate';
import { type Result, resultOk } from '../result';
import type { Worker } from '../roster/worker';
import { type ConditionStatus, conditionStatus, eligibilityPredicate } from './eligibility';
import { overtimePay } from './overtime';
import { type RosterColumns, rosterColumnsEligibleCount, rosterColumnsFrom } from './rosterColumns';
import type { MonetaryTerm, TermOf } from './term';

export interface TermEntitlement {
  readonly termId: string;
  readonly workerId: string;
  readonly amountFen: Fen;
  readonly condition: Exclude<ConditionStatus, 'not_met'>;
}

/** A worker the rule cannot be applied to, e.g. a fare-share subsidy without the worker's fare. */
export interface TermEntitlementGap {
  readonly termId: string;
  readonly workerId: string;
  readonly code: 'terms.fareMissing';
}

export interface TermEntitlementSet {
  readonly entitlements: readonly TermEntitlement[];
  readonly gaps: readonly TermEntitlementGap[];
}

export interface TermEntitlementContext {
  readonly roster: readonly Worker[];
  /** Conditions are judged on this day. */
  readonly asOf: IsoDate;
  /** For overtime premiums (CNT-03 by day kind, CNT-09). */
  readonly calendar: HolidayCalendar;
}

/** 分 of a travel subsidy for one worker, or null without the fare a fare-share rule needs. */
export function travelSubsidyAmount(term: TermOf<'travel_subsidy'>, worker: Worker): Fen | null {
  const rule = term.rule;
  if (rule.kind === 'fixed') return rule.amountFen;
  if (worker.fareFen === null) return null;
  const share = fenApplyRate(worker.fareFen, rule.rateBp);
  return rule.capFen !== null && share > rule.capFen ? rule.capFen : share;
}

/** The per-worker amount of rules that do not depend on the worker; null for those that do. */
function flatAmount(term: MonetaryTerm): Fen | null {
  switch (term.kind) {
    case 'bonus':
    case 'retention_allowance':
      return term.amountFen;
    case 'guaranteed_pay':
      return fenMultiplyInt(term.monthlyFen, term.months);
    default:
      return null;
  }
}

type EntitlementVisit = (worker: Worker, amount: Fen | null, condition: Exclude<ConditionStatus, 'not_met'>) => void;

/** Applies the term's rule to each eligible worker whose conditions have not failed, in roster order. */
function termEntitlementsVisit(term: MonetaryTerm, context: TermEntitlementContext, visit: EntitlementVisit): Result<void> {
  let perWorker = flatAmount(term);
  if (term.kind === 'overtime_premium') {
    const pay = overtimePay({ monthlyWage: term.monthlyBaseFen, from: term.from, to: term.to, hoursPerDay: term.hoursPerDay, calendar: context.calendar });
    if (!pay.ok) return pay;
    perWorker = pay.value.total;
  }
  // One pass over the roster, no intermediate arrays: the wage model costs 5,000-worker rosters × many terms.
  const eligible = eligibilityPredicate(term.eligibility);
  for (const worker of context.roster) {
    if (!eligible(worker)) continue;
    const condition = conditionStatus(term.conditions, worker, context.asOf);
    if (condition === 'not_met') continue;
    visit(worker, term.kind === 'travel_subsidy' ? travelSubsidyAmount(term, worker) : perWorker, condition);
  }
  return resultOk(undefined);
}

/**
 * Entitlements of a monetary term for the roster. An overtime premium costs the whole period at its
 * hours for every eligible worker; it fails with the calendar's error (calendar.yearMissing) outside it.
 */
export function termEntitlements(term: MonetaryTerm, context: TermEntitlementContext): Result<TermEntitlementSet> {
  const entitlements: TermEntitlement[] = [];
  const gaps: TermEntitlementGap[] = [];
  const done = termEntitlementsVisit(term, context, (worker, amount, condition) => {
    if (amount === null) gaps.push({ termId: term.id, workerId: worker.id, code: 'terms.fareMissing' });
    else entitlements.push({ termId: term.id, workerId: worker.id, amountFen: amount, condition });
  });
  return done.ok ? resultOk({ entitlements, gaps }) : done;
}

/**
 * The sum of termEntitlements' amounts, each less `covered` 分 (never below 0), without a record per
 * worker: what the wage model needs (termCosts.ts). Same errors as termEntitlements. Pass `columns`
 * (rosterColumnsFrom of the same roster) when costing many terms over one roster.
 */
export function termEntitlementsTotal(
  term: MonetaryTerm,
  context: TermEntitlementContext,
  covered: Fen,
  columns: RosterColumns = rosterColumnsFrom(context.roster),
): Result<{ readonly totalFen: Fen; readonly gaps: readonly TermEntitlementGap[] }> {
  // A same-for-everyone amount with no conditions: eligible workers × the amount above what is covered.
  const perWorker = flatAmount(term);
  const unconditional = term.conditions.backBy === null && term.conditions.employedOn === null;
  const count = perWorker !== null && unconditional ? rosterColumnsEligibleCount(columns, term.eligibility) : null;
  if (perWorker !== null && count !== null) return resultOk({ totalFen: fenMultiplyInt(perWorker > covered ? fen(perWorker - covered) : fen(0), count), gaps: [] });
  let total = 0;
  const gaps: TermEntitlementGap[] = [];
  const done = termEntitlementsVisit(term, context, (worker, amount) => {
    if (amount === null) gaps.push({ termId: term.id, workerId: worker.id, code: 'terms.fareMissing' });
    else if (amount > covered) total += amount - covered;
  });
  return done.ok ? resultOk({ totalFen: fen(total), gaps }) : done;
}
