// Every shipped schema version opens at the latest: the fixtures are rows exactly as each version stored
// them, written by declaring that version's stores with plain Dexie, then opened with the current schema.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundId } from '../../../shared/case/round';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { agreementIdFor } from '../../../templates/agreement/flow';
import { dataHandlers } from '../../../renderer/data/handlers';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { roundsFromV4 } from '../../../renderer/db/roundMigration';
import { roundRepo } from '../../../renderer/db/roundRepo';
import { settingsRepo } from '../../../renderer/db/settingsRepo';
import { wageDeskDbVersion, type WageDeskDb } from '../../../renderer/db/schema';
import { testCtx, testRoundCreate } from '../data/testCase';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';
import { okValue, testDbName, testDbOpen, testDbsDelete } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

/** The tables version 4 added (terms area, documents, federation, audit trail) that later versions keep. */
const v4Tables = ['workers', 'ledgerEntries', 'agreements', 'registry', 'witnessKeys', 'audit'] as const;
/** The tables version 5 folded into rounds and version 6 deleted. */
const foldedTables = ['wageCases', 'negotiations', 'terms'] as const;

/** Stores of versions 1–4 exactly as schema.ts declares them (a shipped version is never edited). */
function oldVersionsDeclared(old: Dexie, upTo: 1 | 2 | 3 | 4): void {
  old.version(1).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt',
    people: 'id, enterpriseId, [enterpriseId+side]',
    settings: 'key',
    meta: 'key',
  });
  if (upTo < 2) return;
  old.version(2).stores({
    enterprises: 'id, name, creditCode, regionCode, updatedAt, deletedAt',
    people: 'id, enterpriseId, [enterpriseId+side], deletedAt',
  });
  if (upTo < 3) return;
  old.version(3).stores({ wageCases: 'enterpriseId, updatedAt' });
  if (upTo < 4) return;
  old.version(4).stores({
    negotiations: 'id, enterpriseId, updatedAt',
    terms: 'id, enterpriseId, updatedAt',
    workers: 'id, enterpriseId, updatedAt',
    ledgerEntries: 'id, enterpriseId, updatedAt',
    agreements: 'id, enterpriseId, updatedAt',
    registry: 'creditCode, updatedAt',
    witnessKeys: 'key',
    audit: '++seq, at, [table+key], enterpriseId',
  });
}

const tableNames = (database: Dexie) => database.tables.map((t) => t.name);

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
  oldVersionsDeclared(old, 1);
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
  oldVersionsDeclared(old, 2);
  await old.table('enterprises').bulkAdd(v2.enterprises);
  await old.table('people').bulkAdd(v2.people);
  await old.table('settings').bulkAdd(v2.settings);
  await old.table('meta').put({ key: 'backup.lastAt', value: '2020-06-01T00:00:00.000Z' });
  old.close();
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('schema upgrade from version 2', () => {
  it('adds the rounds table, empty, and leaves every existing row exactly as it was', async () => {
    const name = testDbName();
    await v2DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();

    expect(db.verno).toBe(wageDeskDbVersion);
    expect(db.rounds.schema.primKey.name).toBe('id');
    expect(db.rounds.schema.idxByName).toHaveProperty('enterpriseId');
    expect(await db.rounds.count()).toBe(0);
    expect(tableNames(db)).not.toContain('wageCases');
    expect(byId(await db.enterprises.toArray())).toEqual(byId(v2.enterprises));
    expect(byId(await db.people.toArray())).toEqual(byId(v2.people));
    expect(await db.settings.toArray()).toEqual(v2.settings);
    expect(await db.meta.get('backup.lastAt')).toEqual({ key: 'backup.lastAt', value: '2020-06-01T00:00:00.000Z' });
  });

  it('serves the old rows through the repositories and stores a round with a model for an upgraded enterprise', async () => {
    const name = testDbName();
    await v2DatabaseWritten(name);
    db = testDbOpen(name);

    const listing = okValue(await enterpriseRepo(db).list());
    expect(listing.items.map((e) => e.name)).toEqual(['福鼎市甲皮革厂']); // the other was deleted in v2
    const id = v2.enterprises[0]!.id as EnterpriseId;
    const ctx = testCtx(db);
    expect(okValue(await dataHandlers.roundsList(ctx, { enterpriseId: id })).rounds).toEqual([]);
    const round = await testRoundCreate(ctx, id);
    okValue(await dataHandlers.roundSave(ctx, { enterpriseId: id, round: { ...round, wage: wageCaseFileSchema.parse(referenceWageCase()) } }));
    expect(okValue(await roundRepo(db).get(round.id)).round.wage?.baseQuarter).toBe('2019-Q4');
    // The deleted enterprise can still be undone after the upgrade.
    const deletedId = v2.enterprises[1]!.id as EnterpriseId;
    const undone = await enterpriseRepo(db).undoRemove({ enterpriseId: deletedId, personIds: [], deletedAt: v2.enterprises[1]!.deletedAt! });
    expect(okValue(undone).name).toBe(v2.enterprises[1]!.name);
  });
});

/** The database as a 0.2.x build with schema 3 left it: versions 1–3 declared, fixture rows written. */
async function v3DatabaseWritten(name: string): Promise<void> {
  const old = new Dexie(name);
  oldVersionsDeclared(old, 3);
  await old.table('enterprises').bulkAdd(v3.enterprises);
  await old.table('people').bulkAdd(v3.people);
  await old.table('settings').bulkAdd(v3.settings);
  await old.table('wageCases').bulkAdd(v3.wageCases);
  await old.table('meta').put({ key: 'backup.lastAt', value: '2020-07-01T00:00:00.000Z' });
  old.close();
}

describe('schema upgrade from version 3', () => {
  it('adds the version 4 tables, empty, moves the wage case into a round, and leaves every other row exactly as it was', async () => {
    const name = testDbName();
    await v3DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();

    expect(db.verno).toBe(wageDeskDbVersion);
    for (const table of v4Tables) expect(await db.table(table).count(), table).toBe(0);
    expect(db.audit.schema.primKey).toMatchObject({ name: 'seq', auto: true });
    expect(db.audit.schema.idxByName).toHaveProperty('[table+key]');
    expect(db.registry.schema.primKey.name).toBe('creditCode');
    for (const table of foldedTables) expect(tableNames(db)).not.toContain(table);
    const id = v3.enterprises[0]!.id;
    expect(await db.rounds.toArray()).toEqual([
      expect.objectContaining({ id, enterpriseId: id, doc: expect.objectContaining({ wage: v3.wageCases[0]!.case }), updatedAt: v3.wageCases[0]!.updatedAt, deletedAt: null }),
    ]);
    expect(byId(await db.enterprises.toArray())).toEqual(byId(v3.enterprises));
    expect(byId(await db.people.toArray())).toEqual(byId(v3.people));
    expect(await db.settings.toArray()).toEqual(v3.settings);
    expect(await db.meta.get('backup.lastAt')).toEqual({ key: 'backup.lastAt', value: '2020-07-01T00:00:00.000Z' });
  });

  it('serves the moved wage case as a round, and the first change after it is audited', async () => {
    const name = testDbName();
    await v3DatabaseWritten(name);
    db = testDbOpen(name);

    const id = v3.enterprises[0]!.id as EnterpriseId;
    const stored = okValue(await roundRepo(db).get(id as string as RoundId));
    expect(stored.round).toMatchObject({ title: '福鼎市甲皮革厂工资集体协商', kind: 'wage', wage: v3.wageCases[0]!.case });
    const ctx = testCtx(db);
    okValue(await dataHandlers.roundSave(ctx, { enterpriseId: id, round: { ...stored.round, title: '福鼎市甲皮革厂2021年工资集体协商' } }));
    expect(okValue(await roundRepo(db).get(stored.round.id)).round.title).toBe('福鼎市甲皮革厂2021年工资集体协商');
    expect(await db.audit.where('[table+key]').equals(['rounds', id]).count()).toBe(1);
  });
});

/** The database as a build with schema 4 left it: versions 1–4 declared, fixture rows written. */
async function v4DatabaseWritten(name: string): Promise<void> {
  const old = new Dexie(name);
  oldVersionsDeclared(old, 4);
  await old.table('enterprises').bulkAdd(v4.enterprises);
  await old.table('people').bulkAdd(v4.people);
  await old.table('settings').bulkAdd(v4.settings);
  await old.table('wageCases').bulkAdd(v4.wageCases);
  await old.table('negotiations').bulkAdd(v4.negotiations);
  await old.table('terms').bulkAdd(v4.terms);
  await old.table('agreements').bulkAdd(v4.agreements);
  old.close();
}

const [withCase, withNothing] = v4.enterprises as [(typeof v4.enterprises)[number], (typeof v4.enterprises)[number]];
const [olderRecord, latestRecord] = v4.negotiations as [(typeof v4.negotiations)[number], (typeof v4.negotiations)[number]];

describe('schema upgrade from version 4', () => {
  it('folds each enterprise’s wage case, records, terms and clause wordings into rounds exactly as roundsFromV4 says', async () => {
    const name = testDbName();
    await v4DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();

    // The upgrade reads each table in key order; every row carries its time, so the fold does not use the clock.
    const inKeyOrder = <T,>(rows: readonly T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    const expected = roundsFromV4(
      {
        enterprises: inKeyOrder(v4.enterprises, (r) => r.id),
        wageCases: inKeyOrder(v4.wageCases, (r) => r.enterpriseId),
        negotiations: inKeyOrder(v4.negotiations, (r) => r.id),
        terms: inKeyOrder(v4.terms, (r) => r.id),
        settings: inKeyOrder(v4.settings, (r) => r.key),
      },
      '2099-01-01T00:00:00.000Z',
    );
    expect(byId(await db.rounds.toArray())).toEqual(byId(expected.rounds as { id: string }[]));

    const main = await db.rounds.get(withCase.id);
    expect(main).toMatchObject({ enterpriseId: withCase.id, updatedAt: latestRecord.updatedAt, deletedAt: null });
    expect(main?.doc).toMatchObject({
      id: withCase.id,
      title: latestRecord.doc.title,
      wage: v4.wageCases[0]!.case,
      terms: expect.arrayContaining(v4.terms.map((t) => t.doc)),
      procedure: latestRecord.doc,
      details: { clauseOverrides: { 'wage-agreement': v4.settings[1]!.value } },
    });
    expect(await db.rounds.get(olderRecord.id)).toMatchObject({ enterpriseId: withCase.id, doc: { id: olderRecord.id, title: olderRecord.doc.title, procedure: olderRecord.doc } });
    expect(await db.rounds.where('enterpriseId').equals(withNothing.id).count()).toBe(0);

    for (const table of foldedTables) expect(tableNames(db)).not.toContain(table);
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'en' }]); // the clause wording moved
    expect(await db.agreements.toArray()).toEqual(v4.agreements);
  });

  it('serves every migrated round through roundRepo, the stored agreement still the first round’s', async () => {
    const name = testDbName();
    await v4DatabaseWritten(name);
    db = testDbOpen(name);
    const id = withCase.id as EnterpriseId;

    const listing = okValue(await roundRepo(db).listByEnterprise(id));
    expect(listing.skipped).toEqual([]);
    expect(listing.items.map((s) => s.round.id).sort()).toEqual([olderRecord.id, withCase.id].sort());
    expect(okValue(await roundRepo(db).listByEnterprise(withNothing.id as EnterpriseId)).items).toEqual([]);

    const loaded = okValue(await dataHandlers.caseLoad(testCtx(db), { enterpriseId: id, roundId: withCase.id as RoundId }));
    expect(loaded.round.terms.map((t) => t.id).sort()).toEqual(v4.terms.map((t) => t.doc.id).sort());
    expect(loaded.agreements.map((v) => v.agreementId)).toEqual([agreementIdFor('wage-agreement', loaded.round.id)]);
    expect(loaded.earlier.map((e) => e.id)).toEqual([olderRecord.id]);
    const older = okValue(await dataHandlers.caseLoad(testCtx(db), { enterpriseId: id, roundId: olderRecord.id as RoundId }));
    expect(older.agreements).toEqual([]);
  });
});
