// What the app needs from the machine it runs on. One contract, two implementations:
// desktop (through the preload bridge to the main process) and browser (download links, window.print).
import type { Result } from '../../shared/result';
import type { SaveFileOutcome } from '../../shared/ipc/contract';

export interface FileToSave {
  readonly suggestedName: string;
  readonly data: Uint8Array<ArrayBuffer>;
  readonly mimeType: string;
  /** Extensions offered in the desktop save dialog, e.g. ['docx']. */
  readonly extensions: readonly string[];
}

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  saveFile(file: FileToSave): Promise<Result<SaveFileOutcome>>;
  /** Opens the system print dialog for the current page. */
  print(): Promise<Result<{ readonly printed: boolean }>>;
  /** Folder where file backups are written, or null where the user downloads them by hand. */
  backupLocation(): Promise<string | null>;
}
