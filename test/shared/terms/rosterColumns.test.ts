import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { fen, fenSum } from '../../../shared/money/fen';
import { type Worker, workerStatuses } from '../../../shared/roster/worker';
import { eligibilityPredicate } from '../../../shared/terms/eligibility';
import { termEntitlements, termEntitlementsTotal } from '../../../shared/terms/entitlement';
import { rosterColumnsEligibleCount, rosterColumnsFrom } from '../../../shared/terms/rosterColumns';
import { eligibilitySchema, termSchema, type MonetaryTerm } from '../../../shared/terms/term';

const GROUPS = ['一车间', '二车间', '包装', ''];

const workerArb = (i: number) =>
  fc.record({ group: fc.constantFrom(...GROUPS), status: fc.constantFrom(...workerStatuses) }).map(
    ({ group, status }): Worker => ({
      id: `W${i}`, name: `工人${i}`, idNumber: '', phone: null, group, status,
      hireDate: null, returnedOn: null, leftOn: null, homeProvince: null, fareFen: null, note: '',
    }),
  );
const rosterArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => workerArb(i))));
const eligibilityArb = fc
  .record({ groups: fc.subarray([...GROUPS.filter((g) => g !== ''), '不存在']), statuses: fc.subarray([...workerStatuses]) })
  .map((e) => eligibilitySchema.parse(e));

describe('roster columns (the fast count the wage model costs terms with)', () => {
  it('count the same workers as the eligibility predicate', () => {
    fc.assert(
      fc.property(rosterArb, eligibilityArb, (roster, eligibility) => {
        const expected = roster.filter(eligibilityPredicate(eligibility)).length;
        expect(rosterColumnsEligibleCount(rosterColumnsFrom(roster), eligibility)).toBe(expected);
      }),
    );
  });

  it('leave named-worker and hire-date eligibility to the per-worker test', () => {
    const columns = rosterColumnsFrom([]);
    expect(rosterColumnsEligibleCount(columns, eligibilitySchema.parse({ workerIds: ['W1'] }))).toBeNull();
    expect(rosterColumnsEligibleCount(columns, eligibilitySchema.parse({ hiredOnOrBefore: '2020-01-01' }))).toBeNull();
  });

  it('termEntitlementsTotal is the sum of termEntitlements less what is covered, with or without conditions', () => {
    fc.assert(
      fc.property(rosterArb, eligibilityArb, fc.integer({ min: 0, max: 3_000 }), fc.boolean(), (roster, eligibility, covered, conditional) => {
        const term = termSchema.parse({
          id: 'b', kind: 'bonus', title: '奖金', amountFen: 2_000, dueDate: '2021-02-01', eligibility,
          conditions: conditional ? { employedOn: '2021-01-15' } : {},
        }) as MonetaryTerm;
        const context = { roster, asOf: isoDate('2021-12-31'), calendar: holidayCalendarCn };
        const set = termEntitlements(term, context);
        const total = termEntitlementsTotal(term, context, fen(covered));
        if (!set.ok || !total.ok) throw new Error('unexpected error');
        expect(total.value.totalFen).toBe(fenSum(set.value.entitlements.map((e) => fen(Math.max(0, e.amountFen - covered)))));
      }),
    );
  });
});
