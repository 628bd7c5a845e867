// A case file's reference figures taken into this store's own entries: what the store lacks is added,
// what it holds (shipped or typed) stays as it is and is counted when the file says otherwise, and a
// figure that would make the store's data invalid (an overlapping table) is left out.
import { describe, expect, it } from 'vitest';
import { economyFiguresAdopt, minimumWageFiguresAdopt } from '../../../shared/case/caseFigures';
import { isoDate } from '../../../shared/dates/isoDate';
import type { EconomyData, WageGuideline } from '../../../shared/economy/economy';
import { economyDataEmpty } from '../../../shared/economy/economy';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import type { MinimumWageTable, TierAssignment } from '../../../shared/regions/minimumWage';
import { type MinimumWageUserData, minimumWageUserDataEmpty } from '../../../shared/regions/minimumWageFile';

// 江苏: a table as a user in 苏州 would type it, and the tier of 吴中区 (320506) that the shipped data lacks.
const jiangsu2026: MinimumWageTable = {
  region: '32',
  effectiveFrom: isoDate('2026-01-01'),
  effectiveTo: null,
  basis: '苏人社发〔2025〕测试号',
  monthly: { 1: 266_000 as Fen, 2: 243_000 as Fen, 3: 218_000 as Fen },
  hourly: { 1: 2_450 as Fen, 2: 2_200 as Fen, 3: 2_000 as Fen },
  verified: false,
};
const wuzhong: TierAssignment = { regionCode: '320506', tier: 1, effectiveFrom: isoDate('2026-01-01'), verified: false };
const shipped: MinimumWageUserData = { tables: [jiangsu2026], assignments: [] };

describe('minimumWageFiguresAdopt', () => {
  it('adds the county tier the store lacks and leaves the table it already has (shipped) alone', () => {
    const taken = minimumWageFiguresAdopt(shipped, minimumWageUserDataEmpty, { tables: [jiangsu2026], assignments: [wuzhong] });
    expect(taken).toEqual({ user: { tables: [], assignments: [wuzhong] }, added: 1, differing: 0 });
  });

  it('keeps the store\'s figure when the file has another under the same region and date, and counts it', () => {
    const other = { ...jiangsu2026, monthly: { ...jiangsu2026.monthly, 1: 270_000 as Fen } };
    const otherTier = { ...wuzhong, tier: 2 as const };
    const user: MinimumWageUserData = { tables: [], assignments: [wuzhong] };
    const taken = minimumWageFiguresAdopt({ tables: [jiangsu2026], assignments: [wuzhong] }, user, { tables: [other], assignments: [otherTier] });
    expect(taken).toEqual({ user, added: 0, differing: 2 });
  });

  it('leaves out a table that would overlap one the store keeps, and counts it', () => {
    const user: MinimumWageUserData = { tables: [{ ...jiangsu2026, region: '3205' }], assignments: [] };
    const overlapping = { ...jiangsu2026, region: '3205', effectiveFrom: isoDate('2025-07-01'), effectiveTo: isoDate('2026-06-30') };
    const taken = minimumWageFiguresAdopt(user, user, { tables: [overlapping], assignments: [] });
    expect(taken).toEqual({ user, added: 0, differing: 1 });
  });

  it('adds a later table of the region (the store\'s open one is superseded by date, not overwritten)', () => {
    const later = { ...jiangsu2026, effectiveFrom: isoDate('2028-01-01') };
    const taken = minimumWageFiguresAdopt(shipped, minimumWageUserDataEmpty, { tables: [later], assignments: [] });
    expect(taken.added).toBe(1);
    expect(taken.user.tables).toEqual([later]);
  });
});

describe('economyFiguresAdopt', () => {
  const line = (region: string, year: number, baseline: number): WageGuideline => ({
    region,
    year,
    effectiveFrom: isoDate(`${year}-01-01`),
    effectiveTo: isoDate(`${year}-12-31`),
    baseline: baseline as BasisPoints,
    upper: null,
    lower: null,
    verified: false,
  });

  it('adds the guideline and CPI the store lacks; one it has with other figures is counted, not taken', () => {
    const user: EconomyData = { ...economyDataEmpty, guidelines: [line('44', 2025, 600)] };
    const incoming: EconomyData = {
      guidelines: [line('44', 2025, 650), line('4403', 2025, 550)],
      prices: [{ region: '44', year: 2025, change: 10 as BasisPoints, verified: false }],
      averageWages: [],
    };
    const taken = economyFiguresAdopt(user, user, incoming);
    expect(taken.added).toBe(2);
    expect(taken.differing).toBe(1);
    expect(taken.user.guidelines).toEqual([line('44', 2025, 600), line('4403', 2025, 550)]);
    expect(taken.user.prices).toEqual(incoming.prices);
  });

  it('adds nothing and answers the same data when the file brings only what the store has', () => {
    const user: EconomyData = { ...economyDataEmpty, guidelines: [line('33', 2024, 700)] };
    const taken = economyFiguresAdopt(user, user, user);
    expect(taken).toEqual({ user, added: 0, differing: 0 });
    expect(taken.user).toBe(user);
  });
});
