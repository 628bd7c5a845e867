import { describe, it, expect } from 'vitest';
import { deadlineRulesDefault as rules } from '../../../shared/procedure/deadlineRules';
import { deadlineRulesParse } from '../../../shared/procedure/deadlineRuleSchema';

describe('the shipped deadline rules', () => {
  it('pass the validation a user import gets, unchanged', () => {
    expect(deadlineRulesParse(rules)).toEqual({ ok: true, value: rules });
  });
  it('mark the national articles and the provinces\' periods read, and the Fujian ones unverified ([P] in rules.md)', () => {
    for (const rule of rules) expect(rule.verified, rule.id).toBe(rule.region !== '35');
  });
  it('carry the figures of rules.md §0.2–0.3 and §3 (the provinces\' own periods are pinned in provincialVariants.test.ts)', () => {
    const written = rules.filter((r) => !/^(reply|renewal)\.\d{2}/.test(r.id));
    const days = Object.fromEntries(written.map((r) => [r.id, `${r.period.count} ${r.period.unit}`]));
    expect(days).toEqual({
      'reply.national': '20 day',
      'reply.fujian': '15 day',
      'file.wage': '7 day',
      'file.contract': '10 day',
      'review.national': '15 day',
      'publish.wage': '5 day',
      'renewal.wage': '60 day',
      'renewal.contract': '3 month',
      'renewal.fujian': '90 day',
      'resubmit.fujian': '60 day',
      'refill.national': '15 day',
      'information.wage': '5 day',
      'wage-talks.national': '12 month',
      'wage-talks.fujian': '12 month',
      'dispute.national': '30 day',
      'dispute-extended.national': '15 day',
    });
  });
  it('count every period in calendar days and move backward deadlines only earlier', () => {
    for (const rule of rules) {
      expect(rule.counting).toBe('calendar');
      if (rule.direction === 'before') expect(rule.whenDayOff, rule.id).toBe('previous-working-day');
    }
  });
});

describe('importing rules', () => {
  const local = { ...rules[0]!, id: 'reply.local', region: '3509' };
  it('fills defaults a hand-written rule leaves out', () => {
    const { combine: _c, verified: _v, effectiveFrom: _f, effectiveTo: _t, ...bare } = local;
    const parsed = deadlineRulesParse([bare]);
    expect(parsed).toMatchObject({ ok: true, value: [{ combine: 'stricter', verified: false, effectiveFrom: null, effectiveTo: null }] });
  });
  it('refuses duplicate ids, unknown events, bad region prefixes and a backward period that moves later', () => {
    expect(deadlineRulesParse([local, local]).ok).toBe(false);
    expect(deadlineRulesParse([{ ...local, event: 'lunch' }]).ok).toBe(false);
    expect(deadlineRulesParse([{ ...local, region: '350' }]).ok).toBe(false);
    expect(deadlineRulesParse([{ ...local, direction: 'before', whenDayOff: 'next-working-day' }])).toMatchObject({
      ok: false,
      error: { code: 'deadline.invalidRules' },
    });
  });
});
