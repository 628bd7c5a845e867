import { afterEach, describe, expect, it } from 'vitest';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { enterpriseRestore, personRestore, restoredAll } from '../../../renderer/db/restore';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testCreditCode, testDbOpen, testDbsDelete } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

/** An enterprise as the first build wrote it: no womenCount, no deletedAt, no optional text fields. */
const legacyEnterprise = {
  id: 'e-legacy',
  name: '福鼎市老厂',
  creditCode: testCreditCode('350982', 3),
  regionCode: '350982',
  headcount: 40,
  legalRepresentative: '王五',
  createdAt: '2020-03-01T00:00:00.000Z',
  updatedAt: '2020-03-01T00:00:00.000Z',
};
const legacyPerson = {
  id: 'p-legacy',
  enterpriseId: 'e-legacy',
  name: '王井全',
  side: 'workers',
  role: 'member',
  createdAt: '2020-03-01T00:00:00.000Z',
  updatedAt: '2020-03-01T00:00:00.000Z',
};

describe('restore on read', () => {
  it('fills the defaults of fields added later into a legacy record inserted raw', async () => {
    db = testDbOpen();
    await db.enterprises.add(legacyEnterprise);
    await db.people.add(legacyPerson);

    const enterprise = okValue(await enterpriseRepo(db).get('e-legacy' as EnterpriseId));
    expect(enterprise).toMatchObject({ womenCount: null, industry: '', address: '', unionName: '' });
    const people = okValue(await personRepo(db).listByEnterprise(enterprise.id)).items;
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: '王井全', hasAuthorization: false, phone: '', note: '' });
    // Reading does not write: the stored row keeps its legacy shape.
    expect(await db.enterprises.get('e-legacy')).toEqual(legacyEnterprise);
  });

  it('skips and reports a corrupt record without failing the list, and leaves it in the store', async () => {
    db = testDbOpen();
    const corrupt = { ...legacyEnterprise, id: 'e-corrupt', creditCode: '91350982000000000X', headcount: 'many' };
    await db.enterprises.bulkAdd([legacyEnterprise, corrupt]);

    const listing = okValue(await enterpriseRepo(db).list());
    expect(listing.items.map((e) => e.id)).toEqual(['e-legacy']);
    expect(listing.skipped).toEqual([
      { id: 'e-corrupt', reason: expect.stringContaining('creditCode: validation.creditCode.checksum') },
    ]);
    expect(listing.skipped[0]?.reason).toContain('headcount');
    expect(await db.enterprises.get('e-corrupt')).toEqual(corrupt);
    expect(await enterpriseRepo(db).get('e-corrupt' as EnterpriseId)).toMatchObject({ ok: false, error: { code: 'storage.corrupt' } });
  });

  it('reports people that cannot be restored, by id', async () => {
    db = testDbOpen();
    await db.enterprises.add(legacyEnterprise);
    await db.people.bulkAdd([legacyPerson, { ...legacyPerson, id: 'p-bad', side: 'management' }]);

    const listing = okValue(await personRepo(db).listByEnterprise('e-legacy' as EnterpriseId));
    expect(listing.items.map((p) => p.id)).toEqual(['p-legacy']);
    expect(listing.skipped).toEqual([{ id: 'p-bad', reason: 'side: validation.choice' }]);
  });

  it('rejects what is not a record at all, with or without a readable id', () => {
    const { records, skipped } = restoredAll([null, 'text', [], { id: 7 }, legacyEnterprise], enterpriseRestore);
    expect(records.map((r) => r.id)).toEqual(['e-legacy']);
    expect(skipped.map((s) => s.id)).toEqual([null, null, null, null]);
    expect(skipped[0]?.reason).toBe('not an object');
  });

  it('keeps a stored deletedAt and drops fields the current shape does not know', () => {
    const outcome = personRestore({ ...legacyPerson, deletedAt: '2021-01-01T00:00:00.000Z', retiredField: 1 });
    expect(outcome.ok && outcome.record.deletedAt).toBe('2021-01-01T00:00:00.000Z');
    expect(outcome.ok && 'retiredField' in outcome.record).toBe(false);
  });
});
