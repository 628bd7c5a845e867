import { afterEach, describe, expect, it, vi } from 'vitest';
import { referencePeopleInputs } from '../../../shared/sample/referenceEnterprise';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { loadReferenceCase } from '../../../renderer/db/sampleLoader';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDbOpen, testDbsDelete, testDeps } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('loadReferenceCase', () => {
  it('adds the reference enterprise with all its people', async () => {
    db = testDbOpen();
    const loaded = okValue(await loadReferenceCase(db, testDeps()));

    expect(loaded.alreadyLoaded).toBe(false);
    expect(loaded.enterprise).toMatchObject({ name: '福建隆祥皮革有限公司', regionCode: '350982', unionChair: '吴华贵' });
    const people = okValue(await personRepo(db).listByEnterprise(loaded.enterprise.id)).items;
    expect(people).toHaveLength(referencePeopleInputs().length);
    // Same creation stamp: members of a side fall into Chinese name order (王 wáng before 熊 xióng).
    expect(people.slice(0, 4).map((p) => p.name)).toEqual(['吴华贵', '王井全', '熊仕荣', '陈会珍']);
  });

  it('adds nothing the second time and returns the enterprise already there', async () => {
    db = testDbOpen();
    const first = okValue(await loadReferenceCase(db, testDeps()));
    const second = okValue(await loadReferenceCase(db, testDeps()));

    expect(second).toEqual({ enterprise: first.enterprise, alreadyLoaded: true });
    expect(await db.enterprises.count()).toBe(1);
    expect(await db.people.count()).toBe(referencePeopleInputs().length);
  });

  it('loads afresh after the sample was deleted', async () => {
    db = testDbOpen();
    const first = okValue(await loadReferenceCase(db, testDeps()));
    okValue(await enterpriseRepo(db).remove(first.enterprise.id));
    const again = okValue(await loadReferenceCase(db, testDeps()));

    expect(again.alreadyLoaded).toBe(false);
    expect(again.enterprise.id).not.toBe(first.enterprise.id);
    expect(okValue(await enterpriseRepo(db).list()).items).toEqual([again.enterprise]);
  });

  it('stores nothing when writing the people fails: enterprise and people go in one transaction', async () => {
    db = testDbOpen();
    vi.spyOn(db.people, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const result = await loadReferenceCase(db, testDeps());
    vi.restoreAllMocks();

    expect(result).toMatchObject({ ok: false, error: { code: 'storage.quota' } });
    expect(await db.enterprises.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });
});
