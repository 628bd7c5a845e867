// Rounds through the facade: listing with status, loading a round with what its screens read, creating
// one blank or copied forward from the previous round, and deleting with undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataContext } from '../../../renderer/data/context';
import { dataHandlers } from '../../../renderer/data/handlers';
import { roundRepo } from '../../../renderer/db/roundRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { type Round, roundSchema } from '../../../shared/case/round';
import { roundAgreedScenarioSet } from '../../../shared/case/roundEdits';
import { type ProcedureRecordInput, procedureRecordSchema } from '../../../shared/procedure/record';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { okValue, testCreditCode, testDbOpen, testDbsDelete } from '../db/testDb';
import { type TestEnterprise, roundWithRepresentatives, testBonus, testCtx, testEnterpriseWithPeople, testRoundCreate } from './testCase';

let db: WageDeskDb;
let ctx: DataContext;
let owner: TestEnterprise;

beforeEach(async () => {
  db = testDbOpen();
  ctx = testCtx(db);
  owner = await testEnterpriseWithPeople(ctx);
});
afterEach(() => testDbsDelete(db));

/** The round's procedure record with `extra` over it, defaults filled. */
const procedureWith = (round: Round, extra: Partial<ProcedureRecordInput>) => procedureRecordSchema.parse({ ...round.procedure, ...extra });
const roundSave = async (round: Round) => okValue(await dataHandlers.roundSave(ctx, { enterpriseId: owner.id, round })).round;
const termAdd = async (round: Round, id: string) =>
  okValue(await dataHandlers.termSave(ctx, { enterpriseId: owner.id, roundId: round.id, term: testBonus(id, 50_000), replaces: null, calendar: holidayCalendarCn })).round;

/** Last year's round as the parties left it: a model with the agreed scenario, two terms, the people at the table. */
async function lastYear(): Promise<Round> {
  const blank = await testRoundCreate(ctx, owner.id, '2021年工资集体协商');
  const withWage = roundSchema.parse({ ...blank, wage: referenceWageCase() });
  const agreed = roundAgreedScenarioSet(withWage, withWage.wage!.scenarios[0]!.name);
  await roundSave(roundWithRepresentatives(agreed, owner.people));
  await termAdd(blank, 'rp2021');
  return termAdd(blank, 'fare2021');
}

describe('roundCreate', () => {
  it('starts a blank round of the enterprise, its procedure naming the enterprise and its county', async () => {
    const round = await testRoundCreate(ctx, owner.id);
    expect(round).toMatchObject({ title: '2022年工资集体协商', kind: 'wage', previousRoundId: null, wage: null, agreed: null, terms: [] });
    expect(round.procedure).toMatchObject({ kind: 'wage-agreement', enterpriseName: owner.enterprise.name, regionCode: owner.enterprise.regionCode, title: round.title });
    expect(okValue(await roundRepo(db).get(round.id)).round).toEqual(round);
  });

  it('copies the previous round forward: fresh term ids, nothing agreed, the representatives kept', async () => {
    const previous = await lastYear();
    const copy = await testRoundCreate(ctx, owner.id, '2022年工资集体协商', previous.id);
    expect(copy).toMatchObject({ previousRoundId: previous.id, agreed: null, wage: previous.wage });
    expect(copy.terms.map((t) => t.title)).toEqual(previous.terms.map((t) => t.title));
    expect(copy.terms.every((t) => !previous.terms.some((p) => p.id === t.id))).toBe(true);
    expect(copy.terms.every((t) => t.agreement === copy.title)).toBe(true);
    expect(copy.procedure.representatives).toEqual(previous.procedure.representatives);
    expect(copy.procedure).toMatchObject({ title: copy.title, request: null, signing: null, votes: [] });
  });

  it('keeps term ids unique when both rounds are saved again, and when a second copy is made', async () => {
    const previous = await lastYear();
    const copy = await testRoundCreate(ctx, owner.id, '2022年工资集体协商', previous.id);
    const secondCopy = await testRoundCreate(ctx, owner.id, '2022年工资集体协商（重拟）', previous.id);
    okValue(await dataHandlers.roundSave(ctx, { enterpriseId: owner.id, round: { ...previous, title: '2021年工资集体协商（定稿）' } }));
    okValue(await dataHandlers.roundSave(ctx, { enterpriseId: owner.id, round: { ...copy, title: '2022年工资集体协商（草案）' } }));
    const ids = okValue(await roundRepo(db).listByEnterprise(owner.id)).items.flatMap((s) => s.round.terms.map((t) => t.id));
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(secondCopy.terms.map((t) => t.id)).not.toEqual(copy.terms.map((t) => t.id));
  });

  it('refuses to copy a round of another enterprise, or one that does not exist', async () => {
    const stranger = await testEnterpriseWithPeople(ctx, { name: '另一家厂', creditCode: testCreditCode('350982', 5) });
    const theirs = await testRoundCreate(ctx, stranger.id);
    const copied = await dataHandlers.roundCreate(ctx, { enterpriseId: owner.id, title: '抄来的', kind: 'wage', copyFrom: theirs.id });
    expect(copied).toMatchObject({ ok: false, error: { code: 'notFound', params: { id: theirs.id } } });
    expect(okValue(await roundRepo(db).listByEnterprise(owner.id)).items).toEqual([]);
  });
});

describe('roundCreate: the title typed in', () => {
  it('is at most 100 characters (the input limit; stored rounds keep the older 200)', async () => {
    const refused = await dataHandlers.roundCreate(ctx, { enterpriseId: owner.id, title: '年'.repeat(101), kind: 'wage', copyFrom: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: { title: 'validation.tooLong' } } });
    const blank = await dataHandlers.roundCreate(ctx, { enterpriseId: owner.id, title: '   ', kind: 'wage', copyFrom: null });
    expect(blank).toMatchObject({ ok: false, error: { code: 'validation', fields: { title: 'validation.required' } } });
    expect(okValue(await roundRepo(db).listByEnterprise(owner.id)).items).toEqual([]);
    const created = okValue(await dataHandlers.roundCreate(ctx, { enterpriseId: owner.id, title: ` ${'年'.repeat(100)} `, kind: 'wage', copyFrom: null }));
    expect(created.round.title).toBe('年'.repeat(100));
  });

  it('a round stored with a longer title (written before the limit) still loads and saves', async () => {
    const round = await testRoundCreate(ctx, owner.id);
    const old = await roundSave({ ...round, title: '旧'.repeat(150) });
    expect(okValue(await dataHandlers.caseLoad(ctx, { enterpriseId: owner.id, roundId: old.id })).round.title).toBe('旧'.repeat(150));
  });
});

describe('roundsList and caseLoad', () => {
  it('lists the rounds in the order they happened, each with its status', async () => {
    const later = await testRoundCreate(ctx, owner.id, '2022年工资集体协商');
    const earlier = await testRoundCreate(ctx, owner.id, '2021年工资集体协商');
    // Signed by both chiefs, its term over: expired. The other is still a draft, and with no date comes last.
    // Stored directly: a signing without a vote is a block (SIG-03) the facade's roundSave would refuse to add.
    okValue(await roundRepo(db).save(owner.id, { ...earlier, procedure: procedureWith(earlier, { term: { from: '2021-01-01', to: '2021-12-31' }, signing: { date: '2020-12-20', chiefsSigned: { workers: true, employer: true } } }) }));
    const listing = okValue(await dataHandlers.roundsList(ctx, { enterpriseId: owner.id }));
    expect(listing.rounds.map((r) => [r.id, r.status])).toEqual([
      [earlier.id, 'expired'],
      [later.id, 'drafting'],
    ]);
  });

  it('loads a round with the earlier rounds, the roster and the ledger; another enterprise’s round is not found', async () => {
    const previous = await lastYear();
    const round = await testRoundCreate(ctx, owner.id, '2022年工资集体协商', previous.id);
    await roundSave({ ...previous, procedure: procedureWith(previous, { term: { from: '2021-01-01', to: '2021-12-31' } }) });
    await roundSave({ ...round, procedure: procedureWith(round, { term: { from: '2022-01-01', to: '2022-12-31' } }) });
    const loaded = okValue(await dataHandlers.caseLoad(ctx, { enterpriseId: owner.id, roundId: round.id }));
    expect(loaded.round.id).toBe(round.id);
    expect(loaded.earlier.map((e) => e.id)).toEqual([previous.id]);
    expect(loaded).toMatchObject({ roster: [], ledger: { entries: [], leave: [] }, agreements: [], skipped: 0 });

    const stranger = await testEnterpriseWithPeople(ctx, { name: '另一家厂', creditCode: testCreditCode('350982', 5) });
    expect(await dataHandlers.caseLoad(ctx, { enterpriseId: stranger.id, roundId: round.id })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('shows and saves a round with the enterprise’s current name: the enterprise record is the one source', async () => {
    const round = await testRoundCreate(ctx, owner.id);
    const renamed = { ...round, procedure: { ...round.procedure, enterpriseName: '旧名称' } };
    await db.rounds.update(round.id, { doc: renamed });
    const loaded = okValue(await dataHandlers.caseLoad(ctx, { enterpriseId: owner.id, roundId: round.id }));
    expect(loaded.round.procedure.enterpriseName).toBe(owner.enterprise.name);
    await roundSave(renamed);
    expect(okValue(await roundRepo(db).get(round.id)).round.procedure.enterpriseName).toBe(owner.enterprise.name);
  });
});

describe('roundSave: a procedure record that cannot say the impossible', () => {
  const request = { from: 'workers' as const, sentAt: '2022-03-01', receivedAt: '2022-03-01', time: '2022年3月10日上午9时', place: '会议室', content: '2022年工资' };

  it('refuses a reply dated before the request with procedure.blocked naming OFR-06, and writes nothing', async () => {
    const round = await testRoundCreate(ctx, owner.id);
    const requested = await roundSave({ ...round, procedure: procedureWith(round, { request }) });
    const stored = okValue(await roundRepo(db).get(round.id));
    const refused = await dataHandlers.roundSave(ctx, { enterpriseId: owner.id, round: { ...requested, procedure: procedureWith(requested, { reply: { repliedAt: '2022-02-20', accepted: true } }) } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'procedure.blocked', params: { rules: 'OFR-06' } } });
    expect(!refused.ok && refused.error.params?.detailZh).toBe('回应日期 2022-02-20 早于 2022-03-01 提出要约：协商程序从书面要约开始，请核对日期');
    expect(okValue(await roundRepo(db).get(round.id))).toEqual(stored);
    // The same reply on a later day is saved.
    const replied = await roundSave({ ...requested, procedure: procedureWith(requested, { reply: { repliedAt: '2022-03-05', accepted: true } }) });
    expect(replied.procedure.reply?.repliedAt).toBe('2022-03-05');
  });

  it('keeps a round that already carries blocks editable: other screens and other fields save, a new block does not', async () => {
    const round = await testRoundCreate(ctx, owner.id);
    const old = { ...round, procedure: procedureWith(round, { signing: { date: '2020-12-20', chiefsSigned: { workers: true, employer: true } } }) };
    okValue(await roundRepo(db).save(owner.id, old)); // written before the guard: signed without a vote (RAT-01, SIG-03)
    const renamed = await roundSave({ ...old, title: '2022年工资集体协商（定稿）' });
    expect(renamed.title).toBe('2022年工资集体协商（定稿）');
    const withRequest = await roundSave({ ...renamed, procedure: procedureWith(renamed, { request: { ...request, sentAt: '2020-12-01', receivedAt: '2020-12-01' } }) });
    expect(withRequest.procedure.request?.sentAt).toBe('2020-12-01');
    const refused = await dataHandlers.roundSave(ctx, { enterpriseId: owner.id, round: { ...withRequest, procedure: procedureWith(withRequest, { request: { ...request, sentAt: '2020-12-21', receivedAt: '2020-12-21' } }) } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'procedure.blocked', params: { rules: 'OFR-06' } } });
  });
});

describe('roundRemove and roundRestore', () => {
  it('takes the round out of the list and puts it back', async () => {
    const round = await testRoundCreate(ctx, owner.id);
    const removal = okValue(await dataHandlers.roundRemove(ctx, { roundId: round.id }));
    expect(okValue(await dataHandlers.roundsList(ctx, { enterpriseId: owner.id })).rounds).toEqual([]);
    expect(okValue(await dataHandlers.roundRestore(ctx, { removal })).round).toEqual(round);
    expect(okValue(await dataHandlers.roundsList(ctx, { enterpriseId: owner.id })).rounds.map((r) => r.id)).toEqual([round.id]);
  });
});
