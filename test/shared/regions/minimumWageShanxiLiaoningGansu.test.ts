// 山西, 辽宁 and 甘肃 as shipped. 山西: five tables back to back from 2015-05-01, the last (2025-01-01) open;
// the 2025 table's classes as a third-party article lists them (typed here from the article's text, not from the
// data file), its class-3 list cut off, so 8 counties and every county before 2025 ask for their class. 辽宁: the province's
// 2018, 2019 and 2021 figures and 沈阳's own 2021 table by district; the two later adjustments were seen without
// their dates, so the 2021 tables are confirmed only to 2024-01-01 (the last day a source shows them in force,
// no end written) and 辽宁 is unknown after it. 甘肃: 2015, 2017, 2021 and 2023 back to back, the class lists
// typed here from the notices' text as read (not from the data file); the 2023 table is confirmed only to
// 2025-04-01 for the same reason.
import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionCountyLevel } from '../../../shared/regions/region';
import { listed, tiersOn } from './countyLists';

const { tables, assignments } = minimumWageShipped();
const on = (code: string, date: string) => {
  const found = minimumWageFor(code, isoDate(date), tables, assignments);
  return 'unknown' in found ? found : { tier: found.tier, monthly: found.monthly, hourly: found.hourly, basis: found.table.basis, verified: found.table.verified };
};
const periods = (region: string) => tables.filter((t) => t.region === region).map((t) => [t.effectiveFrom, t.effectiveTo ?? t.confirmedTo ?? null, t.monthly, t.hourly]);
const confirmed = (region: string) => tables.filter((t) => t.region === region && t.confirmedTo).map((t) => [t.effectiveFrom, t.effectiveTo, t.confirmedTo]);

/** Gansu county codes by the names the notices use (each name is unique in the province). */
function gansu(names: string): string[] {
  const counties = regionCountyLevel().filter((c) => c.code.startsWith('62'));
  return names.split('、').map((name) => {
    const found = counties.filter((c) => c.name === name);
    if (found.length !== 1) throw new Error(`no single county ${name}`);
    return found[0]!.code;
  });
}

describe('山西', () => {
  it('five tables, each ending the day before the next, the 2025-01-01 one open', () => {
    expect(periods('14')).toEqual([
      ['2015-05-01', '2017-09-30', { 1: 162000, 2: 152000, 3: 142000, 4: 132000 }, { 1: 1770, 2: 1660, 3: 1560, 4: 1450 }],
      ['2017-10-01', '2021-09-30', { 1: 170000, 2: 160000, 3: 150000, 4: 140000 }, { 1: 1850, 2: 1740, 3: 1630, 4: 1520 }],
      ['2021-10-01', '2022-12-31', { 1: 188000, 2: 176000, 3: 163000 }, { 1: 1980, 2: 1850, 3: 1720 }],
      ['2023-01-01', '2024-12-31', { 1: 198000, 2: 188000, 3: 178000 }, { 1: 2130, 2: 2020, 3: 1910 }],
      ['2025-01-01', null, { 1: 215000, 2: 205000, 3: 195000 }, { 1: 2320, 2: 2210, 3: 2090 }],
    ]);
    expect(tables.filter((t) => t.region.startsWith('14')).every((t) => !t.verified)).toBe(true);
    expect(tables.find((t) => t.region === '14' && t.effectiveFrom === '2017-10-01')?.source?.number).toBe('晋政办发〔2017〕120号');
  });

  it('2025-01-01: classes 1 and 2 whole and class 3 as far as the article was read; the rest ask', () => {
    const tier1 = listed('14', '太原市：迎泽区、尖草坪区、杏花岭区、万柏林区、晋源区、小店区、古交市、清徐县；大同市：平城区、云冈区；阳泉市：城区、矿区、郊区；长治市：潞州区、襄垣县；晋城市：城区、高平市、阳城县、泽州县、沁水县；朔州市：朔城区、平鲁区；忻州市：忻府区、原平市；晋中市：榆次区、介休市；临汾市：尧都区；吕梁市：离石区、孝义市、汾阳市、柳林县；运城市：盐湖区、河津市');
    const tier2 = listed('14', '太原市：阳曲县；大同市：新荣区、云州区、左云县；阳泉市：盂县、平定县；长治市：潞城区、上党区、屯留区、沁源县、长子县；朔州市：怀仁市、山阴县、应县、右玉县；忻州市：代县、宁武县、河曲县、保德县；吕梁市：交城县、兴县；晋中市：昔阳县、寿阳县、太谷区、祁县、平遥县、灵石县；临汾市：侯马市、霍州市、吉县、翼城县、襄汾县、洪洞县、乡宁县、蒲县、曲沃县；运城市：永济市、临猗县、稷山县、绛县、新绛县、芮城县');
    const tier3 = listed('14', '太原市：娄烦县；大同市：浑源县、阳高县、广灵县、天镇县、灵丘县；长治市：平顺县、沁县、武乡县、壶关县、黎城县；晋城市：陵川县；忻州市：定襄县、繁峙县、神池县、五寨县、偏关县、岢岚县、静乐县、五台县；吕梁市：交口县、方山县、岚县、临县、中阳县、石楼县、文水县；晋中市：左权县、和顺县、榆社县；临汾市：古县、汾西县、大宁县、永和县');
    const expected = new Map<string, [number, number]>();
    for (const code of tier1) expected.set(code, [1, 215000]);
    for (const code of tier2) expected.set(code, [2, 205000]);
    for (const code of tier3) expected.set(code, [3, 195000]);
    expect([tier1.length, tier2.length, tier3.length]).toEqual([33, 42, 34]);
    expect(tiersOn('14', '2026-06-01')).toEqual(expected);
    expect(assignments.filter((a) => a.regionCode.startsWith('14')).every((a) => a.effectiveFrom === '2025-01-01' && !a.verified)).toBe(true);
    for (const code of listed('14', '运城市：万荣县、闻喜县、垣曲县、夏县、平陆县；临汾市：隰县、安泽县、浮山县')) expect(on(code, '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('140105', '2024-12-31')).toEqual({ unknown: 'tier' }); // 太原小店区: no list before 2025
    expect(on('140105', '2023-06-01')).toEqual({ unknown: 'tier' });
  });
});

describe('辽宁', () => {
  it('the province’s figures 2018, 2019 and 2021, the last confirmed only to 2024-01-01 (end unknown)', () => {
    expect(periods('21')).toEqual([
      ['2018-01-01', '2019-10-31', { 1: 162000, 2: 142000, 3: 130000, 4: 112000 }, { 1: 1600, 2: 1400, 3: 1180, 4: 1060 }],
      ['2019-11-01', '2021-10-31', { 1: 181000, 2: 161000, 3: 148000, 4: 130000 }, { 1: 1830, 2: 1630, 3: 1500, 4: 1320 }],
      ['2021-11-01', '2024-01-01', { 1: 191000, 2: 171000, 3: 158000, 4: 142000 }, { 1: 1920, 2: 1720, 3: 1590, 4: 1430 }],
    ]);
    expect(confirmed('21')).toEqual([['2021-11-01', null, '2024-01-01']]);
    expect(confirmed('2101')).toEqual([['2021-11-01', null, '2024-01-01']]);
  });

  it('沈阳 from 2021-11-01 by its own notice: the nine districts at 1,910 元, 辽中, 新民, 法库, 康平 at 1,640 元', () => {
    const centre = ['210102', '210103', '210104', '210105', '210106', '210111', '210112', '210113', '210114'];
    const outer = ['210115', '210123', '210124', '210181'];
    for (const code of centre) expect(on(code, '2023-06-01'), code).toEqual({ tier: 1, monthly: 191000, hourly: 1920, basis: '沈人社发〔2021〕39号', verified: true });
    for (const code of outer) expect(on(code, '2023-06-01'), code).toEqual({ tier: 2, monthly: 164000, hourly: 1650, basis: '沈人社发〔2021〕39号', verified: true });
    expect(on('210102', '2021-11-01')).toMatchObject({ monthly: 191000 });
    expect(on('210102', '2024-01-01')).toMatchObject({ monthly: 191000 });
  });

  it('unknown before 沈阳’s notice, after 2024-01-01, and in cities whose lists were not entered', () => {
    expect(on('210102', '2021-10-31')).toEqual({ unknown: 'tier' });
    expect(on('210102', '2024-01-02')).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
    expect(on('210102', '2026-06-01')).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
    expect(on('210202', '2026-06-01')).toEqual({ unknown: 'table', supersededAfter: '2024-01-01' });
    expect(on('210202', '2023-06-01')).toEqual({ unknown: 'tier' }); // 大连中山区
  });
});

describe('甘肃', () => {
  const class1 = gansu('城关区、七里河区、安宁区、西固区、红古区、金川区、肃州区、玉门市、敦煌市、兰州新区、嘉峪关市');
  const class2 = gansu('永登县、榆中县、皋兰县、白银区、平川区、崆峒区、合作市、金塔县、瓜州县、肃北蒙古族自治县、阿克塞哈萨克族自治县、永昌县');
  const class3 = gansu(
    '秦州区、麦积区、甘州区、凉州区、武都区、西峰区、安定区、临夏市、会宁县、靖远县、景泰县、泾川县、灵台县、崇信县、华亭市、庄浪县、静宁县、夏河县、玛曲县、碌曲县、卓尼县、迭部县、临潭县、舟曲县',
  );
  const class4read2017 = gansu(
    '清水县、秦安县、甘谷县、武山县、张家川回族自治县、临泽县、高台县、山丹县、民乐县、肃南裕固族自治县、古浪县、民勤县、天祝藏族自治县、文县、成县、康县、西和县、礼县、徽县、两当县、宕昌县、庆城县、镇原县、宁县、正宁县、合水县、华池县、环县',
  );
  const class4read2023 = [...class4read2017, ...gansu('通渭县、陇西县、渭源县、临洮县、漳县、岷县、临夏县')];

  it('four tables back to back from 2015-04-01, the 2023 one confirmed only to 2025-04-01 (end unknown)', () => {
    expect(periods('62')).toEqual([
      ['2015-04-01', '2017-05-31', { 1: 147000, 2: 142000, 3: 137000, 4: 132000 }, { 1: 1550, 2: 1500, 3: 1440, 4: 1390 }],
      ['2017-06-01', '2021-08-31', { 1: 162000, 2: 157000, 3: 152000, 4: 147000 }, { 1: 1700, 2: 1650, 3: 1590, 4: 1540 }],
      ['2021-09-01', '2023-10-31', { 1: 182000, 2: 177000, 3: 172000, 4: 167000 }, { 1: 1900, 2: 1840, 3: 1790, 4: 1740 }],
      ['2023-11-01', '2025-04-01', { 1: 202000, 2: 196000, 3: 191000, 4: 185000 }, { 1: 2100, 2: 2050, 3: 2000, 4: 1950 }],
    ]);
    expect(confirmed('62')).toEqual([['2023-11-01', null, '2025-04-01']]);
  });

  it('甘政办发〔2023〕83号: every county read has its class; the six 临夏 counties cut off the list ask', () => {
    const expected = new Map<string, number>();
    for (const [tier, codes] of [[1, class1], [2, class2], [3, class3], [4, class4read2023]] as const) for (const code of codes) expected.set(code, tier);
    const actual = new Map<string, number>();
    const unknown: string[] = [];
    for (const county of regionCountyLevel().filter((c) => c.code.startsWith('62'))) {
      const found = minimumWageFor(county.code, isoDate('2024-06-01'), tables, assignments);
      if ('unknown' in found) unknown.push(county.name);
      else actual.set(county.code, found.tier);
    }
    expect(actual).toEqual(expected);
    expect(unknown.sort()).toEqual(['东乡族自治县', '广河县', '和政县', '康乐县', '永靖县', '积石山保安族东乡族撒拉族自治县'].sort());
    expect(on('620102', '2023-11-01')).toEqual({ tier: 1, monthly: 202000, hourly: 2100, basis: '甘政办发〔2023〕83号', verified: false }); // 兰州城关区
    expect(on('621121', '2025-04-01')).toMatchObject({ tier: 4, monthly: 185000 }); // 通渭县
  });

  it('甘政发〔2017〕46号 by class as read; 2021 only the first class the report names', () => {
    expect(on('620102', '2019-06-01')).toMatchObject({ tier: 1, monthly: 162000, basis: '甘政发〔2017〕46号' });
    expect(on('620881', '2019-06-01')).toMatchObject({ tier: 3, monthly: 152000 }); // 华亭（时为华亭县）
    expect(on('621022', '2021-08-31')).toMatchObject({ tier: 4, monthly: 147000 }); // 环县
    expect(on('621121', '2019-06-01')).toEqual({ unknown: 'tier' }); // 通渭县: cut off the 2017 list
    expect(on('620200', '2022-06-01')).toMatchObject({ tier: 1, monthly: 182000 }); // 嘉峪关
    expect(on('620121', '2022-06-01')).toEqual({ unknown: 'tier' }); // 永登县: 2021 class 2 list not read
    expect(on('620102', '2017-05-31')).toEqual({ unknown: 'tier' }); // 2015 table: figures only
  });

  it('unknown after 2025-04-01: a newer adjustment exists but its date was not read', () => {
    expect(on('620102', '2025-04-02')).toEqual({ unknown: 'table', supersededAfter: '2025-04-01' });
    expect(on('620102', '2026-06-01')).toEqual({ unknown: 'table', supersededAfter: '2025-04-01' });
  });
});
