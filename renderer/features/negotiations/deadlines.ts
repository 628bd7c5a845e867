// The procedure's deadlines for one record, from the shared deadline table and holiday calendar
// (deadlineCompute): each event recorded starts a clock, and the step that answers it stops it. The next
// deadline is the earliest clock still running.
import { type IsoDate, isoDateDiffDays } from '../../../shared/dates/isoDate';
import type { AppError } from '../../../shared/result';
import { type Deadline, deadlineCompute } from '../../../shared/procedure/deadline';
import type { DeadlineEvent } from '../../../shared/procedure/deadlineRules';
import type { ProcedureRecord } from '../../../shared/procedure/record';
import { type RuleContext, procedureEffectiveDate } from '../../../shared/procedure/rules';
import type { TimelineStep } from './timeline';
import { voteCarried } from './timeline';

export type DeadlineItem =
  | {
      readonly ok: true;
      /** The timeline step that must happen by the due date. */
      readonly step: TimelineStep;
      readonly deadline: Deadline;
      /** The day the step was done, or for a period that simply runs out (the review), the due date once passed. */
      readonly metOn: IsoDate | null;
    }
  | { readonly ok: false; readonly step: TimelineStep; readonly event: DeadlineEvent; readonly error: AppError };

interface Clock {
  readonly step: TimelineStep;
  readonly event: DeadlineEvent;
  readonly date: IsoDate;
  readonly metOn: IsoDate | null;
  /** A period that ends by itself (the review window) is met once its last day has passed. */
  readonly runsOut?: boolean;
  /** A second period that runs on from the first one's due date (a dispute's 15-day extension, CCR 52). */
  readonly then?: DeadlineEvent;
}

function clocks(record: ProcedureRecord, context: RuleContext): Clock[] {
  const list: Clock[] = [];
  const request = record.request;
  if (request) list.push({ step: 'reply', event: 'request-received', date: request.receivedAt ?? request.sentAt, metOn: record.reply?.repliedAt ?? null });
  for (const v of record.vacancies) list.push({ step: 'representatives', event: 'seat-vacated', date: v.vacatedAt, metOn: v.filledAt });
  for (const d of record.disputes) {
    if (d.acceptedAt === null) continue;
    list.push({ step: 'meetings', event: 'dispute-accepted', date: d.acceptedAt, metOn: d.resolvedAt, ...(d.extended ? { then: 'dispute-extended' as const } : {}) });
  }
  const lastVote = record.votes.at(-1);
  if (lastVote && !voteCarried(lastVote)) list.push({ step: 'vote', event: 'draft-rejected', date: lastVote.date, metOn: null });
  if (record.signing) list.push({ step: 'filing', event: 'signed', date: record.signing.date, metOn: record.filing?.submittedAt ?? null });
  const receivedAt = record.filing?.receivedAt ?? null;
  if (receivedAt !== null && record.filing?.objection == null) list.push({ step: 'effective', event: 'received-by-bureau', date: receivedAt, metOn: null, runsOut: true });
  const effective = procedureEffectiveDate(record, context);
  if (effective.ok && effective.value !== null) list.push({ step: 'publication', event: 'effective', date: effective.value, metOn: record.publication?.date ?? null });
  if (record.term) list.push({ step: 'renewal', event: 'expiry', date: record.term.to, metOn: record.renewal?.requestedAt ?? null });
  return list;
}

/** Every deadline the record has started, in the procedure's order. A clock no rule covers here is left out. */
export function deadlineItems(record: ProcedureRecord, context: RuleContext): DeadlineItem[] {
  const items: DeadlineItem[] = [];
  for (const clock of clocks(record, context)) {
    const first = deadlineCompute({ kind: record.kind, event: clock.event, date: clock.date, regionCode: record.regionCode }, context.deadlineRules, context.calendar);
    const computed = first.ok && clock.then
      ? deadlineCompute({ kind: record.kind, event: clock.then, date: first.value.dueDate, regionCode: record.regionCode }, context.deadlineRules, context.calendar)
      : first;
    if (!computed.ok) {
      if (computed.error.code !== 'deadline.noRule') items.push({ ok: false, step: clock.step, event: clock.event, error: computed.error });
      continue;
    }
    const dueDate = computed.value.dueDate;
    const metOn = clock.runsOut ? (dueDate <= context.today ? dueDate : null) : clock.metOn;
    items.push({ ok: true, step: clock.step, deadline: computed.value, metOn });
  }
  return items;
}

/** The earliest deadline still open (an error counts: the user must see it), or null when all are met. */
export function deadlineNext(items: readonly DeadlineItem[]): DeadlineItem | null {
  const open = items.filter((item) => !item.ok || item.metOn === null);
  const failed = open.find((item) => !item.ok);
  if (failed) return failed;
  return [...open].sort((a, b) => (a.ok && b.ok ? a.deadline.dueDate.localeCompare(b.deadline.dueDate) : 0))[0] ?? null;
}

/** Days from today to the due date: negative when overdue. */
export function deadlineDaysLeft(dueDate: IsoDate, today: IsoDate): number {
  return isoDateDiffDays(dueDate, today);
}
