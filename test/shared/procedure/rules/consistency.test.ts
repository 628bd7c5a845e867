// The checks of a record's events against each other (consistency.ts): each blocks, names its rule and
// says in Chinese what cannot be.
import { describe, it, expect } from 'vitest';
import type { ProcedureRecord } from '../../../../shared/procedure/record';
import { procedureRuleById, rulesCheck } from '../../../../shared/procedure/rules';
import { referenceRecord } from '../../../../shared/sample/referenceRecord';
import { context, reference, ruleFindings, table } from './fixture';

const ref = referenceRecord();

describe('OFR-06 nothing answers the request before it was made', () => {
  it('passes the reference record, where every step follows the request of 2020-02-26', () => {
    expect(ruleFindings('OFR-06', reference())).toEqual([]);
  });
  it('blocks a reply dated before the request, naming both dates', () => {
    const [f] = ruleFindings('OFR-06', reference({ reply: { ...ref.reply!, repliedAt: '2020-02-25' } }));
    expect(f).toMatchObject({ ruleId: 'OFR-06', action: 'block', step: 'meeting', path: 'reply.repliedAt', figures: { date: '2020-02-25', requestAt: '2020-02-26' } });
    expect(f!.messageZh).toBe('回应日期 2020-02-25 早于 2020-02-26 提出要约：协商程序从书面要约开始，请核对日期');
  });
  it('blocks a reply before the other side received the request', () => {
    const late = reference({ request: { ...ref.request!, receivedAt: '2020-02-28' } });
    const [f] = ruleFindings('OFR-06', late);
    expect(f).toMatchObject({ path: 'reply.repliedAt', figures: { date: '2020-02-27', requestAt: '2020-02-28' } });
    expect(f!.messageZh).toBe('回应日期 2020-02-27 早于对方收到要约的日期 2020-02-28：回应不能早于收到要约');
  });
  it('blocks information requests, meetings, votes, the signing and the filing dated before the request, one finding each', () => {
    const early = reference({ request: { ...ref.request!, sentAt: '2020-03-20', receivedAt: '2020-03-20' }, reply: null });
    expect(ruleFindings('OFR-06', early).map((f) => f.path)).toEqual([
      'informationRequests.0.requestedAt', 'meetings.0.date', 'meetings.1.date', 'votes.0.date', 'signing.date', 'filing.submittedAt',
    ]);
    expect(ruleFindings('OFR-06', early)[1]!.messageZh).toBe('第 1 次协商会议日期 2020-03-05 早于 2020-03-20 提出要约：协商程序从书面要约开始，请核对日期');
  });
  it('says nothing without a request (OFR-01 asks for it) and passes events on the day of the request', () => {
    expect(ruleFindings('OFR-06', reference({ request: null }))).toEqual([]);
    expect(ruleFindings('OFR-06', reference({ reply: { ...ref.reply!, repliedAt: '2020-02-26' } }))).toEqual([]);
  });
});

describe('RAT-07 the vote counts add up', () => {
  // The schema refuses such a vote on reading; a record built in code can still hold one, and the rule names it.
  const withVote = (patch: Partial<ProcedureRecord['votes'][number]>): ProcedureRecord => {
    const record = reference();
    return { ...record, votes: [{ ...record.votes[0]!, ...patch }] };
  };
  it('passes the reference vote (36 in all, 33 present, 30 + 2 + 1)', () => {
    expect(ruleFindings('RAT-07', reference())).toEqual([]);
    expect(ruleFindings('RAT-07', withVote({ present: 36, for: 30, against: 4, abstaining: 2 }))).toEqual([]);
  });
  it('blocks more votes than people present', () => {
    const [f] = ruleFindings('RAT-07', withVote({ for: 31 }));
    expect(f).toMatchObject({ ruleId: 'RAT-07', action: 'block', step: 'vote', path: 'votes.0.for', figures: { present: 33, for: 31, against: 2, abstaining: 1 } });
    expect(f!.messageZh).toBe('2020-03-12 的表决同意 31、反对 2、弃权 1，合计 34 票，多于出席的 33 人');
  });
  it('blocks more present than the total of representatives', () => {
    const [f] = ruleFindings('RAT-07', withVote({ present: 37 }));
    expect(f).toMatchObject({ path: 'votes.0.present', figures: { total: 36, present: 37 } });
    expect(f!.messageZh).toBe('2020-03-12 的表决出席 37 人，多于全体 36 人');
  });
});

describe('REP-11 one chief a side at any time', () => {
  const twoChiefs = table(3, 3).map((r) => (r.personId === 'w2' ? { ...r, role: 'chief' as const } : r));
  it('passes one chief each', () => {
    expect(ruleFindings('REP-11', reference({ representatives: table(3, 3) }))).toEqual([]);
  });
  it('blocks a second chief on one side, pointing at the second', () => {
    const [f, ...rest] = ruleFindings('REP-11', reference({ representatives: twoChiefs }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'REP-11', action: 'block', step: 'meeting', path: 'representatives.1', figures: { side: 'workers', personId: 'w2', chief: 'w1' } });
    expect(f!.messageZh).toBe('职工代表2被记录为职工方首席代表，而职工代表1仍是职工方首席代表：原首席代表出缺或被解除前，不能再有第二名首席代表');
  });
  it('passes a chief who took over after the first one’s seat fell vacant or the first one was dismissed (and REP-02 counts one)', () => {
    const vacated = reference({ representatives: twoChiefs, vacancies: [{ personId: 'w1', side: 'workers', vacatedAt: '2020-03-01', filledAt: '2020-03-02', replacementId: 'w2' }] });
    expect(ruleFindings('REP-11', vacated)).toEqual([]);
    expect(ruleFindings('REP-02', vacated)).toEqual([]);
    const dismissed = reference({ representatives: twoChiefs, statusChanges: [{ personId: 'w1', date: '2020-03-01', change: 'dismissal' }] });
    expect(ruleFindings('REP-11', dismissed)).toEqual([]);
    // A job change does not end the mandate: both are still chiefs.
    const moved = reference({ representatives: twoChiefs, statusChanges: [{ personId: 'w1', date: '2020-03-01', change: 'job-change' }] });
    expect(ruleFindings('REP-11', moved)).toHaveLength(1);
  });
});

describe('SIG-03 nothing blocks the steps before a recorded signing', () => {
  it('passes the reference record', () => {
    expect(ruleFindings('SIG-03', reference())).toEqual([]);
  });
  it('blocks a signing on record after a vote that did not carry (RAT-03), naming the rule', () => {
    const failed = reference({ votes: [{ ...ref.votes![0]!, for: 17, against: 13, abstaining: 3 }] });
    const [f] = ruleFindings('SIG-03', failed);
    expect(f).toMatchObject({ ruleId: 'SIG-03', action: 'block', step: 'filing', path: 'signing', figures: { signedAt: '2020-03-13', rules: 'RAT-03' } });
    expect(f!.messageZh).toBe('已记录 2020-03-13 签字，但签字前的步骤仍有阻止事项（RAT-03）：应先解决这些问题，再签字');
  });
  it('blocks a signing with no vote at all (RAT-01) and lists every blocking rule once', () => {
    const [f] = ruleFindings('SIG-03', reference({ votes: [], representatives: table(3, 2) }));
    expect(f!.figures.rules).toBe('REP-01、RAT-01');
  });
  it('ignores blocks of later steps (SIG-01 guards the filing) and a record without a signing', () => {
    expect(ruleFindings('SIG-03', reference({ signing: { ...ref.signing!, seals: { workers: false, employer: false } } }))).toEqual([]);
    expect(ruleFindings('SIG-03', reference({ signing: null, votes: [] }))).toEqual([]);
  });
  it('is listed by the engine with the other rules', () => {
    expect(procedureRuleById('SIG-03')).toBeDefined();
    expect(rulesCheck(reference({ votes: [] }), context()).map((f) => f.ruleId)).toContain('SIG-03');
  });
});
