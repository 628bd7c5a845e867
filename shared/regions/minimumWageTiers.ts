// Fujian's minimum-wage tables and county tiers, shipped as dated default data. Copied from the team's
// domain notes (minimum-wage-fujian.json and rules.md §4, which cite 闽政〔2017〕19号, 闽人社发〔2019〕6号
// and the 2022 adjustment). The user edits and imports newer tables in the app; the province revises at
// least every two years (MWR art 10), so later figures are expected to be missing here.
import { fenFromYuan, type Fen } from '../money/fen';
import { type IsoDate, isoDate } from '../dates/isoDate';
import type { MinimumWageTable, MinimumWageTier, TierAssignment } from './minimumWage';

/** Source figures are in 元, as published. */
function fenByTier(yuan: Readonly<Record<MinimumWageTier, number>>): Readonly<Record<MinimumWageTier, Fen>> {
  return Object.fromEntries(Object.entries(yuan).map(([tier, amount]) => [tier, fenFromYuan(amount)]));
}

export const fujianMinimumWageTables: readonly MinimumWageTable[] = [
  {
    region: '35',
    effectiveFrom: isoDate('2017-07-01'),
    effectiveTo: isoDate('2019-12-31'),
    basis: '闽政〔2017〕19号',
    monthly: fenByTier({ 1: 1700, 2: 1650, 3: 1500, 4: 1380, 5: 1280 }),
    hourly: fenByTier({ 1: 18, 2: 17.5, 3: 16, 4: 15, 5: 14 }),
    verified: false,
    note: 'amounts remembered, not read in the published table',
  },
  {
    region: '35',
    effectiveFrom: isoDate('2020-01-01'),
    effectiveTo: isoDate('2022-03-31'),
    basis: '闽人社发〔2019〕6号',
    monthly: fenByTier({ 1: 1800, 2: 1720, 3: 1570, 4: 1420 }),
    hourly: fenByTier({ 1: 18.5, 2: 18, 3: 16.5, 4: 15 }),
    verified: true,
    note: 'monthly figures verified; hourly verified for tier 2 only',
  },
  {
    region: '35',
    effectiveFrom: isoDate('2022-04-01'),
    effectiveTo: null,
    basis: 'Fujian 2022 adjustment',
    monthly: fenByTier({ 1: 2030, 2: 1960, 3: 1810, 4: 1660 }),
    hourly: fenByTier({ 1: 21, 2: 20.5, 3: 19, 4: 17.5 }),
    verified: true,
    note: 'later revisions not found; the user must be able to add them',
  },
];

/**
 * The 2020 tier list as read (a partial list: other counties are for the user to add; a county with no
 * tier makes the app ask). 福鼎市 is tier 3, which is why its 2020 base wage of 1570 sat on the floor.
 */
const tiers2020: readonly (readonly [regionCode: string, tier: MinimumWageTier])[] = [
  ['350203', 1], ['350205', 1], ['350206', 1], ['350211', 1], ['350212', 1], ['350213', 1], // 厦门 districts
  ['350102', 2], ['350103', 2], ['350104', 2], ['350105', 2], ['350111', 2], ['350112', 2], // 福州 districts
  ['350181', 2], // 福清市
  ['350502', 2], ['350503', 2], ['350581', 2], ['350582', 2], ['350583', 2], ['350521', 2], // 泉州 core, 石狮, 晋江, 南安, 惠安
  ['350302', 3], ['350303', 3], ['350304', 3], ['350305', 3], ['350322', 3], // 莆田
  ['350524', 3], ['350525', 3], ['350526', 3], // 安溪, 永春, 德化
  ['350902', 3], ['350981', 3], ['350982', 3], // 蕉城区, 福安市, 福鼎市
  ['350921', 4], ['350922', 4], ['350923', 4], ['350924', 4], ['350925', 4], ['350926', 4], // 霞浦, 古田, 屏南, 寿宁, 周宁, 柘荣
];

function assignmentsFrom(effectiveFrom: IsoDate, verified: boolean): TierAssignment[] {
  return tiers2020.map(([regionCode, tier]) => ({ regionCode, tier, effectiveFrom, verified }));
}

export const fujianTierAssignments: readonly TierAssignment[] = [
  // The 2017 list was not found; the 2020 list is the best known for 2017 too (福鼎市 was tier 3 of 5 then).
  ...assignmentsFrom(isoDate('2017-07-01'), false),
  ...assignmentsFrom(isoDate('2020-01-01'), true),
  // The published 2022 list seen was cut off; the 2020 tiers are carried over unconfirmed, so a 2022
  // lookup says "verified: false" instead of passing off the 2020 list as current.
  ...assignmentsFrom(isoDate('2022-04-01'), false),
];
