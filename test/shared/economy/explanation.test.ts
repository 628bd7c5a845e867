import { describe, it, expect } from 'vitest';
import { economyFileParse } from '../../../shared/economy/economyFile';
import { economyDataEmpty } from '../../../shared/economy/economy';
import { scenarioExplanations } from '../../../shared/economy/explanation';
import { wageCaseParse, type WageCaseFileInput } from '../../../shared/wage/caseFile';
import { wageModelRun } from '../../../shared/wage/model';

// 天河区 (440106), Guangzhou: tier 1 of Guangdong's table from 2025-03-01 (2,500 元 a month).
const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const caseFile: WageCaseFileInput = {
  regionCode: '440106',
  baseQuarter: '2024-Q4',
  output: { kind: 'values', baseValueFen: 100_000_000, valuesFen: [100_000_000, 100_000_000, 100_000_000, 100_000_000, 105_000_000, 105_000_000, 105_000_000, 110_000_000] },
  headcount: quarters.map((quarter, i) => ({ quarter, working: i < 4 ? 100 : 100 })),
  scenarios: [
    { name: '资方', startingWageFen: 260_000, wages: [{ quarter: '2026-Q1', kind: 'amount', amountFen: 270_000 }] },
    { name: '工会', startingWageFen: 260_000, wages: [{ quarter: '2026-Q1', kind: 'amount', amountFen: 286_000 }] },
    { name: '低于', startingWageFen: 260_000, wages: [{ quarter: '2026-Q1', kind: 'amount', amountFen: 240_000 }] },
  ],
};

function result() {
  const parsed = wageCaseParse(caseFile);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return wageModelRun(parsed.value);
}

const economy = economyFileParse({
  format: 'wagedesk.economy',
  version: 1,
  guidelines: [{ region: '44', year: 2026, effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31', baselineBp: 500, upperBp: 800, lowerBp: 200 }],
  prices: [{ region: '44', year: 2025, changeBp: 20 }],
  averageWages: [{ region: '44', year: 2025, annualFen: 12_000_000 }],
});

describe('scenarioExplanations', () => {
  it('sets each raise of the year against the guideline, CPI, the average wage, output and productivity, with the floor', () => {
    if (!economy.ok) throw new Error(economy.error.message);
    const [employer, union, below] = scenarioExplanations(result(), economy.value);
    expect(employer).toMatchObject({ year: 2026, from: '2025-Q4', to: '2026-Q4', fromWage: 260_000, toWage: 270_000, raise: 385, position: 'below-baseline', aboveInflation: 365 });
    expect(employer!.outputGrowth).toBe(1000);
    expect(employer!.productivityGrowth).toBe(1000);
    expect(employer!.shareOfAverage).toBe(2700);
    expect(employer!.floor).toMatchObject({ status: 'above', monthly: 250_000 });
    expect(union).toMatchObject({ raise: 1000, position: 'above-upper' });
    expect(below!.floor).toMatchObject({ status: 'below', monthly: 250_000 });
    expect(below!.position).toBe('below-lower');
  });

  it('leaves every figure nobody entered unknown', () => {
    const [employer] = scenarioExplanations(result(), economyDataEmpty);
    expect(employer).toMatchObject({ guideline: null, position: null, prices: null, aboveInflation: null, averageWage: null, shareOfAverage: null, raise: 385 });
  });

  it('says the floor is unknown where the county has no tier (a Zhejiang county)', () => {
    const parsed = wageCaseParse({ ...caseFile, regionCode: '330282' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [employer] = scenarioExplanations(wageModelRun(parsed.value), economyDataEmpty);
    expect(employer!.floor).toEqual({ status: 'unknown', reason: 'tier-unknown' });
  });
});
