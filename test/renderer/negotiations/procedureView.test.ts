// The timeline, deadlines and board over the shared core: where findings show, which forms a block stops,
// which deadline is next; and the record a new round starts with.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import type { RoundId } from '../../../shared/case/round';
import { roundBlank } from '../../../shared/case/roundNew';
import { procedureRecordParse, type ProcedureRecord, type ProcedureRecordInput } from '../../../shared/procedure/record';
import { referenceRecord, referenceRecordBroken } from '../../../shared/sample/referenceRecord';
import { ruleContextDefault, rulesCheck } from '../../../shared/procedure/rules';
import { deadlineItems, deadlineNext } from '../../../renderer/features/negotiations/deadlines';
import { dateTextParse } from '../../../renderer/features/negotiations/forms/formKit';
import { positionBoard } from '../../../renderer/features/negotiations/positionBoard';
import { timelineEntries } from '../../../renderer/features/negotiations/timeline';

const today = isoDate('2026-11-23');
const context = ruleContextDefault(today);

function parsed(input: ProcedureRecordInput): ProcedureRecord {
  const result = procedureRecordParse(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function entriesOf(input: ProcedureRecordInput) {
  const record = parsed(input);
  return timelineEntries(record, rulesCheck(record, context), context);
}

const entry = (entries: ReturnType<typeof entriesOf>, step: string) => entries.find((e) => e.step === step)!;

describe('timelineEntries', () => {
  it('dates every step of the reference record, in force on 2020-03-31, with CNT-02 under signing', () => {
    const entries = entriesOf(referenceRecord());
    expect(entries.map((e) => e.done)).toEqual(Array(10).fill(true));
    expect(entry(entries, 'effective').date).toBe('2020-03-31');
    expect(entry(entries, 'signing').findings.map((f) => `${f.ruleId}:${f.action}`)).toEqual(['CNT-02:warn']);
    expect(entry(entries, 'effective').findings.map((f) => f.ruleId)).toEqual(['EFF-01']);
    expect(entries.every((e) => e.blockers.length === 0)).toBe(true);
  });

  it('warns at exactly half and does not block the signing', () => {
    const entries = entriesOf(referenceRecordBroken('vote-exactly-half'));
    expect(entry(entries, 'vote').findings.map((f) => `${f.ruleId}:${f.action}`)).toContain('RAT-03:warn');
    expect(entry(entries, 'vote').done).toBe(true);
    expect(entry(entries, 'signing').blockers).toEqual([]);
  });

  it('below half: the vote is not done and RAT-03 stops the signing and the filing forms', () => {
    const entries = entriesOf(referenceRecordBroken('vote-below-half'));
    expect(entry(entries, 'vote').done).toBe(false);
    expect(entry(entries, 'signing').blockers.map((f) => f.ruleId)).toEqual(['RAT-03']);
    // SIG-01 is about the signing's own date: it stops the filing, but the signing form stays the way to fix it.
    expect(entry(entries, 'filing').blockers.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['RAT-03', 'SIG-01']));
    // The vote form itself is never stopped by its own figures.
    expect(entry(entries, 'vote').blockers).toEqual([]);
  });

  it('a blank record: unequal sides stop the meetings, and the representatives form stays open', () => {
    const entries = entriesOf({ title: 't', kind: 'wage-agreement', regionCode: '350982' });
    expect(entry(entries, 'meetings').blockers.map((f) => f.ruleId)).toContain('REP-01');
    expect(entry(entries, 'representatives').blockers).toEqual([]);
    expect(entry(entries, 'request').findings.map((f) => f.ruleId)).toContain('OFR-01');
  });
});

describe('deadlines', () => {
  it('moves a Fujian reply deadline past the Spring Festival: received 2021-01-28, due 2021-02-18', () => {
    const record = parsed({ title: 't', kind: 'wage-agreement', regionCode: '350982', request: { from: 'workers', sentAt: '2021-01-28', receivedAt: '2021-01-28' } });
    const next = deadlineNext(deadlineItems(record, context));
    expect(next?.ok && next.deadline.dueDate).toBe('2021-02-18');
    expect(next?.ok && next.deadline.rule.ruleId).toBe('OFR-02');
    expect(next?.ok && next.deadline.steps.some((s) => s.code === 'moved')).toBe(true);
  });

  it('has nothing due for the reference record: every clock it started was met', () => {
    const items = deadlineItems(parsed(referenceRecord()), context);
    expect(items.map((i) => i.ok && i.deadline.due)).toEqual(['reply', 'file', 'objection-window', 'publish', 'renewal-request']);
    expect(deadlineNext(items)).toBeNull();
  });

  it('after a failed vote, Fujian gives 60 days to bring the draft back (RAT-05)', () => {
    const next = deadlineNext(deadlineItems(parsed(referenceRecordBroken('vote-below-half')), context));
    expect(next?.ok && [next.deadline.due, next.deadline.dueDate]).toEqual(['resubmit', '2020-05-11']);
  });

  it('the review window is open until its last day has passed', () => {
    const record = parsed({ ...referenceRecord(), publication: null, term: null, renewal: null });
    const during = deadlineNext(deadlineItems(record, ruleContextDefault(isoDate('2020-03-20'))));
    expect(during?.ok && during.deadline.due).toBe('objection-window');
    const after = deadlineNext(deadlineItems(record, ruleContextDefault(isoDate('2020-04-02'))));
    expect(after?.ok && after.deadline.due).toBe('publish');
  });
});

describe('positionBoard', () => {
  it('lines up each topic across the meetings with its latest status', () => {
    const rows = positionBoard(parsed(referenceRecord()).meetings);
    expect(rows.map((r) => [r.topic, r.cells.map((c) => c?.status), r.latest])).toEqual([
      ['一线职工基本工资', ['open', 'agreed'], 'agreed'],
      ['保留岗位', ['open', 'agreed'], 'agreed'],
    ]);
  });
});

describe('the record of a new round', () => {
  const enterprise = { name: '福建隆祥皮革有限公司', regionCode: '350982' };

  it('starts blank in the enterprise\'s county, its kind of agreement from the round\'s, no step taken', () => {
    const { procedure } = roundBlank({ id: 'r1' as RoundId, title: '2021年集体合同', kind: 'other', enterprise });
    expect(procedure).toMatchObject({ regionCode: '350982', kind: 'collective-contract', enterpriseName: enterprise.name, title: '2021年集体合同', request: null });
    expect(timelineEntries(procedure, rulesCheck(procedure, context), context).every((e) => !e.done)).toBe(true);
  });
});

describe('dateTextParse', () => {
  it('reads the ways people write dates and refuses days that do not exist', () => {
    expect(['2021-01-28', '2021-1-28', '2021/1/28', '2021.1.28', '2021年1月28日'].map(dateTextParse)).toEqual(Array(5).fill('2021-01-28'));
    expect(dateTextParse('2021-02-30')).toBeNull();
    expect(dateTextParse('28/01/2021')).toBeNull();
  });
});
