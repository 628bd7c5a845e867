// Edited clause wordings live in the round (details.clauseOverrides, per template): they are saved with
// the round and read back with it, apart from the enterprise's other rounds; an over-long wording is
// refused and nothing written; the audit trail records each edit; the documents carry the edited words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Round, RoundClauseOverride } from '../../../shared/case/round';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { DataContext } from '../../../renderer/data/context';
import { dataHandlers } from '../../../renderer/data/handlers';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { clauseOverridesWith } from '../../../renderer/features/documents/clauseEdits';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { testCtx, testEnterpriseWithPeople, testRoundCreate } from '../data/testCase';
import { sampleFile, sampleWageRow } from './fixtures';

const AT = '2021-01-20T08:00:00.000Z';
const edit: RoundClauseOverride = { clauseId: '工资支付.1', text: '企业每月10日前以货币形式足额支付上月工资。', editedAt: AT };

/** The round with the template's wordings set, as the documents screen saves it. */
const withOverrides = (round: Round, template: string, list: readonly RoundClauseOverride[]): Round => ({
  ...round,
  details: { ...round.details, clauseOverrides: { ...round.details.clauseOverrides, [template]: [...list] } },
});

describe('clause wordings stored with the round', () => {
  let db: WageDeskDb;
  let ctx: DataContext;
  let enterpriseId: EnterpriseId;
  beforeEach(async () => {
    db = testDbOpen();
    ctx = testCtx(db);
    enterpriseId = (await testEnterpriseWithPeople(ctx)).id;
  });
  afterEach(() => testDbsDelete(db));

  const save = (round: Round) => dataHandlers.roundSave(ctx, { enterpriseId, round });
  const load = async (round: Round) => okValue(await dataHandlers.caseLoad(ctx, { enterpriseId, roundId: round.id })).round;

  it('round-trips one template of one round, apart from the enterprise’s other rounds', async () => {
    const round = await testRoundCreate(ctx, enterpriseId);
    const other = await testRoundCreate(ctx, enterpriseId, '2022年保岗协商');
    okValue(await save(withOverrides(round, 'wage-agreement', [edit])));
    expect((await load(round)).details.clauseOverrides).toEqual({ 'wage-agreement': [edit] });
    expect((await load(other)).details.clauseOverrides).toEqual({});
  });

  it('refuses an over-long wording, naming it, and writes nothing', async () => {
    const round = await testRoundCreate(ctx, enterpriseId);
    const before = await db.rounds.get(round.id);
    const saved = await save(withOverrides(round, 'wage-agreement', [{ ...edit, text: '字'.repeat(20_001) }]));
    expect(saved).toMatchObject({ ok: false, error: { code: 'round.invalid', params: { field: 'details.clauseOverrides.wage-agreement.0.text' } } });
    expect(await db.rounds.get(round.id)).toEqual(before);
  });

  it('records each edit in the audit trail', async () => {
    const round = await testRoundCreate(ctx, enterpriseId);
    okValue(await save(withOverrides(round, 'wage-agreement', [edit])));
    okValue(await save(withOverrides(round, 'wage-agreement', [])));
    const entries = await db.audit.where('[table+key]').equals(['rounds', round.id]).toArray();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
  });
});

describe('clauseOverridesWith', () => {
  it('replaces a clause’s wording, and removes it with null or a blank text', () => {
    const two = clauseOverridesWith([edit], '总则.1', '新的第一条。', AT);
    expect(two.map((o) => o.clauseId)).toEqual(['工资支付.1', '总则.1']);
    expect(clauseOverridesWith(two, '工资支付.1', '改。', AT).find((o) => o.clauseId === '工资支付.1')?.text).toBe('改。');
    expect(clauseOverridesWith(two, '工资支付.1', null, AT).map((o) => o.clauseId)).toEqual(['总则.1']);
    expect(clauseOverridesWith(two, '总则.1', '  ', AT).map((o) => o.clauseId)).toEqual(['工资支付.1']);
  });
});

describe('the documents with the round’s wordings', () => {
  it('builds the live document and the content to freeze with the edited words, and names wordings without a clause', () => {
    const file = sampleFile((input) => ({ ...input, round: { ...input.round, details: { ...input.round.details, clauseOverrides: { 'wage-agreement': [edit, { ...edit, clauseId: '无此条.1' }] } } } }));
    const wage = sampleWageRow(isoDate('2021-01-20'), [], file);
    const clause = wage.live?.blocks.find((b) => b.kind === 'clause' && b.id === '工资支付.1');
    expect(clause?.kind === 'clause' ? clause.paragraphs[0]?.runs[0]?.text : null).toBe(edit.text);
    expect(clause?.kind === 'clause' ? clause.overridden?.standardText : null).toMatch(/^企业以货币形式按月足额支付/);
    expect(wage.content?.clauses.some((c) => c.text === edit.text)).toBe(true);
    expect(wage.unmatchedOverrides).toEqual(['无此条.1']);
  });
});
