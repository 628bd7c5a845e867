// The differences a person is shown when two windows saved one round differently: each changed base wage
// by scenario and quarter with both figures, each changed term amount, and the other parts by name only.
import { describe, expect, it } from 'vitest';
import { type Round, roundSchema } from '../../../shared/case/round';
import { roundDifferences } from '../../../shared/case/roundDiff';
import { termSchema } from '../../../shared/terms/term';
import { quartersAfter, roundInput, wageModel } from './roundInputs';

const quarters = quartersAfter('2026-Q4', 4);
const round = (wages: number[], extra: Record<string, unknown> = {}): Round =>
  roundSchema.parse(roundInput({ wage: wageModel('2026-Q4', quarters, wages, '方案一'), ...extra }));
const bonus = (amountFen: number) =>
  termSchema.parse({ id: 'b1', kind: 'bonus', title: '春节红包', dueDate: '2027-01-20', amountFen, eligibility: {} });

describe('roundDifferences', () => {
  it('is empty for the same round', () => {
    expect(roundDifferences(round([180_000, 180_000, 180_000, 180_000]), round([180_000, 180_000, 180_000, 180_000]))).toEqual([]);
  });

  it('names the scenario and quarter of a changed base wage, with both figures, and nothing else', () => {
    const mine = round([180_000, 180_000, 180_000, 180_000]);
    const theirs = round([180_000, 175_000, 180_000, 180_000]);
    expect(roundDifferences(mine, theirs)).toEqual([
      { kind: 'scenarioWage', scenario: '方案一', quarter: '2027-Q2', mine: { kind: 'amount', fen: 180_000 }, theirs: { kind: 'amount', fen: 175_000 } },
    ]);
  });

  it('lists a term amount with the term title, and a changed title as its own part', () => {
    const wages = [180_000, 180_000, 180_000, 180_000];
    const mine = round(wages, { terms: [bonus(50_000)], title: '本窗口的名称' });
    const theirs = round(wages, { terms: [bonus(60_000)] });
    expect(roundDifferences(mine, theirs)).toEqual([
      { kind: 'termAmount', term: '春节红包', field: 'amountFen', mine: 50_000, theirs: 60_000 },
      { kind: 'section', section: 'title' },
    ]);
  });

  it('a quarter only one side has shows as absent on the other', () => {
    const mine = round([180_000, 180_000, 180_000, 180_000]);
    const theirs = { ...mine, wage: { ...mine.wage!, scenarios: [{ ...mine.wage!.scenarios[0]!, wages: mine.wage!.scenarios[0]!.wages.slice(0, 3) }] } };
    expect(roundDifferences(mine, theirs)).toEqual([
      { kind: 'scenarioWage', scenario: '方案一', quarter: '2027-Q4', mine: { kind: 'amount', fen: 180_000 }, theirs: null },
      { kind: 'section', section: 'wage' },
    ]);
  });
});
