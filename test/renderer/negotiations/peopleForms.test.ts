// The pure parts of the dispute (DSP-01), vacancy (REP-08) and status-change (REP-10) forms: what is
// refused before anything is saved, and the deadlines the recorded events start.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { procedureRecordParse, type ProcedureRecord, type ProcedureRecordInput } from '../../../shared/procedure/record';
import { ruleContextDefault, rulesCheck } from '../../../shared/procedure/rules';
import { deadlineItems } from '../../../renderer/features/negotiations/deadlines';
import { disputeRead } from '../../../renderer/features/negotiations/forms/disputeRead';
import type { FieldErrors } from '../../../renderer/features/negotiations/forms/formKit';
import { statusChangeRead, vacancyRead } from '../../../renderer/features/negotiations/forms/vacancyRead';

const reps = [
  { personId: 'w1', name: '张三', side: 'workers' as const, role: 'chief' as const, chosenBy: 'union' as const },
  { personId: 'e1', name: '李四', side: 'employer' as const, role: 'chief' as const, chosenBy: 'appointment' as const },
];

function parsed(input: Omit<ProcedureRecordInput, 'kind' | 'regionCode'>): ProcedureRecord {
  const result = procedureRecordParse({ kind: 'wage-agreement', regionCode: '350982', representatives: reps, ...input });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const representatives = parsed({}).representatives;

describe('disputeRead', () => {
  const base = { appliedAt: '2021-03-01', acceptedAt: '2021/3/3', extended: false, resolvedAt: '', note: ' 区人社局 王科长 ' };

  it('reads an open dispute, dates in any accepted spelling, the note trimmed', () => {
    const errors: FieldErrors = {};
    expect(disputeRead(base, errors)).toEqual({ appliedAt: '2021-03-01', acceptedAt: '2021-03-03', extended: false, resolvedAt: null, note: '区人社局 王科长' });
    expect(errors).toEqual({});
  });

  it('refuses a missing application date, acceptance before application and settlement before acceptance', () => {
    const errors: FieldErrors = {};
    expect(disputeRead({ ...base, appliedAt: '' }, errors)).toBeNull();
    expect(errors).toEqual({ appliedAt: 'negotiations.errors.required' });
    const order: FieldErrors = {};
    expect(disputeRead({ ...base, acceptedAt: '2021-02-28', resolvedAt: '2021-02-27' }, order)).toBeNull();
    expect(order).toEqual({ acceptedAt: 'negotiations.people.errors.acceptedBeforeApplied', resolvedAt: 'negotiations.people.errors.resolvedBeforeStart' });
  });

  it('refuses an extension before acceptance and a date that is no calendar day', () => {
    const errors: FieldErrors = {};
    expect(disputeRead({ ...base, acceptedAt: '', extended: true, resolvedAt: '2021-02-30' }, errors)).toBeNull();
    expect(errors).toEqual({ acceptedAt: 'negotiations.people.errors.extendedNotAccepted', resolvedAt: 'negotiations.errors.date' });
  });
});

describe('vacancyRead', () => {
  const base = { personId: 'w1', vacatedAt: '2021-01-10', replacementId: '', filledAt: '' };

  it('reads an open vacancy with the side of the representative who left', () => {
    const errors: FieldErrors = {};
    expect(vacancyRead(base, representatives, errors)).toEqual({ personId: 'w1', side: 'workers', vacatedAt: '2021-01-10', filledAt: null, replacementId: null });
  });

  it('refuses no representative, a fill before the vacancy, and a fill without a replacement or date', () => {
    const none: FieldErrors = {};
    expect(vacancyRead({ ...base, personId: '' }, representatives, none)).toBeNull();
    expect(none).toEqual({ personId: 'negotiations.errors.required' });
    const early: FieldErrors = {};
    expect(vacancyRead({ ...base, filledAt: '2021-01-09' }, representatives, early)).toBeNull();
    expect(early).toEqual({ filledAt: 'negotiations.people.errors.filledBeforeVacated', replacementId: 'negotiations.people.errors.replacementMissing' });
    const noDate: FieldErrors = {};
    expect(vacancyRead({ ...base, replacementId: 'w9' }, representatives, noDate)).toBeNull();
    expect(noDate).toEqual({ filledAt: 'negotiations.people.errors.filledDateMissing' });
    const same: FieldErrors = {};
    expect(vacancyRead({ ...base, replacementId: 'w1', filledAt: '2021-01-12' }, representatives, same)).toBeNull();
    expect(same).toEqual({ replacementId: 'negotiations.people.errors.replacementSame' });
  });
});

describe('statusChangeRead', () => {
  it('takes only a workers’ representative, with a date', () => {
    const errors: FieldErrors = {};
    expect(statusChangeRead({ personId: 'w1', date: '2021-01-20', change: 'dismissal', note: '' }, representatives, errors))
      .toEqual({ personId: 'w1', date: '2021-01-20', change: 'dismissal', note: '' });
    const employer: FieldErrors = {};
    expect(statusChangeRead({ personId: 'e1', date: '', change: 'job-change', note: '' }, representatives, employer)).toBeNull();
    expect(employer).toEqual({ personId: 'negotiations.errors.required', date: 'negotiations.errors.required' });
  });
});

describe('the deadlines and findings the new events start', () => {
  const context = ruleContextDefault(isoDate('2021-04-20'));

  it('a dispute accepted and open 31+ days: DSP-01 warns, and its 30-day deadline is listed (45 when extended)', () => {
    const record = parsed({ disputes: [{ appliedAt: '2021-03-01', acceptedAt: '2021-03-03' }] });
    expect(rulesCheck(record, context).filter((f) => f.ruleId === 'DSP-01').map((f) => f.action)).toEqual(['warn']);
    const item = deadlineItems(record, context).find((i) => i.ok && i.deadline.rule.ruleId === 'DSP-01');
    expect(item?.ok && item.deadline.dueDate).toBe('2021-04-02');
    expect(item?.step).toBe('meetings');
    const extended = parsed({ disputes: [{ appliedAt: '2021-03-01', acceptedAt: '2021-03-03', extended: true }] });
    const later = deadlineItems(extended, context).find((i) => i.ok && i.deadline.rule.ruleId === 'DSP-01');
    expect(later?.ok && later.deadline.dueDate).toBe('2021-04-19');
  });

  it('a vacancy not refilled within 15 days: REP-08 warns, and the refill deadline is listed open', () => {
    const record = parsed({ vacancies: [{ personId: 'w1', side: 'workers', vacatedAt: '2021-03-01' }] });
    expect(rulesCheck(record, context).filter((f) => f.ruleId === 'REP-08').map((f) => f.action)).toEqual(['warn']);
    const item = deadlineItems(record, context).find((i) => i.ok && i.deadline.rule.ruleId === 'REP-08');
    expect(item?.ok && item.deadline.dueDate).toBe('2021-03-16');
    expect(item?.ok && item.metOn).toBeNull();
  });
});
