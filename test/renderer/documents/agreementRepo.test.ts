// Agreement versions in storage: written in one transaction (a new version with the voided old one),
// listed newest first, every row checked on read (a damaged row is skipped and reported, never thrown).
import { afterEach, describe, expect, it } from 'vitest';
import { agreementRepo, agreementRowRestore } from '../../../renderer/db/agreementRepo';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { agreementVersionFirst, agreementVersionNew, type AgreementContent } from '../../../shared/bundle/agreement';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

const content = (clause: string): AgreementContent => ({
  title: '工资专项集体合同',
  parties: { employer: { name: '福鼎市测试皮革厂', creditCode: testCreditCode(), chief: '李四' }, workers: { name: '福鼎市测试皮革厂工会', chief: '张三' } },
  term: { from: '2021-02-01', to: '2022-01-31' },
  clauses: [{ number: '第一条', heading: '', text: clause }],
  figures: [],
  signedAt: '2021-01-15',
});

async function setUp() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprise = okValue(await enterpriseRepo(db, deps).create(testEnterpriseInput()));
  const meta = { agreementId: 'wage-agreement-e1', kind: 'wage' as const, title: '工资专项集体合同', enterpriseCreditCode: testCreditCode() };
  const v1 = okValue(await agreementVersionFirst(meta, content('月基本工资1750元。')));
  return { id: enterprise.id, repo: agreementRepo(db, deps), v1 };
}

describe('agreementRepo', () => {
  it('stores a version and lists it for its enterprise and in the whole store', async () => {
    const { id, repo, v1 } = await setUp();
    okValue(await repo.save(id, [v1]));
    expect(okValue(await repo.listByEnterprise(id)).items.map((s) => s.version)).toEqual([v1]);
    expect(okValue(await repo.listByEnterprise('other' as EnterpriseId)).items).toEqual([]);
    expect(okValue(await repo.listAll()).items.map((s) => s.id)).toEqual(['wage-agreement-e1.v1']);
  });

  it('writes the next version and the voided previous together, newest first', async () => {
    const { id, repo, v1 } = await setUp();
    okValue(await repo.save(id, [v1]));
    const { previous, next } = okValue(await agreementVersionNew(v1, content('月基本工资2000元。')));
    okValue(await repo.save(id, [previous, next]));
    const listed = okValue(await repo.listByEnterprise(id)).items.map((s) => [s.version.version, s.version.voided]);
    expect(listed).toEqual([[2, false], [1, true]]);
  });

  it('refuses a version that fails the schema, and an enterprise that does not exist, writing nothing', async () => {
    const { id, repo, v1 } = await setUp();
    expect(await repo.save(id, [{ ...v1, fingerprint: 'not-hex' }])).toMatchObject({ ok: false, error: { code: 'agreement.invalid' } });
    expect(await repo.save('missing' as EnterpriseId, [v1])).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await db.agreements.count()).toBe(0);
  });

  it('skips and reports a damaged row instead of failing the list', async () => {
    const { id, repo, v1 } = await setUp();
    okValue(await repo.save(id, [v1]));
    await db.agreements.put({ id: 'bad.v1', enterpriseId: id, doc: { version: 'one' }, updatedAt: '2021-01-10T08:00:00Z' });
    const listed = okValue(await repo.listByEnterprise(id));
    expect(listed.items).toHaveLength(1);
    expect(listed.skipped).toEqual([expect.objectContaining({ id: 'bad.v1' })]);
    expect(agreementRowRestore(null)).toMatchObject({ ok: false, skipped: { id: null } });
  });
});
