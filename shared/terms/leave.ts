// Deferred paid leave (节日假期递延为带薪假): each eligible worker is granted the term's days, to be taken
// between takeFrom and the due date; the ledger records what was taken. Leave taken counts from its
// first day (a record starting after `asOf` is not taken yet). Days left after the window are expired:
// the union raises them, the app does not decide whether they lapse or are paid out.
import type { IsoDate } from '../dates/isoDate';
import type { Worker } from '../roster/worker';
import { conditionStatus, termEligibleWorkers } from './eligibility';
import type { Ledger } from './ledger';
import type { TermOf } from './term';

export interface LeaveBalance {
  readonly workerId: string;
  readonly grantedDays: number;
  readonly takenDays: number;
  /** granted − taken; negative when more was taken than granted (shown, not hidden). */
  readonly remainingDays: number;
  /** The window closed (asOf after the due date) with days left. */
  readonly expired: boolean;
}

export interface LeaveSummary {
  readonly termId: string;
  readonly title: string;
  readonly takeFrom: IsoDate;
  readonly dueDate: IsoDate;
  readonly workers: number;
  readonly grantedDays: number;
  readonly takenDays: number;
  readonly remainingDays: number;
  readonly expiredDays: number;
}

/** Per eligible worker (conditions not failed), in roster order. */
export function leaveBalances(term: TermOf<'deferred_leave'>, roster: readonly Worker[], ledger: Ledger, asOf: IsoDate): LeaveBalance[] {
  const takenBy = new Map<string, number>();
  for (const l of ledger.leave) {
    if (l.termId === term.id && l.from <= asOf) takenBy.set(l.workerId, (takenBy.get(l.workerId) ?? 0) + l.days);
  }
  return termEligibleWorkers(term, roster)
    .filter((w) => conditionStatus(term.conditions, w, asOf) !== 'not_met')
    .map((w) => {
      const taken = takenBy.get(w.id) ?? 0;
      const remaining = term.days - taken;
      return { workerId: w.id, grantedDays: term.days, takenDays: taken, remainingDays: remaining, expired: remaining > 0 && asOf > term.dueDate };
    });
}

export function leaveSummary(term: TermOf<'deferred_leave'>, roster: readonly Worker[], ledger: Ledger, asOf: IsoDate): LeaveSummary {
  const balances = leaveBalances(term, roster, ledger, asOf);
  const total = (pick: (b: LeaveBalance) => number) => balances.reduce((sum, b) => sum + pick(b), 0);
  return {
    termId: term.id,
    title: term.title,
    takeFrom: term.takeFrom,
    dueDate: term.dueDate,
    workers: balances.length,
    grantedDays: total((b) => b.grantedDays),
    takenDays: total((b) => b.takenDays),
    remainingDays: total((b) => b.remainingDays),
    expiredDays: total((b) => (b.expired ? b.remainingDays : 0)),
  };
}
