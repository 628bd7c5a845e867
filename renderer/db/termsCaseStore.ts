// An enterprise's whole terms case (terms, roster, ledger: shared/terms/termsCase.ts) written to the
// three tables in ONE transaction, so a half-loaded case never exists. What it replaced is handed back
// so the user can undo (the previous rows are put back, again in one transaction).
import type { LedgerEntry } from '../../shared/terms/ledger';
import type { Term } from '../../shared/terms/term';
import type { TermsCase } from '../../shared/terms/termsCase';
import { ledgerRows } from './ledgerRepo';
import { rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { DocRow, WageDeskDb } from './schema';
import { docRowId, docRowNew } from './termsDocRows';

/** The rows an enterprise had in the three tables before a replace. */
export interface TermsRowsSnapshot {
  readonly enterpriseId: string;
  readonly terms: readonly DocRow[];
  readonly workers: readonly DocRow[];
  readonly ledgerEntries: readonly DocRow[];
}

export interface TermsCaseCounts {
  readonly terms: number;
  readonly workers: number;
  readonly ledgerEntries: number;
}

const tablesOf = (db: WageDeskDb) => [db.terms, db.workers, db.ledgerEntries] as const;

async function snapshot(db: WageDeskDb, enterpriseId: string): Promise<TermsRowsSnapshot> {
  const [terms, workers, ledgerEntries] = await Promise.all(tablesOf(db).map((t) => t.where('enterpriseId').equals(enterpriseId).toArray()));
  return { enterpriseId, terms: terms!, workers: workers!, ledgerEntries: ledgerEntries! };
}

async function rowsReplace(db: WageDeskDb, s: TermsRowsSnapshot): Promise<void> {
  for (const table of tablesOf(db)) await table.where('enterpriseId').equals(s.enterpriseId).delete();
  await db.terms.bulkPut([...s.terms]);
  await db.workers.bulkPut([...s.workers]);
  await db.ledgerEntries.bulkPut([...s.ledgerEntries]);
}

/** Live rows the enterprise has in the three tables (to ask before replacing them). */
export function termsCaseCounts(db: WageDeskDb, enterpriseId: string): Promise<RepoResult<TermsCaseCounts>> {
  return repoGuard(async () => {
    const s = await snapshot(db, enterpriseId);
    return repoOk({ terms: s.terms.filter(rowLive).length, workers: s.workers.filter(rowLive).length, ledgerEntries: s.ledgerEntries.filter(rowLive).length });
  });
}

/** Replaces the enterprise's terms, roster and ledger with `c`; answers what was there before. */
export function termsCaseReplace(db: WageDeskDb, enterpriseId: string, c: TermsCase, deps: RepoDeps = repoDepsDefault): Promise<RepoResult<TermsRowsSnapshot>> {
  return repoGuard(() =>
    db.transaction('rw', [db.enterprises, ...tablesOf(db)], async () => {
      if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
      const before = await snapshot(db, enterpriseId);
      const at = deps.clock();
      await rowsReplace(db, {
        enterpriseId,
        terms: c.terms.map((t) => docRowNew(enterpriseId, t.id, t, at)),
        workers: c.roster.map((w) => docRowNew(enterpriseId, w.id, w, at)),
        ledgerEntries: ledgerRows(enterpriseId, c.ledger, at),
      });
      return repoOk(before);
    }),
  );
}

/** Puts back the rows of a snapshot (undo of termsCaseReplace). */
export function termsRowsRestore(db: WageDeskDb, s: TermsRowsSnapshot): Promise<RepoResult<null>> {
  return repoGuard(() =>
    db.transaction('rw', [...tablesOf(db)], async () => {
      await rowsReplace(db, s);
      return repoOk(null);
    }),
  );
}

/**
 * Adds a term and the ledger entries of its entitlements in one transaction: a new term shows in the
 * summary with what it promises at once. Refused with terms.idTwice when the id is taken.
 */
export function termWithLedgerAdd(db: WageDeskDb, enterpriseId: string, term: Term, entries: readonly LedgerEntry[], deps: RepoDeps = repoDepsDefault): Promise<RepoResult<Term>> {
  return repoGuard(() =>
    db.transaction('rw', [db.enterprises, db.terms, db.ledgerEntries], async () => {
      if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
      if (rowLive(await db.terms.get(docRowId(enterpriseId, term.id)))) return repoErr('terms.idTwice', `term id ${term.id} is used twice`, { id: term.id });
      const at = deps.clock();
      await db.terms.put(docRowNew(enterpriseId, term.id, term, at));
      await db.ledgerEntries.bulkPut(ledgerRows(enterpriseId, { entries: [...entries], leave: [] }, at));
      return repoOk(term);
    }),
  );
}
