// Which tables a backup holds, and the check every row of a backup passes before anything is written:
// the same restore step as every read (restore.ts), plus unique keys. `meta` is not backed up: it
// describes this store (e.g. when it was last backed up), not the user's data. Nor is `witnessKeys`
// (schema 7): the witness key is a secret that a backup may carry only sealed with a passphrase
// (BackupDocument.witnessKey); a restore leaves this machine's key as it is.
import type { Table } from 'dexie';
import { z } from 'zod';
import { agreementRowRestore } from './agreementRepo';
import { repoErr, repoOk, type RepoResult } from './repoResult';
import { enterpriseRestore, personRestore, type RestoreOutcome } from './restore';
import { registryRowRestore as registryEntryRowRestore } from './registryRepo';
import { roundsFromV4 } from './roundMigration';
import { roundRowRestore } from './roundRepo';
import { sectorRowRestore } from './sectorRepo';
import { trustedKeyRowRestore } from './trustedKeyRepo';
import type { WageDeskDb } from './schema';
import { witnessKeyRowRedacted } from './witnessKeyRow';

export const backupTableNames = [
  'enterprises', 'people', 'settings',
  // Schema v4.
  'workers', 'ledgerEntries', 'agreements', 'registry', 'audit',
  // Schema v5.
  'rounds',
  // Schema v8: pinned keys (public). Not `enterpriseKeys`: this machine's private signing keys stay on it.
  'trustedKeys',
  // Schema v9.
  'sectorAgreements',
] as const;

/** Tables of backups written before schema v5, which restore folds into rounds as the v5 upgrade does. */
const v4OnlyTables = ['wageCases', 'negotiations', 'terms'] as const;
export type BackupTableName = (typeof backupTableNames)[number];

/** Rows as stored, per backed-up table (a table a backup from an older build lacks is empty). */
export type BackupRows = { readonly [N in BackupTableName]: readonly unknown[] };

/**
 * The backed-up tables of `db`. Always the declared properties (`db.people`, as every repository uses
 * them), never `db.table(name)`: Dexie hands out distinct objects for the two.
 */
export function backupTables(db: WageDeskDb): { readonly [N in BackupTableName]: Table<unknown, unknown> } {
  return {
    enterprises: db.enterprises, people: db.people, settings: db.settings,
    workers: db.workers, ledgerEntries: db.ledgerEntries, agreements: db.agreements, registry: db.registry,
    audit: db.audit, rounds: db.rounds, trustedKeys: db.trustedKeys, sectorAgreements: db.sectorAgreements,
  } as { readonly [N in BackupTableName]: Table<unknown, unknown> };
}

/** Every row of the backed-up tables; call inside a transaction for a consistent snapshot. */
export async function backupRowsRead(db: WageDeskDb): Promise<BackupRows> {
  const tables = backupTables(db);
  const rows = await Promise.all(backupTableNames.map((name) => tables[name].toArray()));
  return Object.fromEntries(backupTableNames.map((name, i) => [name, rows[i]!])) as unknown as BackupRows;
}

/** A settings row only needs its shape: an unreadable value reads as the default (settingsRepo.ts). */
const keyedRow = z.looseObject({ key: z.string().min(1), value: z.unknown() });

function settingRestore(raw: unknown): RestoreOutcome<unknown> {
  const parsed = keyedRow.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '_'}: ${issue.message}`).join('; ');
  return { ok: false, skipped: { id: null, reason } };
}

/**
 * The row envelope of the v4 document tables. Each feature validates its own `doc` on read with its
 * shared/ schema; here a backup row must at least have the envelope the repositories rely on.
 */
const docRow = z.looseObject({ id: z.string().min(1), enterpriseId: z.string().min(1), doc: z.unknown(), updatedAt: z.string().min(1) });
const auditRow = z.looseObject({
  seq: z.number().int().positive(), at: z.string().min(1), table: z.string(), key: z.string(),
  enterpriseId: z.string().nullable(), action: z.enum(['create', 'update', 'delete', 'restore', 'import']),
});

function shapeRestore(schema: z.ZodType, raw: unknown): RestoreOutcome<unknown> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '_'}: ${issue.message}`).join('; ');
  return { ok: false, skipped: { id: null, reason } };
}
const docRowRestore = (raw: unknown) => shapeRestore(docRow, raw);
const auditRowRestore = (raw: unknown) => shapeRestore(auditRow, raw);

interface TableRule {
  readonly key: 'id' | 'key' | 'enterpriseId' | 'creditCode' | 'seq';
  readonly restore: (raw: unknown) => RestoreOutcome<unknown>;
}

export const backupTableRules: Readonly<Record<BackupTableName, TableRule>> = {
  enterprises: { key: 'id', restore: enterpriseRestore },
  people: { key: 'id', restore: personRestore },
  settings: { key: 'key', restore: settingRestore },
  workers: { key: 'id', restore: docRowRestore },
  ledgerEntries: { key: 'id', restore: docRowRestore },
  agreements: { key: 'id', restore: agreementRowRestore },
  registry: { key: 'creditCode', restore: registryEntryRowRestore },
  audit: { key: 'seq', restore: auditRowRestore },
  rounds: { key: 'id', restore: roundRowRestore },
  trustedKeys: { key: 'id', restore: trustedKeyRowRestore },
  sectorAgreements: { key: 'id', restore: sectorRowRestore },
};

/** The primary key of a row that has passed `backupRowsCheck` (or any row read from the table). */
export function backupRowKey(table: BackupTableName, row: unknown): string {
  return String((row as Record<string, unknown>)[backupTableRules[table].key]);
}

function isBackupTable(name: string): name is BackupTableName {
  return (backupTableNames as readonly string[]).includes(name);
}

function invalidRow(table: string, index: number, reason: string): RepoResult<never> {
  return repoErr('backup.invalidRow', `${table}[${index}]: ${reason}`, { table, index, row: index + 1, reason });
}

type BackupTablesIn = { readonly schemaVersion: number; readonly tables: Readonly<Record<string, readonly unknown[]>> };

/** A backup from before schema v5 in the v5 shape: its wage cases, records, terms and clause wordings as rounds. */
function backupV4Folded(backup: BackupTablesIn): BackupTablesIn {
  const rows = (name: string) => (backup.tables[name] ?? []) as readonly Record<string, unknown>[];
  const { rounds, settingsMoved } = roundsFromV4(
    { enterprises: rows('enterprises'), wageCases: rows('wageCases'), negotiations: rows('negotiations'), terms: rows('terms'), settings: rows('settings') },
    new Date().toISOString(),
  );
  const moved = new Set(settingsMoved);
  const tables = Object.fromEntries(Object.entries(backup.tables).filter(([name]) => !(v4OnlyTables as readonly string[]).includes(name)));
  return { ...backup, tables: { ...tables, settings: rows('settings').filter((s) => !moved.has(String(s.key))), rounds } };
}

/** The table backups of format 1 held the clear witness key in; never written back. */
const witnessKeysTable = 'witnessKeys';

/** True when the file holds the witness key in clear text (a format 1 backup made after a key was created). */
export function backupHoldsClearWitnessKey(backup: BackupTablesIn): boolean {
  return (backup.tables[witnessKeysTable] ?? []).length > 0;
}

/**
 * The backup without its clear witness key: the `witnessKeys` table dropped and the audit trail's copies
 * of that row cut to their public fields, marked `redactedAt` (witnessKeyMigration.ts does the same to
 * the store), so a restore never writes the secret back.
 */
function backupWitnessKeyDropped(backup: BackupTablesIn): BackupTablesIn {
  if (!(witnessKeysTable in backup.tables)) return backup;
  const { [witnessKeysTable]: _dropped, ...tables } = backup.tables;
  const audit = (tables.audit ?? []).map((raw) => {
    const entry = raw as Record<string, unknown> | null;
    if (entry?.table !== witnessKeysTable) return raw;
    const cut = (copy: unknown) => (copy === null || copy === undefined ? null : witnessKeyRowRedacted(copy));
    return { ...entry, before: cut(entry.before), after: cut(entry.after), redactedAt: new Date().toISOString() };
  });
  return { ...backup, tables: tables.audit ? { ...tables, audit } : tables };
}

/**
 * Checks a parsed backup against this build: written by a schema this build knows, only tables it
 * knows, and every row restorable with unique keys. A table the file lacks is empty. Returns the rows
 * untouched (restore validates; it does not rewrite what is written back).
 */
export function backupRowsCheck(db: WageDeskDb, given: BackupTablesIn): RepoResult<BackupRows> {
  if (given.schemaVersion > db.verno) {
    return repoErr('backup.tooNew', `schema version ${given.schemaVersion}; this build has ${db.verno}`, { schemaVersion: given.schemaVersion });
  }
  const folded = given.schemaVersion < 5 ? backupV4Folded(given) : given;
  const backup = backupWitnessKeyDropped(folded);
  const unknown = Object.keys(backup.tables).filter((name) => !isBackupTable(name));
  if (unknown.length > 0) return repoErr('backup.tooNew', `tables this build does not know: ${unknown.join(', ')}`, { table: unknown[0] ?? '' });

  for (const table of backupTableNames) {
    const rows = backup.tables[table] ?? [];
    const keys = new Set<string>();
    for (const [index, raw] of rows.entries()) {
      const restored = backupTableRules[table].restore(raw);
      if (!restored.ok) return invalidRow(table, index, restored.skipped.reason);
      const key = backupRowKey(table, raw);
      if (keys.has(key)) return invalidRow(table, index, `duplicate key ${key}`);
      keys.add(key);
    }
  }
  return repoOk(Object.fromEntries(backupTableNames.map((name) => [name, backup.tables[name] ?? []])) as unknown as BackupRows);
}
