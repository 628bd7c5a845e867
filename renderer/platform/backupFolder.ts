// The browser edition's backup folder: where the File System Access API exists (Chromium browsers), the
// user chooses a folder once in Settings and rolling backups go there, named and pruned exactly like the
// desktop app's (shared/backup/rolling.ts). The handle is kept in IndexedDB (db/backupFolderMeta.ts);
// after a reload the browser usually asks again before writing, which needs a click (Settings).
import { rollingBackupName, rollingBackupRuleDefault, rollingBackupsSorted, rollingBackupsToDelete } from '../../shared/backup/rolling';
import { resultErr, resultOk, type Result } from '../../shared/result';

/** The parts of FileSystemDirectoryHandle and its files that are used here (the DOM library lacks some). */
export interface BackupWritable {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export interface BackupFileHandle {
  createWritable(): Promise<BackupWritable>;
}

export type FolderPermission = 'granted' | 'denied' | 'prompt';

export interface BackupDirHandle {
  readonly kind: 'directory';
  readonly name: string;
  getFileHandle(name: string, options?: { readonly create?: boolean }): Promise<BackupFileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
  queryPermission?(descriptor: { readonly mode: 'readwrite' }): Promise<FolderPermission>;
  requestPermission?(descriptor: { readonly mode: 'readwrite' }): Promise<FolderPermission>;
}

/** Restore-on-read for the stored handle: anything else (or a handle from a browser without these methods) reads as no folder. */
export function isBackupDirHandle(value: unknown): value is BackupDirHandle {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === 'directory' && typeof v.name === 'string' && typeof v.getFileHandle === 'function' && typeof v.removeEntry === 'function' && typeof v.keys === 'function';
}

/** Permission to write to the folder; `ask` requests it, which the browser allows only during a click. */
export async function backupFolderPermission(dir: BackupDirHandle, ask = false): Promise<FolderPermission> {
  const descriptor = { mode: 'readwrite' } as const;
  try {
    const state = dir.queryPermission ? await dir.queryPermission(descriptor) : 'granted';
    if (state !== 'prompt' || !ask || !dir.requestPermission) return state;
    return await dir.requestPermission(descriptor);
  } catch {
    return 'denied';
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';
}

/** A File System Access error as a stable code (renderer/i18n: errors.*). */
export function backupFolderError(error: unknown): Result<never> {
  const name = errorName(error);
  const params = name ? { name } : undefined;
  if (name === 'QuotaExceededError') return resultErr('file.diskFull', 'Writing the backup failed: no space left.', params);
  if (name === 'NotAllowedError' || name === 'SecurityError') return resultErr('backup.folderPermission', 'The browser does not allow writing to the backup folder now.', params);
  if (name === 'NotFoundError') return resultErr('backup.folderMissing', 'The backup folder was moved or deleted.', params);
  return resultErr('file.writeFailed', `Writing the backup failed${name ? ` (${name})` : ''}.`, params);
}

async function fileExists(dir: BackupDirHandle, name: string): Promise<boolean> {
  try {
    await dir.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes one rolling backup into the folder, then deletes the ones the retention rule drops. The
 * browser writes to a swap file and swaps it in on close(), so a failed write (a full disk) leaves an
 * older file of the same name as it was; a file this call created is removed again. Old backups are
 * deleted only after the new one is complete.
 */
export async function backupFolderWrite(dir: BackupDirHandle, text: string, createdAt: string): Promise<Result<{ readonly where: string; readonly kept: number }>> {
  const name = rollingBackupName(new Date(createdAt));
  const where = `${dir.name}/${name}`;
  const existed = await fileExists(dir, name);
  let writable: BackupWritable | undefined;
  try {
    const file = await dir.getFileHandle(name, { create: true });
    writable = await file.createWritable();
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable?.abort().catch(() => undefined);
    if (!existed) await dir.removeEntry(name).catch(() => undefined);
    return backupFolderError(error);
  }

  const names: string[] = [];
  try {
    for await (const entry of dir.keys()) names.push(entry);
  } catch {
    return resultOk({ where, kept: 1 }); // the new file is safe; pruning waits for the next write
  }
  if (!names.includes(name)) names.push(name);
  const doomed = rollingBackupsToDelete(names, name, rollingBackupRuleDefault);
  let failed = 0;
  for (const old of doomed) {
    try {
      await dir.removeEntry(old);
    } catch {
      failed++;
    }
  }
  return resultOk({ where, kept: rollingBackupsSorted(names).length - doomed.length + failed });
}
