// The small typed protocol between the screens and the file-reading worker: one job per worker (so one
// stuck or hostile file never holds up the others picked with it), progress while the bytes come in,
// then one outcome. Every failure travels as an error value inside the outcome, never as an exception.
import type { BackupDocument } from '../../../shared/backup/format';
import type { BundleOpened } from '../../../shared/bundle/format';
import type { SectorBundleOpened } from '../../../shared/bundle/sectorBundle';
import type { Result } from '../../../shared/result';

export type FileReadJob =
  /** A bundle to open: the picked file, or its bytes again with a password. */
  | { readonly kind: 'bundle'; readonly source: Blob | Uint8Array; readonly password?: string }
  /** A sector agreement's bundle to open (shared/bundle/sectorBundle.ts). */
  | { readonly kind: 'sectorBundle'; readonly source: Blob }
  /** A backup to read and check (backupParse); a sealed one comes back as its text, to be unlocked. */
  | { readonly kind: 'backup'; readonly source: Blob }
  /** A .docx or version file (.json) whose text fingerprint to read (shared/bundle/fileFingerprint.ts). */
  | { readonly kind: 'fingerprint'; readonly source: Blob; readonly name: string };

export type BackupReadValue = { readonly locked: string } | { readonly document: BackupDocument };

export type FileReadOutcome =
  | { readonly kind: 'bundle'; readonly bytes: Uint8Array<ArrayBuffer> | null; readonly opened: Result<BundleOpened> }
  | { readonly kind: 'sectorBundle'; readonly read: Result<SectorBundleOpened> }
  | { readonly kind: 'backup'; readonly read: Result<BackupReadValue> }
  | { readonly kind: 'fingerprint'; readonly read: Result<string> };

/** Worker → screen. `percent` of the file's bytes read so far, 0–100, sent when it moves on. */
export type FileReadMessage = { readonly type: 'progress'; readonly percent: number } | { readonly type: 'done'; readonly outcome: FileReadOutcome };

export type FileReadProgress = (percent: number) => void;
