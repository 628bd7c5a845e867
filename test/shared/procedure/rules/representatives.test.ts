import { describe, it, expect } from 'vitest';
import { AS_OF, actionsOf, reference, ruleFindings, table } from './fixture';

describe('REP-01 equal sides of at least 3 (CCR 19)', () => {
  it('passes 3 against 3', () => {
    expect(ruleFindings('REP-01', reference({ representatives: table(3, 3) }))).toEqual([]);
  });
  it('blocks 3 against 2 and says so with the figures', () => {
    const [f] = ruleFindings('REP-01', reference({ representatives: table(3, 2) }));
    expect(f).toMatchObject({ action: 'block', step: 'meeting', source: '《集体合同规定》第十九条', figures: { workers: 3, employer: 2 } });
    expect(f!.messageZh).toBe('职工方 3 人、企业方 2 人：双方人数应相等且各不少于 3 人');
  });
  it('blocks equal sides below 3 (2 against 2) and unequal sides above it (4 against 3)', () => {
    expect(actionsOf(ruleFindings('REP-01', reference({ representatives: table(2, 2) })))).toEqual(['block']);
    expect(actionsOf(ruleFindings('REP-01', reference({ representatives: table(4, 3) })))).toEqual(['block']);
  });
  it('counts a person listed twice on one side once', () => {
    const reps = table(3, 3);
    expect(actionsOf(ruleFindings('REP-01', reference({ representatives: [...reps, reps[1]!] })))).toEqual([]);
    expect(actionsOf(ruleFindings('REP-01', reference({ representatives: [...table(2, 3), { ...table(2, 3)[1]! }] })))).toEqual(['block']);
  });
});

describe('REP-02 one chief a side', () => {
  it('blocks two chiefs on one side, naming both', () => {
    const reps = table(3, 3).map((r) => (r.personId === 'w2' ? { ...r, role: 'chief' as const } : r));
    const [f] = ruleFindings('REP-02', reference({ representatives: reps }));
    expect(f).toMatchObject({ action: 'block', figures: { side: 'workers', chiefs: 2 } });
    expect(f!.messageZh).toBe('职工方有 2 名首席代表（职工代表1、职工代表2）：每方应有且只有 1 名首席代表');
  });
  it('blocks a side without a chief', () => {
    const reps = table(3, 3).map((r) => (r.personId === 'e1' ? { ...r, role: 'member' as const } : r));
    expect(ruleFindings('REP-02', reference({ representatives: reps }))[0]!.messageZh).toContain('企业方没有首席代表');
  });
  it('passes one each', () => {
    expect(ruleFindings('REP-02', reference({ representatives: table(3, 3) }))).toEqual([]);
  });
});

describe("REP-03 the workers' chief", () => {
  const chiefAs = (patch: object) => table(3, 3).map((r) => (r.personId === 'w1' ? { ...r, isUnionChair: false, ...patch } : r));
  it('blocks a chief who is not the chair and holds no letter from the chair', () => {
    const [f] = ruleFindings('REP-03', reference({ representatives: chiefAs({}) }));
    expect(f).toMatchObject({ action: 'block' });
    expect(f!.messageZh).toBe('职工方首席代表职工代表1不是工会主席，也没有工会主席的书面委托书');
  });
  it('passes the chair, or a negotiator the chair appointed in writing', () => {
    expect(ruleFindings('REP-03', reference({ representatives: table(3, 3) }))).toEqual([]);
    expect(ruleFindings('REP-03', reference({ representatives: chiefAs({ authorizationLetter: true }) }))).toEqual([]);
  });
  it("needs the union's main officer while the chair's post is vacant", () => {
    const union = { exists: true, chairVacant: true };
    expect(actionsOf(ruleFindings('REP-03', reference({ union, representatives: chiefAs({}) })))).toEqual(['block']);
    expect(ruleFindings('REP-03', reference({ union, representatives: chiefAs({ isUnionMainOfficer: true }) }))).toEqual([]);
  });
  it('needs an elected chief where there is no union', () => {
    const union = { exists: false, chairVacant: false };
    expect(ruleFindings('REP-03', reference({ union, representatives: chiefAs({}) }))[0]!.messageZh).toContain('民主推举');
    expect(ruleFindings('REP-03', reference({ union, representatives: chiefAs({ chosenBy: 'election' }) }))).toEqual([]);
  });
});

describe("REP-04 the employer's chief", () => {
  it('blocks a manager without a written appointment and passes one with it (the reference: 陈会珍)', () => {
    const reps = reference().representatives.map((r) => (r.name === '陈会珍' ? { ...r, authorizationLetter: false } : r));
    const [f] = ruleFindings('REP-04', reference({ representatives: reps }));
    expect(f).toMatchObject({ action: 'block' });
    expect(f!.messageZh).toBe('企业方首席代表陈会珍不是法定代表人，也没有法定代表人的书面委托书');
    expect(ruleFindings('REP-04', reference())).toEqual([]);
  });
  it('warns when another employer representative was not appointed', () => {
    const reps = table(3, 3).map((r) => (r.personId === 'e2' ? { ...r, chosenBy: 'election' as const } : r));
    expect(actionsOf(ruleFindings('REP-04', reference({ representatives: reps })))).toEqual(['warn']);
  });
});

describe('REP-05 outside professionals', () => {
  const withOutsiders = (perSide: number, outsiders: number, patch: object = {}) =>
    table(perSide, perSide).map((r, i) => (r.side === 'workers' && i >= perSide - outsiders ? { ...r, role: 'expert' as const, authorizationLetter: true, ...patch } : r));
  it('passes exactly a third (1 of 3, 2 of 6)', () => {
    expect(ruleFindings('REP-05', reference({ representatives: withOutsiders(3, 1) }))).toEqual([]);
    expect(ruleFindings('REP-05', reference({ representatives: withOutsiders(6, 2) }))).toEqual([]);
  });
  it('blocks more than a third (2 of 3, 3 of 6) with the maximum allowed', () => {
    const [f] = ruleFindings('REP-05', reference({ representatives: withOutsiders(6, 3) }));
    expect(f).toMatchObject({ action: 'block', figures: { representatives: 6, outsiders: 3, maximum: 2 } });
    expect(f!.messageZh).toBe('职工方 6 名代表中有 3 名外聘人员：不得超过本方代表的三分之一（最多 2 名）');
    expect(actionsOf(ruleFindings('REP-05', reference({ representatives: withOutsiders(3, 2) })))).toEqual(['block']);
  });
  it('counts a member flagged isOutsider like an expert', () => {
    const reps = table(3, 3).map((r) => (r.personId === 'w2' || r.personId === 'w3' ? { ...r, isOutsider: true, authorizationLetter: true } : r));
    expect(actionsOf(ruleFindings('REP-05', reference({ representatives: reps })))).toEqual(['block']);
  });
  it('blocks an outsider without a written appointment, and an outsider as chief', () => {
    expect(ruleFindings('REP-05', reference({ representatives: withOutsiders(3, 1, { authorizationLetter: false }) }))[0]!.messageZh).toContain('没有职工方首席代表的书面委托书');
    const chief = table(6, 6).map((r) => (r.personId === 'e1' ? { ...r, isOutsider: true } : r));
    expect(ruleFindings('REP-05', reference({ representatives: chief }))[0]!.messageZh).toContain('首席代表不得由外聘人员担任');
  });
});

describe('REP-06 no one on both sides', () => {
  it('blocks a person on both sides', () => {
    const reps = table(3, 3).map((r) => (r.personId === 'e3' ? { ...r, personId: 'w2', name: '职工代表2' } : r));
    const [f] = ruleFindings('REP-06', reference({ representatives: reps }));
    expect(f).toMatchObject({ action: 'block', figures: { personId: 'w2' } });
    expect(f!.messageZh).toBe('职工代表2同时是职工方和企业方的协商代表：双方代表不得相互兼任');
  });
  it("warns when the people list puts a representative on the other side", () => {
    const findings = ruleFindings('REP-06', reference({ representatives: table(3, 3) }), AS_OF, { people: [{ id: 'w3', name: '某经理', side: 'employer' }] });
    expect(actionsOf(findings)).toEqual(['warn']);
  });
  it('passes the reference table', () => {
    expect(ruleFindings('REP-06', reference())).toEqual([]);
  });
});

describe("REP-07 how the workers' side was chosen", () => {
  it('warns without an approval record and passes the union choosing', () => {
    expect(actionsOf(ruleFindings('REP-07', reference({ workerRepresentativesApproval: null })))).toEqual(['warn']);
    expect(ruleFindings('REP-07', reference())).toEqual([]);
  });
  it('needs more than half of ALL workers where there is no union: exactly half warns', () => {
    const noUnion = { exists: false, chairVacant: false };
    const approval = (approvedBy: number) => ({ body: 'all_workers' as const, date: '2020-02-27', approvedBy, totalWorkers: 120 });
    expect(actionsOf(ruleFindings('REP-07', reference({ union: noUnion, workerRepresentativesApproval: approval(60) })))).toEqual(['warn']);
    expect(ruleFindings('REP-07', reference({ union: noUnion, workerRepresentativesApproval: approval(60) }))[0]!.messageZh).toBe('全体职工 120 人，同意 60 人：未过半数');
    expect(ruleFindings('REP-07', reference({ union: noUnion, workerRepresentativesApproval: approval(61) }))).toEqual([]);
  });
  it("warns on a workers' member recorded as appointed", () => {
    const reps = table(3, 3).map((r) => (r.personId === 'w3' ? { ...r, chosenBy: 'appointment' as const } : r));
    expect(actionsOf(ruleFindings('REP-07', reference({ representatives: reps })))).toEqual(['warn']);
  });
});

describe('REP-08 a vacant seat is filled within 15 days', () => {
  // Vacant 2021-01-28: day 15 is 2021-02-12 (春节), so the seat is due on 2021-02-18.
  const vacancy = (filledAt: string | null) => reference({ vacancies: [{ personId: 'ref-person-2', side: 'workers', vacatedAt: '2021-01-28', filledAt }] });
  it('passes a seat filled on the moved due date and warns a day later', () => {
    expect(ruleFindings('REP-08', vacancy('2021-02-18'), '2021-03-01')).toEqual([]);
    const [late] = ruleFindings('REP-08', vacancy('2021-02-19'), '2021-03-01');
    expect(late).toMatchObject({ action: 'warn', figures: { dueDate: '2021-02-18' } });
  });
  it('says when an unfilled seat is due, then that it is overdue', () => {
    expect(ruleFindings('REP-08', vacancy(null), '2021-02-01')[0]).toMatchObject({ action: 'info', figures: { dueDate: '2021-02-18' } });
    const [overdue] = ruleFindings('REP-08', vacancy(null), '2021-02-20');
    expect(overdue).toMatchObject({ action: 'warn' });
    expect(overdue!.messageZh).toContain('已逾期 2 日未补足');
  });
});

describe('REP-09 the recorder', () => {
  it('blocks a recorder who is a representative', () => {
    const [f] = ruleFindings('REP-09', reference({ recorder: { personId: 'ref-person-3', name: '王井全', chosenJointly: true, confidentiality: true } }));
    expect(f).toMatchObject({ action: 'block', path: 'recorder.personId' });
    expect(f!.messageZh).toBe('记录员王井全同时是职工方协商代表：记录员不得由协商代表担任');
  });
  it('warns without a recorder, or without a joint choice or a confidentiality undertaking', () => {
    expect(actionsOf(ruleFindings('REP-09', reference({ recorder: null })))).toEqual(['warn']);
    expect(actionsOf(ruleFindings('REP-09', reference({ recorder: { personId: 'x', chosenJointly: false, confidentiality: false } })))).toEqual(['warn', 'warn']);
  });
  it('passes the reference recorder', () => {
    expect(ruleFindings('REP-09', reference())).toEqual([]);
  });
});

describe("REP-10 workers' representatives are protected", () => {
  it('is information only while nothing happens to a representative', () => {
    expect(actionsOf(ruleFindings('REP-10', reference()))).toEqual(['info']);
  });
  it("warns when a workers' representative is dismissed or moved, not an employer's", () => {
    const changes = [
      { personId: 'ref-person-2', date: '2020-03-10', change: 'dismissal' as const },
      { personId: 'ref-person-5', date: '2020-03-10', change: 'job-change' as const },
    ];
    const findings = ruleFindings('REP-10', reference({ statusChanges: changes }));
    expect(actionsOf(findings)).toEqual(['info', 'warn']);
    expect(findings[1]!.messageZh).toContain('职工方代表熊仕荣于 2020-03-10 解除劳动合同');
  });
});
