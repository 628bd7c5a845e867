// The audit trail records every change with before and after, in the change's own transaction.
import { afterEach, describe, expect, it } from 'vitest';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { auditActorSet } from '../../../renderer/db/auditTrail';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { okValue, testCreditCode, testDbsPerTest, testDeps, testEnterpriseInput, testPersonInput } from './testDb';

afterEach(() => {
  auditActorSet(null);
});
const open = testDbsPerTest();

describe('audit trail', () => {
  it('records create, update, delete and undo of an enterprise with the row before and after and the role', async () => {
    const db = open();
    const repo = enterpriseRepo(db, testDeps());
    auditActorSet('workers');
    const created = okValue(await repo.create(testEnterpriseInput({ name: '甲厂' })));
    okValue(await repo.update(created.id, testEnterpriseInput({ name: '甲厂（新名）' })));
    const removal = okValue(await repo.remove(created.id));
    okValue(await repo.undoRemove(removal));

    const entries = await db.audit.where('enterpriseId').equals(created.id).sortBy('seq');
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(entries.every((e) => e.table === 'enterprises' && e.key === created.id && e.role === 'workers')).toBe(true);
    expect(entries[0]!.before).toBeNull();
    expect(entries[1]).toMatchObject({ before: { name: '甲厂' }, after: { name: '甲厂（新名）' } });
  });

  it('files people under their enterprise, and writes nothing when the change is refused', async () => {
    const db = open();
    const enterprise = okValue(await enterpriseRepo(db, testDeps()).create(testEnterpriseInput()));
    okValue(await personRepo(db, testDeps()).create(enterprise.id, testPersonInput({ name: '吴华贵' })));
    const before = await db.audit.count();
    // A duplicate credit code is refused inside the transaction: no audit entry either.
    const refused = await enterpriseRepo(db, testDeps()).create(testEnterpriseInput({ name: '乙厂', creditCode: enterprise.creditCode }));
    expect(refused.ok).toBe(false);
    expect(await db.audit.count()).toBe(before);
    const people = await db.audit.where('enterpriseId').equals(enterprise.id).filter((e) => e.table === 'people').toArray();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ action: 'create', after: { name: '吴华贵' } });
  });

  it('rolls back with a failed transaction', async () => {
    const db = open();
    await expect(
      db.transaction('rw', db.enterprises, async () => {
        await db.enterprises.add({ id: 'x', name: '丙厂', creditCode: testCreditCode('350982', 9) });
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await db.audit.count()).toBe(0);
  });

  it('a restore brings back exactly the saved trail, then records itself: who, when, which file, rows before and after', async () => {
    const source = open();
    okValue(await enterpriseRepo(source, testDeps()).create(testEnterpriseInput()));
    const saved = await source.audit.toArray();
    const document = okValue(await backupCreate(source)).document;
    const target = open();
    okValue(await enterpriseRepo(target, testDeps()).create(testEnterpriseInput({ name: '将被替换的厂', creditCode: testCreditCode('350982', 7) })));
    auditActorSet('federation');
    okValue(await backupRestore(target, document, { fileName: '协商台备份-20210110.json' }, () => '2021-02-01T09:00:00.000Z'));
    const trail = await target.audit.orderBy('seq').toArray();
    expect(trail.slice(0, -1)).toEqual(saved);
    expect(trail.at(-1)).toMatchObject({
      at: '2021-02-01T09:00:00.000Z', table: 'backup', key: '协商台备份-20210110.json', enterpriseId: null, action: 'restore', role: 'federation',
      after: { fileName: '协商台备份-20210110.json', createdAt: document.createdAt, rowsBefore: { enterprises: 1, audit: 1 }, rowsAfter: { enterprises: 1, audit: 1 }, trail: { intact: true, chained: 1 } },
    });
  });
});
