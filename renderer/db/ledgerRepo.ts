// The fulfilment ledger of an enterprise (table `ledgerEntries`). One row per document: a money entry
// (doc = LedgerEntry: a worker's entitlement under a term and its payments, keyed by term and worker)
// or deferred leave taken (doc = LeaveTaken). Both are validated by shared/terms/ledger.ts's own
// ledgerSchema, so the overpayment rule holds on every read and write. Never throws.
import type { IsoDate } from '../../shared/dates/isoDate';
import type { Fen } from '../../shared/money/fen';
import { type Ledger, type LedgerEntry, type LedgerInput, type LeaveTaken, ledgerSchema } from '../../shared/terms/ledger';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { SkippedRecord } from './restore';
import type { DocRow, WageDeskDb } from './schema';
import { docRowId, docRowNew, docRowsRead } from './termsDocRows';

export interface PaymentInput {
  readonly date: IsoDate;
  readonly amountFen: Fen;
  readonly note: string;
}

export interface LedgerRepo {
  /** The whole ledger of the enterprise, rows that fail validation skipped and reported. */
  read(enterpriseId: string): Promise<RepoResult<{ readonly ledger: Ledger; readonly skipped: readonly SkippedRecord[] }>>;
  /**
   * Records a payment on the worker's entry under the term. Errors: ledger.noEntry (no entitlement
   * recorded), ledger.overpaid (more than is outstanding), validation (amount, date or note invalid).
   */
  paymentAdd(enterpriseId: string, termId: string, workerId: string, payment: PaymentInput): Promise<RepoResult<LedgerEntry>>;
  /**
   * Imports whole ledgers (e.g. many enterprises' at once) in one transaction: every ledger validated
   * first, so nothing is written if one fails; rows not held yet are added, held ones replaced.
   * Errors: ledger.overpaid, validation (params.enterpriseId, field: the first bad path).
   */
  ledgersImport(ledgers: readonly LedgerImport[]): Promise<RepoResult<{ readonly added: number; readonly replaced: number }>>;
}

export interface LedgerImport {
  readonly enterpriseId: string;
  readonly ledger: LedgerInput;
}

export const ledgerEntryKey = (e: Pick<LedgerEntry, 'termId' | 'workerId'>) => `e/${e.termId}/${e.workerId}`;
export const ledgerLeaveKey = (l: Pick<LeaveTaken, 'termId' | 'workerId' | 'from'>) => `l/${l.termId}/${l.workerId}/${l.from}`;

type Doc = { readonly kind: 'entry'; readonly entry: LedgerEntry } | { readonly kind: 'leave'; readonly leave: LeaveTaken };

/** A row's doc through ledgerSchema: a money entry when it has `entitledFen`, else leave taken. */
function ledgerDocParse(doc: unknown) {
  const isEntry = typeof doc === 'object' && doc !== null && 'entitledFen' in doc;
  const parsed = ledgerSchema.safeParse(isEntry ? { entries: [doc] } : { leave: [doc] });
  if (!parsed.success) return parsed;
  const data: Doc = isEntry ? { kind: 'entry', entry: parsed.data.entries[0]! } : { kind: 'leave', leave: parsed.data.leave[0]! };
  return { success: true as const, data };
}

/** Rows for a whole ledger (used by the reference loader). */
export function ledgerRows(enterpriseId: string, ledger: Ledger, updatedAt: string): DocRow[] {
  return [
    ...ledger.entries.map((e) => docRowNew(enterpriseId, ledgerEntryKey(e), e, updatedAt)),
    ...ledger.leave.map((l) => docRowNew(enterpriseId, ledgerLeaveKey(l), l, updatedAt)),
  ];
}

export function ledgerRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): LedgerRepo {
  return {
    ledgersImport: (ledgers) =>
      repoGuard(async () => {
        const updatedAt = deps.clock();
        const rows: DocRow[] = [];
        for (const { enterpriseId, ledger } of ledgers) {
          const checked = ledgerSchema.safeParse(ledger);
          if (!checked.success) {
            const first = checked.error.issues[0];
            const code = first?.message === 'ledger.overpaid' ? 'ledger.overpaid' : 'validation';
            return repoErr(code, first?.message ?? 'invalid ledger', { enterpriseId, field: first?.path.join('.') ?? '' });
          }
          rows.push(...ledgerRows(enterpriseId, checked.data, updatedAt));
        }
        return db.transaction('rw', db.ledgerEntries, async () => {
          const ids = [...new Set(ledgers.map((l) => l.enterpriseId))];
          const held = new Set(await db.ledgerEntries.where('enterpriseId').anyOf(ids).primaryKeys());
          // Adds for new rows: the audit trail need not read a row that cannot exist yet (auditTrail.ts).
          const fresh = rows.filter((r) => !held.has(r.id));
          const known = rows.filter((r) => held.has(r.id));
          if (fresh.length > 0) await db.ledgerEntries.bulkAdd(fresh);
          if (known.length > 0) await db.ledgerEntries.bulkPut(known);
          return repoOk({ added: fresh.length, replaced: known.length });
        });
      }),

    read: (enterpriseId) =>
      repoGuard(async () => {
        const rows = await db.ledgerEntries.where('enterpriseId').equals(enterpriseId).toArray();
        const { items, skipped } = docRowsRead(rows, ledgerDocParse);
        const entries = items.flatMap((i) => (i.doc.kind === 'entry' ? [i.doc.entry] : []));
        const leave = items.flatMap((i) => (i.doc.kind === 'leave' ? [i.doc.leave] : []));
        return repoOk({ ledger: { entries, leave }, skipped });
      }),

    paymentAdd: (enterpriseId, termId, workerId, payment) =>
      repoGuard(() =>
        db.transaction('rw', db.ledgerEntries, async () => {
          const id = docRowId(enterpriseId, ledgerEntryKey({ termId, workerId }));
          const row = await db.ledgerEntries.get(id);
          const current = row && (row.deletedAt ?? null) === null ? ledgerDocParse(row.doc) : null;
          if (!current?.success || current.data.kind !== 'entry') return repoErr('ledger.noEntry', `no entitlement of ${workerId} under ${termId}`, { termId, workerId });
          const next = { ...current.data.entry, payments: [...current.data.entry.payments, payment] };
          const checked = ledgerSchema.safeParse({ entries: [next] });
          if (!checked.success) {
            const first = checked.error.issues[0];
            const code = first?.message === 'ledger.overpaid' ? 'ledger.overpaid' : 'validation';
            return repoErr(code, first?.message ?? 'invalid payment', { field: first?.path.slice(3).join('.') ?? '' });
          }
          const entry = checked.data.entries[0]!;
          await db.ledgerEntries.put(docRowNew(enterpriseId, ledgerEntryKey(entry), entry, deps.clock()));
          return repoOk(entry);
        }),
      ),
  };
}
