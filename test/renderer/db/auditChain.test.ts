// The audit trail is a hash chain with its head kept apart: a whole trail checks out; a rewritten entry,
// an entry taken out, a shortened trail or a forged trail restored from a backup is reported where it
// breaks; entries from before the chain are counted, not checked.
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../../renderer/data/handlers';
import { AUDIT_HEAD_KEY } from '../../../renderer/db/auditTrail';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testCreditCode, testDbsPerTest, testDeps, testEnterpriseInput } from './testDb';

const open = testDbsPerTest();

/** A store with three entries: an enterprise created, renamed, renamed again. */
async function threeEntries(): Promise<WageDeskDb> {
  const db = open();
  const repo = enterpriseRepo(db, testDeps());
  const created = okValue(await repo.create(testEnterpriseInput({ name: '甲厂' })));
  okValue(await repo.update(created.id, testEnterpriseInput({ name: '甲厂二' })));
  okValue(await repo.update(created.id, testEnterpriseInput({ name: '甲厂三' })));
  return db;
}

const check = async (db: WageDeskDb) => okValue(await dataHandlers.auditTrailCheck({ db, deps: testDeps() }));

describe('the audit hash chain', () => {
  it('links every entry to the one before, and a whole trail checks out', async () => {
    const db = await threeEntries();
    const trail = await db.audit.orderBy('seq').toArray();
    expect(trail[0]!.prevHash).toBeNull();
    expect(trail[1]!.prevHash).toBe(trail[0]!.hash);
    expect(trail[2]!.prevHash).toBe(trail[1]!.hash);
    expect((await db.meta.get(AUDIT_HEAD_KEY))?.value).toEqual({ seq: trail[2]!.seq, hash: trail[2]!.hash });
    expect(await check(db)).toEqual({ intact: true, chained: 3, unchained: 0 });
  });

  it('reports an entry edited after it was written, with its number and time', async () => {
    const db = await threeEntries();
    const second = (await db.audit.orderBy('seq').toArray())[1]!;
    // Below the app: what a person editing the database by hand would do.
    await db.audit.put({ ...second, after: { ...(second.after as object), name: '乙厂' } });
    expect(await check(db)).toMatchObject({ intact: false, reason: 'rewritten', seq: second.seq, at: second.at });
  });

  it('reports an entry taken out of the middle, and a trail cut short at its end', async () => {
    const db = await threeEntries();
    const trail = await db.audit.orderBy('seq').toArray();
    await db.audit.delete(trail[1]!.seq!);
    expect(await check(db)).toMatchObject({ intact: false, reason: 'unlinked', seq: trail[2]!.seq });

    const other = await threeEntries();
    const last = (await other.audit.orderBy('seq').toArray()).at(-1)!;
    await other.audit.delete(last.seq!);
    expect(await check(other)).toMatchObject({ intact: false, reason: 'truncated', seq: null });
  });

  it('starts the chain at the first hashed entry of a trail begun before it, and says how many came before', async () => {
    const db = await threeEntries();
    await db.audit.clear();
    await db.meta.delete(AUDIT_HEAD_KEY);
    await db.audit.bulkAdd([1, 2].map((n) => ({ at: `2020-01-0${n}T00:00:00.000Z`, table: 'enterprises', key: 'old', enterpriseId: 'old', action: 'update' as const, role: null, before: {}, after: {} })));
    expect(await check(db)).toEqual({ intact: true, chained: 0, unchained: 2 });
    okValue(await enterpriseRepo(db, testDeps()).create(testEnterpriseInput({ name: '丁厂', creditCode: testCreditCode('350982', 5) })));
    expect(await check(db)).toEqual({ intact: true, chained: 1, unchained: 2 });
  });

  it('a restored backup whose trail was forged shows as broken, and the restore says so in its own entry', async () => {
    const source = await threeEntries();
    const document = okValue(await backupCreate(source)).document;
    const audit = document.tables.audit as Record<string, unknown>[];
    const forged = { ...document, tables: { ...document.tables, audit: audit.map((row, i) => (i === 1 ? { ...row, role: 'employer' } : row)) } };
    const target = open();
    okValue(await backupRestore(target, forged, { fileName: 'forged.json' }));
    expect(await check(target)).toMatchObject({ intact: false, reason: 'rewritten', seq: audit[1]!.seq });
    expect((await target.audit.orderBy('seq').last())?.after).toMatchObject({ fileName: 'forged.json', trail: { intact: false, reason: 'rewritten' } });

    // An honest backup restores into a whole trail, the restore's entry chained onto it.
    const honest = open();
    okValue(await backupRestore(honest, document, { fileName: 'honest.json' }));
    expect(await check(honest)).toEqual({ intact: true, chained: 4, unchained: 0 });
  });
});
