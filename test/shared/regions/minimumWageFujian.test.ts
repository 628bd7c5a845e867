// Every Fujian county's tier against the notices' own lists, typed here from the notices' text (not
// from the data file), so the data cannot drift from the notices unnoticed. Old names map to today's
// codes: 梅列区 merged into 三元区, 沙县 → 沙县区, 龙海市 → 龙海区, 长泰县 → 长泰区, 长乐市 → 长乐区,
// 平潭综合实验区 → 平潭县.
import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionChildren, regionProvinces } from '../../../shared/regions/region';

const renamed: Record<string, string> = { 梅列区: '三元区', 沙县: '沙县区', 龙海市: '龙海区', 长泰县: '长泰区', 长乐市: '长乐区', 平潭综合实验区: '平潭县' };
const fujianCounties = regionProvinces()
  .filter((p) => p.code === '350000')
  .flatMap((p) => regionChildren(p.code))
  .flatMap((city) => regionChildren(city.code));
const codeOf = (name: string) => {
  const own = renamed[name] ?? name;
  const found = fujianCounties.filter((c) => c.name === own);
  if (found.length !== 1) throw new Error(`no single Fujian county named ${name}`);
  return found[0]!.code;
};

/** Tier → [monthly 元, hourly 元, the notice's list]. */
type Notice = Record<number, readonly [number, number, string]>;
const xiamen = '思明区、湖里区、海沧区、集美区、同安区、翔安区';
// The 2022 and 2025 notices list the same counties per tier (梅列区 already merged into 三元区).
const tier2Since2022 = '平潭综合实验区、鼓楼区、台江区、仓山区、晋安区、马尾区、长乐区、福清市、闽侯县、连江县、闽清县、罗源县、永泰县、芗城区、龙文区、鲤城区、丰泽区、洛江区、泉港区、石狮市、晋江市、南安市、惠安县、新罗区';
const tier3Since2022 = '龙海区、漳浦县、云霄县、东山县、诏安县、平和县、南靖县、长泰区、华安县、安溪县、永春县、德化县、三元区、永安市、沙县区、荔城区、城厢区、涵江区、秀屿区、仙游县、延平区、建阳区、邵武市、武夷山市、建瓯市、永定区、漳平市、上杭县、蕉城区、福安市、福鼎市';
const tier4Since2022 = '清流县、宁化县、建宁县、泰宁县、明溪县、将乐县、尤溪县、大田县、顺昌县、浦城县、光泽县、松溪县、政和县、武平县、长汀县、连城县、霞浦县、寿宁县、周宁县、柘荣县、古田县、屏南县';
const notices: Record<string, { date: string; tiers: Notice }> = {
  '2015 (福建省人民政府 2015-07-13)': {
    date: '2016-01-01',
    tiers: {
      1: [1500, 16, xiamen],
      2: [1350, 14.3, '平潭综合实验区、鼓楼区、台江区、仓山区、晋安区、马尾区、福清市、长乐市、闽侯县、连江县、闽清县、罗源县、永泰县、芗城区、龙文区、龙海市、漳浦县、长泰县、东山县、鲤城区、丰泽区、洛江区、泉港区、南安市、石狮市、晋江市、惠安县、荔城区、城厢区、涵江区、秀屿区、新罗区、蕉城区、福安市、福鼎市'],
      3: [1230, 13, '云霄县、诏安县、平和县、南靖县、华安县、安溪县、永春县、德化县、三元区、梅列区、永安市、沙县、仙游县、延平区、邵武市、武夷山市、建瓯市、建阳区、漳平市、永定区、上杭县、霞浦县、古田县'],
      4: [1130, 12, '清流县、宁化县、建宁县、泰宁县、明溪县、将乐县、尤溪县、大田县、顺昌县、光泽县、浦城县、松溪县、政和县、武平县、长汀县、连城县、寿宁县、周宁县、柘荣县、屏南县'],
    },
  },
  // The list as read stops after 柘荣县; 屏南县 is added in tier 5 as an unverified tier of its own (a
  // garbled reprint lists “平南县” last in tier 5, and a 漳州 report counts 20 counties in tier 5).
  '2017 (闽政〔2017〕19号; amounts from reports, 屏南县 from a garbled reprint)': {
    date: '2018-06-01',
    tiers: {
      1: [1700, 18, xiamen],
      2: [1650, 17.5, '平潭综合实验区、鼓楼区、台江区、仓山区、晋安区、马尾区、福清市、长乐市、闽侯县、连江县、闽清县、罗源县、永泰县'],
      3: [1500, 16, '芗城区、龙文区、龙海市、漳浦县、长泰县、东山县、鲤城区、丰泽区、洛江区、泉港区、南安市、石狮市、晋江市、惠安县、荔城区、城厢区、涵江区、秀屿区、新罗区、蕉城区、福安市、福鼎市'],
      4: [1380, 14.6, '云霄县、诏安县、平和县、南靖县、华安县、安溪县、永春县、德化县、三元区、梅列区、永安市、沙县、仙游县、延平区、邵武市、武夷山市、建瓯市、建阳区、漳平市、永定区、上杭县、霞浦县、古田县'],
      5: [1280, 13.6, '清流县、宁化县、建宁县、泰宁县、明溪县、将乐县、尤溪县、大田县、顺昌县、光泽县、浦城县、松溪县、政和县、武平县、长汀县、连城县、寿宁县、周宁县、柘荣县、屏南县'],
    },
  },
  '2020 (闽人社发〔2019〕6号)': {
    date: '2021-03-01',
    tiers: {
      1: [1800, 18.5, '思明区、湖里区、集美区、海沧区、同安区、翔安区'],
      2: [1720, 18, '平潭综合实验区、鼓楼区、台江区、仓山区、晋安区、马尾区、长乐区、福清市、闽侯县、连江县、闽清县、罗源县、永泰县、芗城区、龙文区、鲤城区、丰泽区、洛江区、泉港区、石狮市、晋江市、南安市、惠安县、新罗区'],
      3: [1570, 16.5, '龙海市、漳浦县、云霄县、东山县、诏安县、平和县、南靖县、长泰县、华安县、安溪县、永春县、德化县、三元区、梅列区、永安市、沙县、荔城区、城厢区、涵江区、秀屿区、仙游县、延平区、建阳区、邵武市、武夷山市、建瓯市、永定区、漳平市、上杭县、蕉城区、福安市、福鼎市'],
      4: [1420, 15, '清流县、宁化县、建宁县、泰宁县、明溪县、将乐县、尤溪县、大田县、顺昌县、浦城县、光泽县、松溪县、政和县、武平县、长汀县、连城县、霞浦县、寿宁县、周宁县、柘荣县、古田县、屏南县'],
    },
  },
  '2022 (福建省人社厅 2021-12-22, number not read)': {
    date: '2024-06-01',
    tiers: {
      1: [2030, 21, xiamen],
      2: [1960, 20.5, tier2Since2022],
      3: [1810, 19, tier3Since2022],
      4: [1660, 17.5, tier4Since2022],
    },
  },
  '2025 (闽人社文〔2025〕14号)': {
    date: '2026-01-01',
    tiers: {
      1: [2265, 23.5, xiamen],
      2: [2195, 23, tier2Since2022],
      3: [2045, 21.5, tier3Since2022],
      4: [1895, 20, tier4Since2022],
    },
  },
};

const { tables, assignments } = minimumWageShipped();

describe('Fujian: every county against the notices', () => {
  for (const [name, notice] of Object.entries(notices)) {
    it(`${name}: each county of the province has the notice's tier and figures, the others are unknown`, () => {
      const expected = new Map<string, [number, number, number]>();
      for (const [tier, [monthly, hourly, list]] of Object.entries(notice.tiers)) {
        for (const county of list.split('、')) expected.set(codeOf(county), [Number(tier), Math.round(monthly * 100), Math.round(hourly * 100)]);
      }
      const actual = new Map<string, [number, number, number]>();
      for (const county of fujianCounties) {
        const found = minimumWageFor(county.code, isoDate(notice.date), tables, assignments);
        if (!('unknown' in found)) actual.set(county.code, [found.tier, found.monthly, found.hourly]);
      }
      expect(actual).toEqual(expected);
    });
  }

  it('2022 and 2025: the tables run back to back, the 2017 屏南县 tier is the only unverified one', () => {
    const t2022 = tables.find((t) => t.region === '35' && t.effectiveFrom === '2022-04-01');
    const t2025 = tables.find((t) => t.region === '35' && t.effectiveFrom === '2025-04-01');
    expect([t2022?.effectiveTo, t2025?.effectiveTo, t2025?.basis]).toEqual(['2025-03-31', null, '闽人社文〔2025〕14号']);
    expect(minimumWageFor(codeOf('福鼎市'), isoDate('2025-03-31'), tables, assignments)).toMatchObject({ tier: 3, monthly: 181000 });
    expect(minimumWageFor(codeOf('福鼎市'), isoDate('2025-04-01'), tables, assignments)).toMatchObject({ tier: 3, monthly: 204500, hourly: 2150 });
    const fujian = new Set(fujianCounties.map((c) => c.code));
    const unverified = assignments.filter((a) => fujian.has(a.regionCode) && !a.verified);
    expect(unverified.map((a) => [a.regionCode, a.tier, a.effectiveFrom, a.effectiveTo])).toEqual([[codeOf('屏南县'), 5, '2017-07-01', '2019-12-31']]);
  });

  it('the 2017 tiers differ from the 2020 ones (泉州 and 莆田 districts among them)', () => {
    const tierOn = (code: string, date: string) => {
      const found = minimumWageFor(code, isoDate(date), tables, assignments);
      return 'unknown' in found ? null : found.tier;
    };
    expect([tierOn(codeOf('鲤城区'), '2018-06-01'), tierOn(codeOf('鲤城区'), '2021-03-01')]).toEqual([3, 2]);
    expect([tierOn(codeOf('仙游县'), '2018-06-01'), tierOn(codeOf('仙游县'), '2021-03-01')]).toEqual([4, 3]);
  });
});
