import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { settingsRepo } from '../../../renderer/db/settingsRepo';
import { wageDeskDbVersion, type WageDeskDb } from '../../../renderer/db/schema';
import { wageCaseRepo } from '../../../renderer/db/wageCaseRepo';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import { okValue, testDbName, testDbOpen, testDbsDelete } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

/** The tables version 4 added (procedure, terms, documents, federation, audit trail). */
const v4Tables = ['negotiations', 'terms', 'workers', 'ledgerEntries', 'agreements', 'registry', 'witnessKeys', 'audit'] as const;

describe('the latest schema version', () => {
  it('is what a fresh database opens at, so the constant the upgrade tests check stays in step with schema.ts', async () => {
    db = testDbOpen();
    await db.open();
    expect(db.verno).toBe(wageDeskDbVersion);
  });
});

/** The database as the 0.1.0 build left it: only version 1 declared, fixture rows written. */
async function v1DatabaseWritten(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt',
    people: 'id, enterpriseId, [enterpriseId+side]',
    settings: 'key',
    meta: 'key',
  });
  await old.table('enterprises').bulkAdd(v1.enterprises);
  await old.table('people').bulkAdd(v1.people);
  await old.table('settings').bulkAdd(v1.settings);
  old.close();
}

describe('schema upgrade from version 1', () => {
  it('gives every existing row deletedAt: null and adds the deletedAt index, keeping the data', async () => {
    const name = testDbName();
    await v1DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();

    expect(db.verno).toBe(wageDeskDbVersion);
    expect(db.enterprises.schema.idxByName).toHaveProperty('deletedAt');
    expect(db.people.schema.idxByName).toHaveProperty('deletedAt');

    const enterprises = await db.enterprises.toArray();
    expect(enterprises).toHaveLength(v1.enterprises.length);
    for (const row of enterprises) expect(row.deletedAt).toBeNull();
    for (const row of await db.people.toArray()) expect(row.deletedAt).toBeNull();
    // Only the new field was written; everything else is as version 1 stored it.
    expect(enterprises.map(({ deletedAt: _d, ...rest }) => rest)).toEqual(
      [...v1.enterprises].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('serves the upgraded rows in the current shape through the repositories', async () => {
    const name = testDbName();
    await v1DatabaseWritten(name);
    db = testDbOpen(name);

    const listing = okValue(await enterpriseRepo(db).list());
    expect(listing.skipped).toEqual([]);
    expect(listing.items.map((e) => e.name)).toEqual(['福鼎市甲皮革厂', '福州市乙鞋厂']);
    expect(listing.items[1]).toMatchObject({ womenCount: null, industry: '', unionChair: '' });

    const people = okValue(await personRepo(db).listByEnterprise(v1.enterprises[0]!.id as EnterpriseId)).items;
    expect(people.map((p) => [p.name, p.hasAuthorization])).toEqual([['乙某', false], ['丁某', false]]);
    expect(okValue(await settingsRepo(db).get('language'))).toBe('en');
  });

  it('makes upgraded rows deletable and findable by the deletedAt index', async () => {
    const name = testDbName();
    await v1DatabaseWritten(name);
    db = testDbOpen(name);

    const removal = okValue(await enterpriseRepo(db).remove(v1.enterprises[0]!.id as EnterpriseId));
    expect(removal.personIds).toHaveLength(2);
    expect(await db.enterprises.where('deletedAt').equals(removal.deletedAt).primaryKeys()).toEqual([v1.enterprises[0]!.id]);
  });
});

/** The database as a 0.1.x build with schema 2 left it: versions 1 and 2 declared, fixture rows written. */
async function v2DatabaseWritten(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt',
    people: 'id, enterpriseId, [enterpriseId+side]',
    settings: 'key',
    meta: 'key',
  });
  old.version(2).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt, deletedAt',
    people: 'id, enterpriseId, [enterpriseId+side], deletedAt',
  });
  await old.table('enterprises').bulkAdd(v2.enterprises);
  await old.table('people').bulkAdd(v2.people);
  await old.table('settings').bulkAdd(v2.settings);
  await old.table('meta').put({ key: 'backup.lastAt', value: '2020-06-01T00:00:00.000Z' });
  old.close();
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('schema upgrade from version 2', () => {
  it('adds the wageCases table and leaves every existing row exactly as it was', async () => {
    const name = testDbName();
    await v2DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();

    expect(db.verno).toBe(wageDeskDbVersion);
    expect(db.wageCases.schema.primKey.name).toBe('enterpriseId');
    expect(db.wageCases.schema.idxByName).toHaveProperty('updatedAt');
    expect(await db.wageCases.count()).toBe(0);
    expect(byId(await db.enterprises.toArray())).toEqual(byId(v2.enterprises));
    expect(byId(await db.people.toArray())).toEqual(byId(v2.people));
    expect(await db.settings.toArray()).toEqual(v2.settings);
    expect(await db.meta.get('backup.lastAt')).toEqual({ key: 'backup.lastAt', value: '2020-06-01T00:00:00.000Z' });
  });

  it('serves the old rows through the repositories and stores a wage case for an upgraded enterprise', async () => {
    const name = testDbName();
    await v2DatabaseWritten(name);
    db = testDbOpen(name);

    const listing = okValue(await enterpriseRepo(db).list());
    expect(listing.items.map((e) => e.name)).toEqual(['福鼎市甲皮革厂']); // the other was deleted in v2
    const id = v2.enterprises[0]!.id as EnterpriseId;
    expect(okValue(await wageCaseRepo(db).get(id))).toBeNull();
    okValue(await wageCaseRepo(db).save(id, referenceWageCase()));
    expect(okValue(await wageCaseRepo(db).get(id))?.case.baseQuarter).toBe('2019-Q4');
    // The deleted enterprise can still be undone after the upgrade.
    const deletedId = v2.enterprises[1]!.id as EnterpriseId;
    const undone = await enterpriseRepo(db).undoRemove({ enterpriseId: deletedId, personIds: [], deletedAt: v2.enterprises[1]!.deletedAt! });
    expect(okValue(undone).name).toBe(v2.enterprises[1]!.name);
  });
});

/** The database as a 0.2.x build with schema 3 left it: versions 1–3 declared, fixture rows written. */
async function v3DatabaseWritten(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt',
    people: 'id, enterpriseId, [enterpriseId+side]',
    settings: 'key',
    meta: 'key',
  });
  old.version(2).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt, deletedAt',
    people: 'id, enterpriseId, [enterpriseId+side], deletedAt',
  });
  old.version(3).stores({ wageCases: 'enterpriseId, updatedAt' });
  await old.table('enterprises').bulkAdd(v3.enterprises);
  await old.table('people').bulkAdd(v3.people);
  await old.table('settings').bulkAdd(v3.settings);
  await old.table('wageCases').bulkAdd(v3.wageCases);
  await old.table('meta').put({ key: 'backup.lastAt', value: '2020-07-01T00:00:00.000Z' });
  old.close();
}

describe('schema upgrade from version 3', () => {
  it('adds the version 4 tables, empty, and leaves every existing row, the wage case included, exactly as it was', async () => {
    const name = testDbName();
    await v3DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();

    expect(db.verno).toBe(wageDeskDbVersion);
    for (const table of v4Tables) expect(await db.table(table).count(), table).toBe(0);
    expect(db.audit.schema.primKey).toMatchObject({ name: 'seq', auto: true });
    expect(db.audit.schema.idxByName).toHaveProperty('[table+key]');
    expect(db.registry.schema.primKey.name).toBe('creditCode');
    expect(byId(await db.enterprises.toArray())).toEqual(byId(v3.enterprises));
    expect(byId(await db.people.toArray())).toEqual(byId(v3.people));
    expect(await db.settings.toArray()).toEqual(v3.settings);
    expect(await db.wageCases.toArray()).toEqual(v3.wageCases);
    expect(await db.meta.get('backup.lastAt')).toEqual({ key: 'backup.lastAt', value: '2020-07-01T00:00:00.000Z' });
  });

  it('serves the upgraded wage case through its repository, and the first change after it is audited', async () => {
    const name = testDbName();
    await v3DatabaseWritten(name);
    db = testDbOpen(name);

    const id = v3.enterprises[0]!.id as EnterpriseId;
    const stored = okValue(await wageCaseRepo(db).get(id));
    expect(stored).toEqual(v3.wageCases[0]);
    okValue(await wageCaseRepo(db).save(id, { ...referenceWageCase(), title: '福鼎市甲皮革厂 2021' }));
    expect(okValue(await wageCaseRepo(db).get(id))?.case.title).toBe('福鼎市甲皮革厂 2021');
    expect(await db.audit.where('[table+key]').equals(['wageCases', id]).count()).toBe(1);
  });
});
