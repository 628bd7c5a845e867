// What each eligible worker is owed under a monetary term (its amount rule applied to the roster): the
// promised side of the ledger. Workers whose conditions failed are left out; pending ones are in.
import type { HolidayCalendar } from '../calendar/calendar';
import { type Fen, fenMultiplyInt } from '../money/fen';
import { fenApplyRate } from '../money/rate';
import type { IsoDate } from '../dates/isoDate';
import { type Result, resultOk } from '../result';
import type { Worker } from '../roster/worker';
import { type ConditionStatus, conditionStatus, termEligibleWorkers } from './eligibility';
import { overtimePay } from './overtime';
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

/**
 * Entitlements of a monetary term for the roster. An overtime premium costs the whole period at its
 * hours for every eligible worker; it fails with the calendar's error (calendar.yearMissing) outside it.
 */
export function termEntitlements(term: MonetaryTerm, context: TermEntitlementContext): Result<TermEntitlementSet> {
  let perWorker = flatAmount(term);
  if (term.kind === 'overtime_premium') {
    const pay = overtimePay({ monthlyWage: term.monthlyBaseFen, from: term.from, to: term.to, hoursPerDay: term.hoursPerDay, calendar: context.calendar });
    if (!pay.ok) return pay;
    perWorker = pay.value.total;
  }
  const entitlements: TermEntitlement[] = [];
  const gaps: TermEntitlementGap[] = [];
  for (const worker of termEligibleWorkers(term, context.roster)) {
    const condition = conditionStatus(term.conditions, worker, context.asOf);
    if (condition === 'not_met') continue;
    const amount = term.kind === 'travel_subsidy' ? travelSubsidyAmount(term, worker) : perWorker;
    if (amount === null) gaps.push({ termId: term.id, workerId: worker.id, code: 'terms.fareMissing' });
    else entitlements.push({ termId: term.id, workerId: worker.id, amountFen: amount, condition });
  }
  return resultOk({ entitlements, gaps });
}
