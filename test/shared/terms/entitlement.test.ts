import { describe, it, expect } from 'vitest';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { type Worker, workerSchema } from '../../../shared/roster/worker';
import { conditionStatus, termEligibleWorkers } from '../../../shared/terms/eligibility';
import { termEntitlements } from '../../../shared/terms/entitlement';
import { type MonetaryTerm, type TermInput, termBuildsBase, termIsMonetary, termSchema } from '../../../shared/terms/term';

const worker = (n: number, fields: Partial<Worker> = {}): Worker =>
  ({ ...workerSchema.parse({ id: `W${n}`, name: `职工${n}`, idNumber: idNumberWithCheckChar(`00000019900101${String(n).padStart(3, '0')}`) }), ...fields });
const monetary = (input: TermInput): MonetaryTerm => {
  const term = termSchema.parse(input);
  if (!termIsMonetary(term)) throw new Error('not monetary');
  return term;
};
const context = (roster: Worker[], asOf = '2021-12-31') => ({ roster, asOf: isoDate(asOf), calendar: holidayCalendarCn });

describe('eligibility', () => {
  const roster = [worker(1, { group: '贴合车间' }), worker(2, { group: '仓库', status: 'on_leave' }), worker(3, { status: 'left' }), worker(4, { hireDate: isoDate('2021-01-05') })];
  it('by default covers everyone not yet left', () => {
    const term = termSchema.parse({ id: 't', kind: 'bonus', title: 't', amountFen: 1, dueDate: '2021-01-01' });
    expect(termEligibleWorkers(term, roster).map((w) => w.id)).toEqual(['W1', 'W2', 'W4']);
  });
  it('restricts by group, status, named workers and hire date, all together', () => {
    const t = (eligibility: object) => termEligibleWorkers(termSchema.parse({ id: 't', kind: 'bonus', title: 't', amountFen: 1, dueDate: '2021-01-01', eligibility }), roster).map((w) => w.id);
    expect(t({ groups: ['仓库'] })).toEqual(['W2']);
    expect(t({ statuses: ['working'] })).toEqual(['W1', 'W4']);
    expect(t({ workerIds: ['W1', 'W3'] })).toEqual(['W1']);
    expect(t({ hiredOnOrBefore: '2021-01-31' })).toEqual(['W4']);
  });
});

describe('conditions: back by a date, still employed on a date', () => {
  const conditions = { backBy: isoDate('2020-06-30'), employedOn: isoDate('2020-12-31') };
  it('is pending until the dates pass, met or not met after', () => {
    const back = worker(1, { returnedOn: isoDate('2020-06-01') });
    expect(conditionStatus(conditions, back, isoDate('2020-07-01'))).toBe('pending');
    expect(conditionStatus(conditions, back, isoDate('2020-12-31'))).toBe('met');
    expect(conditionStatus(conditions, worker(2), isoDate('2020-06-30'))).toBe('pending');
    expect(conditionStatus(conditions, worker(2), isoDate('2020-07-01'))).toBe('not_met');
    expect(conditionStatus(conditions, worker(3, { returnedOn: isoDate('2020-07-02') }), isoDate('2020-07-03'))).toBe('not_met');
    expect(conditionStatus(conditions, worker(4, { returnedOn: isoDate('2020-06-01'), status: 'left', leftOn: isoDate('2020-10-01') }), isoDate('2021-01-01'))).toBe('not_met');
  });
});

describe('amount rules', () => {
  it('guaranteed pay is months × monthly amount; those who failed a condition get nothing', () => {
    const term = monetary({ id: 'g', kind: 'guaranteed_pay', title: 'g', months: 3, monthlyFen: 157_000, dueDate: '2020-06-30', conditions: { backBy: '2020-06-30' } });
    const r = termEntitlements(term, context([worker(1, { returnedOn: isoDate('2020-06-01') }), worker(2)], '2020-07-01'));
    expect(r.ok && r.value.entitlements).toEqual([{ termId: 'g', workerId: 'W1', amountFen: 471_000, condition: 'met' }]);
  });

  it('travel subsidy: a share of the worker\'s fare with a cap, or fixed; a missing fare is a gap, not a zero', () => {
    const share = monetary({ id: 's', kind: 'travel_subsidy', title: 's', rule: { kind: 'fareShare', rateBp: 5000, capFen: 30_000 }, dueDate: '2021-04-30' });
    const roster = [worker(1, { fareFen: 65_001 as Worker['fareFen'] }), worker(2, { fareFen: 50_000 as Worker['fareFen'] }), worker(3)];
    const r = termEntitlements(share, context(roster));
    // 50 % of 650.01 = 325.005 → 325.01 (half away from zero), capped at 300; 50 % of 500 = 250.
    expect(r.ok && r.value.entitlements.map((e) => [e.workerId, e.amountFen])).toEqual([
      ['W1', 30_000],
      ['W2', 25_000],
    ]);
    expect(r.ok && r.value.gaps).toEqual([{ termId: 's', workerId: 'W3', code: 'terms.fareMissing' }]);
    const fixed = monetary({ id: 'f', kind: 'travel_subsidy', title: 'f', rule: { kind: 'fixed', amountFen: 100_000 }, dueDate: '2021-04-30' });
    const rf = termEntitlements(fixed, context(roster));
    expect(rf.ok && rf.value.entitlements.map((e) => e.amountFen)).toEqual([100_000, 100_000, 100_000]);
  });

  it('overtime premium costs the whole period per worker and fails outside the calendar', () => {
    const term = monetary({ id: 'o', kind: 'overtime_premium', title: 'o', monthlyBaseFen: 200_000, from: '2021-02-11', to: '2021-02-17', dueDate: '2021-02-28' });
    const r = termEntitlements(term, context([worker(1)]));
    expect(r.ok && r.value.entitlements[0]?.amountFen).toBe(156_322);
    const outside = monetary({ id: 'o', kind: 'overtime_premium', title: 'o', monthlyBaseFen: 200_000, from: '2018-02-11', to: '2018-02-17', dueDate: '2018-02-28' });
    expect(termEntitlements(outside, context([worker(1)]))).toMatchObject({ ok: false, error: { code: 'calendar.yearMissing' } });
  });
});

describe('term schema', () => {
  it('fills defaults and keeps the base-building flag apart', () => {
    const t = termSchema.parse({ id: 'x', kind: 'bonus', title: 'x', amountFen: 1, dueDate: '2021-01-01', basis: 'base_building' });
    expect(t).toMatchObject({ agreement: '', clause: '', eligibility: { groups: [], statuses: ['working', 'on_leave', 'stopped'], workerIds: [] }, conditions: { backBy: null, employedOn: null } });
    expect(termBuildsBase(t)).toBe(true);
  });
  it('refuses reversed periods, unknown kinds, rates above 100 % of a fare and unknown fields', () => {
    expect(termSchema.safeParse({ id: 'x', kind: 'overtime_premium', title: 'x', monthlyBaseFen: 1, from: '2021-02-17', to: '2021-02-11', dueDate: '2021-03-01' }).error?.issues[0]?.message).toBe('terms.periodReversed');
    expect(termSchema.safeParse({ id: 'x', kind: 'lottery', title: 'x', dueDate: '2021-01-01' }).success).toBe(false);
    expect(termSchema.safeParse({ id: 'x', kind: 'travel_subsidy', title: 'x', rule: { kind: 'fareShare', rateBp: 10_001 }, dueDate: '2021-01-01' }).success).toBe(false);
    expect(termSchema.safeParse({ id: 'x', kind: 'bonus', title: 'x', amountFen: 1, dueDate: '2021-01-01', extra: 1 }).success).toBe(false);
  });
});
