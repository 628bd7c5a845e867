import { afterEach, describe, expect, it } from 'vitest';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { purgeRemoved } from '../../../renderer/db/purge';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { wageCaseRepo } from '../../../renderer/db/wageCaseRepo';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput, testPersonInput } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('purgeRemoved', () => {
  it('hard-deletes what was deleted before the cut-off, with all people and the wage case of purged enterprises, and keeps the rest', async () => {
    db = testDbOpen();
    const deps = testDeps();
    const enterprises = enterpriseRepo(db, deps);
    const people = personRepo(db, deps);
    const old = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 1) })));
    okValue(await people.create(old.id, testPersonInput()));
    okValue(await wageCaseRepo(db, deps).save(old.id, referenceWageCase()));
    const kept = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 2) })));
    const oldPerson = okValue(await people.create(kept.id, testPersonInput({ name: '旧人' })));
    const keptPerson = okValue(await people.create(kept.id, testPersonInput({ name: '留下' })));
    okValue(await wageCaseRepo(db, deps).save(kept.id, referenceWageCase()));
    okValue(await enterprises.remove(old.id));
    okValue(await people.remove(oldPerson.id));
    const cutOff = deps.now();
    const recent = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 3) })));
    okValue(await enterprises.remove(recent.id));

    expect(okValue(await purgeRemoved(db, cutOff))).toEqual({ enterprises: 1, people: 2, wageCases: 1 });
    expect((await db.enterprises.toCollection().primaryKeys()).sort()).toEqual([kept.id, recent.id].sort());
    expect(await db.people.toCollection().primaryKeys()).toEqual([keptPerson.id]);
    expect(await db.wageCases.toCollection().primaryKeys()).toEqual([kept.id]);
  });
});
