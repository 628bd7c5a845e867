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
    expect(code({ ...file, version: 2 })).toEqual(['minimumWageFile.version', 'version']);
    expect(code({ ...file, tables: [{ ...table2024, monthlyFen: { 3: -1 } }] })).toEqual(['minimumWageFile.invalid', 'tables.0.monthlyFen.3']);
    expect(code({ ...file, tables: [{ ...table2024, effectiveTo: '2023-01-01' }] })).toEqual(['minimumWageFile.periodReversed', 'tables.0.effectiveTo']);
    expect(code({ ...file, tables: [{ ...table2024, hourlyFen: { 1: 1 } }] })).toEqual(['minimumWageFile.hourlyMissing', 'tables.0.hourlyFen.2']);
    expect(code({ ...file, tables: [table2024, table2024] })).toEqual(['minimumWageFile.tableDuplicate', 'tables.1']);
    expect(code({ ...file, assignments: [file.assignments[0], file.assignments[0]] })).toEqual(['minimumWageFile.assignmentDuplicate', 'assignments.1']);
    const text = minimumWageFileParseText('{');
    expect(text.ok ? null : text.error.code).toBe('minimumWageFile.json');
  });

  it('merged over the shipped data: a newer table supersedes the open-ended 2022 one, older dates keep theirs', () => {
    const merged = minimumWageDataMerge(minimumWageDataDefault, parsed(file));
    const fuding2024 = minimumWageFor('350982', isoDate('2024-03-01'), merged.tables, merged.assignments);
    expect(fuding2024).toMatchObject({ tier: 3, monthly: 210000 });
    const fuding2023 = minimumWageFor('350982', isoDate('2023-03-01'), merged.tables, merged.assignments);
    expect(fuding2023).toMatchObject({ tier: 3, monthly: 181000 });
    expect(minimumWageFor('350700', isoDate('2024-03-01'), merged.tables, merged.assignments)).toMatchObject({ tier: 4, monthly: 190000 });
    expect(minimumWageFor('350700', isoDate('2023-03-01'), merged.tables, merged.assignments)).toEqual({ unknown: 'tier' });
  });

  it('a user entry with the same start replaces the shipped one', () => {
    const user = parsed({ ...file, tables: [{ ...table2024, effectiveFrom: '2022-04-01', monthlyFen: { 3: 99900 }, hourlyFen: { 3: 1000 } }], assignments: [{ regionCode: '350982', tier: 2, effectiveFrom: '2022-04-01' }] });
    const merged = minimumWageDataMerge(minimumWageDataDefault, user);
    expect(merged.tables.filter((t) => t.effectiveFrom === '2022-04-01')).toHaveLength(1);
    expect(minimumWageFor('350982', isoDate('2022-06-01'), merged.tables, merged.assignments)).toEqual({ unknown: 'table' });
  });
});
