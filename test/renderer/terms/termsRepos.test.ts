// The roster and the ledger an enterprise's rounds share: roster imports are all-or-nothing, payments
// never exceed what is owed, and damaged rows are skipped and reported, never thrown on.
import { afterEach, describe, expect, it } from 'vitest';
import { dataHandlers } from '../../../renderer/data/handlers';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { ledgerRepo } from '../../../renderer/db/ledgerRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { workerRepo } from '../../../renderer/db/workerRepo';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { testCtx, testWorker as worker } from '../data/testCase';
import { okValue, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

async function withEnterprise() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprise = okValue(await enterpriseRepo(db, deps).create(testEnterpriseInput()));
  return { deps, id: enterprise.id as string };
}

describe('workerRepo.addMany', () => {
  it('adds every worker or none: a worker already on the roster stops the whole import', async () => {
    const { id, deps } = await withEnterprise();
    const repo = workerRepo(db, deps);
    expect(okValue(await repo.addMany(id, [worker(1), worker(2)]))).toEqual({ added: 2 });
    const again = await repo.addMany(id, [worker(3), worker(4, { idNumber: worker(1).idNumber })]);
    expect(again.ok ? null : again.error.code).toBe('roster.idNumberTwice');
    const sameId = await repo.addMany(id, [worker(3), worker(2, { idNumber: worker(5).idNumber })]);
    expect(sameId.ok ? null : sameId.error.code).toBe('roster.workerIdTwice');
    expect(okValue(await repo.listByEnterprise(id)).items.map((w) => w.id)).toEqual(['N1', 'N2']);
  });

  it('refuses an enterprise that does not exist and writes nothing', async () => {
    await withEnterprise();
    const r = await workerRepo(db).addMany('missing', [worker(1)]);
    expect(r.ok ? null : r.error.code).toBe('notFound');
    expect(await db.workers.count()).toBe(0);
  });
});

describe('ledgerRepo.paymentAdd', () => {
  it('records a payment, and refuses one that would pay more than is owed or has no entitlement', async () => {
    db = testDbOpen();
    const ctx = testCtx(db);
    const { enterpriseId } = okValue(await dataHandlers.sampleLoad(ctx));
    const repo = ledgerRepo(db, ctx.deps);
    // W061 is one of the red packets not paid by the sample's date: 200 元 owed.
    const payment = { date: isoDate('2021-03-31'), amountFen: 30_000 as Fen, note: '补发' };
    const entry = okValue(await repo.paymentAdd(enterpriseId, 'sf2021.redPacket', 'W061', payment));
    expect(entry.payments).toEqual([payment]);
    const over = await repo.paymentAdd(enterpriseId, 'sf2021.redPacket', 'W061', { ...payment, amountFen: 20_001 as Fen });
    expect(over.ok ? null : over.error.code).toBe('ledger.overpaid');
    const none = await repo.paymentAdd(enterpriseId, 'sf2021.redPacket', 'W110', payment);
    expect(none.ok ? null : none.error.code).toBe('ledger.noEntry');
    const { ledger } = okValue(await repo.read(enterpriseId));
    expect(ledger.entries.find((e) => e.termId === 'sf2021.redPacket' && e.workerId === 'W061')?.payments).toHaveLength(1);
  });
});

describe('restore on read', () => {
  it('skips and reports a damaged row, and shows the rest', async () => {
    const { id, deps } = await withEnterprise();
    okValue(await workerRepo(db, deps).addMany(id, [worker(1)]));
    await db.workers.put({ id: `${id}/BAD`, enterpriseId: id, doc: { id: 'BAD', name: '坏记录', idNumber: '123' }, updatedAt: deps.clock(), deletedAt: null });
    await db.ledgerEntries.put({ id: `${id}/e/x/N1`, enterpriseId: id, doc: { workerId: 'N1', termId: 'x', entitledFen: -5 }, updatedAt: deps.clock(), deletedAt: null });
    const roster = okValue(await workerRepo(db).listByEnterprise(id));
    expect(roster.items.map((w) => w.id)).toEqual(['N1']);
    expect(roster.skipped).toHaveLength(1);
    expect(roster.skipped[0]?.id).toBe(`${id}/BAD`);
    const ledger = okValue(await ledgerRepo(db).read(id));
    expect(ledger.ledger.entries).toEqual([]);
    expect(ledger.skipped.map((s) => s.id)).toEqual([`${id}/e/x/N1`]);
  });
});
