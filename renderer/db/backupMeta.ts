// When this store was last backed up, and when its data last changed, kept in `meta` (facts about the
// store, not user data, so a restore leaves them alone). Together they say whether a backup is owed.
import { z } from 'zod';
import { repoGuard, repoOk, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

const lastBackupKey = 'backup.lastAt';
const changedKey = 'backup.changedAt';
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

/** ISO instant of the last change to backed-up data (renderer/app/autoBackup.ts notes it), or null if unknown. */
export function backupChangedAt(db: WageDeskDb): Promise<RepoResult<string | null>> {
  return repoGuard(async () => {
    const parsed = isoInstant.safeParse((await db.meta.get(changedKey))?.value);
    return repoOk(parsed.success ? parsed.data : null);
  });
}

export function backupChangedAtSet(db: WageDeskDb, at: string): Promise<RepoResult<string>> {
  return repoGuard(async () => {
    await db.meta.put({ key: changedKey, value: at });
    return repoOk(at);
  });
}
