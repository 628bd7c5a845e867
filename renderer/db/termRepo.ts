// Negotiated terms of an enterprise (table `terms`, doc = Term, shared/terms/term.ts). One row per term,
// keyed by enterprise and term id, so a term id is unique within an enterprise. Never throws.
import { type Term, type TermInput, termSchema } from '../../shared/terms/term';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import { rowLive } from './records';
import type { WageDeskDb } from './schema';
import { docRowId, docRowNew, docRowsRead } from './termsDocRows';

export interface TermRepo {
  /** Live terms, by due date then id (agreements then appear in the order they fell due). */
  listByEnterprise(enterpriseId: string): Promise<RepoResult<Listing<Term>>>;
  /** Refused with `terms.idTwice` when the enterprise already has a term with this id; `validation` when invalid. */
  create(enterpriseId: string, input: TermInput): Promise<RepoResult<Term>>;
}

export function termOrder(a: Term, b: Term): number {
  return a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);
}

export function termRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): TermRepo {
  return {
    listByEnterprise: (enterpriseId) =>
      repoGuard(async () => {
        const rows = await db.terms.where('enterpriseId').equals(enterpriseId).toArray();
        const { items, skipped } = docRowsRead(rows, (doc) => termSchema.safeParse(doc));
        return repoOk({ items: items.map((i) => i.doc).sort(termOrder), skipped });
      }),

    create: (enterpriseId, input) =>
      repoGuard(async () => {
        const parsed = termSchema.safeParse(input);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          return repoErr('validation', first?.message ?? 'invalid term', { field: first?.path.join('.') ?? '' });
        }
        const term = parsed.data;
        return db.transaction('rw', db.enterprises, db.terms, async () => {
          if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
          if (rowLive(await db.terms.get(docRowId(enterpriseId, term.id)))) return repoErr('terms.idTwice', `term id ${term.id} is used twice`, { id: term.id });
          await db.terms.put(docRowNew(enterpriseId, term.id, term, deps.clock()));
          return repoOk(term);
        });
      }),
  };
}
