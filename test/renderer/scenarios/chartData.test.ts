import { describe, expect, it } from 'vitest';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { indexRows, seriesValues, valueAxis, zoneRows } from '../../../renderer/features/scenarios/chartData';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';

const model = caseModelRun(wageCaseFileSchema.parse(referenceWageCase()));
const result = model.ok ? model.result : null;
const label = (q: string) => q;

describe('chart rows', () => {
  it('give the output index and each scenario’s base-wage index per quarter', () => {
    expect(indexRows(result!, label).map((r) => [r.quarter, r.output, r.s0])).toEqual([
      ['2020-Q1', 30, 100],
      ['2020-Q2', 24, 89.71],
      ['2020-Q3', 31.2, 100],
      ['2020-Q4', 49.92, 114.29],
    ]);
  });

  it('give the zone in 元 with the exact 分 beside, and no offer or ask where none is set', () => {
    const q2 = zoneRows(result!, label)[1]!;
    expect(q2).toMatchObject({ floor: 1570, floorFen: 157_000, carried: 1500, s0: 1570, s1: 1750, offer: null, ask: null });
  });
});

describe('valueAxis', () => {
  it('picks round ticks around the values, at most 7 intervals', () => {
    const axis = valueAxis(seriesValues(zoneRows(result!, label), ['floor', 'carried', 's0', 's1']));
    expect(axis).toEqual({ domain: [1000, 3500], ticks: [1000, 1500, 2000, 2500, 3000, 3500] });
    expect(valueAxis([0, 2.33, 2.74]).ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(valueAxis([]).domain).toEqual([0, 1]);
  });
});
