// The rounds table: every round written and read passes the round schema (defaults restored, a damaged
// row skipped and reported but left in place), a term id is unique across an enterprise's rounds (the
// ledger keys payments by it), and deleting is soft and can be undone.
import { afterEach, describe, expect, it } from 'vitest';
import { backupTableRules } from '../../../renderer/db/backupRows';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { roundConflictStored, roundRepo, roundRowRestore } from '../../../renderer/db/roundRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { type Round, type RoundId, roundSchema } from '../../../shared/case/round';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { procedureRecordSchema } from '../../../shared/procedure/record';
import { referenceRecord } from '../../../shared/sample/referenceRecord';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { termSchema } from '../../../shared/terms/term';
import { testBonus } from '../data/testCase';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testDeps, testEnterpriseInput } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

async function withEnterprise() {
  db = testDbOpen();
  const deps = testDeps();
  const enterprise = okValue(await enterpriseRepo(db, deps).create(testEnterpriseInput()));
  return { deps, id: enterprise.id, repo: roundRepo(db, deps) };
}

/** A round holding only what the schema requires (everything else from its defaults). */
function round(id: string, extra: Record<string, unknown> = {}): Round {
  return roundSchema.parse({ id, title: `${id} 工资集体协商`, kind: 'wage', procedure: { kind: 'wage-agreement', regionCode: '350982' }, ...extra });
}

const bonus = (id: string) => termSchema.parse(testBonus(id, 50_000));

describe('roundRepo.save and reading back', () => {
  it('stores a round with its time and lists it for its enterprise only', async () => {
    const { id, repo, deps } = await withEnterprise();
    const at = deps.now();
    const saved = okValue(await repo.save(id, round('r1', { wage: referenceWageCase() })));
    expect(saved).toMatchObject({ enterpriseId: id, updatedAt: at });
    // Read back through the schema: the model's defaults are there (stopped: 0 on every headcount row).
    const read = okValue(await repo.get('r1' as RoundId));
    expect(read.round.wage?.headcount.every((h) => h.stopped === 0)).toBe(true);
    expect(read.round).toEqual(saved.round);
    expect(okValue(await repo.listByEnterprise(id)).items.map((s) => s.round.id)).toEqual(['r1']);
    expect(okValue(await repo.listByEnterprise('other' as EnterpriseId)).items).toEqual([]);
  });

  it('replaces a round in place when saved again with its id', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    okValue(await repo.save(id, { ...round('r1'), title: '第二稿', procedure: procedureRecordSchema.parse(referenceRecord()) }));
    expect(await db.rounds.count()).toBe(1);
    const read = okValue(await repo.get('r1' as RoundId)).round;
    expect(read.title).toBe('第二稿');
    expect(read.procedure.votes[0]?.for).toBe(referenceRecord().votes![0]!.for);
  });

  it('refuses a round that fails its checks, naming the field, and writes nothing', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1', { wage: referenceWageCase() })));
    const before = await db.rounds.toArray();
    const good = okValue(await repo.get('r1' as RoundId)).round;
    const negative = { ...good, wage: { ...good.wage!, headcount: good.wage!.headcount.map((h) => ({ ...h, working: -1 })) } };
    expect(await repo.save(id, negative)).toMatchObject({ ok: false, error: { code: 'round.invalid', params: { field: 'wage.headcount.0.working' } } });
    const agreedGone = { ...good, agreed: { kind: 'scenario' as const, scenario: '无此方案', appliesTo: '全体职工' } };
    expect(await repo.save(id, agreedGone)).toMatchObject({ ok: false, error: { code: 'round.invalid', params: { issue: 'round.agreedScenarioMissing' } } });
    expect(await db.rounds.toArray()).toEqual(before);
  });

  it('refuses a round of an enterprise that is missing or deleted, and another enterprise’s round id', async () => {
    const { id, repo } = await withEnterprise();
    expect(await repo.save('no-such' as EnterpriseId, round('r1'))).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const other = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '另一家厂', creditCode: testCreditCode('350982', 5) })));
    okValue(await repo.save(other.id, round('theirs')));
    expect(await repo.save(id, round('theirs'))).toMatchObject({ ok: false, error: { code: 'notFound', params: { id: 'theirs' } } });
    okValue(await enterpriseRepo(db).remove(id));
    expect(await repo.save(id, round('r1'))).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect((await db.rounds.toArray()).map((r) => r.id)).toEqual(['theirs']);
  });
});

describe('term ids across an enterprise’s rounds', () => {
  it('refuses a term id another round of the enterprise uses, and writes nothing', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1', { terms: [bonus('rp2022')] })));
    expect(await repo.save(id, round('r2', { terms: [bonus('rp2022')] }))).toMatchObject({ ok: false, error: { code: 'terms.idTwice', params: { id: 'rp2022' } } });
    expect(await db.rounds.count()).toBe(1);
    // The round itself may be saved again with its own terms.
    okValue(await repo.save(id, { ...okValue(await repo.get('r1' as RoundId)).round, title: '改过' }));
  });

  it('lets another enterprise use the same term id, and a deleted round free its ids', async () => {
    const { id, repo } = await withEnterprise();
    const other = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '另一家厂', creditCode: testCreditCode('350982', 5) })));
    okValue(await repo.save(id, round('r1', { terms: [bonus('rp2022')] })));
    okValue(await repo.save(other.id, round('o1', { terms: [bonus('rp2022')] })));
    okValue(await repo.remove('r1' as RoundId));
    okValue(await repo.save(id, round('r2', { terms: [bonus('rp2022')] })));
    expect(await db.rounds.count()).toBe(3);
  });
});

describe('restore on read', () => {
  it('skips and reports a damaged row, leaving it in the store', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    const damaged = { id: 'bad', enterpriseId: id, doc: { ...round('bad'), kind: 'lease' }, updatedAt: '2021-01-10T08:00:00.000Z', deletedAt: null };
    await db.rounds.put(damaged);
    const listed = okValue(await repo.listByEnterprise(id));
    expect(listed.items.map((s) => s.round.id)).toEqual(['r1']);
    expect(listed.skipped).toEqual([{ id: 'bad', reason: expect.stringContaining('doc.kind') }]);
    expect(await repo.get('bad' as RoundId)).toMatchObject({ ok: false, error: { code: 'storage.corrupt', params: { id: 'bad' } } });
    expect(await db.rounds.get('bad')).toEqual(damaged);
  });

  it('names what a row lacks, and refuses a doc whose id is not the row’s', () => {
    const row = { id: 'r1', enterpriseId: 'e1', doc: round('r1'), updatedAt: '2021-01-10T08:00:00.000Z', deletedAt: null };
    expect(roundRowRestore(row)).toMatchObject({ ok: true, record: { enterpriseId: 'e1', round: { id: 'r1' } } });
    expect(roundRowRestore({ ...row, enterpriseId: '' })).toMatchObject({ ok: false, skipped: { id: 'r1', reason: 'enterpriseId: missing' } });
    expect(roundRowRestore({ ...row, updatedAt: undefined })).toMatchObject({ ok: false, skipped: { reason: 'updatedAt: missing' } });
    expect(roundRowRestore({ ...row, id: 'r2' })).toMatchObject({ ok: false, skipped: { id: 'r2', reason: expect.stringContaining('not the row') } });
    expect(roundRowRestore('text')).toMatchObject({ ok: false, skipped: { id: null } });
  });

  it('backups check each round row with the same restore step', () => {
    const row = { id: 'r1', enterpriseId: 'e1', doc: round('r1'), updatedAt: '2021-01-10T08:00:00.000Z', deletedAt: null };
    expect(backupTableRules.rounds.restore(row).ok).toBe(true);
    expect(backupTableRules.rounds.restore({ ...row, doc: { ...round('r1'), procedure: { ...round('r1').procedure, regionCode: 'fuding' } } }).ok).toBe(false);
  });
});

describe('deleting a round', () => {
  it('deletes softly and undoes the deletion; a stale token is refused', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    const removal = okValue(await repo.remove('r1' as RoundId));
    expect(okValue(await repo.listByEnterprise(id)).items).toEqual([]);
    expect(await repo.get('r1' as RoundId)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(okValue(await repo.undoRemove(removal)).round.id).toBe('r1');
    expect(okValue(await repo.listByEnterprise(id)).items.map((s) => s.round.id)).toEqual(['r1']);
    expect(await repo.undoRemove(removal)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await repo.remove('nothing' as RoundId)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('does not bring a round back into an enterprise that was deleted meanwhile', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    const removal = okValue(await repo.remove('r1' as RoundId));
    okValue(await enterpriseRepo(db).remove(id));
    expect(await repo.undoRemove(removal)).toMatchObject({ ok: false, error: { code: 'notFound', params: { id } } });
    expect((await db.rounds.get('r1'))?.deletedAt).toBe(removal.deletedAt);
  });
});

describe('revisions: a save over a newer revision is refused', () => {
  it('counts every write of a round, from 1; rows from before revisions read as 0', async () => {
    const { id, repo } = await withEnterprise();
    expect(okValue(await repo.save(id, round('r1'))).revision).toBe(1);
    expect(okValue(await repo.save(id, { ...round('r1'), title: '第二稿' }, 1)).revision).toBe(2);
    expect(okValue(await repo.get('r1' as RoundId)).revision).toBe(2);
    const { revision: _gone, ...old } = (await db.rounds.get('r1'))!;
    await db.rounds.put(old as typeof old & { id: string; enterpriseId: string; doc: unknown; updatedAt: string });
    expect(okValue(await repo.get('r1' as RoundId)).revision).toBe(0);
    expect(okValue(await repo.save(id, round('r1'), 0)).revision).toBe(1);
  });

  it('refuses a save based on an older revision with save.conflict carrying the stored round, and writes nothing', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    okValue(await repo.save(id, { ...round('r1'), title: '另一个窗口的稿' }, 1));
    const auditBefore = await db.audit.count();
    const refused = await repo.save(id, { ...round('r1'), title: '本窗口的稿' }, 1);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'save.conflict', params: { revision: 2 } });
    expect(roundConflictStored(refused.error)?.round.title).toBe('另一个窗口的稿');
    expect(roundConflictStored(refused.error)?.revision).toBe(2);
    const stored = okValue(await repo.get('r1' as RoundId));
    expect(stored).toMatchObject({ revision: 2, round: { title: '另一个窗口的稿' } });
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('of two saves based on one revision, exactly one is stored, even when they race', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    const [a, b] = await Promise.all([repo.save(id, { ...round('r1'), title: 'A' }, 1), repo.save(id, { ...round('r1'), title: 'B' }, 1)]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const winner = a.ok ? 'A' : 'B';
    expect(okValue(await repo.get('r1' as RoundId))).toMatchObject({ revision: 2, round: { title: winner } });
  });

  it('a save that states no revision replaces what is stored (seeding, imports), still one revision on', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    okValue(await repo.save(id, round('r1'), 1));
    expect(okValue(await repo.save(id, { ...round('r1'), title: '导入' })).revision).toBe(3);
  });

  it('deleting and undoing each move the revision, so an editor of the deleted round is told', async () => {
    const { id, repo } = await withEnterprise();
    okValue(await repo.save(id, round('r1')));
    const removal = okValue(await repo.remove('r1' as RoundId));
    expect(okValue(await repo.undoRemove(removal)).revision).toBe(3);
    const refused = await repo.save(id, round('r1'), 1);
    expect(!refused.ok && refused.error.code).toBe('save.conflict');
  });
});
