import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import {
  minimumWageDataMerge,
  minimumWageFileFrom,
  minimumWageFileParse,
  minimumWageFileParseText,
} from '../../../shared/regions/minimumWageFile';
import { minimumWageDataDefault } from '../../../shared/wage/floor';

const table2024 = {
  region: '35',
  effectiveFrom: '2024-01-01',
  basis: '闽人社发〔2023〕新表',
  monthlyFen: { 1: 230000, 2: 220000, 3: 210000, 4: 190000 },
  hourlyFen: { 1: 2400, 2: 2300, 3: 2200, 4: 2000 },
  verified: true,
};
const file = { format: 'wagedesk.minimumWage', version: 1, tables: [table2024], assignments: [{ regionCode: '350700', tier: 4, effectiveFrom: '2024-01-01' }] };

function parsed(input: unknown) {
  const r = minimumWageFileParse(input);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('minimum-wage file (user tables and tiers)', () => {
  it('reads a table in 分 by tier and fills defaults; writing it back reads the same', () => {
    const data = parsed(file);
    expect(data.tables[0]).toMatchObject({ effectiveTo: null, monthly: { 3: 210000 }, verified: true });
    expect(data.assignments[0]).toEqual({ regionCode: '350700', tier: 4, effectiveFrom: '2024-01-01', verified: false });
    expect(parsed(JSON.parse(JSON.stringify(minimumWageFileFrom(data))))).toEqual(data);
  });

  it('names what is wrong: not this file, a newer version, a bad field, a tier without an hourly figure, duplicates', () => {
    const code = (input: unknown) => {
      const r = minimumWageFileParse(input);
      return r.ok ? null : [r.error.code, r.error.params?.field];
    };
    expect(code({ tables: [] })).toEqual(['minimumWageFile.format', 'format']);
    expect(code({ ...file, version: 3 })).toEqual(['minimumWageFile.version', 'version']);
    expect(code({ ...file, tables: [{ ...table2024, monthlyFen: { 3: -1 } }] })).toEqual(['minimumWageFile.amountNotPositive', 'tables.0.monthlyFen.3']);
    expect(code({ ...file, tables: [{ ...table2024, effectiveTo: '2023-01-01' }] })).toEqual(['minimumWageFile.periodReversed', 'tables.0.effectiveTo']);
    expect(code({ ...file, tables: [{ ...table2024, hourlyFen: { 1: 1 } }] })).toEqual(['minimumWageFile.hourlyMissing', 'tables.0.hourlyFen.2']);
    expect(code({ ...file, tables: [table2024, table2024] })).toEqual(['minimumWageFile.tableDuplicate', 'tables.1']);
    expect(code({ ...file, assignments: [file.assignments[0], file.assignments[0]] })).toEqual(['minimumWageFile.assignmentDuplicate', 'assignments.1']);
    const text = minimumWageFileParseText('{');
    expect(text.ok ? null : text.error.code).toBe('minimumWageFile.json');
  });

  it('merged over the shipped data: the user’s table and tiers fill the years the shipped lists leave unknown', () => {
    const user = parsed({ ...file, assignments: [...file.assignments, { regionCode: '350982', tier: 3, effectiveFrom: '2022-04-01', effectiveTo: '2025-03-31' }] });
    const merged = minimumWageDataMerge(minimumWageDataDefault, user);
    const fuding2024 = minimumWageFor('350982', isoDate('2024-03-01'), merged.tables, merged.assignments);
    expect(fuding2024).toMatchObject({ tier: 3, monthly: 210000 });
    const fuding2023 = minimumWageFor('350982', isoDate('2023-03-01'), merged.tables, merged.assignments);
    expect(fuding2023).toMatchObject({ tier: 3, monthly: 181000 });
    const fuding2026 = minimumWageFor('350982', isoDate('2026-03-01'), merged.tables, merged.assignments);
    expect(fuding2026).toMatchObject({ tier: 3, monthly: 204500 });
    expect(minimumWageFor('350700', isoDate('2024-03-01'), merged.tables, merged.assignments)).toMatchObject({ tier: 4, monthly: 190000 });
    expect(minimumWageFor('350700', isoDate('2023-03-01'), merged.tables, merged.assignments)).toEqual({ unknown: 'tier' });
  });

  it('a user entry with the same start replaces the shipped one', () => {
    const user = parsed({ ...file, tables: [{ ...table2024, effectiveFrom: '2022-04-01', monthlyFen: { 3: 99900 }, hourlyFen: { 3: 1000 } }], assignments: [{ regionCode: '350982', tier: 2, effectiveFrom: '2022-04-01' }] });
    const merged = minimumWageDataMerge(minimumWageDataDefault, user);
    expect(merged.tables.filter((t) => t.region === '35' && t.effectiveFrom === '2022-04-01')).toHaveLength(1);
    expect(minimumWageFor('350982', isoDate('2022-06-01'), merged.tables, merged.assignments)).toEqual({ unknown: 'table' });
  });
});

describe('bad reference data files are refused with what is wrong, nothing read', () => {
  const tiered = {
    format: 'wagedesk.minimumWage',
    version: 2,
    tables: [
      {
        region: '35',
        effectiveFrom: '2030-01-01',
        basis: '闽人社文〔2029〕1号',
        tiers: [
          { tier: 1, monthlyFen: 250000, hourlyFen: 2600, counties: ['350203'] },
          { tier: 2, monthlyFen: 240000, hourlyFen: 2500, otherCounties: true },
        ],
        source: { title: '公布我省最低工资标准的通知', number: '闽人社文〔2029〕1号', date: '2029-10-01', readAt: 'https://example.gov.cn/n', kind: 'notice' },
        verified: true,
        countiesVerified: true,
        includesSocialInsurance: true,
      },
    ],
  };
  const table0 = tiered.tables[0]!;
  const code = (tables: unknown[]) => {
    const r = minimumWageFileParse({ ...tiered, tables });
    return r.ok ? null : [r.error.code, r.error.params?.field];
  };

  it('reads a table with its source and county lists: listed counties, and the rest of the province where the notice says so', () => {
    const data = parsed(tiered);
    expect(data.tables[0]).toMatchObject({ monthly: { 1: 250000, 2: 240000 }, includesSocialInsurance: true, source: { number: '闽人社文〔2029〕1号' } });
    const tierOf = (code: string) => data.assignments.find((a) => a.regionCode === code)?.tier;
    expect([tierOf('350203'), tierOf('350982'), tierOf('330102')]).toEqual([1, 2, undefined]);
    expect(parsed(JSON.parse(JSON.stringify(minimumWageFileFrom(data))))).toEqual(data);
  });

  it('a tier without counties', () => {
    expect(code([{ ...table0, tiers: [{ tier: 1, monthlyFen: 250000, hourlyFen: 2600, counties: [] }] }])).toEqual(['minimumWageFile.tierNoCounties', 'tables.0.tiers.0.counties']);
  });

  it('overlapping dates: two tables of one province in force on the same day', () => {
    const earlier = { ...table0, effectiveFrom: '2029-01-01', effectiveTo: '2030-06-30' };
    expect(code([earlier, table0])).toEqual(['minimumWageFile.overlap', 'tables.1']);
    expect(code([{ ...earlier, effectiveTo: '2029-12-31' }, table0])).toBeNull();
  });

  it('a negative or zero figure', () => {
    expect(code([{ ...table0, tiers: [{ tier: 1, monthlyFen: -250000, hourlyFen: 2600, counties: ['350203'] }] }])).toEqual(['minimumWageFile.amountNotPositive', 'tables.0.tiers.0.monthlyFen']);
    expect(code([{ ...table0, tiers: [{ tier: 1, monthlyFen: 250000, hourlyFen: 0, counties: ['350203'] }] }])).toEqual(['minimumWageFile.amountNotPositive', 'tables.0.tiers.0.hourlyFen']);
  });

  it('an unknown region code: a province, a county, or a county of another province', () => {
    expect(code([{ ...table0, region: '99' }])).toEqual(['minimumWageFile.regionUnknown', 'tables.0.region']);
    expect(code([{ ...table0, tiers: [{ tier: 1, monthlyFen: 250000, hourlyFen: 2600, counties: ['350299'] }] }])).toEqual(['minimumWageFile.regionUnknown', 'tables.0.tiers.0.counties.0']);
    expect(code([{ ...table0, tiers: [{ tier: 1, monthlyFen: 250000, hourlyFen: 2600, counties: ['330102'] }] }])).toEqual(['minimumWageFile.countyOutside', 'tables.0.tiers.0.counties.0']);
    const r = minimumWageFileParse({ ...file, assignments: [{ regionCode: '359999', tier: 1, effectiveFrom: '2024-01-01' }] });
    expect(r.ok ? null : r.error.code).toBe('minimumWageFile.regionUnknown');
  });

  it('a county listed twice in one table', () => {
    expect(code([{ ...table0, tiers: [{ tier: 1, monthlyFen: 250000, hourlyFen: 2600, counties: ['350203'] }, { tier: 2, monthlyFen: 240000, hourlyFen: 2500, counties: ['350203'] }] }])).toEqual(['minimumWageFile.countyDuplicate', 'tables.0.tiers.1.counties.0']);
  });
});
