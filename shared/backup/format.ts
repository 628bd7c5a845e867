// The backup file, format version 2 (docs/backup-format.md): one JSON document holding every row of
// every backed-up table exactly as stored, a SHA-256 of each table's canonical JSON, and a SHA-256 of
// the whole document except that last checksum. Pure: the database side lives in renderer/db/backup.ts,
// which also validates each row with the same restore step as every read.
// Version 2 (schema 7): the witness key is no longer a table of the backup. A file may carry it only as
// `witnessKey`, sealed with a passphrase the user chose (shared/witness/sealed.ts), and only when the
// user asked. Version 1 files are still read; renderer/db/backupRows.ts drops the clear key they hold.
import { z } from 'zod';
import { resultErr, resultOk, type Result } from '../result';
import { canonicalJson } from './canonicalJson';
import { jsonDepthMax, jsonTextTooDeep } from './jsonDepth';
import { sha256Hex } from './sha256';
import { sealedWitnessKeySchema, type SealedWitnessKey } from '../witness/sealed';

export const backupFormatTag = 'wagedesk-backup';
/** The version this build writes; it reads this and every earlier one. */
export const backupFormatVersion = 2;

/** Table name → its rows, as stored. */
export type BackupTables = Readonly<Record<string, readonly unknown[]>>;

/** Who wrote the backup and when: the fields a reader checks before trusting the rows. */
export interface BackupHeader {
  /** Version of the app that wrote the file (package.json `version`). */
  readonly appVersion: string;
  /** Dexie schema version of the store the rows came from (renderer/db/schema.ts). */
  readonly schemaVersion: number;
  /** ISO 8601 instant. */
  readonly createdAt: string;
}

export interface BackupDocument extends BackupHeader {
  readonly format: typeof backupFormatTag;
  /** 1: written before schema 7, may hold the witness key in clear in `tables.witnessKeys`. */
  readonly formatVersion: 1 | typeof backupFormatVersion;
  readonly tables: BackupTables;
  /** Version 2, only when the user asked: the witness key sealed under their passphrase. */
  readonly witnessKey?: SealedWitnessKey;
  /** Table name → lower-case hex SHA-256 of the canonical JSON of that table's rows. */
  readonly checksums: Readonly<Record<string, string>>;
  /** Lower-case hex SHA-256 of the canonical JSON of this document without `checksum`. */
  readonly checksum: string;
}

/** The `table` param of a `backup.damaged` error when the header, not a table, fails its checksum. */
export const backupHeaderPart = 'header';

const sha256Text = z.string().regex(/^[0-9a-f]{64}$/);

/** The envelope of versions 1 and 2; unknown extra fields are kept (they are covered by `checksum`). */
const envelope = z.looseObject({
  format: z.literal(backupFormatTag),
  formatVersion: z.union([z.literal(1), z.literal(backupFormatVersion)]),
  witnessKey: sealedWitnessKeySchema.optional(),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  tables: z.record(z.string(), z.array(z.unknown())),
  checksums: z.record(z.string(), sha256Text),
  checksum: sha256Text,
});

async function canonicalHash(value: unknown): Promise<Result<string>> {
  const text = canonicalJson(value);
  return text.ok ? resultOk(await sha256Hex(text.value)) : text;
}

/**
 * Builds the document for `tables`. Fails with `backup.unserializable` (params: table, path) when a
 * row holds something JSON cannot carry faithfully (NaN, Infinity, a Date…): better no file than a file
 * that would restore different data.
 */
export async function backupDocumentBuild(header: BackupHeader, tables: BackupTables, witnessKey?: SealedWitnessKey): Promise<Result<BackupDocument>> {
  const checksums: Record<string, string> = {};
  for (const name of Object.keys(tables).sort()) {
    const hash = await canonicalHash(tables[name]);
    if (!hash.ok) {
      return resultErr('backup.unserializable', `table ${name}: ${hash.error.message}`, { table: name, path: String(hash.error.params?.path ?? '') });
    }
    checksums[name] = hash.value;
  }
  const content = {
    format: backupFormatTag,
    formatVersion: backupFormatVersion,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
    createdAt: header.createdAt,
    tables,
    checksums,
    ...(witnessKey ? { witnessKey } : {}),
  } as const;
  const checksum = await canonicalHash(content);
  if (!checksum.ok) return resultErr('backup.unserializable', checksum.error.message, { table: backupHeaderPart, path: '' });
  return resultOk({ ...content, checksum: checksum.value });
}

/** The file's text: indented so a person can read it; whitespace does not affect the checksums. */
export function backupText(document: BackupDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a backup file's text and checks it end to end. Errors, in the order checked:
 * `backup.tooDeep` (arrays and objects nested past jsonDepthMax: refused before anything recursive);
 * `backup.notJson`; `backup.notBackup` (no wagedesk-backup tag); `backup.tooNew` (params: formatVersion);
 * `backup.malformed` (the envelope lacks a field or has one of the wrong type);
 * `backup.damaged` (params: table, the first table, or `header`, whose checksum does not match);
 * `backup.unreadable` (params: message) for anything else, never an exception.
 * Rows are not validated here: renderer/db/backup.ts restores each one before anything is written.
 */
export async function backupParse(text: string): Promise<Result<BackupDocument>> {
  try {
    if (jsonTextTooDeep(text)) return resultErr('backup.tooDeep', `the file nests deeper than ${jsonDepthMax} levels`);
    return await backupParseChecked(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('backup.unreadable', `the backup could not be read: ${message}`, { message });
  }
}

async function backupParseChecked(text: string): Promise<Result<BackupDocument>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return resultErr('backup.notJson', String(error));
  }
  if (!isRecord(raw) || raw.format !== backupFormatTag) return resultErr('backup.notBackup', 'no wagedesk-backup format tag');
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > backupFormatVersion) {
    return resultErr('backup.tooNew', `format version ${version}; this build reads up to ${backupFormatVersion}`, { formatVersion: version });
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return resultErr('backup.malformed', detail);
  }
  const document = parsed.data;

  const names = [...new Set([...Object.keys(document.tables), ...Object.keys(document.checksums)])].sort();
  for (const name of names) {
    const rows = document.tables[name];
    const hash = rows === undefined ? null : await canonicalHash(rows);
    if (!hash?.ok || hash.value !== document.checksums[name]) {
      return resultErr('backup.damaged', `checksum of table ${name} does not match`, { table: name });
    }
  }
  const { checksum, ...content } = document;
  const hash = await canonicalHash(content);
  if (!hash.ok || hash.value !== checksum) {
    return resultErr('backup.damaged', 'checksum of the document does not match', { table: backupHeaderPart });
  }
  return resultOk(document as BackupDocument);
}
