// "What I am owed and what I got": one worker's statement across all terms, as of a day, for the
// worker representatives' "what does this mean for me" (brief, users) and for a printed slip. The ID
// number and phone are masked; the statement is meant to be handed over or pinned up.
import { type Fen, fenSum } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';
import { maskIdNumber } from '../roster/mask';
import type { Worker } from '../roster/worker';
import type { Ledger, LedgerPayment } from './ledger';
import { type LeaveBalance, leaveBalances } from './leave';
import { ledgerEntryStanding } from './ledgerSummary';
import { type MonetaryTerm, type Term, termIsMonetary } from './term';

export interface WorkerStatementLine {
  readonly termId: string;
  readonly title: string;
  readonly kind: MonetaryTerm['kind'];
  readonly clause: string;
  readonly dueDate: IsoDate;
  readonly entitledFen: Fen;
  readonly paidFen: Fen;
  readonly outstandingFen: Fen;
  readonly overdue: boolean;
  /** Payments up to `asOf`. */
  readonly payments: readonly LedgerPayment[];
}

export interface WorkerStatement {
  readonly asOf: IsoDate;
  readonly worker: { readonly id: string; readonly name: string; readonly idNumberMasked: string; readonly group: string };
  readonly lines: readonly WorkerStatementLine[];
  readonly leave: readonly (LeaveBalance & { readonly termId: string; readonly title: string; readonly takeFrom: IsoDate; readonly dueDate: IsoDate })[];
  readonly totals: { readonly entitledFen: Fen; readonly paidFen: Fen; readonly outstandingFen: Fen; readonly overdueFen: Fen };
}

/** The worker's statement; fails with terms.workerUnknown (params: workerId). */
export function workerStatement(workerId: string, data: { terms: readonly Term[]; roster: readonly Worker[]; ledger: Ledger }, asOf: IsoDate): Result<WorkerStatement> {
  const worker = data.roster.find((w) => w.id === workerId);
  if (!worker) return resultErr('terms.workerUnknown', `no worker ${workerId} on the roster`, { workerId });
  const lines: WorkerStatementLine[] = data.terms.filter(termIsMonetary).flatMap((term) => {
    const entry = data.ledger.entries.find((e) => e.termId === term.id && e.workerId === workerId);
    if (!entry) return [];
    const s = ledgerEntryStanding(entry, term.dueDate, asOf);
    return [
      {
        termId: term.id,
        title: term.title,
        kind: term.kind,
        clause: term.clause,
        dueDate: s.dueDate,
        entitledFen: entry.entitledFen,
        paidFen: s.paid,
        outstandingFen: s.outstanding,
        overdue: s.overdue,
        payments: entry.payments.filter((p) => p.date <= asOf),
      },
    ];
  });
  const leave = data.terms.flatMap((term) => {
    if (term.kind !== 'deferred_leave') return [];
    const balance = leaveBalances(term, [worker], data.ledger, asOf)[0];
    return balance ? [{ ...balance, termId: term.id, title: term.title, takeFrom: term.takeFrom, dueDate: term.dueDate }] : [];
  });
  return resultOk({
    asOf,
    worker: { id: worker.id, name: worker.name, idNumberMasked: maskIdNumber(worker.idNumber), group: worker.group },
    lines,
    leave,
    totals: {
      entitledFen: fenSum(lines.map((l) => l.entitledFen)),
      paidFen: fenSum(lines.map((l) => l.paidFen)),
      outstandingFen: fenSum(lines.map((l) => l.outstandingFen)),
      overdueFen: fenSum(lines.filter((l) => l.overdue).map((l) => l.outstandingFen)),
    },
  });
}
