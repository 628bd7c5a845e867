import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { referenceRecord } from '../../../../shared/sample/referenceRecord';
import { rulesBlocking, rulesCheck } from '../../../../shared/procedure/rules';
import { BEIJING, actionsOf, context, reference, ruleFindings } from './fixture';

const vote = referenceRecord().votes![0]!;
type VoteInput = typeof vote;
const withVote = (patch: Partial<VoteInput>) => reference({ votes: [{ ...vote, ...patch }] });

describe('RAT-01 the draft goes to the congress', () => {
  it('blocks signing without a vote, but not the meetings before it', () => {
    const record = reference({ votes: [], signing: null, filing: null, publication: null });
    expect(ruleFindings('RAT-01', record)).toMatchObject([{ action: 'block', step: 'signing', path: 'votes' }]);
    const findings = rulesCheck(record, context());
    expect(rulesBlocking(findings, 'meeting')).toBe(false);
    expect(rulesBlocking(findings, 'vote')).toBe(false);
    expect(rulesBlocking(findings, 'signing')).toBe(true);
  });
  it('passes with a vote on record', () => {
    expect(ruleFindings('RAT-01', reference())).toEqual([]);
  });
});

describe('RAT-02 a quorum of two thirds of ALL', () => {
  it('passes exactly two thirds (24 of 36) and blocks one below (23)', () => {
    expect(ruleFindings('RAT-02', withVote({ present: 24, for: 20 }))).toEqual([]);
    const [f] = ruleFindings('RAT-02', withVote({ present: 23, for: 20 }));
    expect(f).toMatchObject({ action: 'block', path: 'votes.0.present', figures: { total: 36, present: 23, needed: 24 } });
    expect(f!.messageZh).toBe('全体职工代表 36 人，出席 23 人（63.9%）：不足三分之二，至少应有 24 人出席');
  });
  it('rounds the two thirds up when it is not whole (35: 24 passes, 23 blocks)', () => {
    expect(ruleFindings('RAT-02', withVote({ total: 35, present: 24, for: 20 }))).toEqual([]);
    expect(actionsOf(ruleFindings('RAT-02', withVote({ total: 35, present: 23, for: 20 })))).toEqual(['block']);
  });
  it('counts all workers at an all-worker meeting', () => {
    expect(ruleFindings('RAT-02', withVote({ body: 'all_workers_meeting', total: 120, present: 79, for: 70, against: 5, abstaining: 4 }))[0]!.messageZh).toContain('全体职工 120 人，出席 79 人');
    expect(ruleFindings('RAT-02', withVote({ body: 'all_workers_meeting', total: 120, present: 80, for: 70, against: 5, abstaining: 5 }))).toEqual([]);
  });
});

describe('RAT-03 more than half of ALL in favour (rules §0.7)', () => {
  it('passes 19 of 36', () => {
    expect(ruleFindings('RAT-03', withVote({ for: 19, against: 11 }))).toEqual([]);
  });
  it('warns exactly half (18 of 36), citing both readings', () => {
    const [f] = ruleFindings('RAT-03', withVote({ for: 18, against: 12 }));
    expect(f).toMatchObject({ action: 'warn', step: 'signing', path: 'votes.0.for', source: '《集体合同规定》第三十六条' });
    expect(f!.messageZh).toContain('恰好半数');
    expect(f!.messageZh).toContain('《企业民主管理规定》第二十条要求“过半数”');
  });
  it('blocks 17 of 36, even though 17 is more than half of the 33 present', () => {
    const [f] = ruleFindings('RAT-03', withVote({ for: 17, against: 13 }));
    expect(f).toMatchObject({ action: 'block', figures: { total: 36, present: 33, for: 17 } });
    expect(f!.messageZh).toBe('全体职工代表 36 人，同意 17 人（47.2%），未达到半数（虽超过出席人数的半数，但应以全体人数计算）：草案未获通过');
  });
  it('judges the latest vote: a failed draft resubmitted and adopted passes', () => {
    const record = reference({ votes: [{ ...vote, for: 10, against: 20 }, { ...vote, date: '2020-03-20', for: 25, against: 5 }], signing: { ...referenceRecord().signing!, date: '2020-03-21' } });
    expect(ruleFindings('RAT-03', record)).toEqual([]);
  });
  it('is block iff for×2 < total, warn iff for×2 = total, nothing iff for×2 > total (property)', () => {
    const votes = fc
      .integer({ min: 1, max: 2000 })
      .chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total })))
      .chain(([total, present]) => fc.tuple(fc.constant(total), fc.constant(present), fc.integer({ min: 0, max: present })));
    fc.assert(
      fc.property(votes, ([total, present, inFavour]) => {
        const actions = actionsOf(ruleFindings('RAT-03', withVote({ total, present, for: inFavour, against: 0, abstaining: 0 })));
        const expected = inFavour * 2 < total ? ['block'] : inFavour * 2 === total ? ['warn'] : [];
        expect(actions).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('RAT-04 secret ballot, item by item', () => {
  it('warns a show of hands and a vote not item by item', () => {
    expect(ruleFindings('RAT-04', withVote({ method: 'show_of_hands', itemByItem: false }))).toMatchObject([
      { action: 'warn', path: 'votes.0.method' },
      { action: 'warn', path: 'votes.0.itemByItem' },
    ]);
  });
  it('passes a secret ballot item by item', () => {
    expect(ruleFindings('RAT-04', reference())).toEqual([]);
  });
});

describe('RAT-05 Fujian: a written resolution, and resubmission within 60 days', () => {
  it('blocks a vote without a written resolution in Fujian', () => {
    expect(ruleFindings('RAT-05', withVote({ resolutionWritten: false }))).toMatchObject([
      { action: 'block', path: 'votes.0.resolutionWritten', source: '《福建省企业集体协商和集体合同条例》第二十条' },
    ]);
  });
  it('does not bind outside Fujian', () => {
    const record = reference({ regionCode: BEIJING, votes: [{ ...vote, resolutionWritten: false }] });
    expect(rulesCheck(record, context()).some((f) => f.ruleId === 'RAT-05')).toBe(false);
  });
  it('gives a failed draft 60 days: resubmitted on day 60 passes, day 61 warns', () => {
    // Rejected 2020-03-12: day 60 is Monday 2020-05-11.
    const failed = { ...vote, for: 10, against: 20 };
    const resubmitted = (date: string) => reference({ votes: [failed, { ...vote, date }], signing: null, filing: null, publication: null });
    expect(ruleFindings('RAT-05', resubmitted('2020-05-11'), '2020-06-01')).toEqual([]);
    expect(ruleFindings('RAT-05', resubmitted('2020-05-12'), '2020-06-01')).toMatchObject([{ action: 'warn', figures: { dueDate: '2020-05-11' } }]);
  });
  it('notes the resubmission date, then warns when it passes', () => {
    const record = reference({ votes: [{ ...vote, for: 10, against: 20 }], signing: null, filing: null, publication: null });
    expect(ruleFindings('RAT-05', record, '2020-04-01')[0]!.messageZh).toBe('2020-03-12 草案未获通过，应重新协商并于 2020-05-11（60 日）前再次提交');
    expect(ruleFindings('RAT-05', record, '2020-05-12')[0]!.messageZh).toContain('已逾期 1 日未重新提交');
  });
});
