// 宁夏 as shipped: every county's class and figures against 宁政规发〔2025〕2号, the list typed here from the
// notice's text (not from the data file), so the data cannot drift from the notice unnoticed. Before the
// notice's first day the region is unknown: the table it repealed (宁政规发〔2024〕1号) was not read.
import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionCountyLevel } from '../../../shared/regions/region';

const { tables, assignments } = minimumWageShipped();

/** County-level divisions of one province, named by city and county as a notice names them. */
function countiesOf(province: string) {
  const counties = regionCountyLevel().filter((c) => c.code.startsWith(province));
  return (city: string, county: string) => {
    const found = counties.filter((c) => c.name === county && c.fullName.includes(city));
    if (found.length !== 1) throw new Error(`no single county ${city}${county}`);
    return found[0]!.code;
  };
}

/** "城市：县、县；城市：县" → codes. */
function listed(province: string, text: string): string[] {
  const codeOf = countiesOf(province);
  return text.split('；').flatMap((part) => {
    const [city, counties] = part.split('：') as [string, string];
    return counties.split('、').map((county) => codeOf(city, county));
  });
}

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
