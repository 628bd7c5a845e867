// Automatic file backups in the desktop app: the renderer sends a backup's text after changes and once a
// day (renderer/app/autoBackup.ts); it lands in <userData>/backups, outside IndexedDB, so a damaged
// database does not take its backups with it. Names and the retention rule: shared/backup/rolling.ts.
// A write goes to a temporary file and is renamed into place (files.ts); old files are deleted only
// after that succeeded, so a full disk loses nothing that was there before.
import { join } from 'node:path';
import type { BackupFileInfo, BackupListing, BackupWriteOutcome } from '../shared/ipc/contract';
import { resultErr, resultOk } from '../shared/result';
import type { Result } from '../shared/result';
import { rollingBackupName, rollingBackupRuleDefault, rollingBackupsSorted, rollingBackupsToDelete } from '../shared/backup/rolling';
import type { RollingBackupRule } from '../shared/backup/rolling';
import { fileWriteError, writeFileAtomic } from './files';
import type { FileWriter } from './files';

/** The fs.promises functions the backups need (main.ts passes the real ones). */
export interface BackupFs extends FileWriter {
  mkdir(path: string, options: { readonly recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ readonly size: number; readonly mtime: Date; isFile(): boolean }>;
}

export interface BackupFolder {
  readonly fs: BackupFs;
  /** Where the backups go, e.g. <userData>/backups (appInfo.ts). */
  readonly dir: string;
}

export interface BackupWriteDeps extends BackupFolder {
  readonly rule?: RollingBackupRule;
  /** Unique part of the temporary file's name; tests pin it. */
  readonly tempId?: () => string;
  /** Told about old backups that could not be deleted (they stay; the next write tries again). */
  readonly log?: (message: string, detail?: unknown) => void;
}

function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** File names in the folder; an absent folder has none. */
async function folderNames(folder: BackupFolder): Promise<Result<string[]>> {
  try {
    return resultOk(await folder.fs.readdir(folder.dir));
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ENOENT') return resultOk([]);
    return resultErr('backup.listFailed', `Reading the backup folder failed${errno ? ` (${errno})` : ''}.`, errno ? { errno } : undefined);
  }
}

/**
 * Writes one rolling backup named after `createdAt`, then applies the retention rule. A second backup
 * within the same second replaces the first (it is the newer snapshot of the same data). Errors:
 * file.diskFull, file.noPermission, file.writeFailed (from files.ts); nothing old is deleted then.
 */
export async function backupWrite(deps: BackupWriteDeps, request: { readonly text: string; readonly createdAt: string }): Promise<Result<BackupWriteOutcome>> {
  const createdAt = new Date(request.createdAt);
  if (Number.isNaN(createdAt.getTime())) return resultErr('ipc.badRequest', 'createdAt is not an instant.');
  const name = rollingBackupName(createdAt);
  const path = join(deps.dir, name);
  try {
    await deps.fs.mkdir(deps.dir, { recursive: true });
  } catch (error) {
    return fileWriteError(error);
  }
  const written = await writeFileAtomic(deps.fs, path, new TextEncoder().encode(request.text), deps.tempId?.());
  if (!written.ok) return written;

  const names = await folderNames(deps);
  // The new file is safe; failing to list or prune only means old files stay a little longer.
  if (!names.ok) return resultOk({ path, kept: 1 });
  const doomed = rollingBackupsToDelete(names.value, name, deps.rule ?? rollingBackupRuleDefault);
  let failed = 0;
  for (const old of doomed) {
    try {
      await deps.fs.unlink(join(deps.dir, old));
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') {
        failed++;
        deps.log?.(`could not delete old backup ${old}`, error);
      }
    }
  }
  const present = rollingBackupsSorted(names.value.includes(name) ? names.value : [...names.value, name]).length;
  return resultOk({ path, kept: present - doomed.length + failed });
}

/** The rolling backups in the folder, newest first (by the instant in their names). */
export async function backupList(folder: BackupFolder): Promise<Result<BackupListing>> {
  const names = await folderNames(folder);
  if (!names.ok) return names;
  const files: BackupFileInfo[] = [];
  for (const { name } of rollingBackupsSorted(names.value)) {
    try {
      const stat = await folder.fs.stat(join(folder.dir, name));
      if (stat.isFile()) files.push({ name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() });
    } catch {
      // Deleted between readdir and stat (a concurrent prune): it is simply not listed.
    }
  }
  return resultOk({ dir: folder.dir, files });
}
