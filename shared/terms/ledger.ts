// The fulfilment ledger (兑现台账): per worker and term, what the worker is entitled to and what was paid
// when; plus deferred paid leave taken. A payment never exceeds the entitlement (overpayment is an input
// error, not a negative debt), so outstanding = entitled − paid is never negative.
import { z } from 'zod';
import { type Fen, fenSum } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';
import { fenPositiveField, fenField, isoDateField } from '../roster/fields';
import type { TermEntitlement } from './entitlement';

const paymentSchema = z.strictObject({
  date: isoDateField,
  amountFen: fenPositiveField,
  note: z.string().max(500).default(''),
});

const entrySchema = z.strictObject({
  workerId: z.string().trim().min(1).max(40),
  termId: z.string().trim().min(1).max(60),
  /** 分 the worker is owed under the term (the amount rule's figure, or the actual one, e.g. real overtime). */
  entitledFen: fenField,
  /** Overrides the term's due date for this worker (e.g. a subsidy due on the worker's own return). */
  dueDate: isoDateField.nullable().default(null),
  payments: z.array(paymentSchema).max(1000).default([]),
  note: z.string().max(500).default(''),
});

/** Deferred paid leave taken (节日假期递延): `days` days from `from`. */
const leaveSchema = z.strictObject({
  workerId: z.string().trim().min(1).max(40),
  termId: z.string().trim().min(1).max(60),
  from: isoDateField,
  days: z.number().int().min(1).max(366),
  note: z.string().max(500).default(''),
});

export const ledgerSchema = z
  .strictObject({
    entries: z.array(entrySchema).max(1_000_000).default([]),
    leave: z.array(leaveSchema).max(1_000_000).default([]),
  })
  .superRefine((ledger, ctx) => {
    const seen = new Set<string>();
    ledger.entries.forEach((entry, i) => {
      const key = `${entry.workerId}\u0000${entry.termId}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['entries', i], message: 'ledger.entryTwice' });
      seen.add(key);
      if (fenSum(entry.payments.map((p) => p.amountFen)) > entry.entitledFen) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'payments'], message: 'ledger.overpaid' });
      }
    });
  });

export type Ledger = z.output<typeof ledgerSchema>;
export type LedgerInput = z.input<typeof ledgerSchema>;
export type LedgerEntry = Ledger['entries'][number];
export type LedgerPayment = LedgerEntry['payments'][number];
export type LeaveTaken = Ledger['leave'][number];

export const ledgerEmpty: Ledger = { entries: [], leave: [] };

/** Ledger entries for entitlements, nothing paid yet: the promised side. */
export function ledgerEntriesFromEntitlements(entitlements: readonly TermEntitlement[]): LedgerEntry[] {
  return entitlements.map((e) => ({ workerId: e.workerId, termId: e.termId, entitledFen: e.amountFen, dueDate: null, payments: [], note: '' }));
}

/** 分 paid on the entry up to and including `asOf` (all payments without it). */
export function ledgerEntryPaid(entry: LedgerEntry, asOf?: IsoDate): Fen {
  return fenSum(entry.payments.filter((p) => asOf === undefined || p.date <= asOf).map((p) => p.amountFen));
}

/** The entry's own due date, else the term's. */
export function ledgerEntryDueDate(entry: LedgerEntry, termDueDate: IsoDate): IsoDate {
  return entry.dueDate ?? termDueDate;
}
