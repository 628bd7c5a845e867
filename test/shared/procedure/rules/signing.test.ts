import { describe, it, expect } from 'vitest';
import { procedureEffectiveDate } from '../../../../shared/procedure/rules';
import { referenceRecord } from '../../../../shared/sample/referenceRecord';
import { actionsOf, context, reference, ruleFindings } from './fixture';

const signing = referenceRecord().signing!;
const filing = referenceRecord().filing!;

describe('SIG-01 both chiefs sign after ratification', () => {
  it('passes signing on the day of the vote and blocks signing the day before', () => {
    expect(ruleFindings('SIG-01', reference({ signing: { ...signing, date: '2020-03-12' } }))).toEqual([]);
    const [f] = ruleFindings('SIG-01', reference({ signing: { ...signing, date: '2020-03-11' } }));
    expect(f).toMatchObject({ action: 'block', step: 'filing', path: 'signing.date', figures: { signedAt: '2020-03-11', ratifiedAt: '2020-03-12' } });
    expect(f!.messageZh).toBe('2020-03-11 签字，早于 2020-03-12 职代会表决：应先审议通过，再由双方首席代表签字');
  });
  it('blocks a chief who has not signed', () => {
    expect(ruleFindings('SIG-01', reference({ signing: { ...signing, chiefsSigned: { workers: true, employer: false } } }))).toMatchObject([
      { action: 'block', path: 'signing.chiefsSigned.employer' },
    ]);
  });
  it('blocks an unsealed wage agreement (WCM 20) and only warns an unsealed collective contract', () => {
    const unsealed = { ...signing, seals: { workers: true, employer: false } };
    expect(actionsOf(ruleFindings('SIG-01', reference({ signing: unsealed })))).toEqual(['block']);
    expect(actionsOf(ruleFindings('SIG-01', reference({ kind: 'collective-contract', signing: unsealed })))).toEqual(['warn']);
  });
});

describe('FIL-01 filing after signing (wage agreement 7 days, others 10)', () => {
  const filed = (signedAt: string, submittedAt: string | null, kind: 'wage-agreement' | 'collective-contract' = 'wage-agreement') =>
    reference({ kind, signing: { ...signing, date: signedAt }, filing: { ...filing, submittedAt, receivedAt: submittedAt }, votes: [{ ...referenceRecord().votes![0]!, date: signedAt }] });

  it('passes a wage agreement filed on day 7 and flags day 8 as overdue', () => {
    expect(ruleFindings('FIL-01', filed('2020-03-13', '2020-03-20'))).toEqual([]);
    const [f] = ruleFindings('FIL-01', filed('2020-03-13', '2020-03-21'));
    expect(f).toMatchObject({ action: 'warn', step: 'filing', path: 'filing.submittedAt', figures: { dueDate: '2020-03-20', overdue: true, daysLate: 1 } });
    expect(f!.messageZh).toBe('2020-03-13 签字，2020-03-21 才报送，已逾期 1 日，期限 2020-03-20（7 日）');
  });
  it('gives a collective contract 10 days', () => {
    expect(ruleFindings('FIL-01', filed('2021-03-01', '2021-03-11', 'collective-contract'), '2021-04-01')).toEqual([]);
    expect(ruleFindings('FIL-01', filed('2021-03-01', '2021-03-12', 'collective-contract'), '2021-04-01')).toMatchObject([{ figures: { dueDate: '2021-03-11', overdue: true } }]);
  });
  it('moves a last day in the Spring Festival: signed 2021-02-05, day 7 is 2021-02-12, due 2021-02-18', () => {
    expect(ruleFindings('FIL-01', filed('2021-02-05', '2021-02-18'), '2021-03-01')).toEqual([]);
    const [f] = ruleFindings('FIL-01', filed('2021-02-05', '2021-02-19'), '2021-03-01');
    expect(f).toMatchObject({ figures: { dueDate: '2021-02-18', overdue: true } });
    expect(f!.messageZh).toContain('2021-02-18（7 日；末日 2021-02-12 为春节，顺延）');
  });
  it('keeps a last day that is a make-up workday: signed 2021-01-31, due Sunday 2021-02-07', () => {
    expect(ruleFindings('FIL-01', filed('2021-01-31', '2021-02-07'), '2021-03-01')).toEqual([]);
    const [f] = ruleFindings('FIL-01', filed('2021-01-31', '2021-02-08'), '2021-03-01');
    expect(f).toMatchObject({ figures: { dueDate: '2021-02-07', overdue: true } });
    expect(f!.messageZh).toContain('末日 2021-02-07 为春节调休上班日，不顺延');
  });
  it('notes the due date, warns from day −2, and flags an unfiled agreement once overdue', () => {
    const unfiled = reference({ filing: null, publication: null });
    expect(ruleFindings('FIL-01', unfiled, '2020-03-17')).toMatchObject([{ action: 'info', figures: { daysLeft: 3 } }]);
    expect(ruleFindings('FIL-01', unfiled, '2020-03-18')).toMatchObject([{ action: 'warn', figures: { daysLeft: 2 } }]);
    expect(ruleFindings('FIL-01', unfiled, '2020-03-20')).toMatchObject([{ action: 'warn', figures: { daysLeft: 0 } }]);
    const [overdue] = ruleFindings('FIL-01', unfiled, '2020-03-21');
    expect(overdue).toMatchObject({ action: 'warn', figures: { overdue: true, daysLate: 1 } });
    expect(overdue!.messageZh).toContain('已逾期 1 日未报送');
  });
  it('warns fewer than 3 copies and a wage agreement without its explanatory note', () => {
    const findings = ruleFindings('FIL-01', reference({ filing: { ...filing, copies: 2, explanatoryNote: false } }));
    expect(findings).toMatchObject([{ path: 'filing.copies', figures: { copies: 2, required: 3 } }, { path: 'filing.explanatoryNote' }]);
  });
  it('says the calendar year is missing rather than guessing', () => {
    const far = reference({ signing: { ...signing, date: '2030-03-01' }, filing: null });
    expect(ruleFindings('FIL-01', far, '2030-03-02')).toMatchObject([{ action: 'warn', incomplete: true, figures: { error: 'calendar.yearMissing' } }]);
  });
});

describe('EFF-01 in force 15 days after receipt unless the bureau objects', () => {
  it('computes the effective date: received 2020-03-16 → 2020-03-31', () => {
    const [f] = ruleFindings('EFF-01', reference());
    expect(f).toMatchObject({ action: 'info', step: 'export', figures: { receivedAt: '2020-03-16', effectiveDate: '2020-03-31' } });
    expect(f!.messageZh).toBe('2020-03-16 审查机关收到文本，15 日内未提出异议：协议自 2020-03-31 起生效');
    expect(procedureEffectiveDate(reference(), context())).toEqual({ ok: true, value: '2020-03-31' });
  });
  it('says "will take effect" before the day', () => {
    expect(ruleFindings('EFF-01', reference(), '2020-03-20')[0]!.messageZh).toContain('协议于 2020-03-31 生效');
  });
  it('does not move the effective date off a holiday (received 2021-01-27 → 除夕 2021-02-11)', () => {
    const record = reference({ filing: { ...filing, receivedAt: '2021-01-27' } });
    expect(ruleFindings('EFF-01', record, '2021-03-01')[0]).toMatchObject({ figures: { effectiveDate: '2021-02-11' } });
  });
  it('is not in force when the objection comes within the 15 days; an objection after them is late', () => {
    const objected = (receivedAt: string) => reference({ filing: { ...filing, objection: { receivedAt, text: '缺少违约责任条款' } } });
    expect(ruleFindings('EFF-01', objected('2020-03-31'))).toMatchObject([{ action: 'warn', path: 'filing.objection' }]);
    expect(procedureEffectiveDate(objected('2020-03-31'), context())).toEqual({ ok: true, value: null });
    expect(ruleFindings('EFF-01', objected('2020-04-01'))).toMatchObject([{ action: 'info' }]);
    expect(procedureEffectiveDate(objected('2020-04-01'), context())).toEqual({ ok: true, value: '2020-03-31' });
  });
  it('says nothing until the bureau has the text', () => {
    expect(ruleFindings('EFF-01', reference({ filing: { ...filing, receivedAt: null } }))).toEqual([]);
  });
});

describe('PUB-01 published once in force (wage agreement: 5 days)', () => {
  // In force 2020-03-31: day 5 is 2020-04-05 (清明 block 04-04..06), so publication is due 2020-04-07.
  const published = (date: string | null) => reference({ publication: date === null ? null : { date, method: '公告栏' } });
  it('passes publication on the moved due date and warns a day later', () => {
    expect(ruleFindings('PUB-01', published('2020-04-07'))).toEqual([]);
    expect(ruleFindings('PUB-01', published('2020-04-08'))).toMatchObject([{ action: 'warn', figures: { dueDate: '2020-04-07' } }]);
  });
  it('notes the due date, then flags it overdue', () => {
    expect(actionsOf(ruleFindings('PUB-01', published(null), '2020-04-01'))).toEqual(['info']);
    expect(ruleFindings('PUB-01', published(null), '2020-04-08')[0]!.messageZh).toContain('已逾期 1 日未向全体职工公布');
  });
  it('asks a collective contract to publish promptly, with no day count', () => {
    const contract = reference({ kind: 'collective-contract', publication: null });
    expect(ruleFindings('PUB-01', contract, '2020-03-30')).toEqual([]);
    expect(ruleFindings('PUB-01', contract, '2020-03-31')[0]!.messageZh).toBe('协议已于 2020-03-31 生效，尚未向全体职工公布：应及时公布');
  });
});
