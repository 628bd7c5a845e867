// Every schema version of the local database, oldest first, in this one file (Dexie's advice).
//
// RULE: a version that has shipped is never edited. To change the schema, add version N+1 at the end
// with its stores() and an upgrade() that brings existing rows to the new shape, add a fixture of the
// old shape under test/renderer/db/fixtures/, and teach restore.ts the new field's default: rows also
// arrive from backups and imports written by older builds, which no upgrade() ever sees.
import Dexie, { type Table, type Transaction } from 'dexie';

/**
 * A row as IndexedDB hands it back: anything with a key. Nothing read from a table is trusted until
 * restore.ts has validated it and brought it to the current shape.
 */
export interface StoredRow {
  readonly id: string;
  readonly [field: string]: unknown;
}

export interface KeyedRow {
  readonly key: string;
  readonly value: unknown;
}

/** A wage case row as IndexedDB hands it back; wageCaseRepo.ts restores it before use. */
export interface WageCaseRow {
  readonly enterpriseId: string;
  readonly [field: string]: unknown;
}

export const wageDeskDbName = 'wagedesk';

export class WageDeskDb extends Dexie {
  // `declare`, not a field: a class field would be initialised after super() and hide Dexie's tables.
  declare enterprises: Table<StoredRow, string>;
  declare people: Table<StoredRow, string>;
  /** Small app settings (language, …), one row per setting: { key, value }. */
  declare settings: Table<KeyedRow, string>;
  /** Facts about the store itself (e.g. when a backup was last made): { key, value }. */
  declare meta: Table<KeyedRow, string>;
  /** One output-vs-wage case per enterprise: { enterpriseId, case (the case file JSON, 分/bp), updatedAt }. Schema v3. */
  declare wageCases: Table<WageCaseRow, string>;

  constructor(name: string) {
    super(name);

    // Version 1: first shipped schema (0.1.0).
    this.version(1).stores({
      enterprises: 'id, name, creditCode, regionCode, updatedAt',
      people: 'id, enterpriseId, [enterpriseId+side]',
      settings: 'key',
      meta: 'key',
    });

    // Version 2: soft delete, so a deletion can be undone. Deleting sets `deletedAt` (ISO instant);
    // undo clears it; lists show rows whose deletedAt is null; purge.ts removes old deletions for good.
    // The index holds only deleted rows (IndexedDB does not index null), which is what purge walks.
    this.version(2)
      .stores({
        enterprises: 'id, name, creditCode, regionCode, updatedAt, deletedAt',
        people: 'id, enterpriseId, [enterpriseId+side], deletedAt',
      })
      .upgrade(upgradeToV2);

    // Version 3: the output-vs-wage case of each enterprise (产值与工资测算), keyed by enterprise.
    // A new table only: existing rows are untouched, so no upgrade function.
    this.version(3).stores({
      wageCases: 'enterpriseId, updatedAt',
    });
  }
}

function upgradeToV2(tx: Transaction): Promise<unknown> {
  const live = (row: Record<string, unknown>) => {
    if (row.deletedAt === undefined) row.deletedAt = null;
  };
  return Promise.all([
    tx.table('enterprises').toCollection().modify(live),
    tx.table('people').toCollection().modify(live),
  ]);
}

/** Opens lazily: the first query opens (and if needed upgrades) the database. Tests pass unique names. */
export function openWageDeskDb(name: string = wageDeskDbName): WageDeskDb {
  return new WageDeskDb(name);
}
