// The browser edition's backup folder handle (File System Access API), kept in `meta`: handles are
// structured-cloneable, so IndexedDB stores them as they are; `meta` is not part of any backup (a handle
// has no JSON form and means nothing on another machine).
import { repoGuard, repoOk, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

const folderKey = 'backup.folder';

/** The stored handle if `accept` recognises it (restore-on-read), else null. */
export function backupFolderGet<T>(db: WageDeskDb, accept: (value: unknown) => value is T): Promise<RepoResult<T | null>> {
  return repoGuard(async () => {
    const value = (await db.meta.get(folderKey))?.value;
    return repoOk(accept(value) ? value : null);
  });
}

export function backupFolderSet(db: WageDeskDb, handle: object): Promise<RepoResult<void>> {
  return repoGuard(async () => {
    await db.meta.put({ key: folderKey, value: handle });
    return repoOk(undefined);
  });
}
