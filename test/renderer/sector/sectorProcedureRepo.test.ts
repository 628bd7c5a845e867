// The round's representatives and procedure record are saved on their own, after signing too, through
// the data facade; a bad form writes nothing.
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../../renderer/data/handlers';
import { repoDepsDefault } from '../../../renderer/db/repoResult';
import type { SectorAgreementInput } from '../../../shared/sector';
import { okValue, testDbsPerTest } from '../db/testDb';
import { creditCode, FUDING, sector } from '../../shared/sector/sectorFixtures';

const open = testDbsPerTest();
const ctxOf = (db: ReturnType<typeof open>) => ({ db, deps: repoDepsDefault });
const input = (): SectorAgreementInput => JSON.parse(JSON.stringify(sector())) as SectorAgreementInput;
const people = [
  { id: 'w1', name: '林工', side: 'workers', role: 'chief' },
  { id: 'e1', name: '陈总', side: 'employer', role: 'chief', memberCreditCode: creditCode(1) },
] as const;
const procedure = { kind: 'wage-agreement', regionCode: FUDING, request: null } as const;

describe('the sector round procedure in the store', () => {
  it('saves the procedure of a signed agreement and keeps the agreement and its fingerprint', async () => {
    const ctx = ctxOf(open());
    const { sectorFreeze } = await import('../../../templates/sector/sectorFreeze');
    const draft = okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    const signed = okValue(await dataHandlers.sectorSave(ctx, { agreement: await sectorFreeze(draft, '2020-06-28' as never) }));
    // Blocks the record already carries (no vote yet) stay editable: the filing is recorded over them.
    okValue(await dataHandlers.sectorProcedureSave(ctx, { id: signed.id, people: [...people], procedure }));
    const filed = { ...procedure, filing: { submittedAt: '2020-07-01', copies: 3 } };
    const saved = okValue(await dataHandlers.sectorProcedureSave(ctx, { id: signed.id, people: [...people], procedure: filed }));
    expect(saved.procedure?.filing?.submittedAt).toBe('2020-07-01');
    const [stored] = okValue(await dataHandlers.sectorList(ctx)).items;
    expect(stored?.people.map((p) => p.name)).toEqual(['林工', '陈总']);
    expect(stored?.fingerprint).toBe(signed.fingerprint);
    expect(stored?.frozenDocument).toEqual(signed.frozenDocument);
    // The frozen agreement itself still refuses a change.
    const again = await dataHandlers.sectorSave(ctx, { agreement: { ...stored!, title: '改过' } });
    expect(again.ok ? null : again.error.code).toBe('sector.signed');
  });

  it('travels with a signed agreement whose fingerprint still matches, and a held one keeps its own', async () => {
    const { sectorFreeze } = await import('../../../templates/sector/sectorFreeze');
    const signed = await sectorFreeze(sector(), '2020-06-28' as never);
    const withProcedure = { ...signed, people: [...people], procedure };
    const ctx = ctxOf(open());
    expect(okValue(await dataHandlers.sectorImport(ctx, { agreement: withProcedure })).outcome).toBe('added');
    expect(okValue(await dataHandlers.sectorList(ctx)).items[0]?.people).toHaveLength(2);
    const other = ctxOf(open());
    okValue(await dataHandlers.sectorImport(other, { agreement: signed }));
    expect(okValue(await dataHandlers.sectorImport(other, { agreement: withProcedure })).outcome).toBe('same');
    expect(okValue(await dataHandlers.sectorList(other)).items[0]?.people).toEqual([]);
  });

  it('writes nothing for a bad person or record and names the field', async () => {
    const ctx = ctxOf(open());
    okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    const noName = await dataHandlers.sectorProcedureSave(ctx, { id: 'longan-2020', people: [{ ...people[0], name: '' }], procedure: null });
    expect(noName.ok ? null : noName.error.fields).toEqual({ 'people.0.name': 'validation.required' });
    const badRecord = await dataHandlers.sectorProcedureSave(ctx, { id: 'longan-2020', people: [], procedure: { ...procedure, regionCode: '35' } });
    expect(badRecord.ok ? null : badRecord.error.code).toBe('validation');
    const [stored] = okValue(await dataHandlers.sectorList(ctx)).items;
    expect(stored?.people).toEqual([]);
    expect(stored?.procedure).toBeNull();
  });

  it('refuses a record that contradicts itself, and an unknown agreement', async () => {
    const ctx = ctxOf(open());
    okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    const replyFirst = { ...procedure, request: { from: 'workers' as const, sentAt: '2020-05-10', time: '2020-05-20 9:00', place: '会议室', content: '工资' }, reply: { repliedAt: '2020-05-01', accepted: true } };
    const refused = await dataHandlers.sectorProcedureSave(ctx, { id: 'longan-2020', people: [...people], procedure: replyFirst });
    expect(refused.ok ? null : refused.error.code).toBe('procedure.blocked');
    expect(okValue(await dataHandlers.sectorList(ctx)).items[0]?.procedure).toBeNull();
    const unknown = await dataHandlers.sectorProcedureSave(ctx, { id: 'nope', people: [], procedure: null });
    expect(unknown.ok ? null : unknown.error.code).toBe('sector.unknown');
  });

  it('is kept when the agreement form is saved again', async () => {
    const ctx = ctxOf(open());
    const draft = okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    okValue(await dataHandlers.sectorProcedureSave(ctx, { id: draft.id, people: [...people], procedure }));
    okValue(await dataHandlers.sectorSave(ctx, { agreement: { ...input(), title: '新标题' } }));
    const [stored] = okValue(await dataHandlers.sectorList(ctx)).items;
    expect(stored?.title).toBe('新标题');
    expect(stored?.people).toHaveLength(2);
    expect(stored?.procedure).not.toBeNull();
  });

  it('refuses a representatives or procedure save over one made in another window since, and writes nothing', async () => {
    const ctx = ctxOf(open());
    const read = okValue(await dataHandlers.sectorSave(ctx, { agreement: input() }));
    const base = { people: read.people, procedure: read.procedure };
    // The other window adds the representatives first.
    const other = okValue(await dataHandlers.sectorProcedureSave(ctx, { id: read.id, people: [...people], procedure, base }));
    const mine = await dataHandlers.sectorProcedureSave(ctx, { id: read.id, people: [people[0]], procedure: null, base });
    expect(mine.ok ? null : mine.error).toMatchObject({ code: 'sector.conflict', params: { title: read.title } });
    expect(okValue(await dataHandlers.sectorList(ctx)).items[0]!.people.map((p) => p.name)).toEqual(['林工', '陈总']);
    // Read again, the save goes through.
    okValue(await dataHandlers.sectorProcedureSave(ctx, { id: read.id, people: [people[0]], procedure, base: { people: other.people, procedure: other.procedure } }));
    expect(okValue(await dataHandlers.sectorList(ctx)).items[0]!.people.map((p) => p.name)).toEqual(['林工']);
  });
});
