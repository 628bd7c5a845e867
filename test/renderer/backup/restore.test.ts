import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDocumentBuild, backupParse, backupText, type BackupDocument, type BackupTables } from '../../../shared/backup/format';
import { backupTableNames } from '../../../renderer/db/backupRows';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { backupLastAt, backupLastAtSet } from '../../../renderer/db/backupMeta';
import { backupPlan } from '../../../renderer/db/backupPlan';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { dataHandlers } from '../../../renderer/data/handlers';
import { roundsFromV4 } from '../../../renderer/db/roundMigration';
import { roundRepo } from '../../../renderer/db/roundRepo';
import { wageDeskDbVersion, type WageDeskDb } from '../../../renderer/db/schema';
import { roundSchema } from '../../../shared/case/round';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { testRoundCreate } from '../data/testCase';
import v4 from '../db/fixtures/v4.json';
import { okValue, testCreditCode, testDbsPerTest, testDeps, testEnterpriseInput, testPersonInput } from '../db/testDb';

afterEach(() => {
  vi.restoreAllMocks();
});
const open = testDbsPerTest();

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const header = { appVersion: '0.1.0', schemaVersion: wageDeskDbVersion, createdAt: '2021-02-01T00:00:00.000Z' };

/** A store with two enterprises (one deleted, undoably), people on both, a round with a wage model, and a setting. */
async function filledStore() {
  const db = open();
  const deps = testDeps();
  const enterprises = enterpriseRepo(db, deps);
  const people = personRepo(db, deps);
  const kept = okValue(await enterprises.create(testEnterpriseInput({ name: '福建隆祥皮革有限公司' })));
  okValue(await people.create(kept.id, testPersonInput({ name: '吴华贵', role: 'chief' })));
  const round = await testRoundCreate({ db, deps }, kept.id);
  okValue(await dataHandlers.roundSave({ db, deps }, { enterpriseId: kept.id, round: roundSchema.parse({ ...round, wage: referenceWageCase() }) }));
  const gone = okValue(await enterprises.create(testEnterpriseInput({ name: '福鼎市示范制衣有限公司', creditCode: testCreditCode('350982', 2) })));
  okValue(await people.create(gone.id, testPersonInput({ name: '陈会珍', side: 'employer' })));
  okValue(await enterprises.remove(gone.id));
  await db.settings.put({ key: 'language', value: 'zh-CN' });
  return { db, deps, kept, gone };
}

/** Every backed-up table's rows, read directly (not through the code under test). */
async function content(db: WageDeskDb) {
  const entries = await Promise.all(backupTableNames.map(async (name) => [name, await db.table(name).toArray()] as const));
  return Object.fromEntries(entries);
}

/** A restored store's content as the backup held it: the restore's own entry, last in the trail, set aside. */
async function contentRestored(db: WageDeskDb) {
  const all = await content(db);
  const trail = all.audit as { table?: string; action?: string }[];
  expect(trail.at(-1)).toMatchObject({ table: 'backup', action: 'restore' });
  return { ...all, audit: trail.slice(0, -1) };
}

async function documentOf(tables: BackupTables, schemaVersion = wageDeskDbVersion): Promise<BackupDocument> {
  return okValue(await backupDocumentBuild({ ...header, schemaVersion }, tables));
}

describe('backupCreate', () => {
  it('holds every row of every table, soft-deleted ones included, and not the meta table', async () => {
    const { db, gone } = await filledStore();
    await backupLastAtSet(db, '2021-01-01T00:00:00.000Z');
    const created = okValue(await backupCreate(db, { clock: () => '2021-02-01T00:00:00.000Z', appVersion: '9.9.9' }));
    const { document } = created;

    expect(document).toMatchObject({ format: 'wagedesk-backup', formatVersion: 2, appVersion: '9.9.9', schemaVersion: wageDeskDbVersion, createdAt: '2021-02-01T00:00:00.000Z' });
    expect(Object.keys(document.tables).sort()).toEqual([...backupTableNames].sort());
    expect(document.tables).toEqual(await content(db));
    expect(document.tables.enterprises?.find((row) => (row as { id: string }).id === gone.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect(created.rowCounts).toMatchObject({ enterprises: 2, people: 2, settings: 1, rounds: 1 });
    expect(created.unreadable).toBe(0);
  });

  it('keeps a record restore cannot read, counts it, and such a file is then refused whole', async () => {
    const { db } = await filledStore();
    await db.enterprises.add({ id: 'e-damaged', name: '坏记录', headcount: 'many' });
    const created = okValue(await backupCreate(db));
    expect(created.unreadable).toBe(1);
    expect(created.document.tables.enterprises).toContainEqual({ id: 'e-damaged', name: '坏记录', headcount: 'many' });
    expect(await backupRestore(open(), created.document)).toMatchObject({ ok: false, error: { code: 'backup.invalidRow', params: { table: 'enterprises' } } });
  });

  it('refuses to write a file for a row JSON cannot carry (NaN), rather than change it', async () => {
    const { db } = await filledStore();
    await db.people.add({ id: 'p-nan', headcount: NaN });
    const created = await backupCreate(db);
    expect(created).toMatchObject({ ok: false, error: { code: 'backup.unserializable' } });
    // The row is in `people` and, as its audit entry's "after", in `audit`: either may be named first.
    expect(['people', 'audit']).toContain(created.ok ? null : created.error.params?.table);
  });
});

describe('backupRestore', () => {
  it('replaces the whole content: rows not in the backup are gone, meta is left alone', async () => {
    const { db: source } = await filledStore();
    const document = okValue(await backupCreate(source));
    const target = open();
    const other = okValue(await enterpriseRepo(target).create(testEnterpriseInput({ name: '另一家厂', creditCode: testCreditCode('350982', 7) })));
    await target.settings.put({ key: 'language', value: 'en' });
    await backupLastAtSet(target, '2020-12-31T00:00:00.000Z');

    expect(okValue(await backupRestore(target, document.document))).toMatchObject({ enterprises: 2, people: 2, settings: 1, rounds: 1, workers: 0 });
    expect(await contentRestored(target)).toEqual(await content(source));
    expect(await target.enterprises.get(other.id)).toBeUndefined();
    expect(okValue(await backupLastAt(target))).toBe('2020-12-31T00:00:00.000Z');
  });

  it('brings back the undo history: a deleted enterprise can still be undeleted after the restore', async () => {
    const { db: source, gone } = await filledStore();
    const document = okValue(await backupCreate(source)).document;
    const target = open();
    okValue(await backupRestore(target, document));
    const row = await target.enterprises.get(gone.id);
    const undone = await enterpriseRepo(target).undoRemove({ enterpriseId: gone.id as EnterpriseId, personIds: [], deletedAt: row?.deletedAt as string });
    expect(okValue(undone).name).toBe('福鼎市示范制衣有限公司');
  });

  it('restores legacy rows (written before later fields existed) exactly as they were', async () => {
    const legacy = {
      id: 'e-legacy',
      name: '福鼎市老厂',
      creditCode: testCreditCode('350982', 3),
      regionCode: '350982',
      headcount: 40,
      legalRepresentative: '王五',
      createdAt: '2020-03-01T00:00:00.000Z',
      updatedAt: '2020-03-01T00:00:00.000Z',
    };
    const target = open();
    okValue(await backupRestore(target, await documentOf({ enterprises: [legacy] }, 1)));
    expect(await target.enterprises.toArray()).toStrictEqual([legacy]);
    expect(okValue(await enterpriseRepo(target).list()).items.map((e) => e.name)).toEqual(['福鼎市老厂']);
  });

  it('refuses the whole backup when any row is invalid, naming table and index, and writes nothing', async () => {
    const { db: source } = await filledStore();
    const good = okValue(await backupCreate(source)).document;
    const target = open();
    okValue(await enterpriseRepo(target).create(testEnterpriseInput({ name: '现有企业' })));
    const before = await content(target);

    const people = [...(good.tables.people ?? []), { ...(good.tables.people?.[0] as object), id: 'p-bad', side: 'neutral', role: 'member' }];
    const bad = await documentOf({ ...good.tables, people });
    const result = await backupRestore(target, bad);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'backup.invalidRow', params: { table: 'people', index: 2, row: 3, reason: expect.stringContaining('validation.recorderNeutral') } },
    });
    expect(await backupPlan(target, bad)).toMatchObject({ ok: false, error: { code: 'backup.invalidRow' } });
    expect(await content(target)).toEqual(before);
  });

  it('refuses a round that fails its checks, naming the field, and writes nothing', async () => {
    const { db: source, kept } = await filledStore();
    const good = okValue(await backupCreate(source)).document;
    const row = good.tables.rounds?.[0] as { doc: { wage: { scenarios: { wages: { amountFen?: number }[] }[] } } };
    const broken = structuredClone(row);
    broken.doc.wage.scenarios[0]!.wages[1]!.amountFen = -157_000;
    const target = open();
    const before = await content(target);
    const result = await backupRestore(target, await documentOf({ ...good.tables, rounds: [broken] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.invalidRow', params: { table: 'rounds', row: 1, reason: expect.stringContaining('doc.wage.scenarios.0.wages.1.amountFen') } } });
    expect(await content(target)).toEqual(before);
    expect(row).toMatchObject({ enterpriseId: kept.id });
  });

  it('restores a backup from schema 2 (no rounds) as having none', async () => {
    const { db: target } = await filledStore();
    const legacy = await documentOf({ enterprises: [], people: [], settings: [] }, 2);
    expect(okValue(await backupRestore(target, legacy))).toMatchObject({ enterprises: 0, people: 0, settings: 0, rounds: 0 });
    expect(await target.rounds.count()).toBe(0);
  });

  it('restores a backup written by a schema-4 build into rounds, as the v5 upgrade folds a database', async () => {
    // Built the way backupCreate builds it: every backed-up table of that build, soft-deleted rows and all.
    const { about: _about, ...tables } = v4;
    const legacy = await documentOf({ ...tables, workers: [], ledgerEntries: [], registry: [], witnessKeys: [], audit: [] }, 4);
    const target = open();
    const counts = okValue(await backupRestore(target, legacy));
    const expected = roundsFromV4(v4, 'unused: every row has its time');
    expect(counts).toMatchObject({ enterprises: 2, people: v4.people.length, agreements: 1, rounds: expected.rounds.length });
    expect(await target.rounds.toArray()).toEqual(expected.rounds);
    expect(await target.settings.toArray()).toEqual([{ key: 'language', value: 'en' }]); // the clause wording is in the round now
    const [withCase] = v4.enterprises;
    const listing = okValue(await roundRepo(target).listByEnterprise(withCase!.id as EnterpriseId));
    expect(listing.skipped).toEqual([]);
    expect(listing.items.find((s) => s.round.id === withCase!.id)?.round).toMatchObject({ wage: v4.wageCases[0]!.case, details: { clauseOverrides: { 'wage-agreement': v4.settings[1]!.value } } });
  });

  it('refuses two rows with one key: restoring them would silently keep only one', async () => {
    const { db: source } = await filledStore();
    const good = okValue(await backupCreate(source)).document;
    const enterprises = [...(good.tables.enterprises ?? []), good.tables.enterprises?.[0]];
    const result = await backupRestore(open(), await documentOf({ ...good.tables, enterprises }));
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.invalidRow', params: { table: 'enterprises', index: 2, reason: expect.stringContaining('duplicate') } } });
  });

  it('refuses a backup from a newer schema, or with a table this build does not know', async () => {
    const target = open();
    expect(await backupRestore(target, await documentOf({ enterprises: [] }, 99))).toMatchObject({ ok: false, error: { code: 'backup.tooNew', params: { schemaVersion: 99 } } });
    expect(await backupRestore(target, await documentOf({ enterprises: [], contracts: [{ id: 'a1' }] }))).toMatchObject({
      ok: false,
      error: { code: 'backup.tooNew', params: { table: 'contracts' } },
    });
    expect(await backupRestore(target, await documentOf({ meta: [] }))).toMatchObject({ ok: false, error: { code: 'backup.tooNew' } });
  });

  it('rolls everything back when the disk fills half way, and says the store is full', async () => {
    const { db: source } = await filledStore();
    const document = okValue(await backupCreate(source)).document;
    const target = open();
    const existing = okValue(await enterpriseRepo(target).create(testEnterpriseInput({ name: '现有企业' })));
    okValue(await personRepo(target).create(existing.id, testPersonInput({ name: '李四' })));
    await target.settings.put({ key: 'language', value: 'en' });
    const before = await content(target);
    // Enterprises are cleared and rewritten first; people fail after that.
    const bulkPut = vi.spyOn(target.people, 'bulkPut').mockRejectedValue(quotaError());

    const result = await backupRestore(target, document);
    expect(bulkPut).toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, error: { code: 'storage.quota' } });
    expect(await content(target)).toEqual(before);
  });

  it('rolls back on any other failure too, reported as storage.failed', async () => {
    const { db: source } = await filledStore();
    const document = okValue(await backupCreate(source)).document;
    const target = open();
    okValue(await enterpriseRepo(target).create(testEnterpriseInput({ name: '现有企业' })));
    const before = await content(target);
    vi.spyOn(target.settings, 'bulkPut').mockRejectedValue(new Error('interrupted'));

    expect(await backupRestore(target, document)).toMatchObject({ ok: false, error: { code: 'storage.failed' } });
    vi.restoreAllMocks();
    expect(await content(target)).toEqual(before);
  });

  it('goes through the file text: what backupParse returns is what restore writes', async () => {
    const { db: source } = await filledStore();
    const document = okValue(await backupParse(backupText(okValue(await backupCreate(source)).document)));
    const target = open();
    okValue(await backupRestore(target, document));
    expect(await contentRestored(target)).toEqual(await content(source));
  });
});

describe('backupLastAt', () => {
  it('is null until a backup is noted, then the instant noted; an unreadable value reads as null', async () => {
    const db = open();
    expect(okValue(await backupLastAt(db))).toBeNull();
    okValue(await backupLastAtSet(db, '2021-02-01T08:30:00.000Z'));
    expect(okValue(await backupLastAt(db))).toBe('2021-02-01T08:30:00.000Z');
    await db.meta.put({ key: 'backup.lastAt', value: 42 });
    expect(okValue(await backupLastAt(db))).toBeNull();
  });
});
