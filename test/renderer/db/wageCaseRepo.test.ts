import { afterEach, describe, expect, it } from 'vitest';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { wageCaseRepo } from '../../../renderer/db/wageCaseRepo';
import { wageCaseRestore } from '../../../renderer/db/wageCaseRestore';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { type WageCaseFile } from '../../../shared/wage/caseFile';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { okValue, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

async function withEnterprise() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprise = okValue(await enterpriseRepo(db, deps).create(testEnterpriseInput()));
  return { deps, id: enterprise.id, repo: wageCaseRepo(db, deps) };
}

describe('wageCaseRepo', () => {
  it('has no case for an enterprise until one is saved, then returns it with its time', async () => {
    const { id, repo, deps } = await withEnterprise();
    expect(okValue(await repo.get(id))).toBeNull();
    const at = deps.now();
    const saved = okValue(await repo.save(id, referenceWageCase()));
    expect(saved).toMatchObject({ enterpriseId: id, updatedAt: at });
    const read = okValue(await repo.get(id));
    expect(read?.case.scenarios.map((s) => s.name)).toEqual(referenceWageCase().scenarios.map((s) => s.name));
    // Stored normalised: defaults of the case file filled in (stopped: 0 on every headcount row).
    expect(read?.case.headcount.every((h) => h.stopped === 0)).toBe(true);
  });

  it('replaces the case on a second save (one per enterprise)', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, referenceWageCase()));
    okValue(await repo.save(id, { ...referenceWageCase(), title: '第二稿' }));
    expect(await db.wageCases.count()).toBe(1);
    expect(okValue(await repo.get(id))?.case.title).toBe('第二稿');
  });

  it('refuses a case that fails the checks with the check’s error, and writes nothing', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, referenceWageCase()));
    const before = await db.wageCases.toArray();

    const negative: WageCaseFile = { ...referenceWageCase(), headcount: referenceWageCase().headcount.map((h) => ({ ...h, working: -1 })) };
    expect(await repo.save(id, negative)).toMatchObject({ ok: false, error: { code: 'case.invalid', params: { field: 'headcount.0.working' } } });
    const file = referenceWageCase();
    const twins: WageCaseFile = { ...file, scenarios: [file.scenarios[0]!, { ...file.scenarios[1]!, name: file.scenarios[0]!.name }] };
    expect(await repo.save(id, twins)).toMatchObject({ ok: false, error: { code: 'case.scenarioNameDuplicate' } });
    expect(await db.wageCases.toArray()).toEqual(before);
  });

  it('refuses a case for an enterprise that is missing or deleted', async () => {
    const { id, repo } = await withEnterprise();
    expect(await repo.save('no-such' as EnterpriseId, referenceWageCase())).toMatchObject({ ok: false, error: { code: 'notFound' } });
    okValue(await enterpriseRepo(db).remove(id));
    expect(await repo.save(id, referenceWageCase())).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await db.wageCases.count()).toBe(0);
  });

  it('removes the case, saying whether there was one', async () => {
    const { id, repo } = await withEnterprise();
    expect(okValue(await repo.remove(id))).toBe(false);
    okValue(await repo.save(id, referenceWageCase()));
    expect(okValue(await repo.remove(id))).toBe(true);
    expect(okValue(await repo.get(id))).toBeNull();
  });

  it('reports a damaged stored case as storage.corrupt and leaves it in place', async () => {
    const { id, repo } = await withEnterprise();
    const damaged = { enterpriseId: id, case: { ...referenceWageCase(), baseQuarter: '2019-Q5' }, updatedAt: '2021-01-10T08:00:00.000Z' };
    await db.wageCases.put(damaged);
    expect(await repo.get(id)).toMatchObject({ ok: false, error: { code: 'storage.corrupt', params: { id } } });
    expect(await db.wageCases.get(id)).toEqual(damaged);
  });
});

describe('wageCaseRestore', () => {
  it('accepts a stored row and names the field of one it cannot use', () => {
    const row = { enterpriseId: 'e1', case: referenceWageCase(), updatedAt: '2021-01-10T08:00:00.000Z' };
    expect(wageCaseRestore(row)).toMatchObject({ ok: true, record: { enterpriseId: 'e1' } });
    expect(wageCaseRestore({ ...row, updatedAt: 'yesterday' })).toMatchObject({ ok: false, skipped: { id: 'e1', reason: expect.stringContaining('updatedAt') } });
    expect(wageCaseRestore({ ...row, case: { ...row.case, scenarios: [] } })).toMatchObject({ ok: false, skipped: { reason: expect.stringContaining('case.scenarios') } });
    expect(wageCaseRestore('text')).toMatchObject({ ok: false, skipped: { id: null } });
  });
});
