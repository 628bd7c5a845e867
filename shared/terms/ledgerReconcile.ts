// The ledger entries of a term after the term is added or edited: each eligible worker's entitlement as
// the rule now says, payments kept. A worker no longer eligible loses an unpaid entry; a paid one stays
// (money paid is a fact the ledger keeps), and an entitlement never falls below what was already paid.
import { type Fen, fen } from '../money/fen';
import type { TermEntitlement } from './entitlement';
import { type LedgerEntry, ledgerEntryPaid } from './ledger';

export interface LedgerChange {
  /** Entries to write (new or changed). */
  readonly put: readonly LedgerEntry[];
  /** Unpaid entries of workers the term no longer covers. */
  readonly remove: readonly LedgerEntry[];
}

const max = (a: Fen, b: Fen): Fen => fen(Math.max(a, b));

/** `existing`: the term's entries now in the ledger; `entitlements`: what the rule gives now (empty for leave and commitments). */
export function ledgerForTerm(termId: string, entitlements: readonly TermEntitlement[], existing: readonly LedgerEntry[]): LedgerChange {
  const byWorker = new Map(existing.filter((e) => e.termId === termId).map((e) => [e.workerId, e]));
  const put: LedgerEntry[] = [];
  for (const e of entitlements) {
    const found = byWorker.get(e.workerId);
    byWorker.delete(e.workerId);
    if (!found) {
      put.push({ workerId: e.workerId, termId, entitledFen: e.amountFen, dueDate: null, payments: [], note: '' });
      continue;
    }
    const entitled = max(e.amountFen, ledgerEntryPaid(found));
    if (entitled !== found.entitledFen) put.push({ ...found, entitledFen: entitled });
  }
  const remove = [...byWorker.values()].filter((e) => e.payments.length === 0);
  return { put, remove };
}
