// The output-vs-wage case of each enterprise (one per enterprise, keyed by its id). Every function
// returns a RepoResult and never throws; a case that fails wageCaseParse is refused with that error
// (code case.* or scenario.*, params.field = the dotted path) and nothing is written.
import type { EnterpriseId } from '../../shared/enterprise/model';
import { wageCaseParse, wageCaseFileSchema, type WageCaseFile } from '../../shared/wage/caseFile';
import { rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';
import { wageCaseRestore, type StoredWageCase } from './wageCaseRestore';

export interface WageCaseRepo {
  /** The enterprise's case, or null when it has none yet. */
  get(enterpriseId: EnterpriseId): Promise<RepoResult<StoredWageCase | null>>;
  /** Checks the case and replaces the enterprise's stored case; the enterprise must exist and be live. */
  save(enterpriseId: EnterpriseId, file: WageCaseFile): Promise<RepoResult<StoredWageCase>>;
  /** Removes the enterprise's case; true when there was one. */
  remove(enterpriseId: EnterpriseId): Promise<RepoResult<boolean>>;
}

export function wageCaseRepo(db: WageDeskDb, deps: Pick<RepoDeps, 'clock'> = repoDepsDefault): WageCaseRepo {
  return {
    get: (enterpriseId) =>
      repoGuard(async () => {
        const row = await db.wageCases.get(enterpriseId);
        if (row === undefined) return repoOk(null);
        const restored = wageCaseRestore(row);
        return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id: enterpriseId });
      }),

    save: (enterpriseId, file) =>
      repoGuard(async () => {
        const checked = wageCaseParse(file);
        if (!checked.ok) return { ok: false, error: checked.error };
        // wageCaseParse accepted it, so the schema does too: store the normalised file (defaults filled in).
        const normalised = wageCaseFileSchema.parse(file);
        return db.transaction('rw', db.enterprises, db.wageCases, async () => {
          if (!rowLive(await db.enterprises.get(enterpriseId))) {
            return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
          }
          const record: StoredWageCase = { enterpriseId, case: normalised, updatedAt: deps.clock() };
          await db.wageCases.put(record);
          return repoOk(record);
        });
      }),

    remove: (enterpriseId) =>
      repoGuard(() =>
        db.transaction('rw', db.wageCases, async () => {
          const existed = (await db.wageCases.get(enterpriseId)) !== undefined;
          await db.wageCases.delete(enterpriseId);
          return repoOk(existed);
        }),
      ),
  };
}
