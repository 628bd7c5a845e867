// Saving a file the renderer produced (.docx, .pdf, backups): the user picks the place in the system
// save dialog, then the bytes go to a temporary file beside the target and are renamed over it, so a
// failed write (disk full, no permission) never leaves a half-written document behind.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileOutcome } from '../shared/ipc/contract';
import { resultErr, resultOk } from '../shared/result';
import type { Result } from '../shared/result';

export interface SaveDialogResult {
  readonly canceled: boolean;
  /** Empty when canceled (Electron ≥ 30); may be undefined in older typings. */
  readonly filePath?: string;
}

export interface FileWriter {
  /** fs.promises.writeFile; called with flag 'wx' so it never follows or clobbers an existing file. */
  writeFile(path: string, data: Uint8Array, options: { readonly flag: 'wx' }): Promise<void>;
  /** fs.promises.rename; replaces the target on every platform (MoveFileEx with REPLACE_EXISTING on Windows). */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface SaveFileDeps extends FileWriter {
  /** dialog.showSaveDialog already bound to the parent window (see handlers.ts). */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogResult>;
  /** Folder the dialog opens in, e.g. app.getPath('documents'); the file name alone when absent. */
  readonly defaultDir?: string;
  /** Unique part of the temporary file's name; tests pin it. */
  readonly tempId?: () => string;
}

export interface FileToSave {
  readonly suggestedName: string;
  readonly data: Uint8Array;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const NO_PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * A write error as a stable code the UI translates (renderer/i18n: errors.file.*). The message is
 * English and names no path: paths may hold the user's name, and users only see the translated code.
 */
export function fileWriteError(error: unknown): Result<never> {
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const params = typeof errno === 'string' ? { errno } : undefined;
  if (errno && DISK_FULL.has(errno)) return resultErr('file.diskFull', `Writing the file failed: no space left on the device (${errno}).`, params);
  if (errno && NO_PERMISSION.has(errno)) return resultErr('file.noPermission', `Writing the file failed: the location is not writable (${errno}).`, params);
  return resultErr('file.writeFailed', `Writing the file failed${errno ? ` (${errno})` : ''}.`, params);
}

/** Path of the temporary file: hidden, in the target's folder (a rename across file systems would not be atomic). */
export function tempPathFor(target: string, id: string): string {
  return join(dirname(target), `.${basename(target)}.${id}.tmp`);
}

/** Writes data to a temporary file beside target, then renames it into place; on any failure the temporary file is removed and target is untouched. */
export async function writeFileAtomic(fs: FileWriter, target: string, data: Uint8Array, tempId: string = randomUUID()): Promise<Result<void>> {
  const temp = tempPathFor(target, tempId);
  const removeTemp = () => fs.unlink(temp).catch(() => undefined);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
  } catch (error) {
    // EEXIST: the name belongs to someone else's file, which is not ours to delete.
    if ((error as NodeJS.ErrnoException | null)?.code !== 'EEXIST') await removeTemp();
    return fileWriteError(error);
  }
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await removeTemp();
    return fileWriteError(error);
  }
  return resultOk(undefined);
}

export async function saveFileWithDialog(deps: SaveFileDeps, file: FileToSave): Promise<Result<SaveFileOutcome>> {
  const choice = await deps.showSaveDialog({
    defaultPath: deps.defaultDir ? join(deps.defaultDir, file.suggestedName) : file.suggestedName,
    filters: file.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return resultOk({ saved: false });
  const written = await writeFileAtomic(deps, choice.filePath, file.data, deps.tempId?.());
  return written.ok ? resultOk({ saved: true, path: choice.filePath }) : written;
}
