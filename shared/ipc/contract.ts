// The one typed contract between the renderer and the main process. One channel per message; each
// request has a zod schema that the main process checks before its handler runs (the renderer is
// untrusted input). Handlers return Result values; nothing throws across the bridge.
import { z } from 'zod';
import type { Result } from '../result';

export const saveFileRequest = z.object({
  /** File name offered in the save dialog, e.g. "工资专项集体合同.docx". */
  suggestedName: z.string().min(1).max(200).refine((n) => !/[\\/]/.test(n), 'no path separators'),
  data: z.instanceof(Uint8Array),
  filters: z
    .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10) }))
    .max(10)
    .default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequest>;
export type SaveFileOutcome = { readonly saved: true; readonly path: string } | { readonly saved: false };

export const printRequest = z.object({
  /** true: open the system print dialog; false is never allowed to print silently from the renderer. */
  dialog: z.literal(true).default(true),
});
export type PrintRequest = z.input<typeof printRequest>;

export const printToPdfRequest = z.object({
  suggestedName: z.string().min(1).max(200).refine((n) => !/[\\/]/.test(n), 'no path separators'),
});
export type PrintToPdfRequest = z.input<typeof printToPdfRequest>;

export const appInfoRequest = z.object({}).strict();
export interface AppInfo {
  readonly version: string;
  /** Where file backups are written (a folder outside IndexedDB). */
  readonly backupDir: string;
  readonly platform: string;
}

/** Largest backup the main process writes: UTF-8 bytes of its text (a year of data is a few MB). */
export const backupTextMaxBytes = 200 * 1024 * 1024;

/** UTF-8 length of a string without encoding it (a lone surrogate counts as U+FFFD, 3 bytes, as TextEncoder writes it). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const backupWriteRequest = z.object({
  /** The backup file's text (shared/backup/format.ts backupText). Each UTF-16 unit is at least one byte, so the cheap length check runs first. */
  text: z
    .string()
    .min(1)
    .max(backupTextMaxBytes, 'backup larger than 200 MB')
    .refine((text) => utf8ByteLength(text) <= backupTextMaxBytes, 'backup larger than 200 MB'),
  /** The document's createdAt: names the file (local time of the main process). */
  createdAt: z.iso.datetime({ offset: true }),
});
export type BackupWriteRequest = z.input<typeof backupWriteRequest>;
export interface BackupWriteOutcome {
  /** Full path of the file written. */
  readonly path: string;
  /** Rolling backups in the folder after old ones were deleted (the new one included). */
  readonly kept: number;
}

export const backupListRequest = z.object({}).strict();
export interface BackupFileInfo {
  readonly name: string;
  readonly bytes: number;
  /** ISO instant of the file's last modification. */
  readonly modifiedAt: string;
}
export interface BackupListing {
  /** The folder automatic backups go to. */
  readonly dir: string;
  /** Rolling backups in it, newest first. */
  readonly files: readonly BackupFileInfo[];
}

/** A witness key's public key: 32 bytes as 64 lowercase hex digits (names the key's file in the vault). */
const witnessPublicKeyHex = z.string().regex(/^[0-9a-f]{64}$/, 'a 32-byte public key in lowercase hex');

/** Largest message the vault signs: a witness signature covers a short canonical text (shared/witness/identity.ts). */
export const witnessMessageMaxBytes = 64 * 1024;

export const witnessProtectionRequest = z.object({}).strict();
/** Whether the OS can protect the witness key here (Electron safeStorage; docs/security.md, "The witness key"). */
export interface WitnessProtection {
  /** True when safeStorage encrypts with a real OS secret (DPAPI, Keychain, a Linux secret store). */
  readonly available: boolean;
}

export const witnessSealRequest = z.object({
  /** The 32-byte Ed25519 seed, sent once when a key is made or imported; the renderer zeroes its copy after. */
  seed: z.instanceof(Uint8Array).refine((seed) => seed.length === 32, 'a 32-byte seed'),
  /** The key the seed must give; the vault refuses a seed that gives another (witness.keyMismatch). */
  publicKeyHex: witnessPublicKeyHex,
});
export type WitnessSealRequest = z.input<typeof witnessSealRequest>;

export const witnessSignRequest = z.object({
  publicKeyHex: witnessPublicKeyHex,
  message: z.instanceof(Uint8Array).refine((message) => message.length <= witnessMessageMaxBytes, 'message larger than 64 KiB'),
});
export type WitnessSignRequest = z.input<typeof witnessSignRequest>;

/** Request schema for each channel: the main process validates with these before any handler runs. */
export const ipcRequestSchemas = {
  'file:save': saveFileRequest,
  'print:dialog': printRequest,
  'print:pdf': printToPdfRequest,
  'app:info': appInfoRequest,
  'backup:write': backupWriteRequest,
  'backup:list': backupListRequest,
  'witness:protection': witnessProtectionRequest,
  'witness:seal': witnessSealRequest,
  'witness:sign': witnessSignRequest,
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;

/** The response each channel resolves to. */
export interface IpcResponses {
  'file:save': Result<SaveFileOutcome>;
  'print:dialog': Result<{ readonly printed: boolean }>;
  'print:pdf': Result<SaveFileOutcome>;
  'app:info': Result<AppInfo>;
  'backup:write': Result<BackupWriteOutcome>;
  'backup:list': Result<BackupListing>;
  'witness:protection': Result<WitnessProtection>;
  'witness:seal': Result<{ readonly publicKeyHex: string }>;
  /** The 64-byte Ed25519 signature. */
  'witness:sign': Result<{ readonly signature: Uint8Array }>;
}

export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcRequestSchemas)[C]>;
export type IpcParsedRequest<C extends IpcChannel> = z.output<(typeof ipcRequestSchemas)[C]>;

/** What the preload exposes as `window.wagedesk`: one typed function for every channel. */
export type DesktopBridge = {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponses[C]>;
};

export const ipcChannels = Object.keys(ipcRequestSchemas) as IpcChannel[];
