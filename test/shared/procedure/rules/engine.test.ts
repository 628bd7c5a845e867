import { describe, it, expect } from 'vitest';
import { procedureRecordParse } from '../../../../shared/procedure/record';
import {
  referenceRecord,
  referenceRecordBroken,
  referenceRecordBrokenNames,
} from '../../../../shared/sample/referenceRecord';
import {
  type ProcedureStep,
  procedureRules,
  procedureSteps,
  ruleActions,
  rulesBlocking,
  rulesCheck,
  rulesFirstBlockedStep,
  witnessChecklist,
} from '../../../../shared/procedure/rules';
import { context, parsed, reference } from './fixture';

describe('the rule table', () => {
  it('has every rule the app must check, each with a Chinese citation, an action and a step', () => {
    const ids = procedureRules.map((r) => r.id);
    for (const id of ['REP-01', 'REP-02', 'REP-03', 'REP-04', 'REP-05', 'REP-06', 'REP-07', 'REP-08', 'REP-09', 'REP-10',
      'OFR-01', 'OFR-02', 'OFR-03', 'OFR-05', 'MTG-01', 'MTG-03', 'MTG-04', 'RAT-01', 'RAT-02', 'RAT-03', 'RAT-04', 'RAT-05',
      'SIG-01', 'FIL-01', 'EFF-01', 'PUB-01', 'TRM-01', 'TRM-03', 'CNT-02', 'CNT-07', 'DSP-01']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of procedureRules) {
      expect(rule.source, rule.id).toMatch(/^《.+》/);
      expect(ruleActions).toContain(rule.action);
      expect(procedureSteps).toContain(rule.guards);
      expect(rule.titleZh && rule.titleEn && rule.questionZh && rule.questionEn, rule.id).toBeTruthy();
    }
  });
});

describe('the reference record (March 2020 wage agreement)', () => {
  it('parses', () => {
    expect(procedureRecordParse(referenceRecord()).ok).toBe(true);
  });
  it('has no blocking finding, on the day after publication and years later', () => {
    for (const day of ['2020-04-30', '2025-06-30']) {
      const findings = rulesCheck(reference(), context(day));
      expect(findings.filter((f) => f.action === 'block'), day).toEqual([]);
      expect(rulesFirstBlockedStep(findings)).toBeNull();
    }
  });
  it('warns only that 1570 sits on the legal floor, and notes the effective date', () => {
    const findings = rulesCheck(reference(), context());
    expect(findings.map((f) => `${f.action} ${f.ruleId}`)).toEqual(['info REP-10', 'warn CNT-02', 'info EFF-01']);
  });
});

describe('each broken variant trips its own rule', () => {
  const expected: Record<string, [string, 'block' | 'warn', ProcedureStep]> = {
    'unequal-sides': ['REP-01', 'block', 'meeting'],
    'two-chiefs': ['REP-02', 'block', 'meeting'],
    'both-sides': ['REP-06', 'block', 'meeting'],
    'recorder-is-representative': ['REP-09', 'block', 'meeting'],
    'suspension-without-date': ['MTG-03', 'block', 'vote'],
    'no-quorum': ['RAT-02', 'block', 'signing'],
    'vote-exactly-half': ['RAT-03', 'warn', 'signing'],
    'vote-below-half': ['RAT-03', 'block', 'signing'],
    'signed-before-vote': ['SIG-01', 'block', 'filing'],
    'filed-late': ['FIL-01', 'warn', 'filing'],
    'missing-clauses': ['CNT-07', 'block', 'signing'],
    'below-minimum': ['CNT-02', 'block', 'signing'],
  };
  it('covers every variant', () => {
    expect(Object.keys(expected).sort()).toEqual([...referenceRecordBrokenNames].sort());
  });
  for (const name of referenceRecordBrokenNames) {
    it(name, () => {
      const [ruleId, action, step] = expected[name]!;
      const findings = rulesCheck(parsed(referenceRecordBroken(name)), context());
      expect(findings).toContainEqual(expect.objectContaining({ ruleId, action, step }));
      expect(rulesFirstBlockedStep(findings)).toBe(action === 'block' ? step : null);
    });
  }
});

describe('rulesCheck and rulesBlocking', () => {
  it('sorts by step, then block → warn → info', () => {
    const record = parsed({ ...referenceRecordBroken('vote-below-half'), representatives: referenceRecord().representatives!.slice(0, 5) });
    const findings = rulesCheck(record, context());
    const keys = findings.map((f) => procedureSteps.indexOf(f.step) * 10 + ruleActions.indexOf(f.action));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(findings[0]).toMatchObject({ ruleId: 'REP-01', action: 'block', step: 'meeting' });
  });
  it('lets a block hold up its own step and every later one, never an earlier one', () => {
    const findings = rulesCheck(parsed(referenceRecordBroken('signed-before-vote')), context());
    expect(procedureSteps.map((s) => rulesBlocking(findings, s))).toEqual([false, false, false, true, true]);
    const early = rulesCheck(parsed(referenceRecordBroken('unequal-sides')), context());
    expect(procedureSteps.map((s) => rulesBlocking(early, s))).toEqual([true, true, true, true, true]);
  });
  it('does not let warnings block', () => {
    const findings = rulesCheck(parsed(referenceRecordBroken('vote-exactly-half')), context());
    expect(procedureSteps.some((s) => rulesBlocking(findings, s))).toBe(false);
  });
  it('checks a record at its first step: only the request and the table, with signing held up', () => {
    const start = parsed({ kind: 'wage-agreement', regionCode: '350982', representatives: referenceRecord().representatives, recorder: referenceRecord().recorder, workerRepresentativesApproval: referenceRecord().workerRepresentativesApproval });
    const findings = rulesCheck(start, context());
    expect(findings.filter((f) => f.action === 'block').map((f) => f.ruleId)).toEqual(['OFR-01', 'RAT-01']);
    expect(rulesFirstBlockedStep(findings)).toBe('meeting');
  });
});

describe('witnessChecklist', () => {
  it('answers every binding rule of the reference: all ok but the wage on the floor', () => {
    const items = witnessChecklist(reference(), context());
    expect(items.filter((i) => i.status !== 'ok').map((i) => [i.ruleId, i.status])).toEqual([['CNT-02', 'problem']]);
    expect(items.map((i) => i.ruleId)).toContain('RAT-05'); // Fujian
    expect(items.find((i) => i.ruleId === 'RAT-03')!.questionZh).toContain('以全体而非出席人数计');
  });
  it('leaves out rules that do not bind the record (RAT-05 outside Fujian, CNT-07 for a collective contract)', () => {
    const items = witnessChecklist(reference({ regionCode: '110105', kind: 'collective-contract' }), context());
    expect(items.map((i) => i.ruleId)).not.toContain('RAT-05');
    expect(items.map((i) => i.ruleId)).not.toContain('CNT-07');
  });
  it('says unknown where the record cannot answer yet, and problem where a step is missing', () => {
    const items = witnessChecklist(reference({ votes: [], signing: null, filing: null, publication: null }), context());
    const status = Object.fromEntries(items.map((i) => [i.ruleId, i.status]));
    expect(status).toMatchObject({ 'RAT-01': 'problem', 'RAT-02': 'unknown', 'RAT-03': 'unknown', 'SIG-01': 'unknown', 'EFF-01': 'unknown', 'REP-01': 'ok' });
  });
  it('says unknown, not ok, when a deadline could not be computed', () => {
    const record = reference({ signing: { ...referenceRecord().signing!, date: '2030-03-01' }, filing: null, publication: null });
    const item = witnessChecklist(record, context('2030-03-02')).find((i) => i.ruleId === 'FIL-01')!;
    expect(item.status).toBe('unknown');
  });
});
