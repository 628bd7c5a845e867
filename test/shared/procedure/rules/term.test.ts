import { describe, it, expect } from 'vitest';
import { BEIJING, LANZHOU, actionsOf, reference, ruleFindings } from './fixture';

describe('TRM-01 a term of 1 to 3 years', () => {
  const term = (from: string, to: string) => reference({ term: { from, to } });
  it('passes exactly one year and exactly three', () => {
    expect(ruleFindings('TRM-01', term('2020-04-01', '2021-03-31'))).toEqual([]);
    expect(ruleFindings('TRM-01', term('2020-04-01', '2023-03-31'))).toEqual([]);
  });
  it('warns a day short of a year, with the length in words', () => {
    const [f] = ruleFindings('TRM-01', term('2020-04-01', '2021-03-30'));
    expect(f).toMatchObject({ action: 'warn', step: 'signing', path: 'term.to' });
    expect(f!.messageZh).toBe('期限 2020-04-01 至 2021-03-30（11 个月又 30 日），不足 1 年：期限一般为 1 至 3 年');
  });
  it('warns a day over three years', () => {
    expect(ruleFindings('TRM-01', term('2020-04-01', '2023-04-01'))[0]!.messageZh).toContain('（3 年又 1 日），超过 3 年');
  });
  it('notes expiry when no later agreement followed, and warns a record with a draft but no term', () => {
    expect(ruleFindings('TRM-01', reference({ renewal: null }), '2021-04-01')).toMatchObject([{ action: 'info', messageZh: '协议已于 2021-03-31 期满' }]);
    expect(ruleFindings('TRM-01', reference(), '2021-04-01')).toEqual([]);
    expect(actionsOf(ruleFindings('TRM-01', reference({ term: null })))).toEqual(['warn']);
  });
});

describe('TRM-03 renewal before expiry (Fujian 90 days; wage agreements 60; contracts 3 months)', () => {
  // A wage agreement in Fujian expiring 2021-12-31: 90 days before is 2021-10-02 (国庆), moved back to 2021-09-30.
  const expiring = (requestedAt: string | null, regionCode = '350982') =>
    reference({ regionCode, term: { from: '2021-01-01', to: '2021-12-31' }, renewal: { requestedAt, nextAgreementSignedAt: null, note: '' } });
  it('passes a request on the due date and warns one a day later', () => {
    expect(ruleFindings('TRM-03', expiring('2021-09-30'), '2021-10-15')).toEqual([]);
    expect(ruleFindings('TRM-03', expiring('2021-10-01'), '2021-10-15')).toMatchObject([{ action: 'warn', path: 'renewal.requestedAt', figures: { dueDate: '2021-09-30' } }]);
  });
  it('reminds before the due date and warns after it', () => {
    expect(ruleFindings('TRM-03', expiring(null), '2021-09-15')).toMatchObject([{ action: 'info', figures: { dueDate: '2021-09-30', daysLeft: 15 } }]);
    expect(ruleFindings('TRM-03', expiring(null), '2021-10-08')[0]!.messageZh).toContain('应于 2021-09-30（90 日；末日 2021-10-02 为国庆节，提前）前提出续订要约，尚未提出');
    expect(ruleFindings('TRM-03', expiring(null), '2022-01-01')[0]!.messageZh).toContain('协议已于 2021-12-31 期满，没有提出续订要约');
  });
  it('gives 60 days where no provincial period applies (2021-11-01)', () => {
    expect(ruleFindings('TRM-03', expiring(null, LANZHOU), '2021-09-15')).toMatchObject([{ figures: { dueDate: '2021-11-01' } }]);
  });
  it("gives Beijing's 3 months (北京市集体合同条例 art. 43), earlier than the national 60 days", () => {
    expect(ruleFindings('TRM-03', expiring(null, BEIJING), '2021-09-15')).toMatchObject([{ figures: { dueDate: '2021-09-30' } }]);
  });
});

describe('DSP-01 a negotiation dispute is settled within 30 days (+ at most 15)', () => {
  // Accepted 2021-01-15: day 30 is 2021-02-14 (春节) → 2021-02-18; extended by 15 → 2021-03-05.
  const dispute = (resolvedAt: string | null, extended = false) =>
    reference({ disputes: [{ appliedAt: '2021-01-10', acceptedAt: '2021-01-15', extended, resolvedAt }] });
  it('passes settlement on the moved day 30 and warns a day later', () => {
    expect(ruleFindings('DSP-01', dispute('2021-02-18'), '2021-04-01')).toEqual([]);
    expect(ruleFindings('DSP-01', dispute('2021-02-19'), '2021-04-01')).toMatchObject([{ action: 'warn', figures: { dueDate: '2021-02-18' } }]);
  });
  it('runs the 15-day extension from the end of the first 30', () => {
    expect(ruleFindings('DSP-01', dispute('2021-03-05', true), '2021-04-01')).toEqual([]);
    expect(ruleFindings('DSP-01', dispute(null, true), '2021-03-06')).toMatchObject([{ action: 'warn', figures: { dueDate: '2021-03-05' } }]);
  });
  it('notes a dispute not yet accepted', () => {
    expect(ruleFindings('DSP-01', reference({ disputes: [{ appliedAt: '2021-01-10' }] }), '2021-01-11')).toMatchObject([{ action: 'info' }]);
  });
});
