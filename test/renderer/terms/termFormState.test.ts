// The term form's text → TermInput step: every kind fills to a term the schema accepts with exact 分, bp
// and dates; each bad input is reported on its own field; a stored term read into the form and saved
// unchanged comes back as the same term (editing must never alter what nobody touched).
import { describe, expect, it } from 'vitest';
import { referenceTermInputs } from '../../../shared/sample/referenceTerms';
import { type Term, type TermKind, termSchema } from '../../../shared/terms/term';
import {
  type TermFormState,
  bpFromPercentText,
  hoursFromText,
  termFormInput,
  termFormStateFromTerm,
  termFormStateNew,
  termScopeIsDefault,
  termScopeStatusesToggle,
} from '../../../renderer/features/terms/termFormState';

const random = () => 'abcd1234-5678-90ab-cdef-1234567890ab';

function filled(kind: TermKind, patch: Partial<TermFormState> = {}): TermFormState {
  return { ...termFormStateNew(kind), title: ' 春节留岗红包 ', dueDate: '2021-02-10', ...patch };
}

/** The term the state gives, parsed by the schema (fails the test when either step refuses). */
function termOf(state: TermFormState): Term {
  const result = termFormInput(state, random);
  if (!result.ok) throw new Error(`form refused: ${JSON.stringify(result.errors)}`);
  return termSchema.parse(result.value);
}

function errorsOf(state: TermFormState) {
  const result = termFormInput(state, random);
  expect(result.ok).toBe(false);
  return result.ok ? {} : result.errors;
}

describe('termFormInput: each kind fills to a valid term', () => {
  it('bonus: 元 text to 分, trimmed title, a new id from kind, due date and 8 random characters', () => {
    const term = termOf(filled('bonus', { amount: '1,750.50', agreement: '春节协议', clause: '第三条', basis: 'base_building', note: '备注' }));
    expect(term).toMatchObject({ kind: 'bonus', title: '春节留岗红包', amountFen: 175_050, dueDate: '2021-02-10', basis: 'base_building', agreement: '春节协议', clause: '第三条', note: '备注' });
    expect(term.id).toBe('bonus-20210210-abcd1234');
  });

  it('a new id made with crypto.randomUUID has only the allowed characters', () => {
    const result = termFormInput(filled('retention_allowance', { amount: '500' }));
    expect(result.ok && result.value.id).toMatch(/^retention_allowance-20210210-[A-Za-z0-9]{8}$/);
  });

  it('travel subsidy: a fixed amount, or a share of the fare in basis points with an optional cap', () => {
    expect(termOf(filled('travel_subsidy', { amount: '300' }))).toMatchObject({ rule: { kind: 'fixed', amountFen: 30_000 } });
    expect(termOf(filled('travel_subsidy', { travelRule: 'fareShare', rate: '50' }))).toMatchObject({ rule: { kind: 'fareShare', rateBp: 5000, capFen: null } });
    expect(termOf(filled('travel_subsidy', { travelRule: 'fareShare', rate: '12.5%', cap: '800' }))).toMatchObject({ rule: { kind: 'fareShare', rateBp: 1250, capFen: 80_000 } });
    expect(termOf(filled('travel_subsidy', { travelRule: 'fareShare', rate: '100' }))).toMatchObject({ rule: { rateBp: 10_000 } });
  });

  it('deferred leave: whole days and a window from takeFrom to the due date', () => {
    expect(termOf(filled('deferred_leave', { days: '7', takeFrom: '2021-03-01', dueDate: '2021-12-31' }))).toMatchObject({ kind: 'deferred_leave', days: 7, takeFrom: '2021-03-01', dueDate: '2021-12-31' });
  });

  it('guaranteed pay: months × a monthly amount', () => {
    expect(termOf(filled('guaranteed_pay', { months: '3', monthly: '1570' }))).toMatchObject({ kind: 'guaranteed_pay', months: 3, monthlyFen: 157_000 });
  });

  it('overtime premium: monthly base, period and hours with two decimals', () => {
    const term = termOf(filled('overtime_premium', { monthlyBase: '3,200', from: '2021-02-11', to: '2021-02-17', hours: '2.25' }));
    expect(term).toMatchObject({ kind: 'overtime_premium', monthlyBaseFen: 320_000, from: '2021-02-11', to: '2021-02-17', hoursPerDay: 2.25 });
  });

  it('commitment: area, description, an optional investment, status and its date', () => {
    const term = termOf(filled('commitment', { area: 'investment', description: '自动化改造', amount: '2,000,000', status: 'in_progress', statusDate: '2021-06-01' }));
    expect(term).toMatchObject({ kind: 'commitment', area: 'investment', description: '自动化改造', amountFen: 200_000_000, status: 'in_progress', statusDate: '2021-06-01' });
    expect(termOf(filled('commitment', { description: '职工参与' }))).toMatchObject({ amountFen: null, statusDate: null, status: 'planned' });
  });

  it('eligibility and conditions: groups, statuses, named workers, hire date, back by, employed on', () => {
    const scope = { description: '留厂职工', groups: ['一车间'], statuses: ['working' as const], workerIds: ['W001', 'W002'], hiredOnOrBefore: '2020-12-31', backBy: '2021-02-20', employedOn: '2021-06-30' };
    const term = termOf(filled('bonus', { amount: '500', scope }));
    expect(term.eligibility).toEqual({ description: '留厂职工', groups: ['一车间'], statuses: ['working'], workerIds: ['W001', 'W002'], hiredOnOrBefore: '2020-12-31' });
    expect(term.conditions).toEqual({ backBy: '2021-02-20', employedOn: '2021-06-30' });
  });
});

describe('termFormInput: each problem on its own field', () => {
  it('title and due date are required', () => {
    expect(errorsOf(filled('bonus', { amount: '5', title: '  ' })).title).toBe('terms.form.errors.title');
    expect(errorsOf(filled('bonus', { amount: '5', dueDate: '' })).dueDate).toBe('terms.form.errors.date');
    expect(errorsOf(filled('bonus', { amount: '5', dueDate: '2021-02-30' })).dueDate).toBe('terms.form.errors.date');
  });

  it('a title is at most 100 characters (the input limit); a stored longer one is shown and must be shortened', () => {
    expect(errorsOf(filled('bonus', { amount: '5', title: '红'.repeat(101) })).title).toBe('terms.form.errors.titleTooLong');
    expect(termOf(filled('bonus', { amount: '5', title: ` ${'红'.repeat(100)} ` })).title).toHaveLength(100);
    const stored = termSchema.parse({ id: 'old.long', kind: 'bonus', title: '旧'.repeat(150), amountFen: 100, dueDate: '2021-02-10' });
    expect(errorsOf(termFormStateFromTerm(stored)).title).toBe('terms.form.errors.titleTooLong');
  });

  it('amounts: required, readable as 元, above 0, within the schema cap', () => {
    expect(errorsOf(filled('bonus')).amount).toBe('terms.form.errors.required');
    expect(errorsOf(filled('bonus', { amount: '1,57' })).amount).toBe('terms.form.errors.amount');
    expect(errorsOf(filled('bonus', { amount: '5.001' })).amount).toBe('terms.form.errors.amount');
    expect(errorsOf(filled('retention_allowance', { amount: '0' })).amount).toBe('terms.form.errors.positive');
    expect(errorsOf(filled('retention_allowance', { amount: '-5' })).amount).toBe('terms.form.errors.positive');
    expect(errorsOf(filled('bonus', { amount: '100000000001' })).amount).toBe('terms.form.errors.tooLarge');
    expect(errorsOf(filled('guaranteed_pay', { months: '3', monthly: 'abc' })).monthly).toBe('terms.form.errors.amount');
    expect(errorsOf(filled('overtime_premium', { from: '2021-02-11', to: '2021-02-17' })).monthlyBase).toBe('terms.form.errors.required');
    expect(errorsOf(filled('commitment', { description: 'x', amount: '0' })).amount).toBe('terms.form.errors.positive');
  });

  it('travel: rate above 0 and at most 100 % with 2 decimals; the cap positive when given', () => {
    for (const rate of ['', '0', '100.01', '150', '12.345', 'half']) {
      expect(errorsOf(filled('travel_subsidy', { travelRule: 'fareShare', rate })).rate).toBe('terms.form.errors.rate');
    }
    expect(errorsOf(filled('travel_subsidy', { travelRule: 'fareShare', rate: '50', cap: '0' })).cap).toBe('terms.form.errors.positive');
    expect(errorsOf(filled('travel_subsidy', { travelRule: 'fixed' })).amount).toBe('terms.form.errors.required');
  });

  it('leave: days 1–366, a start date, and the last day not before the first', () => {
    for (const days of ['0', '367', '1.5', '']) expect(errorsOf(filled('deferred_leave', { days, takeFrom: '2021-01-01' })).days).toBe('terms.form.errors.days');
    expect(errorsOf(filled('deferred_leave', { days: '7' })).takeFrom).toBe('terms.form.errors.date');
    expect(errorsOf(filled('deferred_leave', { days: '7', takeFrom: '2021-03-01', dueDate: '2021-02-28' })).dueDate).toBe('terms.form.errors.dueBeforeTakeFrom');
  });

  it('guaranteed pay: months 1–24', () => {
    for (const months of ['0', '25', '2.5']) expect(errorsOf(filled('guaranteed_pay', { months, monthly: '1570' })).months).toBe('terms.form.errors.months');
  });

  it('overtime: from ≤ to; hours above 0, at most 24, at most 2 decimals', () => {
    const ok = { monthlyBase: '3200', from: '2021-02-11', to: '2021-02-17' };
    expect(errorsOf(filled('overtime_premium', { ...ok, from: '2021-02-18' })).to).toBe('terms.form.errors.toBeforeFrom');
    for (const hours of ['0', '24.5', '25', '1.255', '', 'eight']) expect(errorsOf(filled('overtime_premium', { ...ok, hours })).hours).toBe('terms.form.errors.hours');
    expect(termOf(filled('overtime_premium', { ...ok, hours: '24' }))).toMatchObject({ hoursPerDay: 24 });
  });

  it('commitment: a description is required; a status date, when given, must be real', () => {
    expect(errorsOf(filled('commitment', { description: '  ' })).description).toBe('terms.form.errors.description');
    expect(errorsOf(filled('commitment', { description: 'x', statusDate: '2021-13-01' })).statusDate).toBe('terms.form.errors.dateOptional');
  });

  it('optional scope dates must be real dates when given', () => {
    const scope = { ...termFormStateNew().scope, hiredOnOrBefore: '2021-02-29', backBy: 'soon', employedOn: '2021-00-10' };
    const errors = errorsOf(filled('bonus', { amount: '5', scope }));
    expect(errors).toEqual({ hiredOnOrBefore: 'terms.form.errors.dateOptional', backBy: 'terms.form.errors.dateOptional', employedOn: 'terms.form.errors.dateOptional' });
  });
});

describe('a stored term read into the form and submitted unchanged', () => {
  const extra: Term[] = [
    termSchema.parse({
      id: 'travel.fixed', kind: 'travel_subsidy', title: '路费', dueDate: '2021-04-30', basis: 'base_building', note: '  原样保留  ',
      rule: { kind: 'fixed', amountFen: 12_345 },
      eligibility: { groups: ['二车间', '一车间'], statuses: ['stopped', 'working'], hiredOnOrBefore: '2020-01-01' },
    }),
    termSchema.parse({ id: 'travel.cap', kind: 'travel_subsidy', title: '路费', dueDate: '2021-04-30', rule: { kind: 'fareShare', rateBp: 3333, capFen: 50_050 } }),
    termSchema.parse({ id: 'ot.half', kind: 'overtime_premium', title: '加班', dueDate: '2021-02-28', monthlyBaseFen: 1, from: '2021-02-11', to: '2021-02-11', hoursPerDay: 0.5 }),
    termSchema.parse({ id: 'c.dated', kind: 'commitment', area: 'other', title: '承诺', description: '说明', status: 'dropped', statusDate: '2021-05-05', dueDate: '2021-06-30' }),
  ];
  const stored = [...referenceTermInputs.map((t) => termSchema.parse(t)), ...extra];

  it('covers every kind', () => {
    expect(new Set(stored.map((t) => t.kind)).size).toBe(7);
  });

  it.each(stored.map((t) => [t.id, t] as const))('%s comes back the same, id and kind kept', (_id, term) => {
    expect(termOf(termFormStateFromTerm(term))).toEqual(term);
  });
});

describe('small readers', () => {
  it('percent text to basis points', () => {
    expect(bpFromPercentText('50')).toBe(5000);
    expect(bpFromPercentText(' 12.5 % ')).toBe(1250);
    expect(bpFromPercentText('５０％')).toBe(5000);
    expect(bpFromPercentText('0.01')).toBe(1);
    expect(bpFromPercentText('1.234')).toBeNull();
    expect(bpFromPercentText('-5')).toBeNull();
  });
  it('hours text', () => {
    expect(hoursFromText('8')).toBe(8);
    expect(hoursFromText('2.25')).toBe(2.25);
    expect(hoursFromText('2.255')).toBeNull();
  });
  it('statuses toggle in roster order; the default scope is recognised', () => {
    expect(termScopeStatusesToggle(['stopped'], 'working')).toEqual(['working', 'stopped']);
    expect(termScopeStatusesToggle(['working', 'stopped'], 'working')).toEqual(['stopped']);
    expect(termScopeIsDefault(termFormStateNew().scope)).toBe(true);
    expect(termScopeIsDefault({ ...termFormStateNew().scope, statuses: ['working'] })).toBe(false);
  });
});
