// Whole-store backup and restore (format: shared/backup/format.ts, docs/backup-format.md).
// A backup holds every row of every backed-up table, soft-deleted ones included, so undo history and
// records restore.ts could not read survive. A restore checks every row first and then replaces the
// whole content in one transaction: it either all happens or none of it does.
import type { Table } from 'dexie';
import { version as appVersionCurrent } from '../../package.json';
import { backupDocumentBuild, type BackupDocument } from '../../shared/backup/format';
import {
  backupRowsCheck,
  backupRowsRead,
  backupTableNames,
  backupTableRules,
  backupTables,
  type BackupRows,
  type BackupTableName,
} from './backupRows';
import { repoGuard, repoOk, type RepoResult } from './repoResult';
import { auditChainCheck, type AuditChainRow, type AuditCheck } from '../../shared/audit/chain';
import { AUDIT_HEAD_KEY, auditActor, auditEntriesChained, auditSuspended, type AuditRow } from './auditTrail';
import type { WageDeskDb } from './schema';
import { witnessKeyRepo } from './witnessKeyRepo';

export type BackupRowCounts = Readonly<Record<BackupTableName, number>>;

export interface BackupCreated {
  readonly document: BackupDocument;
  readonly rowCounts: BackupRowCounts;
  /**
   * Rows in the file that restore.ts cannot read (damaged in this store). They are kept so a person can
   * still rescue them, but a file holding any of them is refused by `backupRestore`.
   */
  readonly unreadable: number;
}

export interface BackupDeps {
  /** ISO 8601 instant for `createdAt`. */
  readonly clock: () => string;
  readonly appVersion: string;
}

export const backupDepsDefault: BackupDeps = {
  clock: () => new Date().toISOString(),
  appVersion: appVersionCurrent,
};

function rowCounts(rows: BackupRows): BackupRowCounts {
  return Object.fromEntries(backupTableNames.map((name) => [name, rows[name].length])) as Record<BackupTableName, number>;
}

async function tableReplace<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
  await table.clear();
  await table.bulkPut([...rows]);
}

export interface BackupOptions {
  /**
   * Set only when the user ticked "include the witness key": the key's passphrase, which must open its
   * sealed copy; the file then carries that sealed copy as `witnessKey`. Never the clear key.
   * Errors: witness.missing, witness.notExportable, witness.wrongPassphrase.
   */
  readonly witnessKeyPassphrase?: string;
}

/**
 * Every row of every backed-up table, read in one transaction so the file is a consistent snapshot.
 * The witness key is not among them (backupRows.ts); see `BackupOptions`.
 */
export function backupCreate(db: WageDeskDb, deps: BackupDeps = backupDepsDefault, options: BackupOptions = {}): Promise<RepoResult<BackupCreated>> {
  return repoGuard(async () => {
    let witnessKey;
    if (options.witnessKeyPassphrase !== undefined) {
      const sealed = await witnessKeyRepo(db).sealedExport(options.witnessKeyPassphrase);
      if (!sealed.ok) return sealed;
      witnessKey = sealed.value;
    }
    const tables = await db.transaction('r', Object.values(backupTables(db)), () => backupRowsRead(db));
    const header = { appVersion: deps.appVersion, schemaVersion: db.verno, createdAt: deps.clock() };
    const built = await backupDocumentBuild(header, tables, witnessKey);
    if (!built.ok) return built;
    const unreadable = backupTableNames.reduce(
      (sum, name) => sum + tables[name].filter((row) => !backupTableRules[name].restore(row).ok).length,
      0,
    );
    return repoOk({ document: built.value, rowCounts: rowCounts(tables), unreadable });
  });
}

/** Where the restored backup came from, for its entry in the trail. */
export interface BackupOrigin {
  /** The file's name as the user chose it (no path); null when not known. */
  readonly fileName: string | null;
}

/** What the restore's own audit entry holds (action 'restore', table 'backup'): the file, and rows before and after. */
export interface BackupRestoreRecord {
  readonly fileName: string | null;
  /** The backup's own creation time and build. */
  readonly createdAt: string;
  readonly appVersion: string;
  readonly rowsBefore: BackupRowCounts;
  readonly rowsAfter: BackupRowCounts;
  /** The backup's trail checked as it came in (its last entry taken as its head: the file carries none). */
  readonly trail: AuditCheck;
}

/** The last entry of a trail that has a hash: where the chain goes on. */
function trailLastHashed(rows: readonly unknown[]): AuditChainRow | undefined {
  return (rows as readonly AuditChainRow[]).filter((r) => typeof r.hash === 'string').sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).at(-1);
}

/** The backup's trail as a chain ending at its own last hashed entry. */
function trailIncomingCheck(rows: readonly unknown[]): AuditCheck {
  const last = trailLastHashed(rows);
  return auditChainCheck(rows as readonly AuditChainRow[], last ? { seq: last.seq ?? 0, hash: last.hash! } : null);
}

/**
 * Replaces the content of every backed-up table with the backup's rows, exactly as they are in the file.
 * Refuses the whole backup, writing nothing, when any row fails to restore (`backup.invalidRow`, params:
 * table, index, row (1-based), reason) or the file is from a newer build (`backup.tooNew`). A storage
 * failure part way (a full disk: `storage.quota`) rolls the transaction back: the old data stays.
 * `meta` is left alone but for the trail's head. After the backup's rows, in the same transaction, the
 * restore writes its own entry (who, when, which file, rows before and after, whether the backup's trail
 * is whole), chained onto the backup's trail: a restore is never silent in the history.
 */
export function backupRestore(db: WageDeskDb, document: BackupDocument, origin: BackupOrigin = { fileName: null }, clock: () => string = () => new Date().toISOString()): Promise<RepoResult<BackupRowCounts>> {
  return repoGuard(async () => {
    const checked = backupRowsCheck(db, document);
    if (!checked.ok) return checked;
    const rows = checked.value;
    const tables = backupTables(db);
    await auditSuspended(() =>
      db.transaction('rw', [...Object.values(tables), db.meta], async () => {
        const counted = await Promise.all(backupTableNames.map((name) => tables[name].count()));
        const rowsBefore = Object.fromEntries(backupTableNames.map((name, i) => [name, counted[i]!])) as Record<BackupTableName, number>;
        for (const name of backupTableNames) await tableReplace(tables[name], rows[name]);
        const record: BackupRestoreRecord = {
          fileName: origin.fileName, createdAt: document.createdAt, appVersion: document.appVersion,
          rowsBefore, rowsAfter: rowCounts(rows), trail: trailIncomingCheck(rows.audit),
        };
        const entry: AuditRow = {
          at: clock(), table: 'backup', key: origin.fileName ?? document.createdAt, enterpriseId: null,
          action: 'restore', role: auditActor(), before: null, after: record,
        };
        // Chained onto the backup's last hash; a broken trail stays broken in the store (it is what the file held).
        const [chained] = auditEntriesChained([entry], trailLastHashed(rows.audit)?.hash ?? null);
        const seq = await db.audit.add(chained!);
        await db.meta.put({ key: AUDIT_HEAD_KEY, value: { seq, hash: chained!.hash } });
      }),
    );
    return repoOk(rowCounts(rows));
  });
}

