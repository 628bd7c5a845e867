import { afterEach, describe, expect, it } from 'vitest';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { purgeRemoved } from '../../../renderer/db/purge';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { testRoundCreate } from '../data/testCase';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput, testPersonInput } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('purgeRemoved', () => {
  it('hard-deletes what was deleted before the cut-off, with all people and rounds of purged enterprises, and keeps the rest', async () => {
    db = testDbOpen();
    const deps = testDeps();
    const ctx = { db, deps };
    const enterprises = enterpriseRepo(db, deps);
    const people = personRepo(db, deps);
    const old = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 1) })));
    okValue(await people.create(old.id, testPersonInput()));
    await testRoundCreate(ctx, old.id, '2020年工资集体协商');
    await testRoundCreate(ctx, old.id, '2021年工资集体协商');
    const kept = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 2) })));
    const oldPerson = okValue(await people.create(kept.id, testPersonInput({ name: '旧人' })));
    const keptPerson = okValue(await people.create(kept.id, testPersonInput({ name: '留下' })));
    const keptRound = await testRoundCreate(ctx, kept.id);
    okValue(await enterprises.remove(old.id));
    okValue(await people.remove(oldPerson.id));
    const cutOff = deps.now();
    const recent = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 3) })));
    okValue(await enterprises.remove(recent.id));

    expect(okValue(await purgeRemoved(db, cutOff))).toEqual({ enterprises: 1, people: 2, rounds: 2 });
    expect((await db.enterprises.toCollection().primaryKeys()).sort()).toEqual([kept.id, recent.id].sort());
    expect(await db.people.toCollection().primaryKeys()).toEqual([keptPerson.id]);
    expect(await db.rounds.toCollection().primaryKeys()).toEqual([keptRound.id]);
  });
});
