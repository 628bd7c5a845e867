// What the app needs from the machine it runs on. One contract, two implementations:
// desktop (through the preload bridge to the main process) and browser (download links, window.print,
// and a folder the user chose where the browser has the File System Access API).
import type { Result } from '../../shared/result';
import type { BackupFileInfo, SaveFileOutcome } from '../../shared/ipc/contract';

export interface FileToSave {
  readonly suggestedName: string;
  readonly data: Uint8Array<ArrayBuffer>;
  readonly mimeType: string;
  /** Extensions offered in the desktop save dialog, e.g. ['docx']. */
  readonly extensions: readonly string[];
}

export type { BackupFileInfo };

/** Where automatic backups go (renderer/app/autoBackup.ts), for Settings to show. */
export type BackupDestination =
  /** Desktop: a folder of the app's own (inside its user-data folder), with the files in it, newest first. */
  | { readonly kind: 'appFolder'; readonly where: string; readonly files: readonly BackupFileInfo[] }
  /** Browser: the folder the user chose; `writable` false until the browser's permission is granted again. */
  | { readonly kind: 'chosenFolder'; readonly where: string; readonly writable: boolean }
  /** Browser: nowhere; the user downloads backups by hand. `canChoose`: a folder can be chosen here. */
  | { readonly kind: 'none'; readonly canChoose: boolean };

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  saveFile(file: FileToSave): Promise<Result<SaveFileOutcome>>;
  /** Opens the system print dialog for the current page. */
  print(): Promise<Result<{ readonly printed: boolean }>>;
  /** Where automatic backups go now. */
  backupDestination(): Promise<Result<BackupDestination>>;
  /** True when `backupWrite` can write now without asking the user anything (cheap: no listing). */
  backupAutomatic(): Promise<boolean>;
  /**
   * Writes one rolling backup file (shared/backup/rolling.ts names it after `createdAt` and keeps a
   * bounded number). `where` says where it went, for the user. Errors: file.diskFull, file.noPermission,
   * file.writeFailed, backup.noFolder, backup.folderPermission, backup.folderMissing.
   */
  backupWrite(text: string, createdAt: string): Promise<Result<{ readonly where: string }>>;
  /** Browser with the File System Access API: asks for a folder (a user gesture); ok(null) if the user cancelled. */
  backupFolderChoose?(): Promise<Result<{ readonly where: string } | null>>;
  /** Browser: asks again for permission to write to the chosen folder (a user gesture); ok(granted). */
  backupFolderPermit?(): Promise<Result<boolean>>;
}
