// The comparison the data layer refuses saves by (recordGuard.ts): only blocks the stored record did not
// have, and of those only the ones the record cannot carry.
import { describe, it, expect } from 'vitest';
import { procedureStepTaken, rulesNewBlocks } from '../../../../shared/procedure/rules';
import { referenceRecord } from '../../../../shared/sample/referenceRecord';
import { context, reference } from './fixture';

const ref = referenceRecord();
const ids = (findings: readonly { ruleId: string; path: string }[]) => findings.map((f) => `${f.ruleId} ${f.path}`);

describe('rulesNewBlocks', () => {
  it('finds nothing when the record is unchanged, even one that carries blocks (an old signing without a vote)', () => {
    const old = reference({ votes: [] });
    expect(ids(rulesNewBlocks(old, old, context()))).toEqual([]);
    // An edit elsewhere in that record keeps the old blocks and adds none.
    expect(ids(rulesNewBlocks(old, reference({ votes: [], title: '改名' }), context()))).toEqual([]);
  });
  it('refuses a reply moved before the request (OFR-06), and with it the signing that now follows a block (SIG-03)', () => {
    const next = reference({ reply: { ...ref.reply!, repliedAt: '2020-02-20' } });
    expect(ids(rulesNewBlocks(reference(), next, context()))).toEqual(['OFR-06 reply.repliedAt', 'SIG-03 signing']);
  });
  it('refuses a vote changed to fail under a recorded signing: RAT-03 against a step taken, SIG-01 and SIG-03', () => {
    const next = reference({ votes: [{ ...ref.votes![0]!, for: 17, against: 13, abstaining: 3 }] });
    expect(ids(rulesNewBlocks(reference(), next, context()))).toEqual(['RAT-03 votes.0.for', 'SIG-01 signing', 'SIG-03 signing']);
  });
  it('refuses a signing dated before the vote (SIG-01), though it guards the filing and nothing is filed', () => {
    const before = reference({ signing: null, filing: null, publication: null });
    const next = reference({ signing: { ...ref.signing!, date: '2020-03-11' }, filing: null, publication: null });
    expect(ids(rulesNewBlocks(before, next, context()))).toEqual(['SIG-01 signing.date']);
  });
  it('lets a failed vote be recorded when nothing after it is: the draft can come back (RAT-05)', () => {
    const before = reference({ votes: [], signing: null, filing: null, publication: null });
    const next = reference({ votes: [{ ...ref.votes![0]!, for: 17, against: 13, abstaining: 3 }], signing: null, filing: null, publication: null });
    expect(ids(rulesNewBlocks(before, next, context()))).toEqual([]);
  });
  it('lets a request without its time be recorded before any meeting (OFR-01 blocks the meeting, none is held)', () => {
    const before = reference({ request: null, reply: null, informationRequests: [], meetings: [], suspensions: [], votes: [], signing: null, filing: null, publication: null });
    const next = { ...before, request: { ...before.request, ...reference().request!, time: '' } };
    expect(ids(rulesNewBlocks(before, next, context()))).toEqual([]);
  });
  it('compares by rule and path, not by message: a changed figure in an old block is not new', () => {
    const before = reference({ votes: [{ ...ref.votes![0]!, for: 17, against: 13, abstaining: 3 }] });
    const next = reference({ votes: [{ ...ref.votes![0]!, for: 16, against: 14, abstaining: 3 }] });
    expect(ids(rulesNewBlocks(before, next, context()))).toEqual([]);
  });
  it('judges a record never stored against nothing: its impossible blocks are all new', () => {
    const unsigned = { signing: null, filing: null, publication: null };
    expect(ids(rulesNewBlocks(null, reference({ ...unsigned, reply: { ...ref.reply!, repliedAt: '2020-02-20' } }), context()))).toEqual(['OFR-06 reply.repliedAt']);
    expect(ids(rulesNewBlocks(null, reference(), context()))).toEqual([]);
  });
});

describe('procedureStepTaken', () => {
  it('reads the steps the record shows as taken', () => {
    const blank = reference({ meetings: [], votes: [], signing: null, filing: null });
    expect(['meeting', 'vote', 'signing', 'filing', 'export'].map((s) => procedureStepTaken(reference(), s as never))).toEqual([true, true, true, true, false]);
    expect(['meeting', 'vote', 'signing', 'filing'].map((s) => procedureStepTaken(blank, s as never))).toEqual([false, false, false, false]);
  });
});
