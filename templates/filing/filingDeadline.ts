// When the package is due at the labour administration: the procedure clock's FIL-01 date (WCM 21: a wage
// agreement within 7 days of signing; CCR 42: other contracts within 10), holidays applied, and where the
// round stands against it on `today`. The same rule table and calendar as the 协商程序 screen's finding.
import type { IsoDate } from '../../shared/dates/isoDate';
import type { AppError } from '../../shared/result';
import { type Deadline, deadlineCompute } from '../../shared/procedure/deadline';
import type { ProcedureRecord } from '../../shared/procedure/record';
import { type ClockStatus, clockSource, clockStatus } from '../../shared/procedure/rules/clock';
import { FILING_WARN_DAYS } from '../../shared/procedure/rules/signing';
import type { CaseContext } from '../case/caseData';

export type FilingDeadline =
  /** No signing recorded: the clock has not started. */
  | { readonly kind: 'unsigned' }
  /** The date could not be computed (a calendar year missing, no rule for the region): said, never guessed. */
  | { readonly kind: 'unknown'; readonly signedAt: IsoDate; readonly error: AppError }
  | {
      readonly kind: 'computed';
      readonly signedAt: IsoDate;
      readonly deadline: Deadline;
      /** on-time / late once filed; pending, near (FIL-01 warns 2 days before) or overdue before. */
      readonly status: ClockStatus;
      /** The articles the date rests on, in Chinese. */
      readonly source: string;
    };

export function filingDeadlineFor(record: ProcedureRecord, ctx: CaseContext, today: IsoDate): FilingDeadline {
  const signing = record.signing;
  if (signing === null) return { kind: 'unsigned' };
  const computed = deadlineCompute({ kind: record.kind, event: 'signed', due: 'file', date: signing.date, regionCode: record.regionCode }, ctx.deadlineRules, ctx.calendar);
  if (!computed.ok) return { kind: 'unknown', signedAt: signing.date, error: computed.error };
  const status = clockStatus(computed.value.dueDate, record.filing?.submittedAt ?? null, today, FILING_WARN_DAYS);
  return { kind: 'computed', signedAt: signing.date, deadline: computed.value, status, source: clockSource(computed.value) };
}
