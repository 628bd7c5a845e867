import { describe, expect, it } from 'vitest';
import {
  type CongressSession,
  congressJudge,
  congressMajorityNeeded,
  congressQuorumNeeded,
  congressRecordWith,
  congressRollDuplicates,
  congressRollFromRoster,
  congressRollParse,
  congressSessionNew,
  congressSessionSchema,
  congressVote,
} from '../../../shared/procedure/congress';
import { procedureRecordParse } from '../../../shared/procedure/record';
import { ruleContextDefault, rulesCheck } from '../../../shared/procedure/rules';
import type { IsoDate } from '../../../shared/dates/isoDate';

/** A sitting of `total` delegates, the first `present` of them marked present, with a count when given. */
function sitting(total: number, present: number, votesFor?: number, against = 0, abstaining = 0): CongressSession {
  const roll = Array.from({ length: total }, (_, i) => ({ name: `代表${i + 1}`, group: '', present: i < present }));
  const count = votesFor === undefined ? null : { for: votesFor, against, abstaining, invalid: 0 };
  return congressSessionSchema.parse({ date: '2026-03-12', roll, count });
}

describe('the quorum: at least two thirds of all (RAT-02, "三分之二以上" includes the figure)', () => {
  it('needs 40 of 60, 2 of 3, 7 of 10', () => {
    expect(congressQuorumNeeded(60)).toBe(40);
    expect(congressQuorumNeeded(3)).toBe(2);
    expect(congressQuorumNeeded(10)).toBe(7);
  });
  it('is met with exactly two thirds present (40 of 60) and not with 39', () => {
    expect(congressJudge(sitting(60, 40)).quorum).toBe(true);
    expect(congressJudge(sitting(60, 39))).toMatchObject({ quorum: false, outcome: 'noQuorum', present: 39, quorumNeeded: 40 });
  });
  it('is met with 41 of 60 and waits for the count', () => {
    expect(congressJudge(sitting(60, 41))).toMatchObject({ quorum: true, outcome: 'awaitingCount' });
  });
  it('is never met by an empty roll', () => {
    expect(congressJudge(congressSessionNew()).outcome).toBe('noRoll');
  });
});

describe('adoption: more than half of ALL delegates, not of those present (RAT-03)', () => {
  it('needs 31 of 60 and 31 of 61', () => {
    expect(congressMajorityNeeded(60)).toBe(31);
    expect(congressMajorityNeeded(61)).toBe(31);
  });
  it('adopts with 31 for of 60 (41 present)', () => {
    expect(congressJudge(sitting(60, 41, 31, 8, 2)).outcome).toBe('adopted');
  });
  it('does not adopt at exactly half (30 of 60) and says so apart from a plain failure', () => {
    expect(congressJudge(sitting(60, 41, 30, 9, 2)).outcome).toBe('exactlyHalf');
  });
  it('does not adopt with 29 for, though that is a majority of the 41 present', () => {
    expect(congressJudge(sitting(60, 41, 29, 10, 2)).outcome).toBe('notAdopted');
  });
  it('judges no quorum before any count', () => {
    expect(congressJudge(sitting(60, 39, 35)).outcome).toBe('noQuorum');
  });
  it('refuses a count above those present, spoilt paper ballots included (RAT-07)', () => {
    const s = sitting(60, 41, 31, 8, 2);
    expect(congressJudge({ ...s, count: { ...s.count!, invalid: 1 } }).outcome).toBe('countTooMany');
    // A show of hands has no spoilt ballots: a stray figure there does not count.
    expect(congressJudge({ ...s, method: 'show_of_hands', count: { ...s.count!, invalid: 1 } }).outcome).toBe('adopted');
  });
});

describe('the sitting as a vote of the procedure record', () => {
  const record = procedureRecordParse({ kind: 'wage-agreement', regionCode: '320583' });
  if (!record.ok) throw new Error('fixture');
  const ctx = ruleContextDefault('2026-03-20' as IsoDate);
  const ratFindings = (s: CongressSession) => {
    const v = congressVote(s);
    if (!v.ok) throw new Error(v.error);
    const written = congressRecordWith(record.value, s, v.vote).record;
    return rulesCheck(written, ctx).filter((f) => /^RAT-0[237]$/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.action}`);
  };

  it('agrees with the rules engine at every edge', () => {
    expect(ratFindings(sitting(60, 41, 31))).toEqual([]);
    expect(ratFindings(sitting(60, 41, 30))).toEqual(['RAT-03:warn']);
    expect(ratFindings(sitting(60, 41, 29))).toEqual(['RAT-03:block']);
    expect(ratFindings(sitting(60, 39))).toContain('RAT-02:block');
  });
  it('carries the totals the roll gives', () => {
    expect(congressVote(sitting(60, 41, 31, 8, 2))).toMatchObject({ ok: true, vote: { total: 60, present: 41, for: 31, against: 8, abstaining: 2, body: 'workers_congress', method: 'secret_ballot' } });
  });
  it('needs a date, a roll and (with a quorum) a count', () => {
    expect(congressVote({ ...sitting(60, 41, 31), date: null })).toEqual({ ok: false, error: 'noDate' });
    expect(congressVote(congressSessionSchema.parse({ date: '2026-03-12' }))).toEqual({ ok: false, error: 'noRoll' });
    expect(congressVote(sitting(60, 41))).toEqual({ ok: false, error: 'noCount' });
    expect(congressVote(sitting(60, 39))).toMatchObject({ ok: true, vote: { present: 39, for: 0 } });
  });
  it('writes over the vote it was recorded as, keeping the written-resolution mark, else appends', () => {
    const s = sitting(60, 41, 31);
    const v = congressVote(s);
    if (!v.ok) throw new Error(v.error);
    const first = congressRecordWith(record.value, s, v.vote);
    expect(first.index).toBe(0);
    const marked = { ...first.record, votes: [{ ...first.record.votes[0]!, resolutionWritten: true }] };
    const again = congressRecordWith(marked, { ...s, recordedVote: 0 }, { ...v.vote, for: 32 });
    expect(again.record.votes).toHaveLength(1);
    expect(again.record.votes[0]).toMatchObject({ for: 32, resolutionWritten: true });
    // The vote it was written as is gone (deleted on the timeline): a new one.
    expect(congressRecordWith(record.value, { ...s, recordedVote: 3 }, v.vote).index).toBe(0);
    // Another vote took its place (an earlier one deleted): left alone, the sitting appended.
    const other = { ...v.vote, date: '2026-01-05' as IsoDate, total: 59 };
    const shifted = congressRecordWith({ ...record.value, votes: [other] }, { ...s, recordedVote: 0 }, v.vote);
    expect(shifted.index).toBe(1);
    expect(shifted.record.votes[0]).toEqual(other);
  });
});

describe('a pasted roll', () => {
  it('reads one name a line, numbering dropped, a group after a tab or comma', () => {
    expect(congressRollParse('1. 张三\n2、李四\t一车间\r\n\n王五，二车间\n  ')).toEqual([
      { name: '张三', group: '', present: false },
      { name: '李四', group: '一车间', present: false },
      { name: '王五', group: '二车间', present: false },
    ]);
  });
  it('takes an all-worker meeting\'s roll from the roster: those who left are not counted in "all"', () => {
    const workers = [
      { name: '甲', group: '一车间', status: 'working', leftOn: null },
      { name: '乙', group: '', status: 'on_leave', leftOn: null },
      { name: '丙', group: '二车间', status: 'left', leftOn: '2026-10-01' },
    ];
    expect(congressRollFromRoster(workers).map((m) => m.name)).toEqual(['甲', '乙']);
  });
  it('names a name read twice without dropping it', () => {
    const roll = congressRollParse('张三\n李四\n张三');
    expect(roll).toHaveLength(3);
    expect(congressRollDuplicates(roll)).toEqual(['张三']);
  });
});

describe('a stored sitting', () => {
  it('restores defaults from an empty object and refuses unknown fields', () => {
    expect(congressSessionSchema.parse({})).toEqual({ date: null, body: 'workers_congress', roll: [], method: 'secret_ballot', count: null, itemByItem: false, recordedVote: null });
    expect(congressSessionSchema.safeParse({ quorum: 3 }).success).toBe(false);
  });
});
