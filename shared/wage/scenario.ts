// A base-wage scenario and what it costs quarter by quarter. A scenario sets the monthly base wage per
// quarter as an amount, or as a raise (bp or 分) on the previous quarter or on the scenario's starting
// wage; a quarter it does not mention keeps the wage before it (an agreement stays in force). Optional:
// an output-linked component (outputLinked.ts). Term costs come in through TermCostSource.
import { type Fen, fen, fenAdd, fenMultiplyInt } from '../money/fen';
import { type BasisPoints, fenApplyRate } from '../money/rate';
import type { IsoDate } from '../dates/isoDate';
import type { Quarter } from '../dates/quarter';
import { type Result, resultErr, resultOk } from '../result';
import { type Headcount, headcountIdle, headcountOnPayroll } from './headcount';
import { type OutputLinkedComponent, outputLinkedPerWorker } from './outputLinked';
import { type Ratio, ratio, ratioDivide, ratioToBasisPoints, ratioToFen } from './ratio';
import { type StoppagePayBasis, stoppagePayForQuarter } from './stoppagePay';
import { type TermCostSource, noTermCosts } from './termCost';
import { type WageBill, wageBillFrom } from './wageBill';

/** 'previous': the wage of the quarter before (the starting wage for the first quarter); 'base': the starting wage. */
export type RaiseFrom = 'previous' | 'base';

export type BaseWageStep =
  | { readonly kind: 'amount'; readonly amount: Fen }
  | { readonly kind: 'raiseRate'; readonly rate: BasisPoints; readonly from: RaiseFrom }
  | { readonly kind: 'raiseAmount'; readonly amount: Fen; readonly from: RaiseFrom };

export interface ScenarioWageEntry {
  readonly quarter: Quarter;
  readonly step: BaseWageStep;
  /** When the agreement setting it was signed; the floor check uses it instead of the quarter's first day. */
  readonly agreementDate: IsoDate | null;
}

export interface ScenarioInput {
  readonly name: string;
  /** 分 per month before the first modelled quarter; needed only by raises with nothing earlier to raise. */
  readonly startingWage: Fen | null;
  readonly wages: readonly ScenarioWageEntry[];
  readonly outputLinked: OutputLinkedComponent | null;
}

/** A scenario resolved against the modelled quarters: one monthly base wage per quarter. */
export interface Scenario {
  readonly name: string;
  /** 分 per month, one per modelled quarter, all positive. */
  readonly monthlyBaseWages: readonly Fen[];
  readonly agreementDates: readonly (IsoDate | null)[];
  readonly outputLinked: OutputLinkedComponent | null;
}

function stepApply(step: BaseWageStep, previous: Fen | null, starting: Fen | null): Fen | null {
  if (step.kind === 'amount') return step.amount;
  const from = step.from === 'base' ? starting : previous;
  if (from === null) return null;
  return step.kind === 'raiseRate' ? fenAdd(from, fenApplyRate(from, step.rate)) : fenAdd(from, step.amount);
}

/**
 * The scenario's wage for each of `quarters`. Errors (params.field is relative to the scenario):
 * scenario.quarterOutsideModel, scenario.quarterDuplicate, scenario.baseWageMissing (a quarter with
 * no wage in force, or a raise with nothing to raise), scenario.baseWageNotPositive.
 */
export function scenarioFrom(input: ScenarioInput, quarters: readonly Quarter[]): Result<Scenario> {
  const byQuarter = new Map<Quarter, { entry: ScenarioWageEntry; index: number }>();
  for (const [index, entry] of input.wages.entries()) {
    const params = { scenario: input.name, quarter: entry.quarter, field: `wages.${index}.quarter` };
    if (!quarters.includes(entry.quarter)) return resultErr('scenario.quarterOutsideModel', `${entry.quarter} is not a modelled quarter`, params);
    if (byQuarter.has(entry.quarter)) return resultErr('scenario.quarterDuplicate', `${entry.quarter} is set twice`, params);
    byQuarter.set(entry.quarter, { entry, index });
  }
  const wages: Fen[] = [];
  const dates: (IsoDate | null)[] = [];
  let previous = input.startingWage;
  for (const q of quarters) {
    const found = byQuarter.get(q);
    const field = found ? `wages.${found.index}` : 'wages';
    const wage = found ? stepApply(found.entry.step, previous, input.startingWage) : previous;
    if (wage === null) {
      return resultErr('scenario.baseWageMissing', `no base wage in force in ${q}`, { scenario: input.name, quarter: q, field: found ? field : 'startingWageFen' });
    }
    if (wage <= 0) return resultErr('scenario.baseWageNotPositive', `base wage in ${q} is not positive`, { scenario: input.name, quarter: q, field });
    wages.push(wage);
    dates.push(found?.entry.agreementDate ?? null);
    previous = wage;
  }
  return resultOk({ name: input.name, monthlyBaseWages: wages, agreementDates: dates, outputLinked: input.outputLinked });
}

/** What the model knows about one quarter, whatever the scenario. */
export interface WageQuarterContext {
  readonly quarter: Quarter;
  readonly headcount: Headcount;
  /** Workers idle the quarter before (0 for the first modelled quarter: its headcount split is not entered). */
  readonly previousIdle: number;
  /** Exact output in 分 of this quarter and of the one before; null without an absolute output level. */
  readonly output: Ratio | null;
  readonly previousOutput: Ratio | null;
  /** Output as an exact fraction of the base quarter's: the chained index. */
  readonly outputIndex: Ratio;
  /** 分 per month in force on the quarter's first day; null when the tier or table is unknown. */
  readonly minimumWage: Fen | null;
  readonly allowanceRate: BasisPoints | null;
}

export interface ScenarioQuarter {
  readonly quarter: Quarter;
  /** 分 per month. */
  readonly monthlyBaseWage: Fen;
  readonly wageBill: WageBill;
  readonly stoppagePayBasis: StoppagePayBasis;
  /** 分 per working worker for the quarter. */
  readonly outputLinkedPerWorker: Fen;
  /** Wage bill ÷ output, bp; null without an absolute output level. */
  readonly labourShare: BasisPoints | null;
  /** Wage bill ÷ 3 ÷ workers on the payroll (idle ones included), 分 per month; null with nobody on it. */
  readonly averageMonthlyIncome: Fen | null;
  /** Base wage against the scenario's first quarter, bp (10 000 = 100). */
  readonly baseWageIndex: BasisPoints;
  /**
   * Base-wage index ÷ output index, both rebased to the first modelled quarter, bp: 10 000 = wages moved
   * in step with output; above = wages ahead of output.
   */
  readonly baseWageIndexVsOutput: BasisPoints;
}

const MONTHS_PER_QUARTER = 3;

/** The scenario's figures for each quarter; `contexts` are in the order of the scenario's quarters. */
export function scenarioQuarters(scenario: Scenario, contexts: readonly WageQuarterContext[], termCosts: TermCostSource = noTermCosts): ScenarioQuarter[] {
  const firstWage = scenario.monthlyBaseWages[0];
  const firstOutput = contexts[0]?.outputIndex;
  return contexts.map((c, i) => {
    const wage = scenario.monthlyBaseWages[i];
    if (wage === undefined || firstWage === undefined || firstOutput === undefined) throw new RangeError(`scenario ${scenario.name} has no wage for ${c.quarter}`);
    const idle = headcountIdle(c.headcount);
    const continuingIdle = Math.min(idle, c.previousIdle);
    const stoppage = stoppagePayForQuarter({
      contractWage: wage,
      newIdle: idle - continuingIdle,
      continuingIdle,
      minimumWage: c.minimumWage,
      allowanceRate: c.allowanceRate,
    });
    const perWorker =
      scenario.outputLinked && c.output && c.previousOutput
        ? outputLinkedPerWorker(scenario.outputLinked, c.output, c.previousOutput, c.headcount.working)
        : fen(0);
    const terms = termCosts.quarterCosts(c.quarter);
    const wageBill = wageBillFrom({
      base: fenMultiplyInt(wage, MONTHS_PER_QUARTER * c.headcount.working),
      stoppage: stoppage.amount,
      outputLinked: fenMultiplyInt(perWorker, c.headcount.working),
      termOneOff: terms.oneOff,
      termBaseBuilding: terms.baseBuilding,
    });
    const onPayroll = headcountOnPayroll(c.headcount);
    const wageIndex = ratio(wage, firstWage);
    return {
      quarter: c.quarter,
      monthlyBaseWage: wage,
      wageBill,
      stoppagePayBasis: stoppage.basis,
      outputLinkedPerWorker: perWorker,
      labourShare: c.output && c.output.num !== 0n ? ratioToBasisPoints(ratioDivide(ratio(wageBill.total), c.output)) : null,
      averageMonthlyIncome: onPayroll > 0 ? ratioToFen(ratio(wageBill.total, MONTHS_PER_QUARTER * onPayroll)) : null,
      baseWageIndex: ratioToBasisPoints(wageIndex),
      baseWageIndexVsOutput: ratioToBasisPoints(ratioDivide(wageIndex, ratioDivide(c.outputIndex, firstOutput))),
    };
  });
}

/** b − a for one quarter: 分 for money, bp for the share; null where either side has no figure. */
export interface ScenarioQuarterDifference {
  readonly quarter: Quarter;
  readonly monthlyBaseWage: Fen;
  readonly wageBill: Fen;
  readonly termOneOff: Fen;
  readonly termBaseBuilding: Fen;
  readonly labourShare: BasisPoints | null;
  readonly averageMonthlyIncome: Fen | null;
}

function difference<T extends number>(a: T | null, b: T | null): T | null {
  return a === null || b === null ? null : ((b - a) as T);
}

/** Per-quarter differences b − a over the quarters both scenarios have. */
export function scenarioCompare(a: readonly ScenarioQuarter[], b: readonly ScenarioQuarter[]): ScenarioQuarterDifference[] {
  return a.flatMap((qa) => {
    const qb = b.find((x) => x.quarter === qa.quarter);
    if (!qb) return [];
    return [
      {
        quarter: qa.quarter,
        monthlyBaseWage: fen(qb.monthlyBaseWage - qa.monthlyBaseWage),
        wageBill: fen(qb.wageBill.total - qa.wageBill.total),
        termOneOff: fen(qb.wageBill.termOneOff - qa.wageBill.termOneOff),
        termBaseBuilding: fen(qb.wageBill.termBaseBuilding - qa.wageBill.termBaseBuilding),
        labourShare: difference(qa.labourShare, qb.labourShare),
        averageMonthlyIncome: difference(qa.averageMonthlyIncome, qb.averageMonthlyIncome),
      },
    ];
  });
}
