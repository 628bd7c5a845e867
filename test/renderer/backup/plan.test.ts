import { afterEach, describe, expect, it } from 'vitest';
import { backupCreate } from '../../../renderer/db/backup';
import { backupPlan } from '../../../renderer/db/backupPlan';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { dataHandlers } from '../../../renderer/data/handlers';
import { testRoundCreate } from '../data/testCase';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput, testPersonInput } from '../db/testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('backupPlan', () => {
  it('counts added, changed, removed and unchanged rows per table, and names the enterprises a person would see change', async () => {
    db = testDbOpen();
    const deps = testDeps();
    const enterprises = enterpriseRepo(db, deps);
    const people = personRepo(db, deps);
    const create = (name: string, serial: number) => enterprises.create(testEnterpriseInput({ name, creditCode: testCreditCode('350982', serial) }));
    const same = okValue(await create('安溪茶厂', 1));
    const edited = okValue(await create('北岭鞋厂', 2));
    const staffed = okValue(await create('长乐纺织厂', 3));
    const dropped = okValue(await create('东山渔具厂', 4));
    const chief = okValue(await people.create(staffed.id, testPersonInput({ name: '吴华贵', role: 'chief' })));
    await db.settings.put({ key: 'language', value: 'zh-CN' });
    const backup = okValue(await backupCreate(db)).document;

    // After the backup: one edited, one gets a new person, one deleted (undoably), one added, one purged.
    okValue(await enterprises.update(edited.id, testEnterpriseInput({ name: '北岭鞋业有限公司', creditCode: testCreditCode('350982', 2) })));
    okValue(await people.create(staffed.id, testPersonInput({ name: '陈会珍' })));
    okValue(await enterprises.remove(dropped.id));
    okValue(await create('福鼎新厂', 5));
    await db.settings.put({ key: 'language', value: 'en' });

    const plan = okValue(await backupPlan(db, backup));
    expect(plan.tables).toMatchObject({
      enterprises: { added: 0, changed: 2, removed: 1, unchanged: 2 },
      people: { added: 0, changed: 0, removed: 1, unchanged: 1 },
      settings: { added: 0, changed: 1, removed: 0, unchanged: 0 },
      rounds: { added: 0, changed: 0, removed: 0, unchanged: 0 },
    });
    // Deleted here but live in the backup: it comes back, so it is "added" in what a person sees.
    expect(plan.enterprises).toEqual({ added: ['东山渔具厂'], removed: ['福鼎新厂'], changed: ['北岭鞋厂', '长乐纺织厂'] });
    expect(plan.noChange).toBe(false);
    expect(plan.createdAt).toBe(backup.createdAt);
    expect(okValue(await people.get(chief.id)).name).toBe('吴华贵');
    expect(same.name).toBe('安溪茶厂');
  });

  it('names an enterprise whose round alone changed as changed', async () => {
    db = testDbOpen();
    const ctx = { db, deps: testDeps() };
    const one = okValue(await enterpriseRepo(db, ctx.deps).create(testEnterpriseInput({ name: '安溪茶厂' })));
    const round = await testRoundCreate(ctx, one.id);
    const backup = okValue(await backupCreate(db)).document;
    okValue(await dataHandlers.roundSave(ctx, { enterpriseId: one.id, round: { ...round, title: '改过的协商' } }));

    const plan = okValue(await backupPlan(db, backup));
    expect(plan.tables.rounds).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 0 });
    expect(plan.enterprises).toEqual({ added: [], removed: [], changed: ['安溪茶厂'] });
  });

  it('says when the backup holds exactly what the store holds', async () => {
    db = testDbOpen();
    okValue(await enterpriseRepo(db).create(testEnterpriseInput()));
    const plan = okValue(await backupPlan(db, okValue(await backupCreate(db)).document));
    expect(plan.noChange).toBe(true);
    expect(plan.tables.enterprises).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 1 });
    expect(plan.enterprises).toEqual({ added: [], removed: [], changed: [] });
  });

  it('writes nothing', async () => {
    db = testDbOpen();
    okValue(await enterpriseRepo(db).create(testEnterpriseInput()));
    const backup = okValue(await backupCreate(db)).document;
    await db.enterprises.clear();
    okValue(await backupPlan(db, backup));
    expect(await db.enterprises.count()).toBe(0);
  });
});
