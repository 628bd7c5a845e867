// The procedure in brief as a bundle carries it: the dated steps in date order, each tagged with the
// round's agreement (the registry checks filing and renewal per agreement), the congress vote's counts
// carried as numbers, and steps without a date left out.
import { describe, expect, it } from 'vitest';
import { recordSummaryOf } from '../../../shared/case/recordSummary';
import { procedureRecordSchema } from '../../../shared/procedure/record';
import { referenceRecord, referenceRecord2021 } from '../../../shared/sample/referenceRecord';

const agreementId = 'wage-agreement-r-2027';

describe('recordSummaryOf', () => {
  it('lists the steps of the sample\'s March 2020 record in date order, all tagged with the agreement', () => {
    const summary = recordSummaryOf(procedureRecordSchema.parse(referenceRecord()), agreementId);
    expect(summary.events.map((e) => [e.date, e.kind])).toEqual([
      ['2020-02-26', 'request'],
      ['2020-02-27', 'reply'],
      ['2020-03-05', 'meeting'],
      ['2020-03-09', 'meeting'],
      ['2020-03-12', 'congress'],
      ['2020-03-13', 'signing'],
      ['2020-03-16', 'filing'],
      ['2020-03-16', 'review'],
      ['2020-04-01', 'publication'],
    ]);
    expect(summary.events.every((e) => e.agreementId === agreementId)).toBe(true);
    expect(summary.notes).toBe('2020年3月工资专项集体合同（第二份工资协议）');
  });

  it('orders steps recorded out of order by their dates, keeping the record\'s order on a tie', () => {
    const record = procedureRecordSchema.parse({
      ...referenceRecord2021(),
      // Meetings entered last-first; the publication on the day of the congress.
      meetings: [...referenceRecord2021().meetings!, { date: '2021-01-05', place: '车间', chair: 'employer' }].reverse(),
      publication: { date: '2021-01-14', method: '' },
    });
    const events = recordSummaryOf(record, agreementId).events;
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(events.filter((e) => e.kind === 'meeting').map((e) => e.summary)).toEqual(['第1次协商会议（车间）。', '第2次协商会议（公司三楼会议室）。']);
    expect(events.filter((e) => e.date === '2021-01-14').map((e) => e.kind)).toEqual(['congress', 'publication']);
  });

  it('carries the congress vote as counts', () => {
    const [congress] = recordSummaryOf(procedureRecordSchema.parse(referenceRecord2021()), agreementId).events.filter((e) => e.kind === 'congress');
    expect(congress).toMatchObject({ date: '2021-01-14', vote: { delegates: 36, present: 33, inFavour: 30 } });
    expect(congress!.summary).toBe('职工代表大会审议协议草案：应到36人，实到33人，赞成30票。');
  });

  it('leaves out steps with no date, and a filing not yet received', () => {
    const record = procedureRecordSchema.parse({
      kind: 'wage-agreement',
      regionCode: '440106',
      title: '2027年工资集体协商',
      signing: { date: '2026-12-20', chiefsSigned: { workers: true, employer: true } },
      filing: { submittedAt: null, copies: 3 },
    });
    expect(recordSummaryOf(record, agreementId)).toEqual({
      events: [{ date: '2026-12-20', kind: 'signing', summary: '双方首席代表签字。', agreementId }],
      notes: '2027年工资集体协商',
    });
  });
});
