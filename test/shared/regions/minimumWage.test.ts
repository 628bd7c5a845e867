import { describe, it, expect } from 'vitest';
import { fen } from '../../../shared/money/fen';
import { isoDate } from '../../../shared/dates/isoDate';
import {
  type MinimumWageTable,
  type TierAssignment,
  minimumWageFor,
  minimumWageTierFor,
} from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionByCode } from '../../../shared/regions/region';

const { assignments } = minimumWageShipped();
const tables = minimumWageShipped().tables.filter((t) => t.region === '35');
const FUDING = '350982';
const PINGNAN = '350923'; // 屏南县: cut off the 2017 list as read, its tier there shipped unverified
const JINMEN = '350527'; // 金门县: in no notice

function found(regionCode: string, date: string) {
  const result = minimumWageFor(regionCode, isoDate(date), tables, assignments);
  if ('unknown' in result) throw new Error(`expected a minimum wage, got unknown ${result.unknown}`);
  return result;
}

describe('Fujian data', () => {
  it('converts the published 元 figures to 分', () => {
    expect(tables.map((t) => t.monthly[3])).toEqual([123000, 150000, 157000, 181000, 204500]);
    expect(tables[2]?.hourly[2]).toBe(1800);
    expect(tables[4]?.hourly[3]).toBe(2150);
  });

  it('has tables that follow each other without gaps or overlaps: the 2022 one ends on 2025-03-31', () => {
    expect(tables.map((t) => [t.effectiveFrom, t.effectiveTo])).toEqual([
      ['2015-07-01', '2017-06-30'],
      ['2017-07-01', '2019-12-31'],
      ['2020-01-01', '2022-03-31'],
      ['2022-04-01', '2025-03-31'],
      ['2025-04-01', null],
    ]);
  });

  it('assigns tiers only to county-level divisions, each tier one its table has, ending with its table', () => {
    for (const a of assignments.filter((x) => x.regionCode.startsWith('35'))) {
      expect(regionByCode(a.regionCode)?.level, a.regionCode).toBe('county');
      const table = tables.find((t) => t.effectiveFrom === a.effectiveFrom);
      expect(table?.monthly[a.tier], `${a.regionCode} tier ${a.tier} from ${a.effectiveFrom}`).toBeDefined();
      expect(a.effectiveTo).toBe(table?.effectiveTo);
    }
  });
});

describe('minimumWageFor: 福鼎市 in the reference case', () => {
  it('2020-03-01: tier 3, 1570 元 a month, verified (the March 2020 base wage sat on this floor)', () => {
    const mw = found(FUDING, '2020-03-01');
    expect(mw.tier).toBe(3);
    expect(mw.monthly).toBe(157000);
    expect(mw.hourly).toBe(1650);
    expect(mw.table.basis).toBe('闽人社发〔2019〕6号');
    expect(mw.table.verified && mw.assignment.verified).toBe(true);
  });

  it('2021-03-01: still 1570 元 (the 2020 table ran to 2022-03-31)', () => {
    expect(found(FUDING, '2021-03-01').monthly).toBe(157000);
    expect(found(FUDING, '2022-03-31').monthly).toBe(157000);
  });

  it('2019-06-01: tier 3 of 5 in the 2017 table (tier read, amounts not), 1500 元', () => {
    const mw = found(FUDING, '2019-06-01');
    expect(mw.tier).toBe(3);
    expect(mw.monthly).toBe(150000);
    expect(mw.assignment.verified).toBe(true);
    expect(mw.table.verified).toBe(false);
  });

  it('2023-06-01: tier 3 of the 2022 table, 1,810 元 a month and 19 元 an hour', () => {
    const mw = found(FUDING, '2023-06-01');
    expect([mw.tier, mw.monthly, mw.hourly, mw.table.effectiveFrom]).toEqual([3, 181000, 1900, '2022-04-01']);
    expect(mw.table.verified && mw.assignment.verified).toBe(true);
  });

  it('2026-01-01: 2,045 元 a month and 21.5 元 an hour (闽人社文〔2025〕14号, tier 3)', () => {
    const mw = found(FUDING, '2026-01-01');
    expect([mw.tier, mw.monthly, mw.hourly, mw.table.source?.number]).toEqual([3, 204500, 2150, '闽人社文〔2025〕14号']);
  });
});

describe('minimumWageFor never guesses', () => {
  it("a county with no tier is unknown 'tier'", () => {
    expect(minimumWageFor(JINMEN, isoDate('2018-03-01'), tables, assignments)).toEqual({ unknown: 'tier' });
    expect(minimumWageTierFor(JINMEN, isoDate('2018-03-01'), assignments)).toEqual({ unknown: true });
  });

  it('a tier read only in a poor source is shipped unverified (屏南县 in 2017, tier 5)', () => {
    const mw = found(PINGNAN, '2018-03-01');
    expect([mw.tier, mw.monthly, mw.assignment.verified]).toEqual([5, 128000, false]);
  });

  it("a prefecture or unknown code is unknown 'tier' (tiers belong to counties)", () => {
    expect(minimumWageFor('350900', isoDate('2020-03-01'), tables, assignments)).toEqual({ unknown: 'tier' });
    expect(minimumWageFor('999999', isoDate('2020-03-01'), tables, assignments)).toEqual({ unknown: 'tier' });
  });

  it("a date before any assignment is unknown 'tier'", () => {
    expect(minimumWageFor(FUDING, isoDate('2015-06-30'), tables, assignments)).toEqual({ unknown: 'tier' });
    expect(minimumWageFor(JINMEN, isoDate('2026-01-01'), tables, assignments)).toEqual({ unknown: 'tier' });
  });

  it("a tier with no table for the date is unknown 'table'", () => {
    const onlyOld = tables.filter((t) => t.effectiveTo !== null);
    expect(minimumWageFor(FUDING, isoDate('2026-01-01'), onlyOld, assignments)).toEqual({ unknown: 'table' });
    const outsideFujian: TierAssignment = { regionCode: '440305', tier: 1, effectiveFrom: isoDate('2020-01-01'), verified: true };
    expect(minimumWageFor('440305', isoDate('2021-01-01'), tables, [outsideFujian])).toEqual({ unknown: 'table' });
  });

  it("a tier the table does not have is unknown 'table'", () => {
    const tier5: TierAssignment = { regionCode: FUDING, tier: 5, effectiveFrom: isoDate('2020-01-01'), verified: true };
    expect(minimumWageFor(FUDING, isoDate('2021-01-01'), tables, [tier5])).toEqual({ unknown: 'table' });
  });
});

describe('choosing among assignments and tables', () => {
  const table = (region: string, effectiveFrom: string, monthly: number): MinimumWageTable => ({
    region,
    effectiveFrom: isoDate(effectiveFrom),
    effectiveTo: null,
    basis: 'test',
    monthly: { 1: fen(monthly) },
    hourly: { 1: fen(1000) },
    verified: true,
  });
  const tier1: TierAssignment = { regionCode: '350203', tier: 1, effectiveFrom: isoDate('2020-01-01'), verified: true };

  it('uses the latest assignment on or before the date, whatever the list order', () => {
    const reversed = [...assignments].reverse();
    expect(minimumWageTierFor(FUDING, isoDate('2020-01-01'), reversed)).toMatchObject({ tier: 3, assignment: { effectiveFrom: '2020-01-01' } });
    expect(minimumWageTierFor(FUDING, isoDate('2019-12-31'), reversed)).toMatchObject({ assignment: { effectiveFrom: '2017-07-01' } });
  });

  it('a county list ends with its table: after it, with no later list naming the county, the tier is unknown', () => {
    const ended: TierAssignment = { ...tier1, effectiveTo: isoDate('2020-12-31') };
    expect(minimumWageTierFor('350203', isoDate('2020-12-31'), [ended])).toMatchObject({ tier: 1 });
    expect(minimumWageTierFor('350203', isoDate('2021-01-01'), [ended])).toEqual({ unknown: true });
  });

  const monthlyOn = (list: MinimumWageTable[], date: string): number => {
    const result = minimumWageFor('350203', isoDate(date), list, [tier1]);
    return 'unknown' in result ? -1 : result.monthly;
  };

  it('prefers the most specific region, then the latest table', () => {
    const list = [table('35', '2020-01-01', 1), table('35', '2021-01-01', 2), table('3502', '2020-06-01', 3)];
    expect(monthlyOn(list, '2020-03-01')).toBe(1);
    expect(monthlyOn(list, '2021-06-01')).toBe(3);
    expect(monthlyOn(list.slice(0, 2), '2021-06-01')).toBe(2);
  });

  it('counts effectiveTo as the last day in force', () => {
    const ended = { ...table('35', '2020-01-01', 1), effectiveTo: isoDate('2020-12-31') };
    expect(minimumWageFor('350203', isoDate('2020-12-31'), [ended], [tier1])).toMatchObject({ monthly: 1 });
    expect(minimumWageFor('350203', isoDate('2021-01-01'), [ended], [tier1])).toEqual({ unknown: 'table' });
  });
});
