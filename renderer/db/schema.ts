// Every schema version of the local database, oldest first, in this one file (Dexie's advice).
//
// RULE: a version that has shipped is never edited. To change the schema, add version N+1 at the end
// with its stores() and an upgrade() that brings existing rows to the new shape, add a fixture of the
// old shape under test/renderer/db/fixtures/, and teach restore.ts the new field's default: rows also
// arrive from backups and imports written by older builds, which no upgrade() ever sees.
import Dexie, { type Table, type Transaction } from 'dexie';
import { auditMiddleware, type AuditRow } from './auditTrail';
import { roundsFromV4 } from './roundMigration';
import { witnessKeyProtect } from './witnessKeyMigration';

export type { AuditRow };

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

/**
 * Schema v4 rows: one enterprise-owned document per row. `doc` is the feature's own JSON (validated on
 * every read by the feature's zod schema in shared/), so the storage shape stays stable while features grow.
 */
export interface DocRow {
  readonly [field: string]: unknown;
  readonly id: string;
  readonly enterpriseId: string;
  readonly doc: unknown;
  readonly updatedAt: string;
  readonly deletedAt?: string | null;
}

/** The federation's registry: one row per enterprise (credit code) it witnesses. */
export interface RegistryRow {
  readonly creditCode: string;
  readonly doc: unknown;
  readonly updatedAt: string;
}

/** A sector or regional agreement: `doc` is validated on every read (sectorRepo.ts). */
export interface SectorAgreementRow {
  readonly id: string;
  readonly doc: unknown;
  readonly updatedAt: string;
}

export const wageDeskDbName = 'wagedesk';

/** The newest version declared in the constructor below; raise it with each new version(). */
export const wageDeskDbVersion = 9;

export class WageDeskDb extends Dexie {
  // `declare`, not a field: a class field would be initialised after super() and hide Dexie's tables.
  declare enterprises: Table<StoredRow, string>;
  declare people: Table<StoredRow, string>;
  /** Small app settings (language, …), one row per setting: { key, value }. */
  declare settings: Table<KeyedRow, string>;
  /** Facts about the store itself (e.g. when a backup was last made): { key, value }. */
  declare meta: Table<KeyedRow, string>;
  /** v5: negotiation rounds, doc = Round (shared/case/round.ts): the model, terms, procedure and details of one round. */
  declare rounds: Table<DocRow, string>;
  /** v4: worker roster, doc = Worker (shared/roster/worker.ts). */
  declare workers: Table<DocRow, string>;
  /** v4: ledger entries (entitled / paid per worker and term), doc = a ledger entry (shared/terms/ledger.ts). */
  declare ledgerEntries: Table<DocRow, string>;
  /** v4: agreement versions with fingerprints and signatures, doc = AgreementVersion (shared/bundle/agreement.ts). */
  declare agreements: Table<DocRow, string>;
  /** v4: the federation's registry of witnessed enterprises and their agreements. */
  declare registry: Table<RegistryRow, string>;
  /**
   * v4: the federation's own witness signing identity (Ed25519). v7: value = WitnessKeyValue
   * (witnessKeyRow.ts): a non-extractable CryptoKey and a passphrase-sealed copy, never the clear seed.
   */
  declare witnessKeys: Table<KeyedRow, string>;
  /**
   * v8: pinned keys (shared/bundle/trust.ts TrustedKey): trusted federations' witness keys and each
   * enterprise's bundle-signing key. Public keys only; backed up.
   */
  declare trustedKeys: Table<StoredRow, string>;
  /**
   * v8: this machine's own enterprise bundle-signing keys (enterpriseKeyRepo.ts), one per credit code:
   * a non-extractable CryptoKey. Never backed up, never in the audit trail.
   */
  declare enterpriseKeys: Table<{ readonly creditCode: string; readonly [field: string]: unknown }, string>;
  /** v9: sector and regional wage agreements, doc = SectorAgreement (shared/sector/sectorAgreement.ts). */
  declare sectorAgreements: Table<SectorAgreementRow, string>;
  /** v4: append-only audit trail of changes. */
  declare audit: Table<AuditRow, number>;

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

    // Version 4: the procedure, terms and fulfilment, documents and federation areas, and the audit
    // trail. New tables only: existing rows are untouched, so no upgrade function.
    this.version(4).stores({
      negotiations: 'id, enterpriseId, updatedAt',
      terms: 'id, enterpriseId, updatedAt',
      workers: 'id, enterpriseId, updatedAt',
      ledgerEntries: 'id, enterpriseId, updatedAt',
      agreements: 'id, enterpriseId, updatedAt',
      registry: 'creditCode, updatedAt',
      witnessKeys: 'key',
      audit: '++seq, at, [table+key], enterpriseId',
    });

    // Version 5: one row per negotiation round (shared/case/round.ts), built from version 4's wage case,
    // negotiation records, terms and clause wordings of each enterprise (roundMigration.ts).
    this.version(5)
      .stores({ rounds: 'id, enterpriseId, updatedAt' })
      .upgrade(upgradeToV5);

    // Version 6: the tables version 5 folded into rounds are gone (read in 5's upgrade, deleted here, as
    // Dexie requires for reading a table in the upgrade that precedes its deletion).
    this.version(6).stores({ wageCases: null, negotiations: null, terms: null });

    // Version 7: the witness key is no longer stored in clear text (witnessKeyRow.ts). Same stores; the
    // number changes so that an older build, which would read the new row as a damaged key, refuses to
    // open the database instead. The move itself needs WebCrypto, which an upgrade transaction cannot
    // await, so it runs in the ready hook below, before any other query.
    this.version(7).stores({});
    // The vip handle: queries made while the database is still opening go through it, not the waiting queue.
    this.on('ready', (vip) => witnessKeyProtect(vip as WageDeskDb), true);

    // Version 8: the trust model (docs/bundle-format.md, "Trust"): pinned keys, and the enterprise's own
    // bundle-signing keys. New tables only: existing rows are untouched, so no upgrade function.
    this.version(8).stores({ trustedKeys: 'id, role, creditCode', enterpriseKeys: 'creditCode' });
    // Version 9: sector and regional wage agreements, one row each, owned by no enterprise (the federation
    // bargains them for many). A new table only: existing rows are untouched, so no upgrade function.
    this.version(9).stores({ sectorAgreements: 'id, updatedAt' });

    // Every change to the user's data is recorded in `audit`, in the same transaction (auditTrail.ts).
    this.use(auditMiddleware());
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

async function upgradeToV5(tx: Transaction): Promise<void> {
  const [enterprises, wageCases, negotiations, terms, settings] = await Promise.all(
    ['enterprises', 'wageCases', 'negotiations', 'terms', 'settings'].map((name) => tx.table(name).toArray()),
  );
  const { rounds, settingsMoved } = roundsFromV4({ enterprises: enterprises!, wageCases: wageCases!, negotiations: negotiations!, terms: terms!, settings: settings! }, new Date().toISOString());
  await tx.table('rounds').bulkPut(rounds);
  await tx.table('settings').bulkDelete(settingsMoved);
}

/** Opens lazily: the first query opens (and if needed upgrades) the database. Tests pass unique names. */
export function openWageDeskDb(name: string = wageDeskDbName): WageDeskDb {
  return new WageDeskDb(name);
}
