import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fen, fen } from '../../../shared/money/fen';
import { type BasisPoints, bp } from '../../../shared/money/rate';
import { quarter } from '../../../shared/dates/quarter';
import {
  outputChangesFromValues,
  outputIndexBasisPoints,
  outputIndexSeries,
  outputSeriesFrom,
  outputValues,
  outputValuesFromChanges,
  outputYearOnYear,
} from '../../../shared/wage/output';

const Q4_2019 = quarter('2019-Q4');
const referenceChanges = [-7000, -2000, 3000, 6000].map(bp);

describe('output index (reference case)', () => {
  it('chains −70 %, −20 %, +30 %, +60 % from Q4 2019 = 100 to exactly 30, 24, 31.2, 49.92', () => {
    const series = outputSeriesFrom(Q4_2019, { kind: 'qoq', baseValue: null, changes: referenceChanges });
    expect(series.quarters).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
    expect(outputIndexSeries(series)).toEqual([30, 24, 31.2, 49.92]);
    expect(outputIndexBasisPoints(series)).toEqual([3000, 2400, 3120, 4992]);
  });

  it('keeps shares relative without a base value: no absolute output', () => {
    const series = outputSeriesFrom(Q4_2019, { kind: 'qoq', baseValue: null, changes: referenceChanges });
    expect(outputValues(series)).toEqual([null, null, null, null]);
  });

  it('gives the same index from values as from changes', () => {
    const values = outputValuesFromChanges(fen(9_000_000_000), referenceChanges);
    expect(values).toEqual([2_700_000_000, 2_160_000_000, 2_808_000_000, 4_492_800_000]);
    const series = outputSeriesFrom(Q4_2019, { kind: 'values', baseValue: fen(9_000_000_000), values });
    expect(outputIndexSeries(series)).toEqual([30, 24, 31.2, 49.92]);
    expect(series.changes).toEqual(referenceChanges);
  });

  it('reports year-on-year change only where the quarter four earlier exists (the base quarter counts)', () => {
    const series = outputSeriesFrom(Q4_2019, { kind: 'qoq', baseValue: null, changes: [...referenceChanges, bp(1000)] });
    // 2020-Q4 against 2019-Q4: 49.92 / 100 − 1 = −50.08 %; 2021-Q1 against 2020-Q1: 49.92 × 1.1 / 30 − 1 = 83.04 %.
    expect(outputYearOnYear(series)).toEqual([null, null, null, -5008, 8304]);
  });
});

describe('conversions', () => {
  it('rounds derived changes once to the basis point', () => {
    // 300 → 400 is +3333.33… bp → 3333; 400 → 300 is exactly −2500.
    expect(outputChangesFromValues(fen(300), [fen(400), fen(300)])).toEqual([3333, -2500]);
  });

  it('refuses a fall of 100 % or more and non-positive values', () => {
    expect(() => outputValuesFromChanges(fen(100), [bp(-10_000)])).toThrow(RangeError);
    expect(() => outputChangesFromValues(fen(100), [fen(0)])).toThrow(RangeError);
  });

  it('round-trips changes → values → changes exactly when output is large enough to carry basis points', () => {
    const changes = fc.array(fc.integer({ min: -5000, max: 5000 }).map((n) => n as BasisPoints), { minLength: 1, maxLength: 8 });
    const base = fc.integer({ min: 1_000_000_000, max: 1_000_000_000_000 }).map((n) => n as Fen);
    fc.assert(
      fc.property(base, changes, (baseValue, cs) => {
        expect(outputChangesFromValues(baseValue, outputValuesFromChanges(baseValue, cs))).toEqual(cs);
      }),
    );
  });

  it('round-trips values → changes → values to within the bp rounding of each step', () => {
    // Quarters that at most halve or double, so each rounded change (±0.5 bp) moves a value by at most 0.01 %.
    const steps = fc.array(fc.integer({ min: 5000, max: 20_000 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000, max: 100_000_000_000 }), steps, (start, factors) => {
        const baseValue = fen(start);
        const vs: Fen[] = [];
        let v = start;
        for (const f of factors) vs.push(fen((v = Math.max(1, Math.round((v * f) / 10_000)))));
        const back = outputValuesFromChanges(baseValue, outputChangesFromValues(baseValue, vs));
        back.forEach((b, i) => expect(Math.abs(b - vs[i]!)).toBeLessThanOrEqual(Math.ceil(vs[i]! * 0.000_11 * (i + 1)) + 1));
      }),
    );
  });
});
