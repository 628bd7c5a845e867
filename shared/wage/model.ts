// The wage model of one case: output index, each scenario's figures per quarter, their differences,
// the minimum-wage findings (CNT-02) and the bargaining zone, as plain JSON. Money is integer 分 and
// rates are bp (the figures to compute with); the *Yuan, *Pct and index numbers beside them are for
// display only, with exactly 2 decimals (bp ÷ 100, 分 ÷ 100).
import { type Fen, fenToYuanNumber } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import type { IsoDate } from '../dates/isoDate';
import { type Quarter, quarterStart } from '../dates/quarter';
import { type MinimumWageLookup, minimumWageFor } from '../regions/minimumWage';
import { type BargainingZone, type ZonePosition, bargainingZoneFrom, bargainingZonePosition } from './bargainingZone';
import type { WageCase, WageCaseAssumption } from './caseFile';
import { type FloorFinding, type MinimumWageData, floorFinding, minimumWageDataDefault } from './floor';
import { type Headcount, headcountIdle } from './headcount';
import { type LivingAllowanceRate, livingAllowanceRateFor, livingAllowanceRates } from './livingAllowance';
import { outputExactAt, outputIndexBasisPoints, outputValues, outputYearOnYear } from './output';
import { type ScenarioQuarter, type WageQuarterContext, scenarioCompare, scenarioQuarters } from './scenario';
import { type TermCostSource, noTermCosts } from './termCost';

export interface WageModelOptions {
  readonly minimumWage?: MinimumWageData;
  readonly allowanceRates?: readonly LivingAllowanceRate[];
  /** Term costs per scenario (the terms module); none by default. */
  readonly termCosts?: (scenarioName: string) => TermCostSource;
}

const bpDisplay = (rate: BasisPoints): number => rate / 100;
const nullable = <T, U>(value: T | null, f: (v: T) => U): U | null => (value === null ? null : f(value));

function outputResult(c: WageCase) {
  const index = outputIndexBasisPoints(c.output);
  const values = outputValues(c.output);
  const yoy = outputYearOnYear(c.output);
  return {
    baseQuarter: c.output.baseQuarter,
    baseValueFen: c.output.baseValue,
    /** The chained index: base quarter = 100; indexBp is in bp of the base quarter (10 000 = 100). */
    quarters: c.output.quarters.map((quarter, i) => ({
      quarter,
      changeBp: c.output.changes[i]!,
      valueFen: values[i] ?? null,
      indexBp: index[i]!,
      index: bpDisplay(index[i]!),
      yearOnYearBp: yoy[i] ?? null,
    })),
  };
}

function scenarioQuarterResult(q: ScenarioQuarter) {
  return {
    quarter: q.quarter,
    monthlyBaseWageFen: q.monthlyBaseWage,
    monthlyBaseWageYuan: fenToYuanNumber(q.monthlyBaseWage),
    wageBillFen: q.wageBill,
    wageBillYuan: fenToYuanNumber(q.wageBill.total),
    stoppagePayBasis: q.stoppagePayBasis,
    outputLinkedPerWorkerFen: q.outputLinkedPerWorker,
    labourShareBp: q.labourShare,
    labourSharePct: nullable(q.labourShare, bpDisplay),
    averageMonthlyIncomeFen: q.averageMonthlyIncome,
    averageMonthlyIncomeYuan: nullable(q.averageMonthlyIncome, fenToYuanNumber),
    baseWageIndexBp: q.baseWageIndex,
    baseWageIndex: bpDisplay(q.baseWageIndex),
    baseWageIndexVsOutputBp: q.baseWageIndexVsOutput,
    baseWageIndexVsOutput: bpDisplay(q.baseWageIndexVsOutput),
  };
}

function zoneResult(zone: BargainingZone, positions: readonly { scenario: string; baseWageFen: Fen; position: ZonePosition }[]) {
  return {
    quarter: zone.quarter,
    floorFen: zone.floor,
    offerFen: zone.offer,
    askFen: zone.ask,
    carriedFen: zone.carried,
    targetLabourShareBp: zone.targetLabourShare,
    positions: positions.map((p) => ({ scenario: p.scenario, baseWageFen: p.baseWageFen, ...p.position })),
  };
}

function minimumWageResult(quarter: Quarter, date: IsoDate, lookup: MinimumWageLookup, allowance: LivingAllowanceRate | null) {
  const known = 'unknown' in lookup ? null : lookup;
  return {
    quarter,
    date,
    tier: known?.tier ?? null,
    monthlyFen: known?.monthly ?? null,
    unknown: 'unknown' in lookup ? lookup.unknown : null,
    basis: known?.table.basis ?? null,
    verified: known ? known.table.verified && known.assignment.verified : null,
    livingAllowanceRateBp: allowance?.rate ?? null,
    livingAllowanceVerified: allowance?.verified ?? null,
  };
}

/** Runs the model on a case from wageCaseParse. */
export function wageModelRun(c: WageCase, options: WageModelOptions = {}) {
  const data = options.minimumWage ?? minimumWageDataDefault;
  const rates = options.allowanceRates ?? livingAllowanceRates;
  const quarters = c.output.quarters;
  const lookupOn = (date: IsoDate) => minimumWageFor(c.regionCode, date, data.tables, data.assignments);

  const starts = quarters.map(quarterStart);
  const lookups = starts.map(lookupOn);
  const allowances = starts.map((d) => livingAllowanceRateFor(c.regionCode, d, rates));
  const contexts: WageQuarterContext[] = quarters.map((quarter, i) => {
    const lookup = lookups[i]!;
    const previous: Headcount | undefined = c.headcount[i - 1];
    return {
      quarter,
      headcount: c.headcount[i]!,
      previousIdle: previous ? headcountIdle(previous) : 0,
      output: outputExactAt(c.output, i),
      previousOutput: outputExactAt(c.output, i - 1),
      outputIndex: c.output.ratios[i]!,
      minimumWage: 'unknown' in lookup ? null : lookup.monthly,
      allowanceRate: allowances[i]?.rate ?? null,
    };
  });

  const figures = c.scenarios.map((s) => scenarioQuarters(s, contexts, options.termCosts?.(s.name) ?? noTermCosts));
  const first = figures[0] ?? [];

  const floorFindings: FloorFinding[] = c.scenarios.flatMap((s) =>
    quarters.flatMap((quarter, i) => {
      const agreed = s.agreementDates[i] ?? null;
      const date = agreed ?? starts[i]!;
      const finding = floorFinding(
        { scenario: s.name, quarter, date, regionCode: c.regionCode, baseWage: s.monthlyBaseWages[i]! },
        agreed === null ? lookups[i]! : lookupOn(agreed),
      );
      return finding ? [finding] : [];
    }),
  );

  const bargainingZone = quarters.map((quarter, i) => {
    const lookup = lookups[i]!;
    const zone = bargainingZoneFrom({
      quarter,
      floor: 'unknown' in lookup ? null : lookup.monthly,
      offer: c.offer[i] ?? null,
      ask: c.ask[i] ?? null,
      output: contexts[i]!.output,
      headcount: c.headcount[i]!,
      targetLabourShare: c.targetLabourShare,
    });
    return zoneResult(
      zone,
      c.scenarios.map((s) => ({ scenario: s.name, baseWageFen: s.monthlyBaseWages[i]!, position: bargainingZonePosition(zone, s.monthlyBaseWages[i]!) })),
    );
  });

  const assumptions: readonly WageCaseAssumption[] = c.assumptions;
  return {
    title: c.title,
    regionCode: c.regionCode,
    quarters: [...quarters],
    output: outputResult(c),
    scenarios: c.scenarios.map((s, i) => ({ name: s.name, quarters: (figures[i] ?? []).map(scenarioQuarterResult) })),
    floorFindings,
    bargainingZone,
    differences: c.scenarios.slice(1).map((s, i) => ({ from: c.scenarios[0]!.name, to: s.name, quarters: scenarioCompare(first, figures[i + 1] ?? []) })),
    headcount: c.headcount.map((h) => ({ ...h })),
    minimumWage: quarters.map((q, i) => minimumWageResult(q, starts[i]!, lookups[i]!, allowances[i] ?? null)),
    assumptions: assumptions.map((a) => ({ ...a })),
  };
}

export type WageModelResult = ReturnType<typeof wageModelRun>;
