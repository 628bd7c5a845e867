import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { settingsRepo } from '../../../renderer/db/settingsRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import v1 from './fixtures/v1.json';
import { okValue, testDbName, testDbOpen, testDbsDelete } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

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

    expect(db.verno).toBe(2);
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
