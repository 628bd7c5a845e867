import { describe, it, expect } from 'vitest';
import { economyDataMerge, economyFileFrom, economyFileParse, economyFileParseText, economyUserFromText } from '../../../shared/economy/economyFile';
import { economyShipped } from '../../../shared/economy/economyShipped';
import { economyDataEmpty, guidelinePosition, wageGuidelineFor } from '../../../shared/economy/economy';
import type { BasisPoints } from '../../../shared/money/rate';

const guideline = (over: Record<string, unknown> = {}) => ({
  region: '44',
  year: 2026,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  baselineBp: 500,
  upperBp: 800,
  lowerBp: 200,
  ...over,
});
const file = (over: Record<string, unknown> = {}) => ({ format: 'wagedesk.economy', version: 1, guidelines: [guideline()], ...over });
const errorOf = (input: unknown) => {
  const r = economyFileParse(input);
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('economyFileParse', () => {
  it('reads guidelines, CPI and average wages and writes them back unchanged', () => {
    const input = file({
      prices: [{ region: '44', year: 2025, changeBp: -10, verified: false }],
      averageWages: [{ region: '4401', year: 2025, annualFen: 15_000_000, source: { title: '统计公报', readAt: 'https://example.org', kind: 'secondary' } }],
    });
    const parsed = economyFileParse(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.guidelines[0]).toMatchObject({ region: '44', baseline: 500, upper: 800, lower: 200, verified: false });
    expect(parsed.value.prices[0]!.change).toBe(-10);
    const again = economyFileParse(economyFileFrom(parsed.value));
    expect(again).toEqual(parsed);
  });

  it('refuses a negative line or average wage, naming the field', () => {
    expect(errorOf(file({ guidelines: [guideline({ lowerBp: -100 })] }))).toMatchObject({ code: 'economyFile.negative', params: { field: 'guidelines.0.lowerBp' } });
    expect(errorOf(file({ averageWages: [{ region: '44', year: 2025, annualFen: -1 }] }))).toMatchObject({ code: 'economyFile.negative', params: { field: 'averageWages.0.annualFen' } });
  });

  it('refuses a region code that is no division of China', () => {
    expect(errorOf(file({ guidelines: [guideline({ region: '99' })] }))).toMatchObject({ code: 'economyFile.regionUnknown', params: { field: 'guidelines.0.region', code: '99' } });
  });

  it('refuses two guidelines of one region in force on the same days', () => {
    const second = guideline({ year: 2027, effectiveFrom: '2026-07-01', effectiveTo: null });
    expect(errorOf(file({ guidelines: [guideline(), second] }))).toMatchObject({ code: 'economyFile.overlap', params: { field: 'guidelines.1', code: '44' } });
    const after = guideline({ year: 2027, effectiveFrom: '2027-01-01', effectiveTo: null });
    expect(economyFileParse(file({ guidelines: [guideline(), after] })).ok).toBe(true);
  });

  it('refuses lines out of order, a reversed period, two entries for one year, a foreign file and bad JSON', () => {
    expect(errorOf(file({ guidelines: [guideline({ upperBp: 400 })] })).code).toBe('economyFile.linesOrder');
    expect(errorOf(file({ guidelines: [guideline({ effectiveTo: '2025-12-31' })] })).code).toBe('economyFile.periodReversed');
    expect(errorOf(file({ prices: [{ region: '44', year: 2025, changeBp: 1 }, { region: '44', year: 2025, changeBp: 2 }] })).code).toBe('economyFile.duplicate');
    expect(errorOf({ format: 'wagedesk.minimumWage', version: 2 }).code).toBe('economyFile.format');
    expect(errorOf(file({ version: 2 })).code).toBe('economyFile.version');
    const text = economyFileParseText('{');
    expect(text.ok ? null : text.error.code).toBe('economyFile.json');
  });

  it('imports over the previous entries: the same region and year replaces', () => {
    const previous = economyFileParse(file());
    if (!previous.ok) throw new Error('setup');
    const next = economyUserFromText(JSON.stringify(file({ guidelines: [guideline({ baselineBp: 600 })] })), previous.value);
    expect(next.ok && next.value.guidelines.map((g) => g.baseline)).toEqual([600]);
  });
});

describe('lookups', () => {
  it('takes the most specific region of the year, and says unknown otherwise', () => {
    const parsed = economyFileParse(file({ guidelines: [guideline(), guideline({ region: '4403', baselineBp: 550 })] }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(wageGuidelineFor('440106', 2026, parsed.value)?.baseline).toBe(500);
    expect(wageGuidelineFor('440305', 2026, parsed.value)?.baseline).toBe(550);
    expect(wageGuidelineFor('440106', 2025, parsed.value)).toBeNull();
    expect(wageGuidelineFor('330106', 2026, economyDataMerge(economyDataEmpty, parsed.value))).toBeNull();
  });

  it('places a raise against the lines', () => {
    const parsed = economyFileParse(file());
    if (!parsed.ok) throw new Error('setup');
    const g = parsed.value.guidelines[0]!;
    expect([100, 300, 500, 900].map((r) => guidelinePosition(r as BasisPoints, g))).toEqual(['below-lower', 'below-baseline', 'at-or-above-baseline', 'above-upper']);
  });

  it('ships only figures that pass the validator', () => {
    expect(() => economyShipped()).not.toThrow();
  });
});
