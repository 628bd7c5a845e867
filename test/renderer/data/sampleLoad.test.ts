// 载入参考案例: the sample's five case files go through the same import as a user's file, in one
// transaction. The store then holds the plant, its people, five rounds, the roster and the ledger, and
// reads back the report's figures; loading it again adds nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataContext } from '../../../renderer/data/context';
import { dataHandlers } from '../../../renderer/data/handlers';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { RoundId } from '../../../shared/case/round';
import { isoDate } from '../../../shared/dates/isoDate';
import { ruleContextDefault, rulesCheck } from '../../../shared/procedure/rules';
import { referencePeopleInputs } from '../../../shared/sample/referenceEnterprise';
import { referenceRoundIds, referenceRoundLatest } from '../../../shared/sample/referenceRounds';
import { ledgerAgreementTotals, ledgerTermSummaries } from '../../../shared/terms/ledgerSummary';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { testCtx } from './testCase';

let db: WageDeskDb;
let ctx: DataContext;
afterEach(() => testDbsDelete(db));

function open() {
  db = testDbOpen();
  ctx = testCtx(db);
}

const tableCounts = async () => ({
  enterprises: await db.enterprises.count(),
  people: await db.people.count(),
  rounds: await db.rounds.count(),
  workers: await db.workers.count(),
  ledgerEntries: await db.ledgerEntries.count(),
});

describe('sampleLoad', () => {
  it('adds the plant with its people, its five rounds in order, the roster and the ledger', async () => {
    open();
    const loaded = okValue(await dataHandlers.sampleLoad(ctx));
    expect(loaded).toMatchObject({ name: '福建隆祥皮革有限公司', roundId: referenceRoundLatest, alreadyLoaded: false });
    const enterprise = okValue(await enterpriseRepo(db).get(loaded.enterpriseId));
    expect(enterprise).toMatchObject({ regionCode: '350982', unionChair: '吴华贵' });
    expect(okValue(await personRepo(db).listByEnterprise(loaded.enterpriseId)).items).toHaveLength(referencePeopleInputs().length);

    const listing = okValue(await dataHandlers.roundsList(ctx, { enterpriseId: loaded.enterpriseId }));
    expect(listing.skipped).toEqual([]);
    // By the first day of each term: the job-retention deal runs from 1 March 2020, the March wage agreement from 1 April.
    expect(listing.rounds.map((r) => r.id)).toEqual(['ref-2020-1', 'ref-2020-jr', 'ref-2020-2', 'ref-2020-3', 'ref-2021-1']);

    const latest = okValue(await dataHandlers.caseLoad(ctx, { enterpriseId: loaded.enterpriseId, roundId: loaded.roundId }));
    expect(latest.roster).toHaveLength(120);
    expect(latest.earlier.map((e) => e.id)).toEqual(listing.rounds.slice(0, -1).map((r) => r.id));
    expect(latest.ledger.leave).toHaveLength(1);
    expect(latest.skipped).toBe(0);
  });

  it('reads back the report’s figures: 171,300 元 promised and paid under the job-retention deal, 24 red packets overdue', async () => {
    open();
    const { enterpriseId } = okValue(await dataHandlers.sampleLoad(ctx));
    const loads = await Promise.all(referenceRoundIds.map(async (roundId) => okValue(await dataHandlers.caseLoad(ctx, { enterpriseId, roundId: roundId as RoundId }))));
    const terms = loads.flatMap((l) => l.round.terms);
    const ledger = loads[0]!.ledger; // the enterprise's whole ledger, the same from every round
    const asOf = isoDate('2021-03-31');
    const summaries = ledgerTermSummaries(terms, ledger, asOf);
    const retention = ledgerAgreementTotals(summaries).find((a) => a.agreement === '保岗协议（2020年3月）');
    expect(retention?.totals).toEqual({ promisedFen: 17_130_000, paidFen: 17_130_000, outstandingFen: 0, overdueFen: 0 });
    expect(summaries.find((s) => s.termId === 'sf2021.redPacket')).toMatchObject({ overdueFen: 1_200_000, overdueWorkers: 24 });
  });

  it('names the stored people in each round’s procedure, so the rules check the enterprise’s own people', async () => {
    open();
    const { enterpriseId } = okValue(await dataHandlers.sampleLoad(ctx));
    const people = okValue(await personRepo(db).listByEnterprise(enterpriseId)).items;
    const ids = new Set<string>(people.map((p) => p.id));
    const march = okValue(await dataHandlers.caseLoad(ctx, { enterpriseId, roundId: 'ref-2020-2' as RoundId })).round.procedure;
    expect(march.representatives.length).toBeGreaterThan(0);
    expect(march.representatives.every((r) => ids.has(r.personId))).toBe(true);
    expect(march.meetings.flatMap((m) => m.attendees).every((id) => ids.has(id))).toBe(true);
    const context = ruleContextDefault(isoDate('2026-11-23'), { people: people.map((p) => ({ id: p.id, name: p.name, side: p.side })) });
    expect(rulesCheck(march, context).filter((f) => f.action === 'block')).toEqual([]);
  });

  it('adds nothing the second time and answers the plant already there', async () => {
    open();
    const first = okValue(await dataHandlers.sampleLoad(ctx));
    const counts = await tableCounts();
    const second = okValue(await dataHandlers.sampleLoad(ctx));
    expect(second).toEqual({ ...first, alreadyLoaded: true });
    expect(await tableCounts()).toEqual(counts);
  });

  it('stores nothing when a write fails part way: the five imports are one transaction', async () => {
    open();
    vi.spyOn(db.ledgerEntries, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const result = await dataHandlers.sampleLoad(ctx);
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, error: { code: 'storage.quota' } });
    expect(await tableCounts()).toEqual({ enterprises: 0, people: 0, rounds: 0, workers: 0, ledgerEntries: 0 });
  });
});
