// What a restore would change, worked out before anything changes: per table, how many rows would be
// added, changed, removed or stay as they are, and which enterprises a person would see appear,
// disappear or change.
import { canonicalJson } from '../../shared/backup/canonicalJson';
import type { BackupDocument } from '../../shared/backup/format';
import { backupHoldsClearWitnessKey, backupRowKey, backupRowsCheck, backupRowsRead, backupTableNames, backupTables, type BackupTableName } from './backupRows';
import { witnessKeyId } from './witnessKeyRow';
import { rowLive } from './records';
import { repoGuard, repoOk, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';
import { zhNameCompare } from '../../shared/text/collation';

export interface BackupTableChange {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
}

/**
 * Enterprise names by what the user would see in the list. Deleted (undoable) rows count as absent:
 * an enterprise live in the backup but absent or deleted here is `added`; live here but absent or deleted
 * in the backup is `removed`; live in both with its own row or any of its people or its wage case differing is `changed`.
 * Each list is in Chinese collation order.
 */
export interface BackupEnterpriseNames {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export interface BackupPlan {
  readonly createdAt: string;
  readonly appVersion: string;
  readonly tables: Readonly<Record<BackupTableName, BackupTableChange>>;
  readonly enterprises: BackupEnterpriseNames;
  /** True when the backup holds exactly the data the store holds now (the audit trail aside). */
  readonly noChange: boolean;
  /**
   * What the file says of the witness key, which a restore never writes: `clearDropped`, a format 1 file
   * holding it in clear text (left out, and cut from the audit trail); `sealed`, carried sealed with a
   * passphrase (import it on the federation screen); `none`.
   */
  readonly witnessKeyInFile: 'clearDropped' | 'sealed' | 'none';
  /** True when this machine holds a witness key (a restore keeps it). */
  readonly witnessKeyHeld: boolean;
}

type Row = Readonly<Record<string, unknown>>;


/** Rows compare by content, not key order; a row JSON cannot carry (NaN…) never compares equal. */
function rowsEqual(a: unknown, b: unknown): boolean {
  const left = canonicalJson(a);
  const right = canonicalJson(b);
  return left.ok && right.ok && left.value === right.value;
}

function byKey(table: BackupTableName, rows: readonly unknown[]): Map<string, Row> {
  return new Map(rows.map((row) => [backupRowKey(table, row), row as Row]));
}

interface TableDiff extends BackupTableChange {
  /** Keys whose row is added, changed or removed. */
  readonly touched: ReadonlySet<string>;
}

function tableDiff(current: Map<string, Row>, incoming: Map<string, Row>): TableDiff {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const touched = new Set<string>();
  for (const [key, row] of incoming) {
    const now = current.get(key);
    if (now !== undefined && rowsEqual(now, row)) {
      unchanged++;
      continue;
    }
    if (now === undefined) added++;
    else changed++;
    touched.add(key);
  }
  const removedKeys = [...current.keys()].filter((key) => !incoming.has(key));
  for (const key of removedKeys) touched.add(key);
  return { added, changed, removed: removedKeys.length, unchanged, touched };
}

function enterpriseName(row: Row): string {
  return typeof row.name === 'string' ? row.name : String(row.id);
}

function enterpriseNames(
  current: Map<string, Row>,
  incoming: Map<string, Row>,
  touched: ReadonlySet<string>,
): BackupEnterpriseNames {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const id of new Set([...current.keys(), ...incoming.keys()])) {
    const now = current.get(id);
    const next = incoming.get(id);
    const liveNow = rowLive(now);
    const liveNext = rowLive(next);
    if (liveNext && !liveNow) added.push(enterpriseName(next!));
    else if (liveNow && !liveNext) removed.push(enterpriseName(now!));
    else if (liveNow && liveNext && touched.has(id)) changed.push(enterpriseName(next!));
  }
  const sorted = (names: string[]) => names.sort((a, b) => zhNameCompare(a, b));
  return { added: sorted(added), removed: sorted(removed), changed: sorted(changed) };
}

/** The preview shown before a restore; refuses, like the restore, a backup it could not restore. */
export function backupPlan(db: WageDeskDb, document: BackupDocument): Promise<RepoResult<BackupPlan>> {
  return repoGuard(async () => {
    const checked = backupRowsCheck(db, document);
    if (!checked.ok) return checked;
    const current = await db.transaction('r', Object.values(backupTables(db)), () => backupRowsRead(db));
    const maps = backupTableNames.map((name) => ({
      name,
      current: byKey(name, current[name]),
      incoming: byKey(name, checked.value[name]),
    }));
    const diffs = Object.fromEntries(maps.map((m) => [m.name, tableDiff(m.current, m.incoming)])) as Record<BackupTableName, TableDiff>;

    // An enterprise whose people or rounds change is changed too: that is where a person would look.
    const enterprisesTouched = new Set(diffs.enterprises.touched);
    for (const name of ['people', 'rounds'] as const) {
      const table = maps.find((m) => m.name === name)!;
      for (const key of diffs[name].touched) {
        for (const row of [table.current.get(key), table.incoming.get(key)]) {
          if (row && typeof row.enterpriseId === 'string') enterprisesTouched.add(row.enterpriseId);
        }
      }
    }
    const enterprises = maps.find((m) => m.name === 'enterprises')!;
    const tables = Object.fromEntries(
      backupTableNames.map((name) => {
        const { added, changed, removed, unchanged } = diffs[name];
        return [name, { added, changed, removed, unchanged }];
      }),
    ) as Record<BackupTableName, BackupTableChange>;
    return repoOk({
      createdAt: document.createdAt,
      appVersion: document.appVersion,
      tables,
      enterprises: enterpriseNames(enterprises.current, enterprises.incoming, enterprisesTouched),
      // The trail alone is not the user's data: after a restore it differs from the file by the restore's own
      // entry, and restoring the same file again would change nothing a person works with.
      noChange: backupTableNames.every((name) => name === 'audit' || diffs[name].touched.size === 0),
      witnessKeyInFile: backupHoldsClearWitnessKey(document) ? 'clearDropped' : document.witnessKey ? 'sealed' : 'none',
      witnessKeyHeld: (await db.witnessKeys.get(witnessKeyId)) !== undefined,
    });
  });
}
