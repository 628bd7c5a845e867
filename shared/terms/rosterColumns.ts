// The roster as columns (typed arrays of group and status codes) for counting the workers a term is for:
// the wage model costs each term over the whole roster, 5,000 workers × dozens of terms per scenario, so
// the common eligibility (groups and statuses only) is tested on small integers instead of strings.
import type { Worker, WorkerStatus } from '../roster/worker';
import { workerStatuses } from '../roster/worker';
import type { Eligibility } from './term';

export interface RosterColumns {
  readonly size: number;
  /** Index into groupCodes of each worker's group. */
  readonly group: Int32Array;
  readonly groupCodes: ReadonlyMap<string, number>;
  /** Index into workerStatuses of each worker's status. */
  readonly status: Uint8Array;
}

export function rosterColumnsFrom(roster: readonly Worker[]): RosterColumns {
  const groupCodes = new Map<string, number>();
  const group = new Int32Array(roster.length);
  const status = new Uint8Array(roster.length);
  roster.forEach((w, i) => {
    let code = groupCodes.get(w.group);
    if (code === undefined) groupCodes.set(w.group, (code = groupCodes.size));
    group[i] = code;
    status[i] = workerStatuses.indexOf(w.status);
  });
  return { size: roster.length, group, groupCodes, status };
}

/**
 * How many workers the eligibility admits, or null when it names workers or a hire date (those are
 * tested per worker by eligibilityPredicate). Same answer as counting with eligibilityPredicate.
 */
export function rosterColumnsEligibleCount(columns: RosterColumns, eligibility: Eligibility): number | null {
  if (eligibility.workerIds.length > 0 || eligibility.hiredOnOrBefore !== null) return null;
  const statusOk = new Uint8Array(workerStatuses.length);
  for (const s of eligibility.statuses as readonly WorkerStatus[]) statusOk[workerStatuses.indexOf(s)] = 1;
  if (eligibility.statuses.length === 0) statusOk.fill(1);
  const groupOk = new Uint8Array(columns.groupCodes.size);
  if (eligibility.groups.length === 0) groupOk.fill(1);
  for (const g of eligibility.groups) {
    const code = columns.groupCodes.get(g);
    if (code !== undefined) groupOk[code] = 1;
  }
  const { group, status, size } = columns;
  let n = 0;
  // Most terms are for every group: test the status alone then (a third of the time of both lookups).
  if (eligibility.groups.length === 0) for (let i = 0; i < size; i++) n += statusOk[status[i]!]!;
  else for (let i = 0; i < size; i++) n += statusOk[status[i]!]! & groupOk[group[i]!]!;
  return n;
}
