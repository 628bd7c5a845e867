// The round schema is the stored and the file shape: parsing restores every default (so an old or
// hand-written round reads the same as a new one) and refuses a round that contradicts itself.
import { describe, expect, it } from 'vitest';
import { retentionEmployerCommitmentsDefault, roundProcedureKind, roundSchema, wageStructureDefault } from '../../../shared/case/round';
import { roundInput, wageModel } from './roundInputs';

/** The first issue's path and message, or 'ok'. */
function refusal(input: unknown): { path: string; message: string } | 'ok' {
  const parsed = roundSchema.safeParse(input);
  if (parsed.success) return 'ok';
  const issue = parsed.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

const term = (id: string) => ({ id, kind: 'bonus' as const, title: '中秋节慰问金', amountFen: 50_000, dueDate: '2027-09-10' });

describe('round schema: defaults', () => {
  it('restores every default of a round given only its id, title, kind and procedure kind', () => {
    const round = roundSchema.parse(roundInput());
    expect(round).toMatchObject({ previousRoundId: null, wage: null, agreed: null, terms: [], assumptions: [] });
    expect(round.procedure).toMatchObject({ format: 'wagedesk-procedure-record/1', representatives: [], request: null, signing: null, term: null });
    expect(round.details).toEqual({
      yearLabel: '',
      signingPlace: '',
      labourAuthority: '',
      wageStructure: [...wageStructureDefault],
      wageForms: ['计时工资'],
      payday: null,
      payFor: 'previous',
      payMethod: '货币形式',
      probationShareBp: 8000,
      filingCopies: 3,
      annualBasis: [],
      annualWageBillFen: null,
      congressPlace: '',
      jobRetention: expect.objectContaining({ reason: '', employerCommitments: [...retentionEmployerCommitmentsDefault] }),
      occupationalHealth: { hazards: [], hazardAllowanceFen: null },
      womenWorkers: { included: false, extras: [] },
      explainScenario: '',
      clauseOverrides: {},
    });
  });

  it('reads its own output back unchanged (a stored round parses to itself)', () => {
    const round = roundSchema.parse(roundInput({ terms: [term('t1')], details: { payday: 10, signingPlace: '会议室' } }));
    expect(roundSchema.parse(round)).toEqual(round);
  });

  it('gives agreed figures their defaults: all workers, to the end of the term', () => {
    const round = roundSchema.parse(roundInput({ agreed: { kind: 'figures', standards: [{ period: '合同期内', from: '2027-01-01', monthlyFen: 250_000 }] } }));
    expect(round.agreed).toEqual({ kind: 'figures', standards: [{ period: '合同期内', appliesTo: '全体职工', from: '2027-01-01', to: null, monthlyFen: 250_000 }] });
  });

  it('trims text details and keeps an empty one as "not entered"', () => {
    const round = roundSchema.parse(roundInput({ details: { signingPlace: '  公司会议室 ', labourAuthority: '   ' } }));
    expect([round.details.signingPlace, round.details.labourAuthority]).toEqual(['公司会议室', '']);
  });
});

describe('round schema: refusals', () => {
  it('refuses a term id used twice, naming the second', () => {
    expect(refusal(roundInput({ terms: [term('t1'), term('t2'), term('t1')] }))).toEqual({ path: 'terms.2.id', message: 'round.termIdTwice' });
  });

  it('refuses an agreed scenario the model does not have, and one with no model at all', () => {
    const wage = wageModel('2026-Q4', ['2027-Q1'], [250_000], '方案甲');
    expect(refusal(roundInput({ wage, agreed: { kind: 'scenario', scenario: '方案乙' } }))).toEqual({ path: 'agreed.scenario', message: 'round.agreedScenarioMissing' });
    expect(refusal(roundInput({ agreed: { kind: 'scenario', scenario: '方案甲' } }))).toEqual({ path: 'agreed.scenario', message: 'round.agreedScenarioMissing' });
    expect(refusal(roundInput({ wage, agreed: { kind: 'scenario', scenario: '方案甲' } }))).toBe('ok');
  });

  it('refuses agreed figures that end before they start', () => {
    const standards = [{ period: '合同期内', from: '2027-03-01', to: '2027-02-28', monthlyFen: 250_000 }];
    expect(refusal(roundInput({ agreed: { kind: 'figures', standards } }))).toEqual({ path: 'agreed.standards.0.to', message: 'terms.periodReversed' });
  });

  it('refuses a round id that cannot go into an agreement id or a URL', () => {
    for (const id of ['', 'r 2027', 'r/2027', '轮次', 'x'.repeat(41)]) expect(refusal(roundInput({ id }))).toMatchObject({ path: 'id' });
  });

  it('refuses a payday outside the month and a probation share below 80 %', () => {
    expect(refusal(roundInput({ details: { payday: 32 } }))).toMatchObject({ path: 'details.payday' });
    expect(refusal(roundInput({ details: { probationShareBp: 7999 } }))).toMatchObject({ path: 'details.probationShareBp' });
  });
});

describe('roundProcedureKind', () => {
  it('maps a wage round to the wage agreement\'s deadlines, other to a collective contract, the rest to special contracts', () => {
    expect(roundProcedureKind('wage')).toBe('wage-agreement');
    expect(roundProcedureKind('other')).toBe('collective-contract');
    for (const kind of ['jobRetention', 'occupationalHealth', 'womenWorkers'] as const) expect(roundProcedureKind(kind)).toBe('special-contract');
  });
});

describe('round schema: the congress sitting', () => {
  it('reads a round stored before sittings were kept as having none', () => {
    expect(roundSchema.parse(roundInput()).congress).toBeNull();
  });
  it('keeps a sitting with its roll, marks and count, defaults restored', () => {
    const round = roundSchema.parse({ ...roundInput(), congress: { date: '2027-03-12', roll: [{ name: '张三', present: true }, { name: '李四' }], count: { for: 1, against: 0, abstaining: 0 } } });
    expect(round.congress).toMatchObject({ body: 'workers_congress', method: 'secret_ballot', recordedVote: null, count: { invalid: 0 } });
    expect(round.congress?.roll).toEqual([{ name: '张三', group: '', present: true }, { name: '李四', group: '', present: false }]);
  });
  it('refuses a nameless delegate by its place on the roll', () => {
    expect(refusal({ ...roundInput(), congress: { roll: [{ name: '  ' }] } })).toEqual({ path: 'congress.roll.0.name', message: 'validation.required' });
  });
});
