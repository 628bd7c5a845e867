import { afterEach, describe, expect, it } from 'vitest';
import { backupTableRules } from '../../../renderer/db/backupRows';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { negotiationRepo } from '../../../renderer/db/negotiationRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { referenceRecord, referenceRecordBroken } from '../../../shared/sample/referenceRecord';
import { okValue, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

async function withEnterprise() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprise = okValue(await enterpriseRepo(db, deps).create(testEnterpriseInput()));
  return { id: enterprise.id, repo: negotiationRepo(db, deps), deps };
}

describe('negotiationRepo', () => {
  it('stores a record with its defaults filled in and lists it for its enterprise only', async () => {
    const { id, repo } = await withEnterprise();
    const saved = okValue(await repo.save(id, null, { title: '2021年工资集体协商', kind: 'wage-agreement', regionCode: '350982' }));
    expect(saved.record.votes).toEqual([]);
    expect(saved.record.union).toEqual({ exists: true, chairVacant: false });
    const listed = okValue(await repo.listByEnterprise(id));
    expect(listed.items.map((i) => i.id)).toEqual([saved.id]);
    expect(okValue(await repo.listByEnterprise('other' as typeof id)).items).toEqual([]);
  });

  it('replaces a record in place when saved with its id', async () => {
    const { id, repo } = await withEnterprise();
    const first = okValue(await repo.save(id, null, referenceRecord()));
    okValue(await repo.save(id, first.id, referenceRecordBroken('vote-below-half')));
    expect(await db.negotiations.count()).toBe(1);
    expect(okValue(await repo.get(first.id)).record.votes[0]?.for).toBe(17);
  });

  it('refuses an invalid record, naming the field, and writes nothing', async () => {
    const { id, repo } = await withEnterprise();
    const bad = { ...referenceRecord(), votes: [{ ...referenceRecord().votes![0]!, present: 40 }] };
    const saved = await repo.save(id, null, bad);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toMatchObject({ code: 'record.invalid', params: { field: 'votes.0.present' } });
    expect(await db.negotiations.count()).toBe(0);
  });

  it('refuses a record for an enterprise that does not exist', async () => {
    const { repo } = await withEnterprise();
    const saved = await repo.save('nobody' as never, null, referenceRecord());
    expect(saved.ok ? null : saved.error.code).toBe('notFound');
  });

  it('skips and reports a damaged row on read, leaving it in the store', async () => {
    const { id, repo } = await withEnterprise();
    const good = okValue(await repo.save(id, null, referenceRecord()));
    await db.negotiations.put({ id: 'bad', enterpriseId: id, doc: { kind: 'lease' }, updatedAt: '2021-01-10T08:00:00.000Z', deletedAt: null });
    const listed = okValue(await repo.listByEnterprise(id));
    expect(listed.items.map((i) => i.id)).toEqual([good.id]);
    expect(listed.skipped).toHaveLength(1);
    expect(listed.skipped[0]?.id).toBe('bad');
    expect(await db.negotiations.get('bad')).toBeDefined();
    const read = await repo.get('bad');
    expect(read.ok ? null : read.error.code).toBe('storage.corrupt');
  });

  it('deletes softly and undoes the deletion', async () => {
    const { id, repo } = await withEnterprise();
    const saved = okValue(await repo.save(id, null, referenceRecord()));
    const removal = okValue(await repo.remove(saved.id));
    expect(okValue(await repo.listByEnterprise(id)).items).toEqual([]);
    okValue(await repo.undoRemove(removal));
    expect(okValue(await repo.listByEnterprise(id)).items.map((i) => i.id)).toEqual([saved.id]);
    // A stale token (already undone) is refused.
    const again = await repo.undoRemove(removal);
    expect(again.ok ? null : again.error.code).toBe('notFound');
  });

  it('backups check each negotiation row with the procedure record schema', () => {
    const rule = backupTableRules.negotiations;
    const row = { id: 'n1', enterpriseId: 'e1', doc: referenceRecord(), updatedAt: '2021-01-10T08:00:00.000Z', deletedAt: null };
    expect(rule.restore(row).ok).toBe(true);
    expect(rule.restore({ ...row, doc: { ...referenceRecord(), regionCode: 'fuding' } }).ok).toBe(false);
  });
});
