import { afterEach, describe, expect, it } from 'vitest';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput, testPersonInput } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

async function setup() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprises = enterpriseRepo(db, deps);
  const enterprise = okValue(await enterprises.create(testEnterpriseInput()));
  return { enterprises, people: personRepo(db, deps), enterprise };
}

describe('personRepo', () => {
  it('creates, reads, updates and lists people, workers first, chiefs first, recorder last', async () => {
    const { people, enterprise } = await setup();
    const recorder = okValue(await people.create(enterprise.id, testPersonInput({ name: '记录员', side: 'neutral', role: 'recorder' })));
    const employerChief = okValue(await people.create(enterprise.id, testPersonInput({ name: '陈会珍', side: 'employer', role: 'chief' })));
    const member = okValue(await people.create(enterprise.id, testPersonInput({ name: '熊仕荣', post: ' 仓库保管员 ' })));
    const chief = okValue(await people.create(enterprise.id, testPersonInput({ name: '吴华贵', role: 'chief' })));

    expect(member).toMatchObject({ enterpriseId: enterprise.id, post: '仓库保管员', phone: '', hasAuthorization: false });
    expect(okValue(await people.get(member.id))).toEqual(member);

    const updated = okValue(await people.update(employerChief.id, testPersonInput({ name: '陈会珍', side: 'employer', role: 'chief', hasAuthorization: true })));
    expect(updated).toMatchObject({ id: employerChief.id, createdAt: employerChief.createdAt, hasAuthorization: true });

    const listing = okValue(await people.listByEnterprise(enterprise.id));
    expect(listing.items.map((p) => p.id)).toEqual([chief.id, member.id, employerChief.id, recorder.id]);
    expect(listing.skipped).toEqual([]);
  });

  it('stores nothing for invalid input and names the field', async () => {
    const { people, enterprise } = await setup();
    const result = await people.create(enterprise.id, testPersonInput({ side: 'workers', role: 'recorder', phone: 'call me' }));

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { side: 'validation.recorderNeutral', phone: 'validation.phone' } },
    });
    expect(await db.people.count()).toBe(0);
  });

  it('refuses people for an enterprise that does not exist or is deleted', async () => {
    const { enterprises, people, enterprise } = await setup();
    expect(await people.create('missing' as EnterpriseId, testPersonInput())).toMatchObject({ ok: false, error: { code: 'notFound' } });
    okValue(await enterprises.remove(enterprise.id));
    expect(await people.create(enterprise.id, testPersonInput())).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await db.people.count()).toBe(0);
  });

  it('soft-deletes a person and undo brings them back', async () => {
    const { people, enterprise } = await setup();
    const person = okValue(await people.create(enterprise.id, testPersonInput()));
    const removal = okValue(await people.remove(person.id));

    expect(okValue(await people.listByEnterprise(enterprise.id)).items).toEqual([]);
    expect(await people.get(person.id)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await people.update(person.id, testPersonInput())).toMatchObject({ ok: false, error: { code: 'notFound' } });

    expect(okValue(await people.undoRemove(removal))).toEqual(person);
    expect(okValue(await people.listByEnterprise(enterprise.id)).items).toEqual([person]);
    expect(await people.undoRemove(removal)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('does not undo a person into an enterprise deleted since', async () => {
    const { enterprises, people, enterprise } = await setup();
    const person = okValue(await people.create(enterprise.id, testPersonInput()));
    const removal = okValue(await people.remove(person.id));
    okValue(await enterprises.remove(enterprise.id));

    expect(await people.undoRemove(removal)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect((await db.people.get(person.id))?.deletedAt).toBe(removal.deletedAt);
  });
});
