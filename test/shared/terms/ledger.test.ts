import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isoDate, isoDateAddDays } from '../../../shared/dates/isoDate';
import { fenSum } from '../../../shared/money/fen';
import { type Ledger, ledgerSchema } from '../../../shared/terms/ledger';
import { ledgerOverdueAlerts, ledgerTermSummaries, ledgerTotals } from '../../../shared/terms/ledgerSummary';
import { type Term, termSchema } from '../../../shared/terms/term';

const terms: Term[] = [
  termSchema.parse({ id: 'a', kind: 'bonus', title: 'A', amountFen: 50_000, dueDate: '2021-02-10' }),
  termSchema.parse({ id: 'b', kind: 'retention_allowance', title: 'B', amountFen: 100_000, dueDate: '2021-03-31' }),
];

describe('ledger validation', () => {
  it('refuses paying more than the entitlement and a second entry for the same worker and term', () => {
    const overpaid = ledgerSchema.safeParse({ entries: [{ workerId: 'W1', termId: 'a', entitledFen: 100, payments: [{ date: '2021-01-01', amountFen: 60 }, { date: '2021-01-02', amountFen: 41 }] }] });
    expect(overpaid.error?.issues[0]).toMatchObject({ message: 'ledger.overpaid', path: ['entries', 0, 'payments'] });
    const twice = ledgerSchema.safeParse({ entries: [{ workerId: 'W1', termId: 'a', entitledFen: 1 }, { workerId: 'W1', termId: 'a', entitledFen: 1 }] });
    expect(twice.error?.issues[0]?.message).toBe('ledger.entryTwice');
  });
});

describe('ledger summaries', () => {
  const ledger: Ledger = ledgerSchema.parse({
    entries: [
      { workerId: 'W1', termId: 'a', entitledFen: 50_000, payments: [{ date: '2021-02-10', amountFen: 50_000 }] },
      { workerId: 'W2', termId: 'a', entitledFen: 50_000, payments: [{ date: '2021-02-20', amountFen: 20_000 }] },
      { workerId: 'W3', termId: 'a', entitledFen: 50_000, dueDate: '2021-06-30' },
      { workerId: 'W1', termId: 'b', entitledFen: 100_000 },
    ],
  });

  it('counts only payments made by the as-of day, and overdue only after the due date', () => {
    const on = ledgerTermSummaries(terms, ledger, isoDate('2021-02-10'));
    expect(on[0]).toMatchObject({ promisedFen: 150_000, paidFen: 50_000, outstandingFen: 100_000, overdueFen: 0 });
    const later = ledgerTermSummaries(terms, ledger, isoDate('2021-04-01'));
    // W2's 30,000 is overdue; W3 has its own later due date.
    expect(later[0]).toMatchObject({ paidFen: 70_000, outstandingFen: 80_000, overdueFen: 30_000, overdueWorkers: 1 });
    expect(later[1]).toMatchObject({ promisedFen: 100_000, overdueFen: 100_000 });
    expect(ledgerOverdueAlerts(terms, ledger, isoDate('2021-04-01')).map((a) => [a.termId, a.workerId, a.daysOverdue])).toEqual([
      ['a', 'W2', 50],
      ['b', 'W1', 1],
    ]);
  });

  it('shows terms without entries as zeros and leaves out non-monetary terms', () => {
    const withLeave = [...terms, termSchema.parse({ id: 'l', kind: 'deferred_leave', title: 'L', days: 3, takeFrom: '2021-03-01', dueDate: '2021-12-31' })];
    const s = ledgerTermSummaries(withLeave, ledgerSchema.parse({}), isoDate('2021-04-01'));
    expect(s.map((x) => [x.termId, x.promisedFen, x.workers])).toEqual([
      ['a', 0, 0],
      ['b', 0, 0],
    ]);
  });
});

describe('ledger properties', () => {
  const payment = fc.record({ day: fc.integer({ min: 0, max: 400 }), amount: fc.integer({ min: 1, max: 1_000_000 }) });
  const entry = fc.record({
    worker: fc.integer({ min: 1, max: 30 }),
    term: fc.constantFrom('a', 'b'),
    entitled: fc.integer({ min: 0, max: 5_000_000 }),
    payments: fc.array(payment, { maxLength: 4 }),
  });

  it('per term and in total: outstanding = promised − paid ≥ 0, overdue ≤ outstanding, and the totals are the sums', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 450 }), (raw, asOfDay) => {
        const seen = new Set<string>();
        const entries = raw.flatMap((e) => {
          const key = `${e.worker}/${e.term}`;
          if (seen.has(key)) return [];
          seen.add(key);
          // Payments up to the entitlement: the ledger refuses more.
          let left = e.entitled;
          const payments = e.payments.flatMap((p) => {
            const amount = Math.min(p.amount, left);
            left -= amount;
            return amount > 0 ? [{ date: isoDateAddDays(isoDate('2021-01-01'), p.day), amountFen: amount }] : [];
          });
          return [{ workerId: `W${e.worker}`, termId: e.term, entitledFen: e.entitled, payments }];
        });
        const ledger = ledgerSchema.parse({ entries });
        const asOf = isoDateAddDays(isoDate('2021-01-01'), asOfDay);
        const summaries = ledgerTermSummaries(terms, ledger, asOf);
        for (const s of summaries) {
          expect(s.outstandingFen).toBe(s.promisedFen - s.paidFen);
          expect(s.outstandingFen).toBeGreaterThanOrEqual(0);
          expect(s.overdueFen).toBeLessThanOrEqual(s.outstandingFen);
        }
        const totals = ledgerTotals(summaries);
        expect(totals.promisedFen).toBe(fenSum(ledger.entries.map((e) => e.entitledFen)));
        expect(totals.outstandingFen).toBe(totals.promisedFen - totals.paidFen);
        expect(fenSum(ledgerOverdueAlerts(terms, ledger, asOf).map((a) => a.outstandingFen))).toBe(totals.overdueFen);
      }),
    );
  });
});
