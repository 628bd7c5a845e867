import { describe, it, expect } from 'vitest';
import { wageClauseKeys } from '../../../../shared/procedure/record';
import { rulesCheck } from '../../../../shared/procedure/rules';
import { BEIJING, actionsOf, context, reference, ruleFindings } from './fixture';

const draft = (patch: object) => ({ preparedBy: 'employer' as const, clauses: [...wageClauseKeys], baseWages: [{ label: '一线职工', monthlyFen: 157_000 }], ...patch });

describe('CNT-02 base wages against the minimum wage (floorCheck)', () => {
  it('warns the March 2020 base wage of 1570: exactly Fuding’s tier-3 minimum', () => {
    const [f] = ruleFindings('CNT-02', reference());
    expect(f).toMatchObject({ action: 'warn', step: 'signing', path: 'draft.baseWages.0.monthlyFen', figures: { baseWageFen: 157_000, floorFen: 157_000, tier: 3, date: '2020-04-01' } });
    expect(f!.messageZh).toContain('一线职工月基本工资 1,570.00 元，恰好等于福鼎市第 3 档最低工资 1,570.00 元（闽人社发〔2019〕6号）');
    expect(f!.messageZh).toContain('含个人缴纳的社会保险费和住房公积金');
  });
  it('blocks a base wage one fen below and passes one fen above', () => {
    expect(actionsOf(ruleFindings('CNT-02', reference({ draft: draft({ baseWages: [{ label: '一线职工', monthlyFen: 156_999 }] }) })))).toEqual(['block']);
    expect(ruleFindings('CNT-02', reference({ draft: draft({ baseWages: [{ label: '一线职工', monthlyFen: 157_001 }] }) }))).toEqual([]);
  });
  it('checks each wage on its own start date: 2000 from 2025-04-01 is below the new 2045', () => {
    const wages = [{ label: '2025 年起', monthlyFen: 200_000, from: '2025-04-01' }];
    expect(ruleFindings('CNT-02', reference({ draft: draft({ baseWages: wages }) }))).toMatchObject([{ action: 'block', figures: { floorFen: 204_500 } }]);
  });
  it('asks instead of guessing where no tier is known', () => {
    expect(ruleFindings('CNT-02', reference({ regionCode: BEIJING }))).toMatchObject([{ action: 'warn', incomplete: true, figures: { reason: 'tier-unknown' } }]);
  });
});

describe('CNT-07 the required clauses of a wage agreement (WCM 7)', () => {
  it('blocks a draft missing (一), (三), (五) or (六), naming them', () => {
    const clauses = wageClauseKeys.filter((k) => k !== 'term' && k !== 'change-procedure');
    const [f] = ruleFindings('CNT-07', reference({ draft: draft({ clauses }) }));
    expect(f).toMatchObject({ action: 'block', path: 'draft.clauses', figures: { missing: 'term,change-procedure' } });
    expect(f!.messageZh).toBe('草案缺少必备条款：（一）工资协议的期限、（六）变更、解除工资协议的程序');
  });
  it('only warns for the others', () => {
    const clauses = wageClauseKeys.filter((k) => k !== 'bonuses' && k !== 'breach');
    expect(ruleFindings('CNT-07', reference({ draft: draft({ clauses }) }))).toMatchObject([{ action: 'warn', figures: { missing: 'bonuses,breach' } }]);
  });
  it('blocks and warns together when both kinds are missing', () => {
    expect(actionsOf(ruleFindings('CNT-07', reference({ draft: draft({ clauses: ['term'] }) })))).toEqual(['block', 'warn']);
  });
  it('passes all nine, and does not bind a collective contract', () => {
    expect(ruleFindings('CNT-07', reference())).toEqual([]);
    const contract = reference({ kind: 'collective-contract', draft: draft({ clauses: [] }) });
    expect(rulesCheck(contract, context()).some((f) => f.ruleId === 'CNT-07')).toBe(false);
  });
});
