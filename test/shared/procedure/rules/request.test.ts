import { describe, it, expect } from 'vitest';
import { referenceRecord } from '../../../../shared/sample/referenceRecord';
import { BEIJING, actionsOf, reference, ruleFindings } from './fixture';

const request = referenceRecord().request!;

describe('OFR-01 a written request with time, place and content', () => {
  it('blocks when there is no request', () => {
    expect(ruleFindings('OFR-01', reference({ request: null }))).toMatchObject([{ action: 'block', path: 'request', step: 'meeting' }]);
  });
  it('blocks a request missing the place and names what is missing', () => {
    const [f] = ruleFindings('OFR-01', reference({ request: { ...request, place: '', content: '' } }));
    expect(f).toMatchObject({ action: 'block', path: 'request.place', figures: { missing: 'place,content' } });
    expect(f!.messageZh).toBe('要约缺少协商的地点、内容');
  });
  it('blocks a request not in writing and passes the reference request', () => {
    expect(actionsOf(ruleFindings('OFR-01', reference({ request: { ...request, written: false } })))).toEqual(['block']);
    expect(ruleFindings('OFR-01', reference())).toEqual([]);
  });
});

describe('OFR-02 the written reply (Fujian 15 days, elsewhere 20)', () => {
  // Received 2021-01-28: day 15 is 2021-02-12, 春节 (statutory), so the reply is due 2021-02-18.
  const received = (reply: { repliedAt: string; accepted?: boolean; refusalReason?: string; written?: boolean } | null, regionCode = '350982') =>
    reference({ regionCode, request: { ...request, sentAt: '2021-01-28', receivedAt: '2021-01-28' }, reply: reply && { accepted: true, ...reply } });

  it('moves a due date inside the Spring Festival to the first working day after it', () => {
    const [f] = ruleFindings('OFR-02', received(null), '2021-02-01');
    expect(f).toMatchObject({ action: 'info', figures: { dueDate: '2021-02-18', days: 15 }, source: expect.stringContaining('福建省企业集体协商和集体合同条例') });
    expect(f!.messageZh).toBe('职工方应于 2021-02-18（15 日；末日 2021-02-12 为春节，顺延）前书面回应要约');
  });
  it('is not overdue on the raw day 15 inside the holiday, warns from day −5, and is overdue after the moved date', () => {
    expect(ruleFindings('OFR-02', received(null), '2021-02-12')[0]).toMatchObject({ action: 'info', figures: { daysLeft: 6 } });
    expect(ruleFindings('OFR-02', received(null), '2021-02-13')[0]).toMatchObject({ action: 'warn', figures: { daysLeft: 5 } });
    expect(ruleFindings('OFR-02', received(null), '2021-02-18')[0]).toMatchObject({ action: 'warn', figures: { daysLeft: 0 } });
    const [overdue] = ruleFindings('OFR-02', received(null), '2021-02-19');
    expect(overdue).toMatchObject({ action: 'warn', figures: { daysLate: 1 } });
    expect(overdue!.messageZh).toContain('已逾期 1 日未书面回应');
  });
  it('passes a reply on the moved due date and warns a reply a day later', () => {
    expect(ruleFindings('OFR-02', received({ repliedAt: '2021-02-18' }), '2021-03-01')).toEqual([]);
    expect(ruleFindings('OFR-02', received({ repliedAt: '2021-02-19' }), '2021-03-01')[0]!.messageZh).toContain('晚于期限 2021-02-18');
  });
  it('gives 20 days outside Fujian (day 20, 2021-02-17, is a 调休 rest day → 2021-02-18)', () => {
    const [f] = ruleFindings('OFR-02', received(null, BEIJING), '2021-02-01');
    expect(f).toMatchObject({ figures: { dueDate: '2021-02-18', days: 20 } });
  });
  it('warns a refusal without a reason and notes one with a reason', () => {
    expect(ruleFindings('OFR-02', received({ repliedAt: '2021-02-01', accepted: false }), '2021-03-01')).toMatchObject([{ action: 'warn', path: 'reply.refusalReason' }]);
    expect(actionsOf(ruleFindings('OFR-02', received({ repliedAt: '2021-02-01', accepted: false, refusalReason: '企业正在重组' }), '2021-03-01'))).toEqual(['info']);
  });
  it('warns a reply not in writing, and asks for the day of receipt when it is missing', () => {
    expect(actionsOf(ruleFindings('OFR-02', received({ repliedAt: '2021-02-01', written: false }), '2021-03-01'))).toEqual(['warn']);
    expect(ruleFindings('OFR-02', reference({ request: { ...request, receivedAt: null } }))).toMatchObject([{ action: 'warn', incomplete: true }]);
  });
  it('says the calendar year is missing rather than guessing', () => {
    const far = reference({ request: { ...request, sentAt: '2030-01-02', receivedAt: '2030-01-02' }, reply: null });
    const [f] = ruleFindings('OFR-02', far, '2030-01-03');
    expect(f).toMatchObject({ action: 'warn', incomplete: true, figures: { error: 'calendar.yearMissing' } });
    expect(f!.messageZh).toContain('缺少 2030 年的节假日日历');
  });
});

describe('OFR-03 information 5 days before talks', () => {
  // First meeting 2020-03-05: 5 days before is Saturday 2020-02-29, moved back to Friday 2020-02-28.
  const provided = (providedAt: string | null) =>
    reference({ informationRequests: [{ requestedBy: 'workers', requestedAt: '2020-02-27', items: '工资总额', providedAt }] });
  it('passes information provided on the (moved) due date', () => {
    expect(ruleFindings('OFR-03', provided('2020-02-28'))).toEqual([]);
  });
  it('warns information provided later, even on the weekend day the count first reached', () => {
    const [f] = ruleFindings('OFR-03', provided('2020-02-29'));
    expect(f).toMatchObject({ action: 'warn', figures: { dueDate: '2020-02-28', firstMeeting: '2020-03-05' } });
  });
  it('notes a pending request before the due date and warns an unmet one after it', () => {
    expect(actionsOf(ruleFindings('OFR-03', provided(null), '2020-02-27'))).toEqual(['info']);
    expect(actionsOf(ruleFindings('OFR-03', provided(null), '2020-03-01'))).toEqual(['warn']);
  });
});

describe('OFR-05 wage talks every year (Fujian: mandatory)', () => {
  const renewal = (nextAgreementSignedAt: string | null) => ({ requestedAt: null, nextAgreementSignedAt, note: '' });
  it('passes when the next wage agreement follows within 12 months of signing (2020-03-13 → 2021-03-13)', () => {
    expect(ruleFindings('OFR-05', reference({ renewal: renewal('2021-03-13') }), '2021-06-01')).toEqual([]);
  });
  it('warns a gap of more than 12 months, and no new agreement after 12 months', () => {
    expect(ruleFindings('OFR-05', reference({ renewal: renewal('2021-03-14') }), '2021-06-01')).toMatchObject([{ action: 'warn', path: 'renewal.nextAgreementSignedAt' }]);
    expect(ruleFindings('OFR-05', reference({ renewal: null }), '2021-03-13')).toEqual([]);
    const [f] = ruleFindings('OFR-05', reference({ renewal: null }), '2021-03-14');
    expect(f).toMatchObject({ action: 'warn', figures: { dueDate: '2021-03-13' }, source: expect.stringContaining('第十三条') });
  });
  it('warns a wage agreement of more than a year in Fujian, not elsewhere', () => {
    const long = { term: { from: '2020-04-01', to: '2021-09-30' } };
    expect(ruleFindings('OFR-05', reference(long))).toMatchObject([{ action: 'warn', path: 'term' }]);
    expect(ruleFindings('OFR-05', reference({ ...long, regionCode: BEIJING }))).toEqual([]);
  });
});
