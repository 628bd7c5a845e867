// The terms area's storage: the reference case lands in the three tables in one go and reads back with
// the core's figures; imports are all-or-nothing; payments never exceed what is owed; damaged rows are
// skipped and reported, never thrown on.
import { afterEach, describe, expect, it } from 'vitest';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { ledgerRepo } from '../../../renderer/db/ledgerRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { termRepo } from '../../../renderer/db/termRepo';
import { termWithLedgerAdd, termsCaseCounts, termsCaseReplace, termsRowsRestore } from '../../../renderer/db/termsCaseStore';
import { workerRepo } from '../../../renderer/db/workerRepo';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { type Worker, workerSchema } from '../../../shared/roster/worker';
import { ledgerAgreementTotals, ledgerTermSummaries } from '../../../shared/terms/ledgerSummary';
import { referenceTermsCase } from '../../../shared/sample/referenceTerms';
import { okValue, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

async function withEnterprise() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprise = okValue(await enterpriseRepo(db, deps).create(testEnterpriseInput()));
  return { deps, id: enterprise.id as string };
}

const worker = (n: number, overrides: Partial<Worker> = {}): Worker =>
  workerSchema.parse({ id: `N${n}`, name: `新职工${n}`, idNumber: idNumberWithCheckChar(`00000019950101${String(n).padStart(3, '0')}`), ...overrides });

describe('the reference case in the three tables', () => {
  it('loads terms, roster and ledger together and reads back 171,300 promised and paid under the job-retention agreement', async () => {
    const { id, deps } = await withEnterprise();
    okValue(await termsCaseReplace(db, id, referenceTermsCase(), deps));
    const terms = okValue(await termRepo(db).listByEnterprise(id));
    const roster = okValue(await workerRepo(db).listByEnterprise(id));
    const { ledger, skipped } = okValue(await ledgerRepo(db).read(id));
    expect(terms.items).toHaveLength(9);
    expect(roster.items).toHaveLength(120);
    expect(skipped).toEqual([]);
    expect(ledger.leave).toHaveLength(1);
    const asOf = isoDate('2021-03-31');
    const byAgreement = ledgerAgreementTotals(ledgerTermSummaries(terms.items, ledger, asOf));
    const retention = byAgreement.find((a) => a.agreement === '保岗协议（2020年3月）');
    expect(retention?.totals).toEqual({ promisedFen: 17_130_000, paidFen: 17_130_000, outstandingFen: 0, overdueFen: 0 });
    const redPacket = ledgerTermSummaries(terms.items, ledger, asOf).find((s) => s.termId === 'sf2021.redPacket');
    expect(redPacket).toMatchObject({ overdueFen: 1_200_000, overdueWorkers: 24 });
  });

  it('replaces what was there and can put it back', async () => {
    const { id, deps } = await withEnterprise();
    okValue(await workerRepo(db, deps).addMany(id, [worker(1)]));
    expect(okValue(await termsCaseCounts(db, id))).toEqual({ terms: 0, workers: 1, ledgerEntries: 0 });
    const before = okValue(await termsCaseReplace(db, id, referenceTermsCase(), deps));
    expect(okValue(await workerRepo(db).listByEnterprise(id)).items.some((w) => w.id === 'N1')).toBe(false);
    okValue(await termsRowsRestore(db, before));
    expect(okValue(await workerRepo(db).listByEnterprise(id)).items.map((w) => w.id)).toEqual(['N1']);
    expect(okValue(await termsCaseCounts(db, id))).toEqual({ terms: 0, workers: 1, ledgerEntries: 0 });
  });

  it('refuses an enterprise that does not exist and writes nothing', async () => {
    await withEnterprise();
    const r = await termsCaseReplace(db, 'missing', referenceTermsCase());
    expect(r.ok ? null : r.error.code).toBe('notFound');
    expect(await db.terms.count()).toBe(0);
    expect(await db.workers.count()).toBe(0);
  });
});

describe('workerRepo.addMany', () => {
  it('adds every worker or none: a worker already on the roster stops the whole import', async () => {
    const { id, deps } = await withEnterprise();
    const repo = workerRepo(db, deps);
    expect(okValue(await repo.addMany(id, [worker(1), worker(2)]))).toEqual({ added: 2 });
    const again = await repo.addMany(id, [worker(3), worker(4, { idNumber: worker(1).idNumber })]);
    expect(again.ok ? null : again.error.code).toBe('roster.idNumberTwice');
    expect(okValue(await repo.listByEnterprise(id)).items.map((w) => w.id)).toEqual(['N1', 'N2']);
  });
});

describe('ledgerRepo.paymentAdd', () => {
  it('records a payment, and refuses one that would pay more than is owed', async () => {
    const { id, deps } = await withEnterprise();
    okValue(await termsCaseReplace(db, id, referenceTermsCase(), deps));
    const repo = ledgerRepo(db, deps);
    const payment = { date: isoDate('2021-03-31'), amountFen: 30_000 as Fen, note: '补发' };
    const entry = okValue(await repo.paymentAdd(id, 'sf2021.redPacket', 'W061', payment));
    expect(entry.payments).toEqual([payment]);
    const over = await repo.paymentAdd(id, 'sf2021.redPacket', 'W061', { ...payment, amountFen: 20_001 as Fen });
    expect(over.ok ? null : over.error.code).toBe('ledger.overpaid');
    const none = await repo.paymentAdd(id, 'sf2021.redPacket', 'W110', payment);
    expect(none.ok ? null : none.error.code).toBe('ledger.noEntry');
    const { ledger } = okValue(await repo.read(id));
    expect(ledger.entries.find((e) => e.termId === 'sf2021.redPacket' && e.workerId === 'W061')?.payments).toHaveLength(1);
  });
});

describe('restore on read', () => {
  it('skips and reports a damaged row, and shows the rest', async () => {
    const { id, deps } = await withEnterprise();
    okValue(await workerRepo(db, deps).addMany(id, [worker(1)]));
    await db.workers.put({ id: `${id}/BAD`, enterpriseId: id, doc: { id: 'BAD', name: '坏记录', idNumber: '123' }, updatedAt: deps.clock(), deletedAt: null });
    await db.terms.put({ id: `${id}/x`, enterpriseId: id, doc: { kind: 'bonus' }, updatedAt: deps.clock(), deletedAt: null });
    const roster = okValue(await workerRepo(db).listByEnterprise(id));
    expect(roster.items.map((w) => w.id)).toEqual(['N1']);
    expect(roster.skipped).toHaveLength(1);
    expect(roster.skipped[0]?.id).toBe(`${id}/BAD`);
    expect(okValue(await termRepo(db).listByEnterprise(id)).skipped).toHaveLength(1);
  });
});

describe('termRepo.create', () => {
  it('adds a red-packet term and refuses the same id twice', async () => {
    const { id, deps } = await withEnterprise();
    const repo = termRepo(db, deps);
    const input = { id: 'rp2022', kind: 'bonus' as const, title: '2022年春节红包', amountFen: 50_000, dueDate: '2022-01-30' };
    expect(okValue(await repo.create(id, input))).toMatchObject({ id: 'rp2022', basis: 'one_off' });
    const twice = await repo.create(id, input);
    expect(twice.ok ? null : twice.error.code).toBe('terms.idTwice');
    const bad = await repo.create(id, { ...input, id: 'rp2023', amountFen: -1 });
    expect(bad.ok ? null : bad.error.code).toBe('validation');
  });
});

describe('termWithLedgerAdd', () => {
  it('saves a term with its ledger entries, and neither when the id is taken', async () => {
    const { id, deps } = await withEnterprise();
    okValue(await termsCaseReplace(db, id, referenceTermsCase(), deps));
    const term = referenceTermsCase().terms.find((x) => x.id === 'sf2021.redPacket')!;
    const entry = { workerId: 'W001', termId: 'rp2022', entitledFen: 30_000 as Fen, dueDate: null, payments: [], note: '' };
    okValue(await termWithLedgerAdd(db, id, { ...term, id: 'rp2022' }, [entry], deps));
    const { ledger } = okValue(await ledgerRepo(db).read(id));
    expect(ledger.entries.filter((e) => e.termId === 'rp2022')).toHaveLength(1);
    const before = await db.ledgerEntries.count();
    const twice = await termWithLedgerAdd(db, id, { ...term, id: 'rp2022' }, [{ ...entry, workerId: 'W002' }], deps);
    expect(twice.ok ? null : twice.error.code).toBe('terms.idTwice');
    expect(await db.ledgerEntries.count()).toBe(before);
  });
});
