// ledgerRepo.ledgersImport: many enterprises' ledgers in one validated, audited transaction; and the
// audit trail's add path (no reads) still records exactly the rows an add stored.
import { describe, expect, it } from 'vitest';
import { ledgerRepo } from '../../../renderer/db/ledgerRepo';
import { okValue, testDbsPerTest, testDeps } from './testDb';

const open = testDbsPerTest();

const entry = (workerId: string, entitledFen: number, paidFen = 0) => ({
  workerId, termId: 'spring-bonus', entitledFen,
  payments: paidFen > 0 ? [{ date: '2021-02-10', amountFen: paidFen, note: '' }] : [],
});

describe('ledgerRepo.ledgersImport', () => {
  it('adds new rows, replaces held ones, and audits a bulk add as one import per enterprise, each replacement as an update', async () => {
    const db = open();
    const repo = ledgerRepo(db, testDeps());
    const first = okValue(await repo.ledgersImport([
      { enterpriseId: 'a', ledger: { entries: [entry('w1', 1000), entry('w2', 2000, 500)] } },
      { enterpriseId: 'b', ledger: { entries: [entry('w1', 3000)] } },
    ]));
    expect(first).toEqual({ added: 3, replaced: 0 });
    const second = okValue(await repo.ledgersImport([{ enterpriseId: 'a', ledger: { entries: [entry('w1', 1000, 1000), entry('w3', 10)] } }]));
    expect(second).toEqual({ added: 1, replaced: 1 });

    const { ledger } = okValue(await repo.read('a'));
    expect(ledger.entries.map((e) => e.workerId).sort()).toEqual(['w1', 'w2', 'w3']);
    // A bulk add is one 'import' entry per enterprise listing its keys; a single new row and every
    // replaced row are entries of their own, with the row before and after.
    const trail = await db.audit.where('enterpriseId').equals('a').sortBy('seq');
    expect(trail.map((e) => `${e.action} ${e.key}`)).toEqual([
      'import a/e/spring-bonus/w1', 'create a/e/spring-bonus/w3', 'update a/e/spring-bonus/w1',
    ]);
    expect(trail[0]).toMatchObject({ before: null, after: null, keys: ['a/e/spring-bonus/w1', 'a/e/spring-bonus/w2'] });
    expect(trail[2]).toMatchObject({ before: { doc: { entitledFen: 1000 } }, after: { doc: { entitledFen: 1000, payments: [{ amountFen: 1000 }] } } });
    const ofB = await db.audit.where('enterpriseId').equals('b').toArray();
    expect(ofB.map((e) => `${e.action} ${e.key}`)).toEqual(['import b/e/spring-bonus/w1']);
  });

  it('writes nothing when any ledger is invalid (an overpayment)', async () => {
    const db = open();
    const refused = await ledgerRepo(db, testDeps()).ledgersImport([
      { enterpriseId: 'a', ledger: { entries: [entry('w1', 1000)] } },
      { enterpriseId: 'b', ledger: { entries: [entry('w1', 100, 200)] } },
    ]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'ledger.overpaid', params: { enterpriseId: 'b' } });
    expect(await db.ledgerEntries.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('audits only the rows a bulk add stored, not those it refused as already held', async () => {
    const db = open();
    const row = (id: string, note: string) => ({ id, enterpriseId: 'a', doc: { note }, updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });
    await db.ledgerEntries.add(row('r1', 'first'));
    await db.ledgerEntries.bulkAdd([row('r1', 'again'), row('r2', 'new')]).catch(() => undefined);
    const trail = await db.audit.orderBy('seq').toArray();
    // Of the bulk add only r2 was stored: one new row is a create with its content, not an import.
    expect(trail.map((e) => `${e.action} ${e.key}`)).toEqual(['create r1', 'create r2']);
    expect(trail[0]!.after).toMatchObject({ doc: { note: 'first' } });
    expect(trail[1]!.after).toMatchObject({ doc: { note: 'new' } });
  });
});

describe('audit trail of a bulk put', () => {
  it('sums up the rows it created as one import and keeps the row before and after for those it replaced', async () => {
    const db = open();
    const row = (id: string, note: string) => ({ id, enterpriseId: 'a', doc: { note }, updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });
    await db.ledgerEntries.add(row('r1', 'first'));
    await db.ledgerEntries.bulkPut([row('r1', 'changed'), row('r2', 'new'), row('r3', 'new')]);
    const trail = await db.audit.orderBy('seq').toArray();
    expect(trail.map((e) => `${e.action} ${e.key}`)).toEqual(['create r1', 'import r2', 'update r1']);
    expect(trail[1]).toMatchObject({ keys: ['r2', 'r3'], before: null, after: null, enterpriseId: 'a' });
    expect(trail[2]).toMatchObject({ before: { doc: { note: 'first' } }, after: { doc: { note: 'changed' } } });
  });
});
