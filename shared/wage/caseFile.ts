// The case file the CLI reads (and the app will import): one enterprise's output, headcount and
// base-wage scenarios for a run of quarters. Money is integer 分 (fields end in Fen), rates are integer
// basis points (fields end in Bp). Reading = zod shape check, then the cross-field checks, then a
// restore into the model's types; every error is a Result naming the field (e.g. "output.changesBp.2").
import { z } from 'zod';
import { type Fen, fen } from '../money/fen';
import { type BasisPoints, bp } from '../money/rate';
import { type IsoDate, isoDateParse } from '../dates/isoDate';
import type { Quarter } from '../dates/quarter';
import { type Result, resultErr, resultOk } from '../result';
import { type Headcount, headcount } from './headcount';
import { type OutputSeries, outputSeriesFrom } from './output';
import { type BaseWageStep, type Scenario, type ScenarioWageEntry, scenarioFrom } from './scenario';


const MAX_QUARTERS = 40;
// Fields are branded on the way in (Quarter, IsoDate, Fen, BasisPoints), so a parsed file — and a round
// stored with it — carries the core's types, and nothing downstream re-brands plain numbers.
const quarterText = z.string().regex(/^\d{4}-Q[1-4]$/).transform((s) => s as Quarter);
const isoDateText = z.string().refine((s) => isoDateParse(s) !== null, 'not a calendar date (YYYY-MM-DD)').transform((s) => s as IsoDate);
/** Integer 分; the cap (10^13 分 = 1000 亿元) keeps every product in the model far inside the safe range. */
const fenPositive = z.number().int().positive().max(1e13).transform((n) => n as Fen);
const fenSigned = z.number().int().min(-1e13).max(1e13).transform((n) => n as Fen);
const bpOf = (schema: z.ZodNumber) => schema.transform((n) => n as BasisPoints);
const workers = z.number().int().min(0).max(1_000_000);
const raiseFrom = z.enum(['previous', 'base']).default('previous');
const agreementDate = isoDateText.optional();

const outputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('values'), baseValueFen: fenPositive, valuesFen: z.array(fenPositive).min(1).max(MAX_QUARTERS) }),
  z.strictObject({
    kind: z.literal('qoq'),
    /** Output of the base quarter; without it labour-cost shares and what output carries stay unknown. */
    baseValueFen: fenPositive.optional(),
    /** Above −100 %; at most +10 000 % a quarter. */
    changesBp: z.array(bpOf(z.number().int().gt(-10_000).max(1_000_000))).min(1).max(MAX_QUARTERS),
  }),
]);

const wageStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ quarter: quarterText, kind: z.literal('amount'), amountFen: fenPositive, agreementDate }),
  z.strictObject({ quarter: quarterText, kind: z.literal('raiseRate'), rateBp: bpOf(z.number().int().min(-10_000).max(1_000_000)), from: raiseFrom, agreementDate }),
  z.strictObject({ quarter: quarterText, kind: z.literal('raiseAmount'), amountFen: fenSigned, from: raiseFrom, agreementDate }),
]);

const scenarioSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** 分 per month before the first modelled quarter (needed by raises with nothing earlier to raise). */
  startingWageFen: fenPositive.optional(),
  wages: z.array(wageStepSchema).max(MAX_QUARTERS),
  outputLinked: z.strictObject({ shareBp: bpOf(z.number().int().min(0).max(10_000)), thresholdBp: bpOf(z.number().int().min(-10_000).max(1_000_000)) }).optional(),
});

/** One monthly amount for every quarter, or amounts by quarter. */
const monthlyMark = z.union([fenPositive, z.record(quarterText, fenPositive)]).optional();

export const wageCaseFileSchema = z.strictObject({
  title: z.string().max(200).optional(),
  /** GB/T 2260 county-level code. */
  regionCode: z.string().regex(/^\d{6}$/),
  /** The quarter the output index is 100 in; modelled quarters follow it. */
  baseQuarter: quarterText,
  output: outputSchema,
  headcount: z.array(z.strictObject({ quarter: quarterText, working: workers, onLeave: workers.default(0), stopped: workers.default(0) })).min(1).max(MAX_QUARTERS),
  scenarios: z.array(scenarioSchema).min(1).max(20),
  /** The employer's offer and the workers' ask, 分 per month. */
  offerFen: monthlyMark,
  askFen: monthlyMark,
  /** Labour-cost share of output (bp) at which to compute what output carries. */
  targetLabourShareBp: bpOf(z.number().int().min(1).max(10_000)).optional(),
  /** Placeholders and modelling choices the user should know about. */
  assumptions: z.array(z.strictObject({ field: z.string(), note: z.string() })).default([]),
});

/** The model as written in a file (JSON): defaults may be left out, numbers are plain. */
export type WageCaseFileInput = z.input<typeof wageCaseFileSchema>;
/** The model as stored in a round and edited on screen: defaults filled in, money, rates and dates branded. */
export type WageCaseFile = z.output<typeof wageCaseFileSchema>;

export interface WageCaseAssumption {
  readonly field: string;
  readonly note: string;
}

/** A checked case, restored into the model's types; quarters are `output.quarters`. */
export interface WageCase {
  readonly title: string | null;
  readonly regionCode: string;
  readonly output: OutputSeries;
  /** One per modelled quarter, in order. */
  readonly headcount: readonly Headcount[];
  readonly scenarios: readonly Scenario[];
  /** 分 per month per modelled quarter; null where not given. */
  readonly offer: readonly (Fen | null)[];
  readonly ask: readonly (Fen | null)[];
  readonly targetLabourShare: BasisPoints | null;
  readonly assumptions: readonly WageCaseAssumption[];
}

/**
 * Error codes: case.json (not JSON), case.invalid (shape: params.field, params.issue = the zod issue
 * code), case.quarterOutsideModel, case.headcountDuplicate, case.headcountMissing,
 * case.scenarioNameDuplicate, case.outputLevelRequired, and scenario.* from scenarioFrom. Every
 * error has params.field, a dotted path into the file.
 */
export const wageCaseErrorCodes = [
  'case.json',
  'case.invalid',
  'case.quarterOutsideModel',
  'case.headcountDuplicate',
  'case.headcountMissing',
  'case.scenarioNameDuplicate',
  'case.outputLevelRequired',
  'scenario.quarterOutsideModel',
  'scenario.quarterDuplicate',
  'scenario.baseWageMissing',
  'scenario.baseWageNotPositive',
] as const;

type Issue = z.core.$ZodIssue;

/** The most specific issue: inside a union, the branch error that reaches deepest into the input. */
function issueDeepest(issue: Issue): { path: PropertyKey[]; issue: Issue } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const candidates = issue.errors.flat().map(issueDeepest);
    const best = candidates.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    return { path: [...issue.path, ...best.path], issue: best.issue };
  }
  if (issue.code === 'invalid_key') return { path: issue.path, issue };
  if (issue.code === 'unrecognized_keys') return { path: [...issue.path, ...issue.keys.slice(0, 1)], issue };
  return { path: issue.path, issue };
}

function stepFrom(row: z.output<typeof wageStepSchema>): BaseWageStep {
  if (row.kind === 'amount') return { kind: 'amount', amount: fen(row.amountFen) };
  if (row.kind === 'raiseRate') return { kind: 'raiseRate', rate: bp(row.rateBp), from: row.from };
  return { kind: 'raiseAmount', amount: fen(row.amountFen), from: row.from };
}

function markByQuarter(value: z.output<typeof monthlyMark>, field: string, quarters: readonly Quarter[]): Result<(Fen | null)[]> {
  if (value === undefined) return resultOk(quarters.map(() => null));
  if (typeof value === 'number') return resultOk(quarters.map(() => fen(value)));
  for (const q of Object.keys(value)) {
    if (!quarters.includes(q as Quarter)) return resultErr('case.quarterOutsideModel', `${q} is not a modelled quarter`, { field: `${field}.${q}`, quarter: q });
  }
  return resultOk(quarters.map((q) => (value[q] === undefined ? null : fen(value[q]))));
}

/** Checks and restores a parsed JSON value. */
export function wageCaseParse(input: unknown): Result<WageCase> {
  const parsed = wageCaseFileSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first) return resultErr('case.invalid', 'invalid case file', { field: '', issue: 'unknown' });
    const { path, issue } = issueDeepest(first);
    const field = path.map(String).join('.');
    return resultErr('case.invalid', issue.message, { field, issue: issue.code });
  }
  const file = parsed.data;
  let output: OutputSeries;
  try {
    output = outputSeriesFrom(
      file.baseQuarter as Quarter,
      file.output.kind === 'values'
        ? { kind: 'values', baseValue: fen(file.output.baseValueFen), values: file.output.valuesFen.map(fen) }
        : { kind: 'qoq', baseValue: file.output.baseValueFen === undefined ? null : fen(file.output.baseValueFen), changes: file.output.changesBp.map(bp) },
    );
  } catch {
    return resultErr('case.invalid', 'the modelled quarters run past 9999-Q4', { field: 'baseQuarter', issue: 'too_big' });
  }
  const quarters = output.quarters;

  const rows = new Map<Quarter, Headcount>();
  for (const [i, row] of file.headcount.entries()) {
    const q = row.quarter as Quarter;
    const field = `headcount.${i}.quarter`;
    if (!quarters.includes(q)) return resultErr('case.quarterOutsideModel', `${q} is not a modelled quarter`, { field, quarter: q });
    if (rows.has(q)) return resultErr('case.headcountDuplicate', `headcount for ${q} is given twice`, { field, quarter: q });
    rows.set(q, headcount(q, row.working, row.onLeave, row.stopped));
  }
  const missing = quarters.find((q) => !rows.has(q));
  if (missing) return resultErr('case.headcountMissing', `no headcount for ${missing}`, { field: 'headcount', quarter: missing });

  const scenarios: Scenario[] = [];
  for (const [i, s] of file.scenarios.entries()) {
    if (file.scenarios.findIndex((other) => other.name === s.name) !== i) {
      return resultErr('case.scenarioNameDuplicate', `two scenarios are named ${s.name}`, { field: `scenarios.${i}.name`, scenario: s.name });
    }
    if (s.outputLinked && output.baseValue === null) {
      return resultErr('case.outputLevelRequired', 'an output-linked component needs the base quarter output value', { field: 'output.baseValueFen', scenario: s.name });
    }
    const wages: ScenarioWageEntry[] = s.wages.map((w) => ({
      quarter: w.quarter as Quarter,
      step: stepFrom(w),
      agreementDate: w.agreementDate === undefined ? null : (w.agreementDate as IsoDate),
    }));
    const resolved = scenarioFrom(
      {
        name: s.name,
        startingWage: s.startingWageFen === undefined ? null : fen(s.startingWageFen),
        wages,
        outputLinked: s.outputLinked ? { share: bp(s.outputLinked.shareBp), threshold: bp(s.outputLinked.thresholdBp) } : null,
      },
      quarters,
    );
    if (!resolved.ok) {
      const { code, message, params } = resolved.error;
      return resultErr(code, message, { ...params, field: `scenarios.${i}.${String(params?.field ?? '')}` });
    }
    scenarios.push(resolved.value);
  }

  const offer = markByQuarter(file.offerFen, 'offerFen', quarters);
  if (!offer.ok) return offer;
  const ask = markByQuarter(file.askFen, 'askFen', quarters);
  if (!ask.ok) return ask;

  return resultOk({
    title: file.title ?? null,
    regionCode: file.regionCode,
    output,
    headcount: quarters.map((q) => rows.get(q)!),
    scenarios,
    offer: offer.value,
    ask: ask.value,
    targetLabourShare: file.targetLabourShareBp === undefined ? null : bp(file.targetLabourShareBp),
    assumptions: file.assumptions,
  });
}

/** Reads case-file text: case.json when it is not JSON, otherwise as wageCaseParse. */
export function wageCaseParseText(text: string): Result<WageCase> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return resultErr('case.json', `not JSON: ${error instanceof Error ? error.message : String(error)}`, { field: '' });
  }
  return wageCaseParse(value);
}
