// When this store was last backed up, kept in `meta` (facts about the store, not user data, so a
// restore leaves it alone).
import { z } from 'zod';
import { repoGuard, repoOk, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

const lastBackupKey = 'backup.lastAt';
const isoInstant = z.iso.datetime({ offset: true });

/** ISO instant of the last backup saved from this store, or null if none was (or it is unreadable). */
export function backupLastAt(db: WageDeskDb): Promise<RepoResult<string | null>> {
  return repoGuard(async () => {
    const parsed = isoInstant.safeParse((await db.meta.get(lastBackupKey))?.value);
    return repoOk(parsed.success ? parsed.data : null);
  });
}

export function backupLastAtSet(db: WageDeskDb, at: string): Promise<RepoResult<string>> {
  return repoGuard(async () => {
    await db.meta.put({ key: lastBackupKey, value: at });
    return repoOk(at);
  });
}
