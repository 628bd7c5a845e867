// Where a round starts. Blank: the procedure knows the enterprise and nothing else. Copied forward: last
// year's people at the table, model, terms and document details, but as a draft (nothing agreed, no step
// taken) and with term ids of its own, since the ledger keys payments by term id across the enterprise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Round, type RoundId, roundSchema } from '../../../shared/case/round';
import { roundBlank, roundCopyForward, type RoundStart } from '../../../shared/case/roundNew';
import { caseFileParse } from '../../../shared/case/caseFile';
import { referenceCaseFile } from '../../../shared/sample/referenceRounds';
import { roundInput } from './roundInputs';

const enterprise = { name: '福建隆祥皮革有限公司', regionCode: '350982' };
const start = (id: string, title = '2022年工资集体协商'): RoundStart => ({ id: id as RoundId, title, kind: 'wage', enterprise });

/** The sample's Spring Festival round: a full procedure, seven terms (three commitments), an agreed table. */
function springFestival(): Round {
  const file = caseFileParse(referenceCaseFile('ref-2021-1'));
  if (!file.ok) throw new Error(file.error.code);
  return file.value.round;
}

const termIdValid = /^[A-Za-z0-9_.-]{1,60}$/;

describe('roundBlank', () => {
  it('starts a round with the enterprise in its procedure and nothing else', () => {
    const round = roundBlank(start('r-2022'));
    expect(round).toMatchObject({ id: 'r-2022', title: '2022年工资集体协商', kind: 'wage', previousRoundId: null, wage: null, agreed: null, terms: [] });
    expect(round.procedure).toMatchObject({ kind: 'wage-agreement', title: '2022年工资集体协商', enterpriseName: '福建隆祥皮革有限公司', regionCode: '350982', representatives: [], term: null });
    expect(roundBlank({ ...start('jr'), kind: 'jobRetention' }).procedure.kind).toBe('special-contract');
  });
});

describe('roundCopyForward', () => {
  const previous = springFestival();
  const copy = roundCopyForward(previous, start('r-2022'));

  it('is a valid round that points back at the one it came from', () => {
    expect(roundSchema.safeParse(copy).success).toBe(true);
    expect(copy).toMatchObject({ id: 'r-2022', previousRoundId: 'ref-2021-1', title: '2022年工资集体协商', assumptions: [] });
  });

  it('clears what was agreed and every step of the procedure', () => {
    expect(copy.agreed).toBeNull();
    const p = copy.procedure;
    expect([p.request, p.reply, p.draft, p.signing, p.filing, p.publication, p.term, p.renewal, p.workerRepresentativesApproval]).toEqual(Array(9).fill(null));
    expect([p.meetings, p.votes, p.suspensions, p.informationRequests, p.disputes]).toEqual([[], [], [], [], []]);
    expect(p).toMatchObject({ title: '2022年工资集体协商', kind: 'wage-agreement', enterpriseName: '福建隆祥皮革有限公司' });
  });

  it('keeps the people at the table, the model and the document details', () => {
    expect(copy.procedure.representatives).toEqual(previous.procedure.representatives);
    expect(copy.procedure.recorder).toEqual(previous.procedure.recorder);
    expect(copy.procedure.union).toEqual(previous.procedure.union);
    expect(copy.wage).toEqual(previous.wage);
    expect(copy.details).toEqual(previous.details);
  });

  it('keeps the terms under new ids, files them under the new round, and sets commitments back to planned', () => {
    expect(copy.terms.map((t) => t.title)).toEqual(previous.terms.map((t) => t.title));
    const oldIds = new Set(previous.terms.map((t) => t.id));
    expect(copy.terms.every((t) => !oldIds.has(t.id) && termIdValid.test(t.id))).toBe(true);
    expect(new Set(copy.terms.map((t) => t.id)).size).toBe(copy.terms.length);
    expect(copy.terms.every((t) => t.agreement === '2022年工资集体协商')).toBe(true);
    expect(copy.terms.filter((t) => t.kind === 'commitment').map((t) => [t.status, t.statusDate])).toEqual([
      ['planned', null],
      ['planned', null],
      ['planned', null],
    ]);
  });

  it('carries the congress roll over (delegates serve a term of years), no one marked present and nothing counted', () => {
    const held = { ...previous, congress: roundSchema.parse(roundInput({ congress: { date: '2021-01-20', roll: [{ name: '甲', group: '一车间', present: true }], count: { for: 1, against: 0, abstaining: 0 }, recordedVote: 0 } })).congress };
    expect(roundCopyForward(held, start('r-2022b')).congress).toEqual({ date: null, body: 'workers_congress', roll: [{ name: '甲', group: '一车间', present: false }], method: 'secret_ballot', count: null, itemByItem: false, recordedVote: null });
    expect(copy.congress).toBeNull();
  });
  it('gives ids that stay valid, unique and bounded when copied again, and again', () => {
    const twice = roundCopyForward(copy, start('r-2023', '2023年工资集体协商'));
    const thrice = roundCopyForward(twice, start('r-2024', '2024年工资集体协商'));
    for (const round of [twice, thrice]) {
      expect(roundSchema.safeParse(round).success).toBe(true);
      expect(round.terms.every((t) => termIdValid.test(t.id))).toBe(true);
    }
    const all = [previous, copy, twice, thrice].flatMap((r) => r.terms.map((t) => t.id));
    expect(new Set(all).size).toBe(all.length);
    // Each copy replaces the last copy's mark rather than adding to it.
    expect(thrice.terms.map((t) => t.id.length)).toEqual(copy.terms.map((t) => t.id.length));
  });

  it('keeps ids apart that differ only in a tail that looks like a copy mark (the app\'s ids end in a random slice)', () => {
    const terms = ['bonus-20270910-c1d2e3f4', 'bonus-20270910-c9a8b7c6', 'bonus-20270910'].map((id) => ({
      id, kind: 'bonus' as const, title: '中秋节慰问金', amountFen: 50_000, dueDate: '2027-09-10',
    }));
    const round = roundSchema.parse(roundInput({ terms }));
    const copied = roundCopyForward(round, start('r-2028'));
    expect(new Set(copied.terms.map((t) => t.id)).size).toBe(3);
    expect(roundSchema.safeParse(copied).success).toBe(true);
  });

  it('gives valid, unique ids for any term ids and round ids, copied twice', () => {
    // Ids built from pieces that look like copy marks, and long ones that must be cut, so near-collisions are common.
    const piece = fc.constantFrom('a', 'b', '-c', 'c1', '-c1', '-cr2027', '.', '_', 'x'.repeat(25));
    const termId = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').slice(0, 60));
    const termIds = fc.uniqueArray(termId, { minLength: 1, maxLength: 8 });
    const roundId = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
    fc.assert(
      fc.property(termIds, roundId, roundId, (ids, a, b) => {
        const terms = ids.map((id) => ({ id, kind: 'bonus' as const, title: '慰问金', amountFen: 50_000, dueDate: '2027-09-10' }));
        const first = roundCopyForward(roundSchema.parse(roundInput({ terms })), start(a));
        const second = roundCopyForward(first, start(b));
        for (const round of [first, second]) {
          expect(round.terms.every((t) => termIdValid.test(t.id))).toBe(true);
          expect(new Set(round.terms.map((t) => t.id)).size).toBe(ids.length);
        }
      }),
    );
  });
});
