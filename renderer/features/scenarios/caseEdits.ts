// Edits of a wage case file (分 and bp), as pure functions: the screens compute the next file and hand
// it to the store, which keeps the one before for undo. Each function returns a new file and leaves the
// old one untouched. Checking the result is wageCaseParse's job (shared/wage/caseFile.ts).
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import type { Quarter } from '../../../shared/dates/quarter';
import { resultErr, resultOk, type Result } from '../../../shared/result';
import { outputChangesFromValues, outputValuesFromChanges } from '../../../shared/wage/output';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { caseQuarterCount, caseQuarters } from './caseQuarters';

type ScenarioFile = WageCaseFile['scenarios'][number];
type WageStepFile = ScenarioFile['wages'][number];
export type HeadcountField = 'working' | 'onLeave' | 'stopped';
export type MarkField = 'offerFen' | 'askFen';
export type OutputMode = WageCaseFile['output']['kind'];

const replaceAt = <T>(list: readonly T[], i: number, value: T): T[] => list.map((x, k) => (k === i ? value : x));

/** Switches how output is entered, converting the figures (values need the base quarter's output). */
export function caseOutputModeSet(file: WageCaseFile, mode: OutputMode): Result<WageCaseFile> {
  const output = file.output;
  if (output.kind === mode) return resultOk(file);
  if (output.kind === 'values') {
    const changesBp = outputChangesFromValues(output.baseValueFen as Fen, output.valuesFen as Fen[]);
    return resultOk({ ...file, output: { kind: 'qoq', baseValueFen: output.baseValueFen, changesBp } });
  }
  if (output.baseValueFen === undefined) return resultErr('scenarios.baseValueNeeded', 'values need the base quarter output', { field: 'output.baseValueFen' });
  const valuesFen = outputValuesFromChanges(output.baseValueFen as Fen, output.changesBp as BasisPoints[]);
  return resultOk({ ...file, output: { kind: 'values', baseValueFen: output.baseValueFen, valuesFen } });
}

/** Output of the base quarter; null clears it (allowed only while output is entered as changes). */
export function caseOutputBaseValueSet(file: WageCaseFile, value: Fen | null): WageCaseFile {
  const output = file.output;
  if (output.kind === 'values') return value === null ? file : { ...file, output: { ...output, baseValueFen: value } };
  const { baseValueFen: _old, ...rest } = output;
  return { ...file, output: value === null ? rest : { ...rest, baseValueFen: value } };
}

/** One quarter's output: a value in 分 (values mode) or a change in bp (qoq mode): the mode gives the unit. */
export function caseOutputFigureSet(file: WageCaseFile, i: number, figure: number): WageCaseFile {
  const output = file.output;
  return output.kind === 'values'
    ? { ...file, output: { ...output, valuesFen: replaceAt(output.valuesFen, i, figure as Fen) } }
    : { ...file, output: { ...output, changesBp: replaceAt(output.changesBp, i, figure as BasisPoints) } };
}

/** A whole column (pasted): the case gets one quarter per figure. */
export function caseOutputColumnSet(file: WageCaseFile, figures: readonly number[]): WageCaseFile {
  const sized = caseQuarterCountSet(file, figures.length);
  const output = sized.output;
  return output.kind === 'values'
    ? { ...sized, output: { ...output, valuesFen: figures.map((f) => f as Fen) } }
    : { ...sized, output: { ...output, changesBp: figures.map((f) => f as BasisPoints) } };
}

function marksFor(value: WageCaseFile[MarkField], quarters: readonly Quarter[]): Record<string, number> {
  if (value === undefined) return {};
  if (typeof value === 'number') return Object.fromEntries(quarters.map((q) => [q, value]));
  return Object.fromEntries(Object.entries(value).filter(([q]) => quarters.includes(q as Quarter)));
}

function withMarks(file: WageCaseFile, field: MarkField, marks: Record<string, number>): WageCaseFile {
  const { [field]: _old, ...rest } = file;
  return Object.keys(marks).length === 0 ? rest : { ...rest, [field]: marks };
}

/**
 * Grows or shrinks the run of modelled quarters to `count`: a new quarter repeats the last output
 * value (or no change), the last headcount, and the wages in force; a dropped quarter's figures go.
 */
export function caseQuarterCountSet(file: WageCaseFile, count: number): WageCaseFile {
  const before = caseQuarterCount(file);
  if (count === before || count < 1) return file;
  const quarters = caseQuarters(file, file.baseQuarter, count);
  const output = file.output;
  const grow = <T>(list: readonly T[], fill: T): T[] => Array.from({ length: count }, (_, k) => list[k] ?? fill);
  const nextOutput: WageCaseFile['output'] =
    output.kind === 'values'
      ? { ...output, valuesFen: grow(output.valuesFen, output.valuesFen.at(-1) ?? output.baseValueFen) }
      : { ...output, changesBp: grow(output.changesBp, 0 as BasisPoints) };
  const last = file.headcount.at(-1);
  const headcount = quarters.map((quarter, k) => {
    const row = file.headcount.find((h) => h.quarter === quarter) ?? file.headcount[k] ?? last;
    return { working: row?.working ?? 0, onLeave: row?.onLeave ?? 0, stopped: row?.stopped ?? 0, quarter };
  });
  const scenarios = file.scenarios.map((s) => ({ ...s, wages: s.wages.filter((w) => quarters.includes(w.quarter as Quarter)) }));
  let next: WageCaseFile = { ...file, output: nextOutput, headcount, scenarios };
  for (const field of ['offerFen', 'askFen'] as const) {
    if (typeof file[field] === 'object') next = withMarks(next, field, marksFor(file[field], quarters));
  }
  return next;
}

/** Moves the whole run to start after `baseQuarter`, keeping every figure in its position. */
export function caseBaseQuarterSet(file: WageCaseFile, baseQuarter: Quarter): WageCaseFile {
  const from = caseQuarters(file);
  const to = caseQuarters(file, baseQuarter);
  const moved = (q: Quarter) => to[from.indexOf(q)] ?? q;
  const remap = (value: WageCaseFile[MarkField]) =>
    typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([q, v]) => [moved(q as Quarter), v])) : value;
  const next: WageCaseFile = {
    ...file,
    baseQuarter,
    headcount: file.headcount.map((h) => ({ ...h, quarter: moved(h.quarter) })),
    scenarios: file.scenarios.map((s) => ({ ...s, wages: s.wages.map((w) => ({ ...w, quarter: moved(w.quarter) })) })),
  };
  let out = next;
  for (const field of ['offerFen', 'askFen'] as const) {
    const value = remap(file[field]);
    if (value !== undefined) out = { ...out, [field]: value };
  }
  return out;
}

export function caseHeadcountSet(file: WageCaseFile, i: number, field: HeadcountField, workers: number): WageCaseFile {
  const quarter = caseQuarters(file)[i];
  return { ...file, headcount: file.headcount.map((h) => (h.quarter === quarter ? { ...h, [field]: workers } : h)) };
}

/**
 * Sets one quarter's monthly base wage to an amount. Quarters that only carried the wage before them
 * forward are first written out at the wages they had (`resolved`, one per quarter), so changing one
 * quarter never moves another; raises written as raises stay raises.
 */
export function caseScenarioWageSet(file: WageCaseFile, s: number, i: number, amount: Fen, resolved: readonly Fen[]): WageCaseFile {
  const scenario = file.scenarios[s];
  if (!scenario) return file;
  const quarters = caseQuarters(file);
  const wages: WageStepFile[] = quarters.map((quarter, k): WageStepFile => {
    const step = scenario.wages.find((w) => w.quarter === quarter);
    if (k === i) return { quarter, kind: 'amount', amountFen: amount, ...(step?.agreementDate ? { agreementDate: step.agreementDate } : {}) };
    if (step) return step;
    return { quarter, kind: 'amount', amountFen: resolved[k] ?? amount };
  });
  return { ...file, scenarios: replaceAt(file.scenarios, s, { ...scenario, wages }) };
}

export function caseScenarioNameSet(file: WageCaseFile, s: number, name: string): WageCaseFile {
  const scenario = file.scenarios[s];
  return scenario ? { ...file, scenarios: replaceAt(file.scenarios, s, { ...scenario, name }) } : file;
}

/** A new scenario at the wages `resolved` (one per quarter), written out as amounts. */
export function caseScenarioAdd(file: WageCaseFile, name: string, resolved: readonly Fen[]): WageCaseFile {
  const quarters = caseQuarters(file);
  const wages: WageStepFile[] = quarters.map((quarter, k) => ({ quarter, kind: 'amount', amountFen: resolved[k] ?? resolved[0] ?? (0 as Fen) }));
  return { ...file, scenarios: [...file.scenarios, { name, wages }] };
}

/** Removes a scenario; the last one stays (a case has at least one). */
export function caseScenarioRemove(file: WageCaseFile, s: number): WageCaseFile {
  if (file.scenarios.length <= 1) return file;
  return { ...file, scenarios: file.scenarios.filter((_, k) => k !== s) };
}

/** The employer's offer or the workers' ask for one quarter, 分 per month; null clears it. */
export function caseMarkSet(file: WageCaseFile, field: MarkField, i: number, amount: Fen | null): WageCaseFile {
  const quarters = caseQuarters(file);
  const quarter = quarters[i];
  if (!quarter) return file;
  const marks = marksFor(file[field], quarters);
  if (amount === null) delete marks[quarter];
  else marks[quarter] = amount;
  return withMarks(file, field, marks);
}

/** The labour-cost share at which "what output carries" is computed, bp; null clears it. */
export function caseTargetShareSet(file: WageCaseFile, share: BasisPoints | null): WageCaseFile {
  const { targetLabourShareBp: _old, ...rest } = file;
  return share === null ? rest : { ...rest, targetLabourShareBp: share };
}

/** The offer or ask of each quarter (分 per month), null where none is set. */
export function caseMarks(file: WageCaseFile, field: MarkField): (number | null)[] {
  const marks = marksFor(file[field], caseQuarters(file));
  return caseQuarters(file).map((q) => marks[q] ?? null);
}
