import { describe, it, expect } from 'vitest';
import { wageCaseParse, type WageCaseFileInput } from '../../../shared/wage/caseFile';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageModelRun } from '../../../shared/wage/model';
import type { TermCostSource } from '../../../shared/wage/termCost';
import { fen } from '../../../shared/money/fen';

function run(file: WageCaseFileInput, options?: Parameters<typeof wageModelRun>[1]) {
  const parsed = wageCaseParse(file);
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  return wageModelRun(parsed.value, options);
}

describe('wageModelRun (reference case)', () => {
  const result = run(referenceWageCase());
  const agreed = result.scenarios[0]!;

  it('reproduces the chained output index 30, 24, 31.2, 49.92 (Q4 2019 = 100)', () => {
    expect(result.output.quarters.map((q) => q.index)).toEqual([30, 24, 31.2, 49.92]);
    expect(result.output.quarters.map((q) => q.indexBp)).toEqual([3000, 2400, 3120, 4992]);
    expect(result.output.quarters[3]!.yearOnYearBp).toBe(-5008);
  });

  it('reproduces the base-wage index 100, 89.71, 100, 114.29', () => {
    expect(agreed.quarters.map((q) => q.monthlyBaseWageYuan)).toEqual([1750, 1570, 1750, 2000]);
    expect(agreed.quarters.map((q) => q.baseWageIndex)).toEqual([100, 89.71, 100, 114.29]);
  });

  it('flags the 1570 of 2020-Q2 as exactly on Fuding’s tier-3 floor of the 2020 table, and nothing else', () => {
    expect(result.floorFindings).toHaveLength(1);
    expect(result.floorFindings[0]).toMatchObject({
      rule: 'CNT-02',
      action: 'warn',
      status: 'at-floor',
      scenario: agreed.name,
      quarter: '2020-Q2',
      baseWage: 157000,
      floor: 157000,
      tier: 3,
      table: { basis: '闽人社发〔2019〕6号' },
      includesSocialInsurance: true,
    });
  });

  it('shows where each base wage sits against the floor and what output carries at 2.5 %', () => {
    expect(result.bargainingZone.map((z) => z.carriedFen)).toEqual([187_500, 150_000, 195_000, 312_000]);
    expect(result.bargainingZone[1]!.positions[0]).toMatchObject({ baseWageFen: 157000, vsFloor: 0, aboveCarried: true, band: null });
  });

  it('gives the differences of the second scenario against the first', () => {
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]!.quarters.map((d) => d.monthlyBaseWage)).toEqual([0, 18_000, 0, -25_000]);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('carries the case’s assumptions into the result', () => {
    expect(result.assumptions.length).toBeGreaterThan(0);
    expect(result.assumptions.map((a) => a.field)).toContain('headcount');
  });
});

describe('wageModelRun options', () => {
  it('takes term costs per scenario', () => {
    const terms: TermCostSource = { quarterCosts: () => ({ oneOff: fen(100), baseBuilding: fen(0) }) };
    const result = run(referenceWageCase(), { termCosts: (name) => (name.startsWith('实际') ? terms : { quarterCosts: () => ({ oneOff: fen(0), baseBuilding: fen(0) }) }) });
    expect(result.scenarios[0]!.quarters[0]!.wageBillFen.termOneOff).toBe(100);
    expect(result.scenarios[1]!.quarters[0]!.wageBillFen.termOneOff).toBe(0);
  });

  it('asks for the tier instead of guessing, and costs idle workers at the contract wage, in a county with no known tier', () => {
    const file = { ...referenceWageCase(), regionCode: '350527' };
    const result = run(file);
    expect(result.floorFindings.every((f) => f.action === 'ask' && 'reason' in f && f.reason === 'tier-unknown')).toBe(true);
    expect(result.scenarios[0]!.quarters[1]!.stoppagePayBasis).toBe('contract-wage');
    expect(result.bargainingZone[0]!.floorFen).toBeNull();
  });

  it('uses an agreement date instead of the quarter’s first day for the floor check', () => {
    const file: WageCaseFileInput = {
      regionCode: '350982',
      baseQuarter: '2019-Q4',
      output: { kind: 'qoq', changesBp: [0] },
      headcount: [{ quarter: '2020-Q1', working: 10 }],
      // Signed in December 2019, under the 2017 table (tier 3 = 1500): 1500 is then exactly on the floor.
      scenarios: [{ name: 'a', wages: [{ quarter: '2020-Q1', kind: 'amount', amountFen: 150000, agreementDate: '2019-12-20' }] }],
    };
    expect(run(file).floorFindings[0]).toMatchObject({ action: 'warn', date: '2019-12-20', floor: 150000 });
  });
});
