// Who a term is for (its eligibility: group, status, named workers, hire date) and whether a worker has
// met its conditions (back by a date, still employed on a date) as of a given day. A condition whose
// day has not come yet is 'pending': the worker stays entitled (promised), the amount not yet earned.
import type { IsoDate } from '../dates/isoDate';
import type { Worker } from '../roster/worker';
import type { Eligibility, Term, TermConditions } from './term';

export type ConditionStatus = 'met' | 'pending' | 'not_met';

/** A test for the eligible set (ignores conditions); the lists become sets once, for large rosters. */
export function eligibilityPredicate(eligibility: Eligibility): (worker: Worker) => boolean {
  const groups = new Set(eligibility.groups);
  const statuses = new Set(eligibility.statuses);
  const workerIds = new Set(eligibility.workerIds);
  const { hiredOnOrBefore } = eligibility;
  return (worker) =>
    (groups.size === 0 || groups.has(worker.group)) &&
    (statuses.size === 0 || statuses.has(worker.status)) &&
    (workerIds.size === 0 || workerIds.has(worker.id)) &&
    (hiredOnOrBefore === null || (worker.hireDate !== null && worker.hireDate <= hiredOnOrBefore));
}

/** The roster's eligible workers, in roster order. */
export function termEligibleWorkers(term: Term, roster: readonly Worker[]): Worker[] {
  return roster.filter(eligibilityPredicate(term.eligibility));
}

function backByStatus(backBy: IsoDate, worker: Worker, asOf: IsoDate): ConditionStatus {
  if (worker.returnedOn !== null) return worker.returnedOn <= backBy ? 'met' : 'not_met';
  return asOf > backBy ? 'not_met' : 'pending';
}

function employedOnStatus(employedOn: IsoDate, worker: Worker, asOf: IsoDate): ConditionStatus {
  // Leaving on the day itself counts as not employed through it.
  if (worker.leftOn !== null && worker.leftOn <= employedOn) return 'not_met';
  // Left, date not entered: gone before the day if the day is still ahead; otherwise unknown until entered.
  if (worker.leftOn === null && worker.status === 'left') return asOf >= employedOn ? 'pending' : 'not_met';
  return asOf >= employedOn ? 'met' : 'pending';
}

/** The weakest status of the term's conditions for the worker on `asOf` ('met' when there are none). */
export function conditionStatus(conditions: TermConditions, worker: Worker, asOf: IsoDate): ConditionStatus {
  if (conditions.backBy === null && conditions.employedOn === null) return 'met';
  const statuses: ConditionStatus[] = [];
  if (conditions.backBy !== null) statuses.push(backByStatus(conditions.backBy, worker, asOf));
  if (conditions.employedOn !== null) statuses.push(employedOnStatus(conditions.employedOn, worker, asOf));
  if (statuses.includes('not_met')) return 'not_met';
  return statuses.includes('pending') ? 'pending' : 'met';
}
