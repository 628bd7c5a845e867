import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type IsoDate, isoDate, isoDateAddDays, isoDateFromEpochDay, isoDateToEpochDay } from '../../../shared/dates/isoDate';
import { calendarIsWorkingDay } from '../../../shared/calendar/calendar';
import { holidayCalendarCn as cal } from '../../../shared/calendar/holidaysCn';
import { type Deadline, type DeadlineQuery, deadlineCompute, deadlineRulesApplying } from '../../../shared/procedure/deadline';
import { type AgreementKind, type DeadlineEvent, type DeadlineRule, agreementKinds, deadlineEvents, deadlineRulesDefault as rules } from '../../../shared/procedure/deadlineRules';
import { periodEnd } from '../../../shared/procedure/period';

const FUDING = '350982';
const LANZHOU = '620102'; // 兰州市城关区: no provincial variant, nationwide rules only
const BEIJING = '110105'; // 朝阳区: 北京市集体合同条例's own periods beside the nationwide ones

function due(kind: AgreementKind, event: DeadlineEvent, date: string, regionCode?: string): Deadline {
  const result = deadlineCompute({ kind, event, date: isoDate(date), regionCode }, rules, cal);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('reply to a request (OFR-02)', () => {
  it('lands inside the 2021 Spring Festival and moves to the first working day after it', () => {
    const d = due('wage-agreement', 'request-received', '2021-01-28', FUDING);
    expect(d.dueDate).toBe('2021-02-18');
    expect(d.rule.id).toBe('reply.fujian');
    expect(d.steps).toContainEqual(expect.objectContaining({ code: 'count', lastDay: '2021-02-12', firstDay: '2021-01-29' }));
    expect(d.steps).toContainEqual(expect.objectContaining({ code: 'day-off', date: '2021-02-12', kind: 'statutory_holiday' }));
    expect(d.steps).toContainEqual(expect.objectContaining({ code: 'moved', direction: 'later', to: '2021-02-18' }));
  });
  it('gives 15 days in Fujian and 20 elsewhere', () => {
    expect(due('collective-contract', 'request-received', '2021-03-01', FUDING).dueDate).toBe('2021-03-16');
    // Day 20 is Sunday 2021-03-21.
    expect(due('collective-contract', 'request-received', '2021-03-01', LANZHOU).dueDate).toBe('2021-03-22');
    expect(due('collective-contract', 'request-received', '2021-03-01').steps).toContainEqual({ code: 'national-only' });
  });
  it('reports the national rule it also checked in Fujian', () => {
    const d = due('wage-agreement', 'request-received', '2021-03-01', FUDING);
    expect(d.candidates.map((c) => [c.rule.id, c.dueDate])).toEqual([['reply.fujian', '2021-03-16'], ['reply.national', '2021-03-22']]);
  });
});

describe('filing after signing (FIL-01)', () => {
  it('gives a wage agreement 7 days and a collective contract 10', () => {
    expect(due('wage-agreement', 'signed', '2021-03-01', FUDING).dueDate).toBe('2021-03-08');
    expect(due('collective-contract', 'signed', '2021-03-01', FUDING).dueDate).toBe('2021-03-11');
    expect(due('special-contract', 'signed', '2021-03-01', FUDING).dueDate).toBe('2021-03-11');
  });
  it('keeps a last day that is a make-up workday (Sunday 2021-02-07)', () => {
    const d = due('wage-agreement', 'signed', '2021-01-31', FUDING);
    expect(d.dueDate).toBe('2021-02-07');
    expect(d.steps).toContainEqual(expect.objectContaining({ code: 'make-up-workday', date: '2021-02-07' }));
    expect(d.steps.some((s) => s.code === 'moved')).toBe(false);
  });
  it('moves a Saturday to the Monday', () => {
    const d = due('wage-agreement', 'signed', '2021-03-06', FUDING); // day 7 = Saturday 03-13
    expect(d.dueDate).toBe('2021-03-15');
    expect(d.steps).toContainEqual(expect.objectContaining({ code: 'day-off', date: '2021-03-13', kind: 'rest_day', holiday: null, weekday: 6 }));
  });
});

describe('review and entry into force (EFF-01)', () => {
  it('takes effect on receipt + 15 even on a day off: the date is not moved', () => {
    const d = due('wage-agreement', 'received-by-bureau', '2021-01-27', FUDING);
    expect(d.dueDate).toBe('2021-02-11'); // 除夕 2021, a rest day
    expect(d.steps).toContainEqual({ code: 'not-moved', date: '2021-02-11' });
    expect(due('collective-contract', 'received-by-bureau', '2021-09-16').dueDate).toBe('2021-10-01');
  });
  it('needs no calendar for a date that is not moved', () => {
    const d = deadlineCompute({ kind: 'wage-agreement', event: 'received-by-bureau', date: isoDate('2030-01-02'), regionCode: FUDING }, rules, cal);
    expect(d).toMatchObject({ ok: true, value: { dueDate: '2030-01-17' } });
  });
  it('gives a wage agreement 5 days to publish, and no day count for a collective contract (CCR 48: promptly)', () => {
    expect(due('wage-agreement', 'effective', '2021-02-11', FUDING).dueDate).toBe('2021-02-18'); // day 5 = 02-16, 调休
    expect(deadlineCompute({ kind: 'collective-contract', event: 'effective', date: isoDate('2021-02-11') }, rules, cal)).toMatchObject({
      ok: false,
      error: { code: 'deadline.noRule' },
    });
  });
});

describe('renewal before expiry (TRM-03), counted backwards', () => {
  it('moves a day that falls on a weekend EARLIER, to the previous working day', () => {
    const d = due('wage-agreement', 'expiry', '2022-01-05', LANZHOU); // 60 days before = Saturday 2021-11-06
    expect(d.dueDate).toBe('2021-11-05');
    expect(d.steps).toContainEqual(expect.objectContaining({ code: 'moved', direction: 'earlier', to: '2021-11-05' }));
  });
  it('applies the earlier of Fujian 90 days and the national period (rules §0.2)', () => {
    // Wage agreement: 90 days (FJ) is earlier than 60 (WCM 24).
    const wage = due('wage-agreement', 'expiry', '2021-12-31', FUDING);
    expect(wage.rule.id).toBe('renewal.fujian');
    expect(wage.dueDate).toBe('2021-09-30'); // 90 days before = 10-02, 国庆 → back to 09-30
    // Collective contract expiring 2022-06-30: 3 months (CCR 38) = 03-30 is earlier than 90 days = 04-01.
    const contract = due('collective-contract', 'expiry', '2022-06-30', FUDING);
    expect(contract.rule.id).toBe('renewal.contract');
    expect(contract.dueDate).toBe('2022-03-30');
    expect(contract.candidates.map((c) => c.dueDate)).toEqual(['2022-04-01', '2022-03-30']);
  });
  it("applies Beijing's 3 months (北京市集体合同条例 第四十三条) where they are earlier than the national period", () => {
    // Wage agreement expiring 2021-12-31: 3 months before is 09-31, so the month end 09-30; the national 60 days give 11-01.
    const wage = due('wage-agreement', 'expiry', '2021-12-31', BEIJING);
    expect(wage.rule.id).toBe('renewal.11');
    expect(wage.rule.sourceZh).toBe('《北京市集体合同条例》第四十三条');
    expect(wage.dueDate).toBe('2021-09-30');
  });
  it('counts months to the corresponding day, or the month end when there is none (民法典 202)', () => {
    expect(periodEnd(isoDate('2021-05-31'), { count: 3, unit: 'month' }, 'before')).toBe('2021-02-28');
    expect(periodEnd(isoDate('2020-05-31'), { count: 3, unit: 'month' }, 'before')).toBe('2020-02-29');
    expect(periodEnd(isoDate('2021-01-31'), { count: 1, unit: 'month' }, 'after')).toBe('2021-02-28');
    expect(periodEnd(isoDate('2021-12-15'), { count: 3, unit: 'month' }, 'after')).toBe('2022-03-15');
  });
});

describe('draft rejected by the congress (RAT-05)', () => {
  it('gives 60 days to resubmit in Fujian and no rule elsewhere', () => {
    expect(due('wage-agreement', 'draft-rejected', '2021-02-01', FUDING).dueDate).toBe('2021-04-02');
    expect(deadlineCompute({ kind: 'wage-agreement', event: 'draft-rejected', date: isoDate('2021-02-01'), regionCode: LANZHOU }, rules, cal).ok).toBe(false);
  });
});

describe('rule selection', () => {
  const stricterLocal: DeadlineRule = { ...rules[0]!, id: 'reply.ningde', region: '3509', period: { count: 25, unit: 'day' }, combine: 'replace' };
  it('lets a more specific rule replace the wider ones when it says so', () => {
    const applying = deadlineRulesApplying({ kind: 'wage-agreement', event: 'request-received', date: isoDate('2021-03-01'), regionCode: FUDING }, [...rules, stricterLocal]);
    expect(applying.map((r) => r.id)).toEqual(['reply.ningde']);
  });
  it('ignores a rule not yet in force on the event day', () => {
    const later: DeadlineRule = { ...rules[0]!, id: 'reply.future', region: '35', period: { count: 5, unit: 'day' }, effectiveFrom: isoDate('2030-01-01') };
    expect(due('wage-agreement', 'request-received', '2021-03-01', FUDING).dueDate).toBe('2021-03-16');
    const withLater = deadlineCompute({ kind: 'wage-agreement', event: 'request-received', date: isoDate('2021-03-01'), regionCode: FUDING }, [...rules, later], cal);
    expect(withLater.ok && withLater.value.dueDate).toBe('2021-03-16');
  });
  it('refuses a region that is not a six-digit code', () => {
    expect(deadlineCompute({ kind: 'wage-agreement', event: 'signed', date: isoDate('2021-03-01'), regionCode: '35' }, rules, cal)).toMatchObject({
      ok: false,
      error: { code: 'deadline.badRegion' },
    });
  });
});

describe('a year the calendar does not have', () => {
  it('is an error naming the missing year, not a guess', () => {
    const result = deadlineCompute({ kind: 'wage-agreement', event: 'signed', date: isoDate('2030-03-01'), regionCode: FUDING }, rules, cal);
    expect(result).toMatchObject({ ok: false, error: { code: 'calendar.yearMissing', params: { year: 2030 } } });
  });
});

describe('every computed deadline (property)', () => {
  // Events from 2019-04-15 (so 90 days back, moved off 元旦, stays in 2019) to 2026-09-30 (so 60 days on plus a
  // holiday block stays in 2026): outside that the calendar-missing error is the right answer.
  const from = isoDateToEpochDay(isoDate('2019-04-15'));
  const to = isoDateToEpochDay(isoDate('2026-09-30'));
  const query = fc.record({
    kind: fc.constantFrom(...agreementKinds),
    event: fc.constantFrom(...deadlineEvents),
    date: fc.integer({ min: from, max: to }).map((n) => isoDateFromEpochDay(n)),
    regionCode: fc.constantFrom(FUDING, BEIJING, LANZHOU, undefined),
  });
  const working = (date: IsoDate) => {
    const r = calendarIsWorkingDay(date, cal);
    return r.ok && r.value;
  };

  it('is a working day on or after the period end (forward), on or before it (backward), or exactly it (fixed)', () => {
    fc.assert(
      fc.property(query, (q: DeadlineQuery) => {
        const result = deadlineCompute(q, rules, cal);
        if (!result.ok) return result.error.code === 'deadline.noRule';
        const { rule, dueDate } = result.value;
        const end = periodEnd(q.date, rule.period, rule.direction);
        if (rule.whenDayOff === 'stays') return dueDate === end;
        if (!working(dueDate)) return false;
        if (rule.direction === 'after') return dueDate >= end && dueDate >= isoDateAddDays(q.date, rule.period.count);
        return dueDate <= end;
      }),
      { numRuns: 2000 },
    );
  });

  it('is never later than what any binding rule alone would give', () => {
    fc.assert(
      fc.property(query, (q: DeadlineQuery) => {
        const result = deadlineCompute(q, rules, cal);
        return !result.ok || result.value.candidates.every((c) => result.value.dueDate <= c.dueDate);
      }),
      { numRuns: 500 },
    );
  });
});
