// Properties of the ledger that the summaries, the per-worker statements and the overdue alerts must keep
// for any entries and payments: promised = paid + outstanding per worker and in total, the statements
// add up to the totals, and recording a payment moves exactly its amount from outstanding to paid.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDate, isoDateAddDays } from '../../../shared/dates/isoDate';
import { type Fen, fenSum } from '../../../shared/money/fen';
import type { Worker } from '../../../shared/roster/worker';
import { type Ledger, ledgerSchema } from '../../../shared/terms/ledger';
import { ledgerEntryStanding, ledgerOverdueAlerts, ledgerTermSummaries, ledgerTotals } from '../../../shared/terms/ledgerSummary';
import { type Term, termSchema } from '../../../shared/terms/term';
import { workerStatement } from '../../../shared/terms/workerStatement';

const terms: Term[] = [
  termSchema.parse({ id: 'a', kind: 'bonus', title: 'A', amountFen: 50_000, dueDate: '2021-02-10' }),
  termSchema.parse({ id: 'b', kind: 'retention_allowance', title: 'B', amountFen: 100_000, dueDate: '2021-03-31' }),
];
const START = isoDate('2021-01-01');
const WORKERS = 12;
const roster: Worker[] = Array.from({ length: WORKERS }, (_, i) => ({
  id: `W${i + 1}`, name: `职工${i + 1}`, idNumber: '', phone: null, group: '', status: 'working', hireDate: null, returnedOn: null, leftOn: null, homeProvince: null, fareFen: null, note: '',
}));

const payment = fc.record({ day: fc.integer({ min: 0, max: 400 }), amount: fc.integer({ min: 1, max: 1_000_000 }) });
const rawEntry = fc.record({
  worker: fc.integer({ min: 1, max: WORKERS }),
  term: fc.constantFrom('a', 'b'),
  entitled: fc.integer({ min: 0, max: 5_000_000 }),
  ownDue: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  payments: fc.array(payment, { maxLength: 4 }),
});

/** A valid ledger from arbitrary entries: one entry per worker and term, payments capped at the entitlement. */
const ledgerArb = fc.array(rawEntry, { maxLength: 30 }).map((raw): Ledger => {
  const seen = new Set<string>();
  const entries = raw.flatMap((e) => {
    const key = `${e.worker}/${e.term}`;
    if (seen.has(key)) return [];
    seen.add(key);
    let left = e.entitled;
    const payments = e.payments.flatMap((p) => {
      const amount = Math.min(p.amount, left);
      left -= amount;
      return amount > 0 ? [{ date: isoDateAddDays(START, p.day), amountFen: amount }] : [];
    });
    return [{ workerId: `W${e.worker}`, termId: e.term, entitledFen: e.entitled, dueDate: e.ownDue === null ? null : isoDateAddDays(START, e.ownDue), payments }];
  });
  return ledgerSchema.parse({ entries });
});
const asOfArb = fc.integer({ min: 0, max: 450 }).map((d) => isoDateAddDays(START, d));

describe('ledger sums', () => {
  it('per worker: entitled = paid + outstanding on every line and in the statement totals, and the statements add up to the ledger totals', () => {
    fc.assert(
      fc.property(ledgerArb, asOfArb, (ledger, asOf) => {
        const totals = ledgerTotals(ledgerTermSummaries(terms, ledger, asOf));
        const sum = { entitled: 0, paid: 0, outstanding: 0, overdue: 0 };
        for (const worker of roster) {
          const statement = workerStatement(worker.id, { terms, roster, ledger }, asOf);
          if (!statement.ok) throw new Error(statement.error.code);
          const s = statement.value;
          for (const line of s.lines) {
            expect(line.entitledFen).toBe(line.paidFen + line.outstandingFen);
            expect(line.outstandingFen).toBeGreaterThanOrEqual(0);
          }
          expect(s.totals.entitledFen).toBe(s.totals.paidFen + s.totals.outstandingFen);
          expect(s.totals.overdueFen).toBeLessThanOrEqual(s.totals.outstandingFen);
          sum.entitled += s.totals.entitledFen;
          sum.paid += s.totals.paidFen;
          sum.outstanding += s.totals.outstandingFen;
          sum.overdue += s.totals.overdueFen;
        }
        expect(totals.promisedFen).toBe(totals.paidFen + totals.outstandingFen);
        expect(sum).toEqual({ entitled: totals.promisedFen, paid: totals.paidFen, outstanding: totals.outstandingFen, overdue: totals.overdueFen });
      }),
    );
  });

  it('recording a payment moves exactly its amount from outstanding to paid, and from overdue when overdue; the alert goes when paid in full', () => {
    fc.assert(
      fc.property(ledgerArb, asOfArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (ledger, asOf, pick, share) => {
        const termDue = new Map(terms.map((t) => [t.id, t.dueDate]));
        // Payments dated after asOf also count against the entitlement: the ledger refuses overpaying in total.
        const leftInTotal = (e: Ledger['entries'][number]) => e.entitledFen - fenSum(e.payments.map((p) => p.amountFen));
        const open = ledger.entries.filter((e) => leftInTotal(e) > 0);
        fc.pre(open.length > 0);
        const entry = open[pick % open.length]!;
        const before = ledgerEntryStanding(entry, termDue.get(entry.termId)!, asOf);
        const amount = Math.max(1, Math.round(leftInTotal(entry) * share)) as Fen;
        const paidLedger = ledgerSchema.parse({
          entries: ledger.entries.map((e) => (e === entry ? { ...e, payments: [...e.payments, { date: asOf, amountFen: amount }] } : e)),
        });
        const t0 = ledgerTotals(ledgerTermSummaries(terms, ledger, asOf));
        const t1 = ledgerTotals(ledgerTermSummaries(terms, paidLedger, asOf));
        expect(t1.promisedFen).toBe(t0.promisedFen);
        expect(t1.paidFen).toBe(t0.paidFen + amount);
        expect(t1.outstandingFen).toBe(t0.outstandingFen - amount);
        expect(t1.overdueFen).toBe(before.overdue ? t0.overdueFen - amount : t0.overdueFen);
        const alertsOf = (l: Ledger) => ledgerOverdueAlerts(terms, l, asOf).filter((a) => a.workerId === entry.workerId && a.termId === entry.termId);
        const fullyPaid = amount === before.outstanding;
        expect(alertsOf(paidLedger)).toHaveLength(before.overdue && !fullyPaid ? 1 : 0);
        expect(fenSum(ledgerOverdueAlerts(terms, paidLedger, asOf).map((a) => a.outstandingFen))).toBe(t1.overdueFen);
      }),
    );
  });
});
