// A term and its ledger rows change together: saving a monetary term promises each eligible worker their
// entitlement, an edit recomputes them with payments kept (never below what was paid, a paid entry never
// dropped), a renamed term takes its rows along, and undo puts the round and the rows back exactly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataContext } from '../../../renderer/data/context';
import { dataHandlers } from '../../../renderer/data/handlers';
import { ledgerRepo } from '../../../renderer/db/ledgerRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { Round } from '../../../shared/case/round';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { Fen } from '../../../shared/money/fen';
import type { TermInput } from '../../../shared/terms/term';
import { okValue, testCreditCode, testDbOpen, testDbsDelete } from '../db/testDb';
import { testBonus, testCtx, testEnterpriseWithPeople, testRoundCreate, testWorker } from './testCase';

let db: WageDeskDb;
let ctx: DataContext;
let enterpriseId: EnterpriseId;
let round: Round;

beforeEach(async () => {
  db = testDbOpen();
  ctx = testCtx(db);
  enterpriseId = (await testEnterpriseWithPeople(ctx)).id;
  round = await testRoundCreate(ctx, enterpriseId);
  // N4 has left: the bonus's default eligibility (everyone not yet left) does not cover them.
  okValue(
    await dataHandlers.rosterAdd(ctx, {
      enterpriseId,
      workers: [testWorker(1, { group: '一车间' }), testWorker(2, { group: '一车间' }), testWorker(3, { group: '二车间' }), testWorker(4, { status: 'left' })],
    }),
  );
});
afterEach(() => testDbsDelete(db));

const save = (term: TermInput, replaces: string | null = null) => dataHandlers.termSave(ctx, { enterpriseId, roundId: round.id, term, replaces, calendar: holidayCalendarCn });
const pay = (termId: string, workerId: string, amountFen: number) =>
  dataHandlers.paymentAdd(ctx, { enterpriseId, termId, workerId, payment: { date: isoDate('2022-01-28'), amountFen: amountFen as Fen, note: '' } });

/** The term's ledger entries as stored: worker → [entitled, paid]. */
async function entriesOf(termId: string): Promise<Record<string, [number, number]>> {
  const { ledger } = okValue(await ledgerRepo(db).read(enterpriseId));
  const own = ledger.entries.filter((e) => e.termId === termId);
  return Object.fromEntries(own.map((e) => [e.workerId, [e.entitledFen, e.payments.reduce((s, p) => s + p.amountFen, 0)]]));
}

const storedRound = async () => (await db.rounds.get(round.id))!;
/** The row as it was but for its revision, which an undo moves on like any write. */
const sameButRevision = async (before: Awaited<ReturnType<typeof storedRound>>) => {
  const { revision, ...now } = await storedRound();
  const { revision: was, ...then } = before;
  expect(now).toEqual(then);
  expect(revision).toBeGreaterThan(was as number);
};
const ledgerRowsAll = async () => (await db.ledgerEntries.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('termSave on a roster', () => {
  it('promises one entry per eligible worker for a new bonus', async () => {
    const saved = okValue(await save(testBonus('rp2022', 50_000)));
    expect(saved.entitled).toBe(3);
    expect(saved.round.terms.map((t) => t.id)).toEqual(['rp2022']);
    expect(await entriesOf('rp2022')).toEqual({ N1: [50_000, 0], N2: [50_000, 0], N3: [50_000, 0] });
    expect((await storedRound()).doc).toEqual(saved.round);
  });

  it('updates unpaid entries when the amount changes, never below what was paid', async () => {
    okValue(await save(testBonus('rp2022', 50_000)));
    okValue(await pay('rp2022', 'N1', 30_000));
    okValue(await save(testBonus('rp2022', 40_000), 'rp2022'));
    expect(await entriesOf('rp2022')).toEqual({ N1: [40_000, 30_000], N2: [40_000, 0], N3: [40_000, 0] });
    okValue(await save(testBonus('rp2022', 20_000), 'rp2022'));
    expect(await entriesOf('rp2022')).toEqual({ N1: [30_000, 30_000], N2: [20_000, 0], N3: [20_000, 0] });
  });

  it('drops the unpaid entries of workers no longer covered and keeps the paid ones', async () => {
    okValue(await save(testBonus('rp2022', 50_000)));
    okValue(await pay('rp2022', 'N1', 50_000));
    const narrowed = okValue(await save(testBonus('rp2022', 50_000, { eligibility: { groups: ['二车间'] } }), 'rp2022'));
    expect(narrowed.entitled).toBe(1);
    expect(await entriesOf('rp2022')).toEqual({ N1: [50_000, 50_000], N3: [50_000, 0] });
  });

  it('moves the ledger rows with the term when its id is edited', async () => {
    okValue(await save(testBonus('rp2022', 50_000)));
    okValue(await pay('rp2022', 'N2', 10_000));
    const before = await entriesOf('rp2022');
    const renamed = okValue(await save(testBonus('sf2022.redPacket', 50_000), 'rp2022'));
    expect(renamed.round.terms.map((t) => t.id)).toEqual(['sf2022.redPacket']);
    expect(await entriesOf('rp2022')).toEqual({});
    expect(await entriesOf('sf2022.redPacket')).toEqual(before);
    expect((await ledgerRowsAll()).every((r) => !r.id.includes('/rp2022/'))).toBe(true);
  });

  it('puts the round and the rows back on undo of an edit', async () => {
    okValue(await save(testBonus('rp2022', 50_000)));
    okValue(await pay('rp2022', 'N1', 30_000));
    const [roundBefore, rowsBefore] = [await storedRound(), await ledgerRowsAll()];
    const edited = okValue(await save(testBonus('rp2023', 20_000, { eligibility: { groups: ['一车间'] } }), 'rp2022'));
    const undone = okValue(await dataHandlers.termChangeUndo(ctx, { undo: edited.undo }));
    expect(undone.terms.map((t) => t.id)).toEqual(['rp2022']);
    await sameButRevision(roundBefore);
    expect(await ledgerRowsAll()).toEqual(rowsBefore);
  });
});

describe('termRemove and termChangeUndo', () => {
  it('removes the term with its rows, paid ones included, and undo restores both exactly', async () => {
    okValue(await save(testBonus('rp2022', 50_000)));
    okValue(await save({ id: 'ohs', kind: 'commitment', title: '配备防毒面具', area: 'occupational_health', description: '为接触有机溶剂的岗位配备防毒面具', dueDate: '2022-06-30' }));
    okValue(await pay('rp2022', 'N3', 50_000));
    const [roundBefore, rowsBefore] = [await storedRound(), await ledgerRowsAll()];
    expect(rowsBefore).toHaveLength(3);

    const removed = okValue(await dataHandlers.termRemove(ctx, { enterpriseId, roundId: round.id, termId: 'rp2022' }));
    expect(removed.round.terms.map((t) => t.id)).toEqual(['ohs']);
    expect(await db.ledgerEntries.count()).toBe(0);

    okValue(await dataHandlers.termChangeUndo(ctx, { undo: removed.undo }));
    await sameButRevision(roundBefore);
    expect(await ledgerRowsAll()).toEqual(rowsBefore);
  });

  it('refuses a term the round does not have', async () => {
    expect(await dataHandlers.termRemove(ctx, { enterpriseId, roundId: round.id, termId: 'none' })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });
});

describe('termSave refusals write nothing', () => {
  it('refuses an id the round or another round of the enterprise already uses', async () => {
    okValue(await save(testBonus('rp2022', 50_000)));
    const other = await testRoundCreate(ctx, enterpriseId, '2022年保岗协商');
    okValue(await dataHandlers.termSave(ctx, { enterpriseId, roundId: other.id, term: testBonus('jr2022', 10_000), replaces: null, calendar: holidayCalendarCn }));
    const [roundBefore, rowsBefore] = [await storedRound(), await ledgerRowsAll()];

    expect(await save(testBonus('rp2022', 60_000))).toMatchObject({ ok: false, error: { code: 'terms.idTwice', params: { id: 'rp2022' } } });
    expect(await save(testBonus('jr2022', 60_000))).toMatchObject({ ok: false, error: { code: 'terms.idTwice', params: { id: 'jr2022' } } });
    expect(await save(testBonus('jr2022', 60_000), 'rp2022')).toMatchObject({ ok: false, error: { code: 'terms.idTwice' } });
    expect(await storedRound()).toEqual(roundBefore);
    expect(await ledgerRowsAll()).toEqual(rowsBefore);
  });

  it('refuses an invalid term naming the field, and a round of another enterprise', async () => {
    expect(await save(testBonus('rp2022', -1))).toMatchObject({ ok: false, error: { code: 'validation', params: { field: 'amountFen' } } });
    const stranger = await testEnterpriseWithPeople(ctx, { name: '另一家厂', creditCode: testCreditCode('350982', 5) });
    const saved = await dataHandlers.termSave(ctx, { enterpriseId: stranger.id, roundId: round.id, term: testBonus('rp2022', 50_000), replaces: null, calendar: holidayCalendarCn });
    expect(saved).toMatchObject({ ok: false, error: { code: 'notFound', params: { id: round.id } } });
    expect((await storedRound()).doc).toMatchObject({ terms: [] });
    expect(await db.ledgerEntries.count()).toBe(0);
  });
});
