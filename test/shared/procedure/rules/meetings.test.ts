import { describe, it, expect } from 'vitest';
import { referenceRecord } from '../../../../shared/sample/referenceRecord';
import { actionsOf, reference, ruleFindings } from './fixture';

const meetings = referenceRecord().meetings!;
const first = meetings[0]!;
const second = meetings[1]!;
const suspension = referenceRecord().suspensions![0]!;

describe('MTG-01 the chiefs chair in turn', () => {
  it('passes employer then workers (the reference)', () => {
    expect(ruleFindings('MTG-01', reference())).toEqual([]);
  });
  it('warns two meetings in a row chaired by the same side, in date order whatever the record order', () => {
    const findings = ruleFindings('MTG-01', reference({ meetings: [{ ...second, chair: 'employer' }, first] }));
    expect(findings).toMatchObject([{ action: 'warn', step: 'vote', path: 'meetings.0.chair', figures: { previous: '2020-03-05', date: '2020-03-09' } }]);
    expect(findings[0]!.messageZh).toBe('2020-03-05 与 2020-03-09 的会议都由企业方首席代表主持：双方首席代表应轮流主持');
  });
});

describe('MTG-03 a suspension records the next meeting', () => {
  it('blocks a suspension without the next date', () => {
    const findings = ruleFindings('MTG-03', reference({ suspensions: [{ ...suspension, nextMeeting: { ...suspension.nextMeeting!, date: null } }] }));
    expect(findings).toMatchObject([{ action: 'block', step: 'vote', path: 'suspensions.0.nextMeeting.date' }]);
    expect(findings[0]!.messageZh).toBe('2020-03-05 中止协商，没有记录下次协商的时间');
  });
  it('blocks a next date before the suspension', () => {
    expect(actionsOf(ruleFindings('MTG-03', reference({ suspensions: [{ ...suspension, nextMeeting: { ...suspension.nextMeeting!, date: '2020-03-04' } }] })))).toEqual(['block']);
  });
  it('only warns a missing place, topics or length when the date is there', () => {
    const findings = ruleFindings('MTG-03', reference({ suspensions: [{ date: '2020-03-05', nextMeeting: { date: '2020-03-09' } }] }));
    expect(actionsOf(findings)).toEqual(['warn']);
    expect(findings[0]!.messageZh).toBe('2020-03-05 中止协商，未记录地点、议题、中止期限');
  });
  it('passes the reference suspension', () => {
    expect(ruleFindings('MTG-03', reference())).toEqual([]);
  });
});

describe('MTG-04 minutes of every meeting', () => {
  it('blocks a meeting without minutes', () => {
    const findings = ruleFindings('MTG-04', reference({ meetings: [first, { ...second, minutes: null }] }));
    expect(findings).toMatchObject([{ action: 'block', path: 'meetings.1.minutes' }]);
    expect(findings[0]!.messageZh).toBe('2020-03-09 的协商会议没有协商记录');
  });
  it('blocks a draft with no meeting at all, and says nothing before talks start', () => {
    expect(actionsOf(ruleFindings('MTG-04', reference({ meetings: [] })))).toEqual(['block']);
    expect(ruleFindings('MTG-04', reference({ meetings: [], draft: null, votes: [] }))).toEqual([]);
  });
  it('warns minutes taken by someone other than the recorder, or with no topics', () => {
    const other = { ...first, minutes: { ...first.minutes!, recorderId: 'ref-person-2' } };
    expect(ruleFindings('MTG-04', reference({ meetings: [other, second] }))[0]!.messageZh).toBe('2020-03-05 的协商记录由熊仕荣记录，不是双方确定的记录员');
    const empty = { ...first, minutes: { recorderId: 'ref-person-7' } };
    expect(actionsOf(ruleFindings('MTG-04', reference({ meetings: [empty, second] })))).toEqual(['warn']);
  });
  it('passes the reference minutes', () => {
    expect(ruleFindings('MTG-04', reference())).toEqual([]);
  });
});
