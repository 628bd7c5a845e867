import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../../renderer/data/handlers';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { repoDepsDefault } from '../../../renderer/db/repoResult';
import { wageDeskDbVersion } from '../../../renderer/db/schema';
import { sectorAgreementSchema, type SectorAgreementInput } from '../../../shared/sector';
import { okValue, shippedVersionsDeclare, testDbName, testDbOpen, testDbsPerTest } from '../db/testDb';
import { roundRepo } from '../../../renderer/db/roundRepo';
import { roundSchema } from '../../../shared/case/round';
import { creditCode, sector } from '../../shared/sector/sectorFixtures';
import { testCtx, testEnterpriseWithPeople, testRoundCreate } from '../data/testCase';

const open = testDbsPerTest();
const ctxOf = (db: ReturnType<typeof open>) => ({ db, deps: repoDepsDefault });
const input = (): SectorAgreementInput => JSON.parse(JSON.stringify(sector())) as SectorAgreementInput;

describe('sector agreements in the store', () => {
  it('saves, lists and removes an agreement through the data facade', async () => {
    const ctx = ctxOf(open());
    const saved = okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    expect(saved.members).toHaveLength(5);
    expect(okValue(await dataHandlers.sectorList(ctx)).items).toEqual([sectorAgreementSchema.parse(input())]);
    okValue(await dataHandlers.sectorRemove(ctx, { id: saved.id }));
    expect(okValue(await dataHandlers.sectorList(ctx)).items).toEqual([]);
  });

  it('writes nothing for bad input and names the field', async () => {
    const ctx = ctxOf(open());
    const bad = { ...input(), term: { from: '2020-07-01', to: '2020-06-30' } };
    const result = await dataHandlers.sectorSave(ctx, { agreement: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toEqual({ 'term.to': 'sector.validation.periodReversed' });
    expect(okValue(await dataHandlers.sectorList(ctx)).items).toEqual([]);
  });

  it('keeps a signed agreement frozen', async () => {
    const ctx = ctxOf(open());
    okValue(await dataHandlers.sectorSave(ctx, { agreement: { ...input(), signedAt: '2020-06-28' } }));
    const again = await dataHandlers.sectorSave(ctx, { agreement: { ...input(), title: '改过的标题' } });
    expect(again.ok ? null : again.error.code).toBe('sector.signed');
    const removed = await dataHandlers.sectorRemove(ctx, { id: 'longan-2020' });
    expect(removed.ok ? null : removed.error.code).toBe('sector.signed');
  });

  it('goes into a backup and comes back from it', async () => {
    const from = open();
    okValue(await dataHandlers.sectorSave(ctxOf(from), { agreement: input() }));
    const { document } = okValue(await backupCreate(from));
    expect(document.tables.sectorAgreements).toHaveLength(1);
    const to = open();
    okValue(await backupRestore(to, document));
    expect(okValue(await dataHandlers.sectorList(ctxOf(to))).items.map((a) => a.id)).toEqual(['longan-2020']);
  });
});

describe("a member's own rounds kept on this machine", () => {
  it('give its agreed base wage and term for the sector check', async () => {
    const ctx = testCtx(open());
    const { id } = await testEnterpriseWithPeople(ctx, { creditCode: creditCode(1), regionCode: '350982' });
    const round = await testRoundCreate(ctx, id);
    const term = { from: '2020-07-01', to: '2021-06-30' };
    const withFigures = roundSchema.parse({
      ...round,
      procedure: { ...round.procedure, term },
      agreed: { kind: 'figures', standards: [{ period: '合同期内', from: '2020-07-01', monthlyFen: 150_000 }] },
    });
    okValue(await roundRepo(ctx.db, ctx.deps).save(id, withFigures));
    const facts = okValue(await dataHandlers.sectorMemberRounds(ctx, { creditCodes: [creditCode(1), creditCode(2)] }));
    expect(facts).toEqual([{ creditCode: creditCode(1), own: [{ source: round.id, ...term, baseWage: 150_000, raiseBp: null }], healthCommitment: false }]);
  });
});

describe('schema upgrade from version 7', () => {
  it('adds the empty sectorAgreements table and keeps every row', async () => {
    const name = testDbName();
    const old = new Dexie(name);
    shippedVersionsDeclare(old, 7);
    await old.table('settings').add({ key: 'language', value: 'zh-CN' });
    await old.table('registry').add({ creditCode: 'X', doc: {}, updatedAt: '2021-01-01T00:00:00.000Z' });
    old.close();

    const db = testDbOpen(name);
    await db.open();
    expect(db.verno).toBe(wageDeskDbVersion);
    expect(wageDeskDbVersion).toBe(9);
    expect(await db.sectorAgreements.count()).toBe(0);
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'zh-CN' }]);
    expect(await db.registry.count()).toBe(1);
    db.close();
  });
});

describe('a signed sector agreement witnessed, exported and imported elsewhere', () => {
  it('adds the federation witness signature once, and another federation imports it with its standing', async () => {
    const { sectorFreeze } = await import('../../../templates/sector/sectorFreeze');
    const { sectorBundleBuild, sectorBundleContentsOf, sectorBundleOpen } = await import('../../../shared/bundle/sectorBundle');
    const ctx = ctxOf(open());
    const draft = okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    const noKey = await dataHandlers.sectorWitnessSign(ctx, { id: draft.id });
    expect(noKey.ok ? null : noKey.error.code).toBe('witness.missing');
    okValue(await dataHandlers.witnessIdentityCreate(ctx, { name: '福鼎市总工会', passphrase: '福鼎 总工会 2026' }));
    const unsigned = await dataHandlers.sectorWitnessSign(ctx, { id: draft.id });
    expect(unsigned.ok ? null : unsigned.error.code).toBe('sector.unsigned');
    const frozen = okValue(await dataHandlers.sectorSave(ctx, { agreement: await sectorFreeze(draft, '2020-06-28' as never) }));
    const witnessed = okValue(await dataHandlers.sectorWitnessSign(ctx, { id: frozen.id }));
    expect(witnessed.signatures).toHaveLength(1);
    expect(witnessed.fingerprint).toBe(frozen.fingerprint);
    const twice = await dataHandlers.sectorWitnessSign(ctx, { id: frozen.id });
    expect(twice.ok ? null : twice.error.code).toBe('sector.alreadyWitnessed');
    expect(okValue(await dataHandlers.sectorWitnessTrust(ctx))).toEqual({ [frozen.id]: 'ours' });

    // The county federation (another machine): the file read and imported; our key is not its key.
    const file = okValue(await sectorBundleBuild(await sectorBundleContentsOf(witnessed, new Date().toISOString())));
    const read = okValue(await sectorBundleOpen(file));
    const county = ctxOf(open());
    expect(okValue(await dataHandlers.sectorImport(county, { agreement: read.contents.agreement })).outcome).toBe('added');
    expect(okValue(await dataHandlers.sectorImport(county, { agreement: read.contents.agreement })).outcome).toBe('same');
    expect(okValue(await dataHandlers.sectorWitnessTrust(county))).toEqual({ [frozen.id]: 'unknownKey' });
    // Frozen there too: it cannot be edited or deleted.
    const edit = await dataHandlers.sectorSave(county, { agreement: { ...read.contents.agreement, title: '改过' } });
    expect(edit.ok ? null : edit.error.code).toBe('sector.signed');
  });

  it('refuses an import that does not match its fingerprint or clashes with another agreement of the same id', async () => {
    const { sectorFreeze } = await import('../../../templates/sector/sectorFreeze');
    const ctx = ctxOf(open());
    const frozen = await sectorFreeze(sector(), '2020-06-28' as never);
    const altered = await dataHandlers.sectorImport(ctx, { agreement: { ...frozen, title: '改过' } });
    expect(altered.ok ? null : altered.error.code).toBe('sector.fingerprintMismatch');
    okValue(await dataHandlers.sectorSave(ctx, { agreement: { ...input(), title: '本会的草稿' } }));
    const clash = await dataHandlers.sectorImport(ctx, { agreement: frozen });
    expect(clash.ok ? null : clash.error).toMatchObject({ code: 'sector.importConflict', params: { title: '本会的草稿' } });
    expect(okValue(await dataHandlers.sectorList(ctx)).items.map((a) => a.title)).toEqual(['本会的草稿']);
  });
});

describe('a sector agreement edited in two windows', () => {
  it('refuses a save over a version stored since the form was read, and writes nothing', async () => {
    const ctx = ctxOf(open());
    const read = okValue(await dataHandlers.sectorSave(ctx, { agreement: input(), base: null }));
    // The other window saves first.
    okValue(await dataHandlers.sectorSave(ctx, { agreement: { ...read, title: '另一窗口的标题' }, base: read }));
    const mine = await dataHandlers.sectorSave(ctx, { agreement: { ...read, scope: '本窗口的行业' }, base: read });
    expect(mine.ok ? null : mine.error).toMatchObject({ code: 'sector.conflict', params: { title: '另一窗口的标题' } });
    expect(okValue(await dataHandlers.sectorList(ctx)).items.map((a) => [a.title, a.scope])).toEqual([['另一窗口的标题', read.scope]]);
    // Keeping this window's edits means saving over the version now stored, knowingly.
    const stored = okValue(await dataHandlers.sectorList(ctx)).items[0]!;
    okValue(await dataHandlers.sectorSave(ctx, { agreement: { ...read, scope: '本窗口的行业' }, base: stored }));
    expect(okValue(await dataHandlers.sectorList(ctx)).items[0]!.scope).toBe('本窗口的行业');
    // A new agreement whose id is already taken is a conflict too.
    const taken = await dataHandlers.sectorSave(ctx, { agreement: input(), base: null });
    expect(taken.ok ? null : taken.error.code).toBe('sector.conflict');
  });
});
