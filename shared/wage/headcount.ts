// Headcount per quarter, split by what the workers are paid for: working (full base wage), on leave
// (sent home in a slump, e.g. the 30 workers of the 2020 保岗协议), stopped (停工停产). Workers on leave
// or stopped are paid at least stoppage pay (CNT-05, stoppagePay.ts). Counts are whole workers.
import type { Quarter } from '../dates/quarter';

export interface Headcount {
  readonly quarter: Quarter;
  readonly working: number;
  readonly onLeave: number;
  readonly stopped: number;
}

/** For literals and tests; RangeError unless every count is a non-negative safe integer. */
export function headcount(quarter: Quarter, working: number, onLeave = 0, stopped = 0): Headcount {
  for (const n of [working, onLeave, stopped]) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a count of workers: ${n}`);
  }
  return { quarter, working, onLeave, stopped };
}

/** Everyone on the payroll that quarter. */
export function headcountOnPayroll(h: Headcount): number {
  return h.working + h.onLeave + h.stopped;
}

/** Workers paid stoppage pay rather than the base wage (on leave or stopped). */
export function headcountIdle(h: Headcount): number {
  return h.onLeave + h.stopped;
}

export function headcountFor(list: readonly Headcount[], quarter: Quarter): Headcount | undefined {
  return list.find((h) => h.quarter === quarter);
}
