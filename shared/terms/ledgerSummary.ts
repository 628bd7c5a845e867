// Promised vs. paid vs. overdue, per term and as of a day (brief §3). Payments dated after `asOf` do not
// count yet. An entry is overdue when its due date has passed (asOf is later) and something is still
// outstanding; on the due date itself it is not overdue yet.
import { type Fen, fenSub, fenSum } from '../money/fen';
import { type IsoDate, isoDateDiffDays } from '../dates/isoDate';
import { type Ledger, type LedgerEntry, ledgerEntryDueDate, ledgerEntryPaid } from './ledger';
import { type MonetaryTerm, type Term, termIsMonetary } from './term';

export interface TermLedgerSummary {
  readonly termId: string;
  readonly title: string;
  readonly kind: MonetaryTerm['kind'];
  readonly basis: MonetaryTerm['basis'];
  readonly agreement: string;
  readonly clause: string;
  readonly dueDate: IsoDate;
  /** Ledger entries (workers) under the term. */
  readonly workers: number;
  readonly promisedFen: Fen;
  readonly paidFen: Fen;
  /** promised − paid, never negative (the ledger refuses overpayment). */
  readonly outstandingFen: Fen;
  /** The part of outstanding whose due date has passed. */
  readonly overdueFen: Fen;
  readonly overdueWorkers: number;
}

export interface LedgerTotals {
  readonly promisedFen: Fen;
  readonly paidFen: Fen;
  readonly outstandingFen: Fen;
  readonly overdueFen: Fen;
}

export interface OverdueAlert {
  readonly termId: string;
  readonly title: string;
  readonly workerId: string;
  readonly dueDate: IsoDate;
  readonly outstandingFen: Fen;
  /** Days since the due date (≥ 1). */
  readonly daysOverdue: number;
}

/** Outstanding on the entry as of `asOf`, and whether that is overdue. */
export function ledgerEntryStanding(entry: LedgerEntry, termDueDate: IsoDate, asOf: IsoDate) {
  const paid = ledgerEntryPaid(entry, asOf);
  const outstanding = fenSub(entry.entitledFen, paid);
  const dueDate = ledgerEntryDueDate(entry, termDueDate);
  return { paid, outstanding, dueDate, overdue: outstanding > 0 && asOf > dueDate };
}

/** One summary per monetary term, in the terms' order (terms without entries show zeros). */
export function ledgerTermSummaries(terms: readonly Term[], ledger: Ledger, asOf: IsoDate): TermLedgerSummary[] {
  return terms.filter(termIsMonetary).map((term) => {
    const standings = ledger.entries.filter((e) => e.termId === term.id).map((e) => ({ entry: e, ...ledgerEntryStanding(e, term.dueDate, asOf) }));
    const overdue = standings.filter((s) => s.overdue);
    return {
      termId: term.id,
      title: term.title,
      kind: term.kind,
      basis: term.basis,
      agreement: term.agreement,
      clause: term.clause,
      dueDate: term.dueDate,
      workers: standings.length,
      promisedFen: fenSum(standings.map((s) => s.entry.entitledFen)),
      paidFen: fenSum(standings.map((s) => s.paid)),
      outstandingFen: fenSum(standings.map((s) => s.outstanding)),
      overdueFen: fenSum(overdue.map((s) => s.outstanding)),
      overdueWorkers: overdue.length,
    };
  });
}

export function ledgerTotals(summaries: readonly TermLedgerSummary[]): LedgerTotals {
  const sum = (pick: (s: TermLedgerSummary) => Fen) => fenSum(summaries.map(pick));
  return {
    promisedFen: sum((s) => s.promisedFen),
    paidFen: sum((s) => s.paidFen),
    outstandingFen: sum((s) => s.outstandingFen),
    overdueFen: sum((s) => s.overdueFen),
  };
}

/** Totals per agreement, in the order agreements first appear ('' = terms with no agreement named). */
export function ledgerAgreementTotals(summaries: readonly TermLedgerSummary[]): { readonly agreement: string; readonly totals: LedgerTotals }[] {
  const agreements = [...new Set(summaries.map((s) => s.agreement))];
  return agreements.map((agreement) => ({ agreement, totals: ledgerTotals(summaries.filter((s) => s.agreement === agreement)) }));
}

/** Every overdue entry, oldest due date first, then by term and worker. */
export function ledgerOverdueAlerts(terms: readonly Term[], ledger: Ledger, asOf: IsoDate): OverdueAlert[] {
  const byId = new Map(terms.filter(termIsMonetary).map((t) => [t.id, t]));
  const alerts: OverdueAlert[] = [];
  for (const entry of ledger.entries) {
    const term = byId.get(entry.termId);
    if (!term) continue;
    const s = ledgerEntryStanding(entry, term.dueDate, asOf);
    if (s.overdue) {
      alerts.push({ termId: term.id, title: term.title, workerId: entry.workerId, dueDate: s.dueDate, outstandingFen: s.outstanding, daysOverdue: isoDateDiffDays(asOf, s.dueDate) });
    }
  }
  return alerts.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.termId.localeCompare(b.termId) || a.workerId.localeCompare(b.workerId)));
}
