// A table whose successor's start was not read: known in force through `confirmedTo`, never answered for
// a later day (the figure may have ended), until a later table of the region gives it its end. The file
// validator takes `confirmedTo` with an open end only, and not before the start.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { minimumWageFor, type MinimumWageTable, type TierAssignment } from '../../../shared/regions/minimumWage';
import { minimumWageFileFrom, minimumWageFileParse } from '../../../shared/regions/minimumWageFile';

// 辽宁's 2021 figures (made into a test table), confirmed in force to 2024-01-01, adjusted since on an unknown day.
const old: MinimumWageTable = {
  region: '21',
  effectiveFrom: isoDate('2021-11-01'),
  effectiveTo: null,
  confirmedTo: isoDate('2024-01-01'),
  basis: '辽人社发〔2021〕13号',
  monthly: { 1: 191_000 as Fen, 2: 171_000 as Fen },
  hourly: { 1: 1_920 as Fen, 2: 1_720 as Fen },
  verified: false,
};
const heping: TierAssignment = { regionCode: '210102', tier: 1, effectiveFrom: isoDate('2021-11-01'), verified: false };
const lookup = (date: string, tables: readonly MinimumWageTable[] = [old]) => minimumWageFor('210102', isoDate(date), tables, [heping]);

describe('a table confirmed only to a day', () => {
  it('answers its figure through that day', () => {
    expect(lookup('2024-01-01')).toMatchObject({ tier: 1, monthly: 191_000 });
    expect(lookup('2022-06-30')).toMatchObject({ tier: 1, monthly: 191_000 });
  });

  it('answers nothing after it, saying the table was adjusted since', () => {
    expect(lookup('2024-01-02')).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
    expect(lookup('2026-06-01')).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
  });

  it('says so even for a county whose tier is unknown', () => {
    expect(minimumWageFor('210202', isoDate('2026-06-01'), [old], [heping])).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
  });

  it('a later table answers from its own start; the days between stay unknown (it need not be the next one)', () => {
    const { confirmedTo: _c, ...open } = old;
    const next: MinimumWageTable = { ...open, effectiveFrom: isoDate('2025-12-01'), basis: '报道', monthly: { 1: 223_000 as Fen }, hourly: { 1: 2_200 as Fen } };
    expect(lookup('2024-01-01', [old, next])).toMatchObject({ monthly: 191_000 });
    expect(lookup('2025-11-30', [old, next])).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
    expect(lookup('2025-12-01', [old, next])).toMatchObject({ monthly: 223_000 });
    expect(lookup('2026-06-01', [old, next])).toMatchObject({ monthly: 223_000 });
  });

  it('the same table entered again with its real end (a user who holds the next notice) answers to that end', () => {
    const { confirmedTo: _c, ...open } = old;
    const ended: MinimumWageTable = { ...open, effectiveTo: isoDate('2025-03-31') };
    expect(lookup('2025-03-31', [ended])).toMatchObject({ monthly: 191_000 });
    expect(lookup('2025-04-01', [ended])).toEqual({ unknown: 'table' });
  });
});

describe('confirmedTo in a minimum-wage file', () => {
  const file = (table: object) => ({ ...minimumWageFileFrom({ tables: [old], assignments: [] }), tables: [table] });
  const [stored] = minimumWageFileFrom({ tables: [old], assignments: [] }).tables!;

  it('reads back unchanged', () => {
    const read = minimumWageFileParse(file(stored!));
    expect(read.ok && read.value.tables[0]).toEqual(old);
  });

  it('lists its counties only to that day, so a later table of the region does not take their tiers over', () => {
    const listing = { ...stored, tiers: [{ tier: 1, monthlyFen: 191_000, hourlyFen: 1_920, counties: ['210102'] }], monthlyFen: { 2: 171_000 }, hourlyFen: { 2: 1_720 } };
    const later = { region: '21', effectiveFrom: '2025-12-01', basis: '报道', monthlyFen: { 1: 223_000 }, hourlyFen: { 1: 2_200 } };
    const read = minimumWageFileParse({ ...file(listing), tables: [listing, later] });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.assignments).toEqual([{ regionCode: '210102', tier: 1, effectiveFrom: '2021-11-01', effectiveTo: '2024-01-01', verified: false }]);
    const at = (date: string) => minimumWageFor('210102', isoDate(date), read.value.tables, read.value.assignments);
    expect(at('2024-01-01')).toMatchObject({ tier: 1, monthly: 191_000 });
    expect(at('2025-11-30')).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
    expect(at('2026-06-01')).toEqual({ unknown: 'tier' });
  });

  it('is refused with an end date (the end says it all) and before the start', () => {
    expect(minimumWageFileParse(file({ ...stored, effectiveTo: '2024-06-30' }))).toMatchObject({ ok: false, error: { code: 'minimumWageFile.invalid', params: { field: 'tables.0.confirmedTo' } } });
    expect(minimumWageFileParse(file({ ...stored, confirmedTo: '2021-10-31' }))).toMatchObject({ ok: false, error: { code: 'minimumWageFile.periodReversed', params: { field: 'tables.0.confirmedTo' } } });
  });
});
