import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fen, fen, fenFromYuan, fenSum } from '../../../shared/money/fen';
import { bp } from '../../../shared/money/rate';
import { type Quarter, quarter, quarterRange } from '../../../shared/dates/quarter';
import { headcount } from '../../../shared/wage/headcount';
import { outputExactAt, outputSeriesFrom } from '../../../shared/wage/output';
import { ratio, RATIO_ONE } from '../../../shared/wage/ratio';
import {
  type Scenario,
  type ScenarioInput,
  type WageQuarterContext,
  scenarioCompare,
  scenarioFrom,
  scenarioQuarters,
} from '../../../shared/wage/scenario';
import type { TermCostSource } from '../../../shared/wage/termCost';

const quarters = quarterRange(quarter('2020-Q1'), quarter('2020-Q4'));
const amount = (q: string, yuan: number) => ({ quarter: quarter(q), step: { kind: 'amount' as const, amount: fenFromYuan(yuan) }, agreementDate: null });

function resolved(input: Partial<ScenarioInput>): Scenario {
  const result = scenarioFrom({ name: 's', startingWage: null, wages: [], outputLinked: null, ...input }, quarters);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** The reference case's quarters: output from 90 000 000 元 in Q4 2019, 120 workers, 30 on leave in Q2. */
function referenceContexts(): WageQuarterContext[] {
  const series = outputSeriesFrom(quarter('2019-Q4'), { kind: 'qoq', baseValue: fen(9_000_000_000), changes: [-7000, -2000, 3000, 6000].map(bp) });
  const heads = quarters.map((q) => (q === '2020-Q2' ? headcount(q, 90, 30) : headcount(q, 120)));
  return quarters.map((q, i) => ({
    quarter: q,
    headcount: heads[i]!,
    previousIdle: i === 0 ? 0 : heads[i - 1]!.onLeave,
    output: outputExactAt(series, i),
    previousOutput: outputExactAt(series, i - 1),
    outputIndex: series.ratios[i]!,
    minimumWage: fenFromYuan(1570),
    allowanceRate: bp(7000),
  }));
}

const agreed = () => resolved({ wages: [amount('2020-Q1', 1750), amount('2020-Q2', 1570), amount('2020-Q3', 1750), amount('2020-Q4', 2000)] });

describe('scenarioFrom', () => {
  it('takes amounts and carries a wage forward into quarters it does not mention', () => {
    expect(resolved({ wages: [amount('2020-Q1', 1750), amount('2020-Q3', 2000)] }).monthlyBaseWages).toEqual([175000, 175000, 200000, 200000]);
  });

  it('applies raises in bp or 分 on the previous quarter or on the starting wage, rounding each to the 分', () => {
    const s = resolved({
      startingWage: fenFromYuan(1750),
      wages: [
        { quarter: quarter('2020-Q1'), step: { kind: 'raiseRate', rate: bp(350), from: 'previous' }, agreementDate: null },
        { quarter: quarter('2020-Q2'), step: { kind: 'raiseAmount', amount: fenFromYuan(-100), from: 'previous' }, agreementDate: null },
        { quarter: quarter('2020-Q3'), step: { kind: 'raiseRate', rate: bp(1000), from: 'base' }, agreementDate: null },
        { quarter: quarter('2020-Q4'), step: { kind: 'raiseAmount', amount: fenFromYuan(250), from: 'base' }, agreementDate: null },
      ],
    });
    // 1750 × 1.035 = 1811.25; − 100 = 1711.25; 1750 × 1.1 = 1925; 1750 + 250 = 2000.
    expect(s.monthlyBaseWages).toEqual([181125, 171125, 192500, 200000]);
  });

  it('names the field when no wage is in force or a raise has nothing to raise', () => {
    const none = scenarioFrom({ name: 's', startingWage: null, wages: [amount('2020-Q2', 1750)], outputLinked: null }, quarters);
    expect(none).toMatchObject({ ok: false, error: { code: 'scenario.baseWageMissing', params: { quarter: '2020-Q1', field: 'startingWageFen' } } });
    const raise = scenarioFrom(
      { name: 's', startingWage: null, wages: [{ quarter: quarter('2020-Q1'), step: { kind: 'raiseRate', rate: bp(100), from: 'base' }, agreementDate: null }], outputLinked: null },
      quarters,
    );
    expect(raise).toMatchObject({ ok: false, error: { code: 'scenario.baseWageMissing', params: { field: 'wages.0' } } });
  });

  it('refuses quarters outside the model, a quarter set twice and a wage cut to zero', () => {
    const outside = scenarioFrom({ name: 's', startingWage: null, wages: [amount('2021-Q1', 1750)], outputLinked: null }, quarters);
    expect(outside).toMatchObject({ ok: false, error: { code: 'scenario.quarterOutsideModel', params: { field: 'wages.0.quarter' } } });
    const twice = scenarioFrom({ name: 's', startingWage: null, wages: [amount('2020-Q1', 1750), amount('2020-Q1', 1800)], outputLinked: null }, quarters);
    expect(twice).toMatchObject({ ok: false, error: { code: 'scenario.quarterDuplicate', params: { field: 'wages.1.quarter' } } });
    const cut = scenarioFrom(
      {
        name: 's',
        startingWage: null,
        wages: [amount('2020-Q1', 1750), { quarter: quarter('2020-Q2'), step: { kind: 'raiseAmount', amount: fenFromYuan(-1750), from: 'previous' }, agreementDate: null }],
        outputLinked: null,
      },
      quarters,
    );
    expect(cut).toMatchObject({ ok: false, error: { code: 'scenario.baseWageNotPositive', params: { quarter: '2020-Q2', field: 'wages.1' } } });
  });
});

describe('scenarioQuarters (reference case)', () => {
  const figures = scenarioQuarters(agreed(), referenceContexts());

  it('indexes the base wage on the first quarter: 1750, 1570, 1750, 2000 → 100, 89.71, 100, 114.29', () => {
    expect(figures.map((f) => f.baseWageIndex / 100)).toEqual([100, 89.71, 100, 114.29]);
  });

  it('compares the base-wage index with the output index, both rebased to the first quarter', () => {
    // Q2: 89.714… ÷ (24 ÷ 30) = 112.14; Q4: 114.285… ÷ (49.92 ÷ 30) = 68.68.
    expect(figures.map((f) => f.baseWageIndexVsOutput / 100)).toEqual([100, 112.14, 96.15, 68.68]);
  });

  it('costs Q2 as 90 working at 1570 plus 30 on leave at the CNT-05 floor (1570 + 1099 + 1099)', () => {
    const q2 = figures[1]!;
    expect(q2.wageBill).toEqual({ base: 42_390_000, stoppage: 11_304_000, outputLinked: 0, termOneOff: 0, termBaseBuilding: 0, total: 53_694_000 });
    expect(q2.stoppagePayBasis).toBe('legal-floor');
    // 536 940 ÷ 21 600 000 = 2.4858 % → 249 bp; 536 940 ÷ 3 ÷ 120 = 1491.50 元.
    expect(q2.labourShare).toBe(249);
    expect(q2.averageMonthlyIncome).toBe(149_150);
  });

  it('pays an output-linked bonus only on growth above the threshold, per working worker', () => {
    const bonus = resolved({ wages: [amount('2020-Q1', 1750)], outputLinked: { share: bp(100), threshold: bp(1000) } });
    const f = scenarioQuarters(bonus, referenceContexts());
    // Q3: 1 % × (28 080 000 − 21 600 000 × 1.1) = 43 200 元 ÷ 120 = 360 元.
    expect(f.map((x) => x.outputLinkedPerWorker)).toEqual([0, 0, 36_000, 117_000]);
    expect(f[2]!.wageBill.outputLinked).toBe(36_000 * 120);
  });

  it('keeps one-off and base-building term costs apart', () => {
    const terms: TermCostSource = { quarterCosts: (q: Quarter) => (q === '2020-Q2' ? { oneOff: fen(17_130_000), baseBuilding: fen(5) } : { oneOff: fen(0), baseBuilding: fen(0) }) };
    const q2 = scenarioQuarters(agreed(), referenceContexts(), terms)[1]!;
    expect(q2.wageBill).toMatchObject({ termOneOff: 17_130_000, termBaseBuilding: 5, total: 53_694_000 + 17_130_000 + 5 });
  });

  it('gives per-quarter differences b − a', () => {
    const held = scenarioQuarters(resolved({ wages: [amount('2020-Q1', 1750)] }), referenceContexts());
    const diff = scenarioCompare(figures, held);
    expect(diff.map((d) => d.monthlyBaseWage)).toEqual([0, 18_000, 0, -25_000]);
    // Q2: 90 × 3 × 180 元 more base, plus 30 workers × 180 元 more in their first (contract-wage) month.
    expect(diff[1]!.wageBill).toBe(90 * 3 * 18_000 + 30 * 18_000);
    expect(scenarioCompare(figures, held.slice(0, 2))).toHaveLength(2);
  });
});

describe('wage bill', () => {
  it('is the sum of its parts, and the base part is 3 × wage × working (property)', () => {
    const q = quarter('2020-Q2');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        (wage, working, onLeave, stopped, previousIdle, oneOff, baseBuilding) => {
          const scenario: Scenario = { name: 'p', monthlyBaseWages: [fen(wage)], agreementDates: [null], outputLinked: { share: bp(500), threshold: bp(0) } };
          const context: WageQuarterContext = {
            quarter: q,
            headcount: headcount(q, working, onLeave, stopped),
            previousIdle,
            output: ratio(3_000_000_000_000),
            previousOutput: ratio(2_000_000_000_000),
            outputIndex: RATIO_ONE,
            minimumWage: fen(157000),
            allowanceRate: bp(7000),
          };
          const terms: TermCostSource = { quarterCosts: () => ({ oneOff: fen(oneOff), baseBuilding: fen(baseBuilding) }) };
          const [f] = scenarioQuarters(scenario, [context], terms);
          const bill = f!.wageBill;
          const parts: Fen[] = [bill.base, bill.stoppage, bill.outputLinked, bill.termOneOff, bill.termBaseBuilding];
          expect(bill.total).toBe(fenSum(parts));
          expect(bill.base).toBe(3 * wage * working);
          expect(bill.outputLinked).toBe(f!.outputLinkedPerWorker * working);
          expect(bill.stoppage === 0).toBe(onLeave + stopped === 0);
        },
      ),
    );
  });
  it('grows with the base wage and stays in whole 分, whatever the headcount, idle workers and output (property)', () => {
    const q = quarter('2020-Q2');
    const contextOf = (working: number, onLeave: number, previousIdle: number, growth: number): WageQuarterContext => ({
      quarter: q,
      headcount: headcount(q, working, onLeave, 0),
      previousIdle,
      output: ratio(2_000_000_000_000 + growth),
      previousOutput: ratio(2_000_000_000_000),
      outputIndex: RATIO_ONE,
      minimumWage: fen(157000),
      allowanceRate: bp(7000),
    });
    const run = (wage: number, context: WageQuarterContext) =>
      scenarioQuarters({ name: 'p', monthlyBaseWages: [fen(wage)], agreementDates: [null], outputLinked: { share: bp(500), threshold: bp(0) } }, [context])[0]!;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        (wage, raise, working, onLeave, previousIdle, growth) => {
          const context = contextOf(working, onLeave, previousIdle, growth);
          const low = run(wage, context);
          const high = run(wage + raise, context);
          expect(high.wageBill.total).toBeGreaterThanOrEqual(low.wageBill.total);
          expect(high.wageBill.base).toBeGreaterThanOrEqual(low.wageBill.base);
          expect(high.wageBill.stoppage).toBeGreaterThanOrEqual(low.wageBill.stoppage);
          if (low.averageMonthlyIncome !== null) expect(high.averageMonthlyIncome!).toBeGreaterThanOrEqual(low.averageMonthlyIncome);
          for (const f of [low, high]) {
            const { base, stoppage, outputLinked, termOneOff, termBaseBuilding, total } = f.wageBill;
            for (const v of [base, stoppage, outputLinked, termOneOff, termBaseBuilding, total, f.outputLinkedPerWorker]) expect(Number.isSafeInteger(v)).toBe(true);
          }
        },
      ),
    );
  });
});
