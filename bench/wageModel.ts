// Benchmark (issue 3): the wage model's recompute for 5,000 workers × 8 quarters × 6 scenarios × 30
// terms, as a RATIO to a hand-written typed-array loop computing the same wage-bill totals in the same
// run (target ≤ 3×). Run: npx tsx bench/wageModel.ts
//
// The model side is the path the app takes: wageCaseParse → wageModelRun with, per scenario, a
// TermCostSource from shared/terms termCostsFrom over a synthetic roster of 5,000 workers. Each of the
// 30 terms recurs quarterly (one bonus record per quarter, 240 records per scenario), some restricted to
// a group, some base-building; 2 % of the roster has left and is not eligible. Term costs are
// aggregated from the roster on every run (nothing cached across runs). The baseline loop gets the same
// inputs as flat typed arrays and sums the same totals.
import { holidayCalendarCn } from '../shared/calendar/holidaysCn';
import { isoDate, type IsoDate } from '../shared/dates/isoDate';
import { type Quarter, quarterRange, quarterStart } from '../shared/dates/quarter';
import { fenSum, type Fen } from '../shared/money/fen';
import type { Worker } from '../shared/roster/worker';
import { ledgerSchema } from '../shared/terms/ledger';
import { type Term, termSchema } from '../shared/terms/term';
import { termCostsFrom } from '../shared/terms/termCosts';
import { wageCaseParse, type WageCaseFileInput } from '../shared/wage/caseFile';
import { wageModelRun } from '../shared/wage/model';

const WORKERS = 5_000;
const SCENARIOS = 6;
const TERMS = 30;
const GROUPS = 10;
const QUARTERS: readonly Quarter[] = quarterRange('2022-Q1' as Quarter, '2023-Q4' as Quarter);

// ---- inputs ---------------------------------------------------------------------------------------
const groupOf = (w: number) => w % GROUPS;
const hasLeft = (w: number) => w % 50 === 49;
/** Term t is for one group when t % 3 === 0, otherwise for everyone still employed. */
const termGroup = (t: number): number | null => (t % 3 === 0 ? t % GROUPS : null);
const termBuildsBase = (t: number) => t % 4 === 0;
/** 分 per worker: differs by scenario, term and quarter so no two sums coincide by accident. */
const termAmount = (s: number, t: number, q: number) => 1_000 + 37 * s + 101 * t + 13 * q;
const baseWage = (s: number, q: number) => 200_000 + 5_000 * s + 1_500 * q;

const roster: Worker[] = Array.from({ length: WORKERS }, (_, w) => ({
  id: `W${w}`,
  name: `工人${w}`,
  idNumber: '',
  phone: null,
  group: `班组${groupOf(w)}`,
  status: hasLeft(w) ? 'left' : 'working',
  hireDate: null,
  returnedOn: null,
  leftOn: null,
  homeProvince: null,
  fareFen: null,
  note: '',
}));

function scenarioTerms(s: number): Term[] {
  return QUARTERS.flatMap((q, qi) =>
    Array.from({ length: TERMS }, (_, t) => {
      const group = termGroup(t);
      return termSchema.parse({
        id: `s${s}.t${t}.${q}`,
        kind: 'bonus',
        title: `条款${t}`,
        amountFen: termAmount(s, t, qi),
        dueDate: quarterStart(q),
        basis: termBuildsBase(t) ? 'base_building' : 'one_off',
        eligibility: group === null ? {} : { groups: [`班组${group}`] },
      });
    }),
  );
}
const termsByScenario = Array.from({ length: SCENARIOS }, (_, s) => scenarioTerms(s));
const ledger = ledgerSchema.parse({});
const asOf: IsoDate = isoDate('2023-12-31');

const caseFile: WageCaseFileInput = {
  regionCode: '350982',
  baseQuarter: '2021-Q4',
  output: { kind: 'qoq', baseValueFen: 9_000_000_000, changesBp: QUARTERS.map((_, i) => (i % 2 === 0 ? 300 : -100)) },
  headcount: QUARTERS.map((quarter) => ({ quarter, working: WORKERS })),
  scenarios: Array.from({ length: SCENARIOS }, (_, s) => ({
    name: `方案${s + 1}`,
    wages: QUARTERS.map((quarter, q) => ({ quarter, kind: 'amount' as const, amountFen: baseWage(s, q) })),
  })),
};

// ---- the model's path -----------------------------------------------------------------------------
function modelTotals(): Fen[] {
  const parsed = wageCaseParse(caseFile);
  if (!parsed.ok) throw new Error(parsed.error.code);
  const sources = termsByScenario.map((terms) => {
    const costs = termCostsFrom({ terms, roster, ledger, calendar: holidayCalendarCn, asOf });
    if (!costs.ok) throw new Error(costs.error.code);
    return costs.value;
  });
  const result = wageModelRun(parsed.value, { termCosts: (name) => sources[Number(name.slice(2)) - 1]! });
  return result.scenarios.flatMap((s) => s.quarters.map((q) => q.wageBillFen.total));
}

// ---- the hand-written baseline ---------------------------------------------------------------------
const workerGroup = Int32Array.from({ length: WORKERS }, (_, w) => groupOf(w));
const workerLeft = Uint8Array.from({ length: WORKERS }, (_, w) => (hasLeft(w) ? 1 : 0));
const termGroupArr = Int32Array.from({ length: TERMS }, (_, t) => termGroup(t) ?? -1);
const amounts = Float64Array.from({ length: SCENARIOS * TERMS * QUARTERS.length }, (_, i) => {
  const s = Math.floor(i / (TERMS * QUARTERS.length));
  const t = Math.floor(i / QUARTERS.length) % TERMS;
  return termAmount(s, t, i % QUARTERS.length);
});
const wages = Float64Array.from({ length: SCENARIOS * QUARTERS.length }, (_, i) => baseWage(Math.floor(i / QUARTERS.length), i % QUARTERS.length));

function baselineTotals(): Float64Array {
  const nq = QUARTERS.length;
  const out = new Float64Array(SCENARIOS * nq);
  for (let s = 0; s < SCENARIOS; s++) {
    for (let q = 0; q < nq; q++) {
      let total = 3 * wages[s * nq + q]! * WORKERS;
      for (let t = 0; t < TERMS; t++) {
        const g = termGroupArr[t]!;
        const amount = amounts[(s * TERMS + t) * nq + q]!;
        for (let w = 0; w < WORKERS; w++) {
          if (workerLeft[w] === 0 && (g < 0 || workerGroup[w] === g)) total += amount;
        }
      }
      out[s * nq + q] = total;
    }
  }
  return out;
}

// ---- timing -----------------------------------------------------------------------------------------
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const WARMUP = 3;
const RUNS = 11;
const model = modelTotals();
const baseline = baselineTotals();
const equal = model.length === baseline.length && model.every((v, i) => v === baseline[i]);
for (let i = 0; i < WARMUP; i++) {
  modelTotals();
  baselineTotals();
}
const modelMs: number[] = [];
const baselineMs: number[] = [];
// Interleaved so both see the same machine load.
for (let i = 0; i < RUNS; i++) {
  modelMs.push(time(modelTotals));
  baselineMs.push(time(baselineTotals));
}
const m = median(modelMs);
const b = median(baselineMs);
const ratio = m / b;
console.log(`wage model: ${WORKERS} workers × ${QUARTERS.length} quarters × ${SCENARIOS} scenarios × ${TERMS} terms`);
console.log(`  totals equal: ${equal} (sum ${fenSum(model)} 分)`);
console.log(`  model median ${m.toFixed(1)} ms, typed-array loop median ${b.toFixed(1)} ms (${RUNS} runs after ${WARMUP} warm-ups)`);
console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? 'OK' : 'OVER'}`);
if (!equal) process.exitCode = 1;
