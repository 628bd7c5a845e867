import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput, testPersonInput } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

function setup() {
  db = testDbOpen();
  const deps = testDeps();
  return { deps, enterprises: enterpriseRepo(db, deps), people: personRepo(db, deps) };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('enterpriseRepo round trips', () => {
  it('creates an enterprise with normalised fields, defaults, an id and timestamps, and reads it back', async () => {
    const { enterprises } = setup();
    const code = testCreditCode();
    const created = okValue(await enterprises.create(testEnterpriseInput({ creditCode: ` ${code.slice(0, 9).toLowerCase()} ${code.slice(9)} ` })));

    expect(created.creditCode).toBe(code);
    expect(created.womenCount).toBeNull();
    expect(created.industry).toBe('');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toBe('2021-01-10T08:00:00.000Z');
    expect(created).not.toHaveProperty('deletedAt');
    expect(okValue(await enterprises.get(created.id))).toEqual(created);
  });

  it('updates the fields, keeping id and createdAt and moving updatedAt', async () => {
    const { enterprises } = setup();
    const created = okValue(await enterprises.create(testEnterpriseInput()));
    const updated = okValue(await enterprises.update(created.id, testEnterpriseInput({ headcount: 80, womenCount: 30 })));

    expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, headcount: 80, womenCount: 30 });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(okValue(await enterprises.get(created.id))).toEqual(updated);
  });

  it('lists live enterprises in Chinese (pinyin) order', async () => {
    const { enterprises } = setup();
    for (const [i, name] of ['张家皮革厂', '安溪茶厂', '北岭鞋厂'].entries()) {
      okValue(await enterprises.create(testEnterpriseInput({ name, creditCode: testCreditCode('350982', i) })));
    }
    const listing = okValue(await enterprises.list());
    expect(listing.items.map((e) => e.name)).toEqual(['安溪茶厂', '北岭鞋厂', '张家皮革厂']);
    expect(listing.skipped).toEqual([]);
  });

  it('answers notFound for an unknown id, for get, update and remove', async () => {
    const { enterprises } = setup();
    const id = 'no-such-id' as EnterpriseId;
    expect(await enterprises.get(id)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await enterprises.update(id, testEnterpriseInput())).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await enterprises.remove(id)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await db.enterprises.count()).toBe(0);
  });
});

describe('enterpriseRepo validation', () => {
  it('stores nothing for invalid input and returns the field → i18n key map', async () => {
    const { enterprises } = setup();
    const result = await enterprises.create(testEnterpriseInput({ name: ' ', creditCode: '123', headcount: 10, womenCount: 11 }));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.fields).toEqual({
      name: 'validation.required',
      creditCode: 'validation.creditCode.length',
      womenCount: 'validation.womenAboveHeadcount',
    });
    expect(await db.enterprises.count()).toBe(0);
  });

  it('leaves the stored record unchanged when an update is invalid', async () => {
    const { enterprises } = setup();
    const created = okValue(await enterprises.create(testEnterpriseInput()));
    const result = await enterprises.update(created.id, testEnterpriseInput({ headcount: -1 }));

    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { headcount: 'validation.nonNegative' } } });
    expect(okValue(await enterprises.get(created.id))).toEqual(created);
  });

  it('refuses a credit code another live enterprise holds, on create and on update', async () => {
    const { enterprises } = setup();
    const first = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 1) })));
    const second = okValue(await enterprises.create(testEnterpriseInput({ creditCode: testCreditCode('350982', 2) })));
    const duplicate = { ok: false, error: { code: 'validation', fields: { creditCode: 'validation.creditCode.duplicate' } } };

    expect(await enterprises.create(testEnterpriseInput({ creditCode: first.creditCode.toLowerCase() }))).toMatchObject(duplicate);
    expect(await enterprises.update(second.id, testEnterpriseInput({ creditCode: first.creditCode }))).toMatchObject(duplicate);
    expect(await db.enterprises.count()).toBe(2);
    // Saving an enterprise with its own code is not a duplicate.
    expect((await enterprises.update(first.id, testEnterpriseInput({ creditCode: first.creditCode }))).ok).toBe(true);
  });

  it('creditCodeTaken looks at live enterprises only and can exclude the one being edited', async () => {
    const { enterprises } = setup();
    const created = okValue(await enterprises.create(testEnterpriseInput()));

    expect(okValue(await enterprises.creditCodeTaken(created.creditCode))).toBe(true);
    expect(okValue(await enterprises.creditCodeTaken(created.creditCode, created.id))).toBe(false);
    expect(okValue(await enterprises.creditCodeTaken(testCreditCode('350982', 7)))).toBe(false);
    okValue(await enterprises.remove(created.id));
    expect(okValue(await enterprises.creditCodeTaken(created.creditCode))).toBe(false);
  });
});

describe('enterpriseRepo soft delete and undo', () => {
  it('deletes the enterprise and its people together, and undo brings back exactly those', async () => {
    const { enterprises, people } = setup();
    const enterprise = okValue(await enterprises.create(testEnterpriseInput()));
    const chief = okValue(await people.create(enterprise.id, testPersonInput({ name: '吴华贵', role: 'chief' })));
    const member = okValue(await people.create(enterprise.id, testPersonInput({ name: '熊仕荣' })));
    const goneBefore = okValue(await people.create(enterprise.id, testPersonInput({ name: '早已删除' })));
    okValue(await people.remove(goneBefore.id));

    const removal = okValue(await enterprises.remove(enterprise.id));
    expect([...removal.personIds].sort()).toEqual([chief.id, member.id].sort());
    expect(okValue(await enterprises.list()).items).toEqual([]);
    expect(await enterprises.get(enterprise.id)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(okValue(await people.listByEnterprise(enterprise.id)).items).toEqual([]);
    // Soft: the rows are still there, stamped.
    expect((await db.enterprises.get(enterprise.id))?.deletedAt).toBe(removal.deletedAt);
    expect(await db.people.count()).toBe(3);

    const restored = okValue(await enterprises.undoRemove(removal));
    expect(restored).toEqual(enterprise);
    expect(okValue(await enterprises.list()).items).toEqual([enterprise]);
    expect(okValue(await people.listByEnterprise(enterprise.id)).items.map((p) => p.name)).toEqual(['吴华贵', '熊仕荣']);
  });

  it('ignores a stale undo token', async () => {
    const { enterprises } = setup();
    const enterprise = okValue(await enterprises.create(testEnterpriseInput()));
    const removal = okValue(await enterprises.remove(enterprise.id));
    okValue(await enterprises.undoRemove(removal));

    expect(await enterprises.undoRemove(removal)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('refuses undo when a new enterprise took the credit code meanwhile', async () => {
    const { enterprises } = setup();
    const enterprise = okValue(await enterprises.create(testEnterpriseInput()));
    const removal = okValue(await enterprises.remove(enterprise.id));
    okValue(await enterprises.create(testEnterpriseInput({ name: '新厂' })));

    const result = await enterprises.undoRemove(removal);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { creditCode: 'validation.creditCode.duplicate' } } });
    expect((await db.enterprises.get(enterprise.id))?.deletedAt).toBe(removal.deletedAt);
  });
});

describe('enterpriseRepo storage failures', () => {
  it('maps a full disk on create to storage.quota and stores nothing', async () => {
    const { enterprises } = setup();
    vi.spyOn(db.enterprises, 'add').mockRejectedValue(quotaError());

    const result = await enterprises.create(testEnterpriseInput());
    expect(result).toMatchObject({ ok: false, error: { code: 'storage.quota' } });
    vi.restoreAllMocks();
    expect(await db.enterprises.count()).toBe(0);
  });

  it('rolls back the whole removal when the disk fills half way: enterprise and people stay live', async () => {
    const { enterprises, people } = setup();
    const enterprise = okValue(await enterprises.create(testEnterpriseInput()));
    const person = okValue(await people.create(enterprise.id, testPersonInput()));
    const before = { enterprises: await db.enterprises.toArray(), people: await db.people.toArray() };
    vi.spyOn(db.people, 'bulkUpdate').mockRejectedValue(quotaError());

    const result = await enterprises.remove(enterprise.id);
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, error: { code: 'storage.quota' } });
    expect(await db.enterprises.toArray()).toEqual(before.enterprises);
    expect(await db.people.toArray()).toEqual(before.people);
    expect(okValue(await people.get(person.id))).toEqual(person);
  });

  it('maps a closed database to storage.unavailable instead of throwing', async () => {
    const { enterprises } = setup();
    db.close();
    expect(await enterprises.list()).toMatchObject({ ok: false, error: { code: 'storage.unavailable' } });
  });
});

describe('enterprise revisions', () => {
  it('an update based on the profile as it was is refused once another window saved it, nothing written', async () => {
    const { enterprises: repo } = setup();
    const created = okValue(await repo.create(testEnterpriseInput()));
    expect(created.revision).toBe(1);
    const theirs = okValue(await repo.update(created.id, { ...testEnterpriseInput(), name: '另一个窗口' }, 1));
    expect(theirs.revision).toBe(2);
    const refused = await repo.update(created.id, { ...testEnterpriseInput(), name: '本窗口' }, 1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'save.conflict', params: { revision: 2 }, conflict: { stored: { name: '另一个窗口' } } } });
    expect(okValue(await repo.get(created.id))).toMatchObject({ name: '另一个窗口', revision: 2 });
    // Based on the newer profile, the same edit goes through: the user chose theirs over it knowingly.
    expect(okValue(await repo.update(created.id, { ...testEnterpriseInput(), name: '本窗口' }, 2))).toMatchObject({ name: '本窗口', revision: 3 });
  });

  it('a profile stored before revisions reads as revision 0', async () => {
    const { enterprises: repo } = setup();
    const created = okValue(await repo.create(testEnterpriseInput()));
    const { revision: _gone, ...old } = (await db.enterprises.get(created.id))!;
    await db.enterprises.put(old as typeof old & { id: string });
    expect(okValue(await repo.get(created.id)).revision).toBe(0);
  });
});
