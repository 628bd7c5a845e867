import { describe, expect, it } from 'vitest';
import {
  caseBaseQuarterSet, caseMarks, caseMarkSet, caseOutputColumnSet, caseOutputModeSet, caseQuarterCountSet, caseScenarioAdd,
  caseScenarioRemove, caseScenarioWageSet, caseTargetShareSet,
} from '../../../renderer/features/scenarios/caseEdits';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { caseQuarters } from '../../../renderer/features/scenarios/caseQuarters';
import type { Fen } from '../../../shared/money/fen';
import type { Quarter } from '../../../shared/dates/quarter';
import { type WageCaseFile, wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';

const reference = wageCaseFileSchema.parse(referenceWageCase());
const modelOf = (file: WageCaseFile) => {
  const model = caseModelRun(file);
  if (!model.ok) throw new Error(`${model.error.code}: ${model.error.message}`);
  return model;
};

describe('case edits', () => {
  it('switches output from changes to values and back without changing the index', () => {
    const values = caseOutputModeSet(reference, 'values');
    expect(values.ok && values.value.output).toEqual({ kind: 'values', baseValueFen: 9_000_000_000, valuesFen: [2_700_000_000, 2_160_000_000, 2_808_000_000, 4_492_800_000] });
    const back = values.ok ? caseOutputModeSet(values.value, 'qoq') : values;
    expect(back.ok && back.value.output).toEqual(reference.output);
    expect(modelOf(values.ok ? values.value : reference).result.output.quarters.map((q) => q.index)).toEqual([30, 24, 31.2, 49.92]);
  });

  it('cannot turn changes into values without the base quarter output', () => {
    const { baseValueFen: _b, ...output } = reference.output as Extract<WageCaseFile['output'], { kind: 'qoq' }>;
    expect(caseOutputModeSet({ ...reference, output }, 'values')).toMatchObject({ ok: false, error: { code: 'scenarios.baseValueNeeded' } });
  });

  it('changes one quarter’s wage without moving the quarters that carried a wage forward', () => {
    // Scenario 2 sets 1750 in Q1 only; Q2–Q4 carry it forward.
    const resolved = modelOf(reference).resolvedWages[1]!;
    const edited = caseScenarioWageSet(reference, 1, 1, 160_000 as Fen, resolved);
    expect(modelOf(edited).resolvedWages[1]).toEqual([175_000, 160_000, 175_000, 175_000]);
    expect(edited.scenarios[1]?.outputLinked).toEqual(reference.scenarios[1]?.outputLinked);
    expect(reference.scenarios[1]?.wages).toHaveLength(1); // the original is untouched
  });

  it('sets and clears offers and asks per quarter', () => {
    const offered = caseMarkSet(reference, 'offerFen', 1, 160_000 as Fen);
    expect(caseMarks(offered, 'offerFen')).toEqual([null, 160_000, null, null]);
    expect(modelOf(offered).result.bargainingZone[1]?.offerFen).toBe(160_000);
    expect(caseMarkSet(offered, 'offerFen', 1, null)).not.toHaveProperty('offerFen');
    expect(caseTargetShareSet(reference, null)).not.toHaveProperty('targetLabourShareBp');
  });

  it('adds and removes scenarios; the last one stays', () => {
    const added = caseScenarioAdd(reference, '方案3', modelOf(reference).resolvedWages[0]!);
    expect(modelOf(added).resolvedWages[2]).toEqual([175_000, 157_000, 175_000, 200_000]);
    const one = caseScenarioRemove(caseScenarioRemove(added, 2), 1);
    expect(one.scenarios.map((s) => s.name)).toEqual([reference.scenarios[0]!.name]);
    expect(caseScenarioRemove(one, 0)).toBe(one);
  });

  it('grows and shrinks the run of quarters, keeping the case valid', () => {
    const longer = caseQuarterCountSet(reference, 6);
    expect(caseQuarters(longer)).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4', '2021-Q1', '2021-Q2']);
    expect(modelOf(longer).resolvedWages[0]).toEqual([175_000, 157_000, 175_000, 200_000, 200_000, 200_000]);
    const shorter = caseQuarterCountSet(reference, 2);
    expect(modelOf(shorter).result.quarters).toEqual(['2020-Q1', '2020-Q2']);
  });

  it('replaces the output with a pasted column, resizing the run to fit', () => {
    const pasted = caseOutputColumnSet(reference, [-7000, -2000, 3000, 6000, 1000]);
    expect(modelOf(pasted).result.output.quarters.map((q) => q.index)).toEqual([30, 24, 31.2, 49.92, 54.91]);
    expect(pasted.headcount).toHaveLength(5);
  });

  it('moves the whole run to a new base quarter, each figure keeping its place', () => {
    const moved = caseBaseQuarterSet(caseMarkSet(reference, 'askFen', 3, 210_000 as Fen), '2021-Q4' as Quarter);
    expect(caseQuarters(moved)).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    expect(caseMarks(moved, 'askFen')).toEqual([null, null, null, 210_000]);
    expect(modelOf(moved).resolvedWages[0]).toEqual([175_000, 157_000, 175_000, 200_000]);
  });
});
