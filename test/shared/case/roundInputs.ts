// Small rounds for the core's tests: a minimal input any test can extend, and a wage model over chosen
// quarters with one scenario, so each test states only the part it is about.
import type { RoundInput } from '../../../shared/case/round';

type WageModelInput = NonNullable<RoundInput['wage']>;
type WageStepInput = WageModelInput['scenarios'][number]['wages'][number];

/** A round with nothing but what the schema requires. */
export function roundInput(extra: Partial<RoundInput> = {}): RoundInput {
  return {
    id: 'r-2027',
    title: '2027年工资集体协商',
    kind: 'wage',
    procedure: { kind: 'wage-agreement', regionCode: '440106' },
    ...extra,
  };
}

/** A model of `wages.length` quarters after `baseQuarter`, with one scenario paying `wages` (分) quarter by quarter. */
export function wageModel(baseQuarter: string, quarters: readonly string[], wages: readonly number[], scenario = '协商一致'): WageModelInput {
  const steps: WageStepInput[] = quarters.map((quarter, i) => ({ quarter, kind: 'amount', amountFen: wages[i]! }));
  return {
    regionCode: '440106',
    baseQuarter,
    output: { kind: 'qoq', changesBp: quarters.map(() => 100) },
    headcount: quarters.map((quarter) => ({ quarter, working: 50 })),
    scenarios: [{ name: scenario, wages: steps }],
  };
}

/** The quarters after `base`, `count` of them: 2026-Q4, 3 → 2027-Q1, 2027-Q2, 2027-Q3. */
export function quartersAfter(base: string, count: number): string[] {
  const [year, q] = [Number(base.slice(0, 4)), Number(base.slice(6))];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 4 + (q - 1) + i + 1;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}
