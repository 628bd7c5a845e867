// The worker roster of an enterprise (table `workers`, doc = Worker, shared/roster/worker.ts). One row
// per worker, keyed by enterprise and worker id (工号). Imports are all-or-nothing in one transaction.
import { type Worker, workerSchema } from '../../shared/roster/worker';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import { rowLive } from './records';
import type { WageDeskDb } from './schema';
import { docRowNew, docRowsRead } from './termsDocRows';
import { zhNumericCompare } from '../../shared/text/collation';

export interface WorkerRepo {
  /** Live workers by worker id (职工002 before 职工010). */
  listByEnterprise(enterpriseId: string): Promise<RepoResult<Listing<Worker>>>;
  /**
   * Adds every worker or none. Refused with roster.workerIdTwice / roster.idNumberTwice (params: id)
   * when a worker id or ID number is already on the roster or twice in `workers`; `validation` when one
   * does not pass workerSchema.
   */
  addMany(enterpriseId: string, workers: readonly Worker[]): Promise<RepoResult<{ readonly added: number }>>;
}


export function workerRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): WorkerRepo {
  async function live(enterpriseId: string) {
    const rows = await db.workers.where('enterpriseId').equals(enterpriseId).toArray();
    return docRowsRead(rows, (doc) => workerSchema.safeParse(doc));
  }

  return {
    listByEnterprise: (enterpriseId) =>
      repoGuard(async () => {
        const { items, skipped } = await live(enterpriseId);
        return repoOk({ items: items.map((i) => i.doc).sort((a, b) => zhNumericCompare(a.id, b.id)), skipped });
      }),

    addMany: (enterpriseId, workers) =>
      repoGuard(async () => {
        const checked: Worker[] = [];
        for (const w of workers) {
          const parsed = workerSchema.safeParse(w);
          if (!parsed.success) return repoErr('validation', parsed.error.issues[0]?.message ?? 'invalid worker', { id: w.id });
          checked.push(parsed.data);
        }
        return db.transaction('rw', db.enterprises, db.workers, async () => {
          if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
          const existing = (await live(enterpriseId)).items.map((i) => i.doc);
          const ids = new Set(existing.map((w) => w.id));
          const idNumbers = new Set(existing.map((w) => w.idNumber));
          for (const w of checked) {
            if (ids.has(w.id)) return repoErr('roster.workerIdTwice', `worker id ${w.id} is already on the roster`, { id: w.id });
            if (idNumbers.has(w.idNumber)) return repoErr('roster.idNumberTwice', 'an ID number is already on the roster', { id: w.id });
            ids.add(w.id);
            idNumbers.add(w.idNumber);
          }
          const at = deps.clock();
          await db.workers.bulkPut(checked.map((w) => docRowNew(enterpriseId, w.id, w, at)));
          return repoOk({ added: checked.length });
        });
      }),
  };
}
