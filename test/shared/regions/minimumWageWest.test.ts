// 宁夏 and 云南 as shipped. 宁夏: every county's class and figures against 宁政规发〔2025〕2号, the list typed here
// from the notice's text (not from the data file), so the data cannot drift from the notice unnoticed; before the
// notice's first day the region is unknown (the table it repealed, 宁政规发〔2024〕1号, was not read). 云南: the
// 2025-10-01 and 2026-09-01 tables, 昆明's counties by class (the only city whose list was read), the rest asking.
import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionCountyLevel } from '../../../shared/regions/region';
import { listed } from './countyLists';

const { tables, assignments } = minimumWageShipped();

describe('宁夏: 宁政规发〔2025〕2号, every county against the notice', () => {
  const tier1 = listed('64', '银川市：兴庆区、金凤区、西夏区、永宁县、贺兰县、灵武市；石嘴山市：大武口区、惠农区、平罗县；吴忠市：利通区、青铜峡市；中卫市：沙坡头区、中宁县');
  const tier2 = listed('64', '吴忠市：红寺堡区、盐池县、同心县；固原市：原州区、西吉县、隆德县、泾源县、彭阳县；中卫市：海原县');

  it('the two classes cover the region: 2,235 元 / 22 元 and 2,080 元 / 20 元 from 2025-10-01', () => {
    const expected = new Map<string, [number, number, number]>();
    for (const code of tier1) expected.set(code, [1, 223500, 2200]);
    for (const code of tier2) expected.set(code, [2, 208000, 2000]);
    const actual = new Map<string, [number, number, number]>();
    for (const county of regionCountyLevel().filter((c) => c.code.startsWith('64'))) {
      const found = minimumWageFor(county.code, isoDate('2026-06-01'), tables, assignments);
      if (!('unknown' in found)) actual.set(county.code, [found.tier, found.monthly, found.hourly]);
    }
    expect(actual).toEqual(expected);
    expect(actual.size).toBe(22);
  });

  it('is in force from its first day, includes the worker’s own social insurance, and is unknown the day before', () => {
    const found = minimumWageFor(tier2[0]!, isoDate('2025-10-01'), tables, assignments);
    expect(found).toMatchObject({ tier: 2, monthly: 208000, table: { basis: '宁政规发〔2025〕2号', effectiveTo: null, includesSocialInsurance: true } });
    expect(minimumWageFor(tier1[0]!, isoDate('2025-09-30'), tables, assignments)).toEqual({ unknown: 'tier' });
  });
});

describe('云南: 云人社发〔2025〕19号 to 2026-08-31, then the 2026-09-01 table; 昆明 by class, other counties ask', () => {
  const class1 = listed('53', '昆明市：五华区、盘龙区、西山区、官渡区、呈贡区、晋宁区、安宁市、嵩明县');
  const class2 = listed('53', '昆明市：东川区、富民县、宜良县、石林彝族自治县、禄劝彝族苗族自治县、寻甸回族彝族自治县');

  it('every 昆明 county has its class on 2026-06-01 (2,170 / 2,020 元) and on 2026-09-01 (2,270 / 2,120 元)', () => {
    const kunming = regionCountyLevel().filter((c) => c.code.startsWith('5301'));
    expect(new Set([...class1, ...class2])).toEqual(new Set(kunming.map((c) => c.code)));
    for (const [date, figures] of [['2026-06-01', [[217000, 2100], [202000, 2000]]], ['2026-09-01', [[227000, 2200], [212000, 2100]]]] as const) {
      for (const [tier, codes] of [[1, class1], [2, class2]] as const) {
        for (const code of codes) {
          const [monthly, hourly] = figures[tier - 1]!;
          expect(minimumWageFor(code, isoDate(date), tables, assignments), `${code} ${date}`).toMatchObject({ tier, monthly, hourly });
        }
      }
    }
  });

  it('the 2025 table ends the day before the next starts; class 3 has its figure though no county is listed', () => {
    expect(minimumWageFor(class1[0]!, isoDate('2026-08-31'), tables, assignments)).toMatchObject({ monthly: 217000, table: { basis: '云人社发〔2025〕19号', effectiveTo: '2026-08-31', includesSocialInsurance: true } });
    const yunnan = tables.filter((t) => t.region === '53').map((t) => [t.effectiveFrom, t.effectiveTo, t.monthly]);
    expect(yunnan).toEqual([
      ['2025-10-01', '2026-08-31', { 1: 217000, 2: 202000, 3: 187000 }],
      ['2026-09-01', null, { 1: 227000, 2: 212000, 3: 197000 }],
    ]);
  });

  it('a county outside 昆明 asks for its class, and every county is unknown before 2025-10-01', () => {
    expect(minimumWageFor('530302', isoDate('2026-06-01'), tables, assignments)).toEqual({ unknown: 'tier' }); // 曲靖麒麟区
    expect(minimumWageFor(class1[0]!, isoDate('2025-09-30'), tables, assignments)).toEqual({ unknown: 'tier' });
  });
});
