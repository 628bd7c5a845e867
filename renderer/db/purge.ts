// Removing soft-deleted rows for good, once the chance to undo has long passed.
import { repoGuard, repoOk, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

export interface PurgeCount {
  readonly enterprises: number;
  readonly people: number;
  readonly rounds: number;
}

/**
 * Hard-deletes enterprises and people deleted before `before` (ISO instant), and every person and round
 * of a purged enterprise. Uses the v2 `deletedAt` index, which holds deleted rows only.
 */
export function purgeRemoved(db: WageDeskDb, before: string): Promise<RepoResult<PurgeCount>> {
  return repoGuard(() =>
    db.transaction('rw', db.enterprises, db.people, db.rounds, async () => {
      const enterpriseIds = (await db.enterprises.where('deletedAt').below(before).primaryKeys()) as string[];
      const orphanIds = (await db.people.where('enterpriseId').anyOf(enterpriseIds).primaryKeys()) as string[];
      const deletedIds = (await db.people.where('deletedAt').below(before).primaryKeys()) as string[];
      const personIds = [...new Set([...orphanIds, ...deletedIds])];
      const roundIds = (await db.rounds.where('enterpriseId').anyOf(enterpriseIds).primaryKeys()) as string[];
      await db.people.bulkDelete(personIds);
      await db.rounds.bulkDelete(roundIds);
      await db.enterprises.bulkDelete(enterpriseIds);
      return repoOk({ enterprises: enterpriseIds.length, people: personIds.length, rounds: roundIds.length });
    }),
  );
}
