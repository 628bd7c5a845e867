// Per province: the latest adjustment the app knows, and how much of its data was read in a source. The
// README shows the same table (between the minimum-wage markers), so what the README claims is what ships.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { minimumWageProvinceCurrency, minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionProvinces } from '../../../shared/regions/region';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { listed, tiersOn } from './countyLists';

function currencyTable(): string {
  const rows = regionProvinces().map((p) => {
    const c = minimumWageProvinceCurrency(p.code.slice(0, 2), minimumWageShipped());
    if (c.latestAdjustment === null) return `| ${p.code.slice(0, 2)} ${p.name} | 未知 unknown | — | 0 / 0 | 0 / 0 |`;
    const latest = c.latestConfirmedTo ? `${c.latestAdjustment} (confirmed to ${c.latestConfirmedTo}; adjusted since, start not read)` : c.latestAdjustment;
    return `| ${p.code.slice(0, 2)} ${p.name} | ${latest} | ${c.latestBasis} | ${c.tablesVerified} / ${c.tables} | ${c.countyTiersVerified} / ${c.countyTiers} |`;
  });
  return ['| province | latest adjustment | document | tables verified / shipped | county tiers verified / shipped |', '|---|---|---|---|---|', ...rows].join('\n');
}

describe('minimum-wage data per province', () => {
  const table = currencyTable();

  it('covers the 31 provinces, each with its latest adjustment or plainly unknown', () => {
    expect(table.split('\n')).toHaveLength(33);
    console.info(`\n${table}\n`);
  });

  it('is the table the README shows', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const between = readme.split('<!-- minimum-wage-provinces -->')[1]?.split('<!-- /minimum-wage-provinces -->')[0]?.trim();
    expect(between).toBe(table);
  });
});

describe('other provinces as shipped', () => {
  const { tables, assignments } = minimumWageShipped();
  const on = (code: string, date: string) => {
    const found = minimumWageFor(code, isoDate(date), tables, assignments);
    return 'unknown' in found ? found : { tier: found.tier, monthly: found.monthly, basis: found.table.basis };
  };
  const tablesOf = (province: string) =>
    tables.filter((t) => t.region === province).map((t) => ({ from: t.effectiveFrom, to: t.effectiveTo, monthly: t.monthly, verified: t.verified }));
  const countiesOf = (province: string, from: string) => {
    const byTier: Record<number, string[]> = {};
    for (const a of assignments) if (a.regionCode.startsWith(province) && a.effectiveFrom === from) (byTier[a.tier] ??= []).push(a.regionCode);
    for (const list of Object.values(byTier)) list.sort();
    return byTier;
  };

  it('广东: classes by city, 深圳 in its own table, the 2021 table ending on 2025-02-28', () => {
    expect(on('440106', '2022-01-01')).toMatchObject({ tier: 1, monthly: 230000 }); // 广州天河
    expect(on('440305', '2022-01-01')).toMatchObject({ tier: 1, monthly: 236000 }); // 深圳南山
    expect(on('441900', '2025-02-28')).toMatchObject({ tier: 2, monthly: 190000 }); // 东莞
    expect(on('441900', '2025-03-01')).toMatchObject({ tier: 2, monthly: 208000, basis: '粤府函〔2025〕23号' });
    expect(on('440803', '2026-06-01')).toMatchObject({ tier: 3, monthly: 185000 }); // 湛江霞山
    expect(on('440106', '2021-11-30')).toEqual({ unknown: 'tier' });
  });

  it('江苏: 苏人社规〔2023〕4号 then 苏人社规〔2025〕3号, each with the counties of the cities whose own notices were read', () => {
    expect(tablesOf('32')).toEqual([
      { from: '2024-01-01', to: '2025-12-31', monthly: { 1: 249000, 2: 226000, 3: 201000 }, verified: true },
      { from: '2026-01-01', to: null, monthly: { 1: 266000, 2: 243000, 3: 218000 }, verified: true },
    ]);
    const suzhou = ['320505', '320506', '320507', '320508', '320509', '320571', '320581', '320582', '320583', '320585'];
    expect(countiesOf('32', '2024-01-01')).toEqual({
      1: ['320102', '320104', '320105', '320106', '320111', '320113', '320114', '320115', '320116', '320117', '320118', ...suzhou, '320612', '320613', '320614', '320671', '320681'],
      2: ['320623', '320682', '320685'],
    });
    expect(countiesOf('32', '2026-01-01')).toEqual({
      1: ['320402', '320404', '320411', '320412', '320413', '320481', ...suzhou],
      2: ['320302', '320303', '320305', '320311'],
      3: ['320312', '320321', '320322', '320324', '320381', '320382'],
    });
    expect(on('320583', '2026-06-01')).toEqual({ tier: 1, monthly: 266000, basis: '苏人社规〔2025〕3号' }); // 昆山
    expect(on('320412', '2026-06-01')).toMatchObject({ tier: 1, monthly: 266000 }); // 常州武进区
    expect(on('320311', '2026-06-01')).toMatchObject({ tier: 2, monthly: 243000 }); // 徐州泉山区
    expect(on('320312', '2026-06-01')).toMatchObject({ tier: 3, monthly: 218000 }); // 铜山区
    expect(on('320102', '2025-06-01')).toEqual({ tier: 1, monthly: 249000, basis: '苏人社规〔2023〕4号' }); // 南京玄武区
    expect(on('320685', '2025-06-01')).toMatchObject({ tier: 2, monthly: 226000 }); // 海安
    // A 2024 list ends with its table: 南京 and 南通 ask from 2026-01-01, as do the cities not read at all.
    expect(on('320102', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('320685', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('321002', '2026-06-01')).toEqual({ unknown: 'tier' }); // 扬州广陵区
  });

  it('浙江: 浙政发〔2024〕3号 from 2024-01-01 (not 2025) with four cities’ counties, then the 2026 table with 杭州, 嘉兴 and the compilation’s cities', () => {
    expect(tablesOf('33')).toEqual([
      { from: '2024-01-01', to: '2025-12-31', monthly: { 1: 249000, 2: 226000, 3: 201000 }, verified: true },
      { from: '2026-01-01', to: null, monthly: { 1: 266000, 2: 243000, 3: 218000 }, verified: false },
    ]);
    const hangzhouNingboWenzhou = ['330102', '330105', '330106', '330108', '330109', '330110', '330111', '330112', '330113', '330114', '330203', '330205', '330206', '330211', '330212', '330213', '330302', '330303', '330304', '330305'];
    expect(countiesOf('33', '2024-01-01')).toEqual({
      1: hangzhouNingboWenzhou,
      2: ['330225', '330226', '330281', '330282', '330381', '330382', '330602', '330603', '330604', '330624', '330681', '330683'],
      3: ['330324', '330326', '330327', '330328', '330329', '330383'],
    });
    expect(countiesOf('33', '2026-01-01')).toEqual({
      1: hangzhouNingboWenzhou,
      2: ['330402', '330411', '330421', '330424', '330481', '330482', '330483'],
      3: ['330802', '330803', '330822', '330824', '330825', '330881', '331102', '331121', '331122', '331123', '331124', '331125', '331126', '331127', '331181'],
    });
    expect(on('330106', '2024-06-01')).toEqual({ tier: 1, monthly: 249000, basis: '浙政发〔2024〕3号' }); // 杭州西湖区
    expect(on('330106', '2026-06-01')).toEqual({ tier: 1, monthly: 266000, basis: '浙政发〔2025〕23号' });
    expect(on('330281', '2025-06-01')).toMatchObject({ tier: 2, monthly: 226000 }); // 余姚
    expect(on('330683', '2024-06-01')).toMatchObject({ tier: 2, monthly: 226000 }); // 嵊州
    expect(on('330383', '2024-06-01')).toMatchObject({ tier: 3, monthly: 201000 }); // 龙港
    expect(on('331181', '2026-06-01')).toMatchObject({ tier: 3, monthly: 218000 }); // 龙泉
    expect(on('330281', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('330122', '2026-06-01')).toEqual({ unknown: 'tier' }); // 桐庐县
    expect(on('330482', '2026-06-01')).toMatchObject({ tier: 2, monthly: 243000 }); // 平湖
    expect(on('330402', '2024-06-01')).toEqual({ unknown: 'tier' }); // 嘉兴南湖区: its 2024 notice was not read
    expect(on('330106', '2023-12-31')).toEqual({ unknown: 'tier' });
  });

  it('海南 on 2026-06-01: 海口 and 儋州 class 1, the counties class 2 (琼人社规〔2025〕7号 from 2025-12-01, unverified)', () => {
    expect(on('460106', '2026-06-01')).toMatchObject({ tier: 1, monthly: 225000, basis: '琼人社规〔2025〕7号' }); // 海口龙华
    expect(on('460400', '2026-06-01')).toMatchObject({ tier: 1, monthly: 225000 }); // 儋州
    expect(on('469005', '2026-06-01')).toMatchObject({ tier: 2, monthly: 207000 }); // 文昌
    expect(on('469030', '2026-06-01')).toMatchObject({ tier: 2, monthly: 207000 }); // 琼中
    expect(on('460106', '2025-11-30')).toEqual({ unknown: 'tier' });
  });

  it('四川 on 2026-06-01: 川府规〔2024〕4号 read in a reproduction; 成都 by its notice from 2025-06-03, 宜宾 and 攀枝花 by theirs from 2025-01-01, other cities ask', () => {
    const sichuan = tables.find((t) => t.region === '51' && t.effectiveTo === null);
    expect([sichuan?.effectiveFrom, sichuan?.monthly, sichuan?.hourly, sichuan?.verified, sichuan?.includesSocialInsurance]).toEqual(['2025-01-01', { 1: 233000, 2: 220000 }, { 1: 2300, 2: 2200 }, true, true]);
    const first = listed('51', '成都市：锦江区、青羊区、金牛区、武侯区、成华区、龙泉驿区、青白江区、新都区、温江区、双流区、郫都区、新津区');
    const second = listed('51', '成都市：简阳市、都江堰市、彭州市、邛崃市、崇州市、金堂县、大邑县、蒲江县');
    const expected = new Map<string, [number, number]>();
    for (const code of first) expected.set(code, [1, 233000]);
    for (const code of second) expected.set(code, [2, 220000]);
    const yibin = listed('51', '宜宾市：翠屏区、南溪区、叙州区、江安县、长宁县、高县、珙县、筠连县、兴文县、屏山县');
    for (const code of yibin) expected.set(code, [2, 220000]);
    const panzhihua = listed('51', '攀枝花市：东区、西区、仁和区、米易县、盐边县');
    for (const code of panzhihua) expected.set(code, [1, 233000]);
    expect(tiersOn('51', '2026-06-01')).toEqual(expected);
    const sichuanAssignments = assignments.filter((a) => a.regionCode.startsWith('51'));
    expect(sichuanAssignments.filter((a) => a.regionCode.startsWith('5101')).every((a) => a.effectiveFrom === '2025-06-03' && !a.verified)).toBe(true);
    expect(sichuanAssignments.filter((a) => /^51(15|04)/.test(a.regionCode)).every((a) => a.effectiveFrom === '2025-01-01' && a.verified)).toBe(true);
    expect(sichuanAssignments).toHaveLength(35);
    expect(on('511502', '2025-01-01')).toMatchObject({ tier: 2, monthly: 220000 }); // 宜宾翠屏: 宜府规〔2025〕1号 reaches back to 2025-01-01
    expect(on('510104', '2025-06-02')).toEqual({ unknown: 'tier' }); // 成都锦江: the city's notice not yet in force
    expect(on('510302', '2026-06-01')).toEqual({ unknown: 'tier' }); // 自贡自流井: 自贡's choice not read
    const before = tables.find((t) => t.region === '51' && t.effectiveFrom === '2022-04-01');
    expect([before?.effectiveTo, before?.monthly, before?.hourly]).toEqual(['2024-12-31', { 1: 210000, 2: 197000, 3: 187000 }, { 1: 2200, 2: 2100, 3: 2000 }]);
  });

  it('陕西: the 2023 classes for every county (third-party list, unverified), then 2026 with classes 1 and 2 whole and class 3 as a report names it', () => {
    const periods = tables.filter((t) => t.region === '61').map((t) => [t.effectiveFrom, t.effectiveTo, t.monthly, t.hourly, t.verified]);
    expect(periods).toEqual([
      ['2023-05-01', '2025-12-31', { 1: 216000, 2: 205000, 3: 195000 }, { 1: 2100, 2: 2000, 3: 1900 }, false],
      ['2026-01-01', null, { 1: 237600, 2: 225000, 3: 214000 }, { 1: 2300, 2: 2170, 3: 2070 }, true],
    ]);
    const class1 = listed('61', '西安市：新城区、碑林区、莲湖区、灞桥区、未央区、雁塔区、阎良区、临潼区、长安区、高陵区；咸阳市：秦都区、渭城区；榆林市：榆阳区、横山区、神木市、府谷县、定边县、靖边县；咸阳市：杨陵区');
    const class2 = listed('61', '西安市：鄠邑区、蓝田县、周至县；宝鸡市：渭滨区、金台区、陈仓区、凤县；咸阳市：兴平市、武功县、乾县、礼泉县、泾阳县、三原县、彬州市；铜川市：王益区；渭南市：临渭区、华阴市、潼关县、大荔县；延安市：宝塔区、安塞区、黄陵县、洛川县、甘泉县、吴起县、志丹县、子长市；榆林市：绥德县、米脂县、佳县、吴堡县、清涧县、子洲县；汉中市：汉台区、南郑区、城固县、洋县、勉县、西乡县、略阳县；商洛市：商州区；渭南市：韩城市');
    const class3 = listed('61', '宝鸡市：凤翔区、凤翔县、扶风县、眉县、岐山县、太白县、麟游县、千阳县、陇县；咸阳市：永寿县、长武县、旬邑县、淳化县；铜川市：印台区、耀州区、宜君县；渭南市：华州区、澄城县、合阳县、蒲城县、富平县、白水县；延安市：黄龙县、宜川县、富县、延川县、延长县；汉中市：镇巴县、宁强县、留坝县、佛坪县；安康市：汉滨区、旬阳市、旬阳县、平利县、石泉县、紫阳县、白河县、汉阴县、镇坪县、宁陕县、岚皋县；商洛市：洛南县、山阳县、镇安县、丹凤县、商南县、柞水县');
    const in2023 = new Map<string, [number, number]>();
    for (const code of class1) in2023.set(code, [1, 216000]);
    for (const code of class2) in2023.set(code, [2, 205000]);
    for (const code of class3) in2023.set(code, [3, 195000]);
    expect([class1.length, class2.length, class3.length]).toEqual([19, 42, 48]); // 46 in the list, 凤翔 and 旬阳 also under their old codes
    expect(tiersOn('61', '2025-12-31')).toEqual(in2023);
    // 2026: classes 1 and 2 whole (西安's notice, a self-media article, a report), class 3 only as the report names it.
    const in2026 = new Map<string, [number, number]>();
    for (const code of class1) in2026.set(code, [1, 237600]);
    for (const code of class2) in2026.set(code, [2, 225000]);
    for (const code of listed('61', '宝鸡市：凤翔区、凤翔县；延安市：黄龙县；汉中市：镇巴县')) in2026.set(code, [3, 214000]);
    expect(tiersOn('61', '2026-06-01')).toEqual(in2026);
    expect(on('610902', '2026-06-01')).toEqual({ unknown: 'tier' }); // 安康汉滨区: class 3 in 2023, not named for 2026
    expect(on('610102', '2023-04-30')).toEqual({ unknown: 'tier' }); // before the 2023 table
  });

  it('贵州 on 2026-06-01: the 2025-02-01 classes by county; the 2019 and 2023 tables end where the next starts', () => {
    expect(on('520102', '2026-06-01')).toMatchObject({ tier: 1, monthly: 213000, basis: '贵州省 2025年2月1日起最低工资标准' }); // 贵阳南明
    expect(on('520121', '2026-06-01')).toMatchObject({ tier: 2, monthly: 198000 }); // 开阳
    expect(on('522732', '2026-06-01')).toMatchObject({ tier: 3, monthly: 189000 }); // 三都
    expect(on('522301', '2026-06-01')).toEqual({ unknown: 'tier' }); // 兴义: the 黔西南 row was not read
    expect(on('520102', '2025-01-31')).toMatchObject({ tier: 1, monthly: 189000 });
    expect(on('520302', '2021-06-01')).toMatchObject({ tier: 1, monthly: 179000 }); // 遵义红花岗
    expect(on('520302', '2024-06-01')).toEqual({ unknown: 'tier' });
  });

  it('湖南 on 2026-06-01: the 2025-09-01 figures, with the districts a compilation names in tiers 1 and 2', () => {
    expect(tablesOf('43')).toEqual([{ from: '2025-09-01', to: null, monthly: { 1: 220000, 2: 200000, 3: 180000 }, verified: false }]);
    expect(tables.find((t) => t.region === '43')?.hourly).toEqual({ 1: 2200, 2: 2000, 3: 1800 });
    expect(countiesOf('43', '2025-09-01')).toEqual({
      1: ['430102', '430103', '430104', '430105', '430111', '430112', '430202', '430203', '430204', '430211'],
      2: ['430405', '430406', '430407', '430408', '430412', '430602', '430603', '430611', '430702', '430703', '430802', '430811', '430821', '430822'],
    });
    expect(on('430102', '2026-06-01')).toEqual({ tier: 1, monthly: 220000, basis: '湖南省 2025年9月1日起最低工资标准' }); // 长沙芙蓉
    expect(on('430822', '2026-06-01')).toMatchObject({ tier: 2, monthly: 200000 }); // 桑植县
    expect(on('430121', '2026-06-01')).toEqual({ unknown: 'tier' }); // 长沙县
    expect(on('430302', '2026-06-01')).toEqual({ unknown: 'tier' }); // 湘潭雨湖区
  });

  it('广西: classes by the notices’ rule until 2025-06-30, then the 2025 figures without counties', () => {
    expect(on('450103', '2019-06-01')).toMatchObject({ tier: 1, monthly: 168000, basis: '桂政发〔2018〕6号' }); // 南宁青秀
    expect(on('450681', '2021-06-01')).toMatchObject({ tier: 1, monthly: 181000 }); // 东兴
    expect(on('451003', '2021-06-01')).toMatchObject({ tier: 2, monthly: 158000 }); // 百色田阳区
    expect(on('451003', '2019-06-01')).toEqual({ unknown: 'tier' }); // 田阳: a county until late 2019
    expect(on('450123', '2023-10-31')).toMatchObject({ tier: 3, monthly: 143000 }); // 隆安县
    expect(on('450103', '2025-06-30')).toMatchObject({ tier: 1, monthly: 199000, basis: '桂政发〔2023〕24号' });
    expect(on('450103', '2026-06-01')).toEqual({ unknown: 'tier' }); // the 2025-07-01 table has no county list
    expect(tables.find((t) => t.region === '45' && t.effectiveFrom === '2025-07-01')?.monthly).toEqual({ 1: 220000, 2: 204000, 3: 187000 });
  });

  it('新疆 on 2026-06-01: the counties the report names, and 塔什库尔干 at its own 1,900 元', () => {
    expect(on('650102', '2026-06-01')).toMatchObject({ tier: 1, monthly: 207000 }); // 乌鲁木齐天山区
    expect(on('654002', '2026-06-01')).toMatchObject({ tier: 2, monthly: 189000 }); // 伊宁市
    expect(on('653131', '2026-06-01')).toMatchObject({ tier: 2, monthly: 190000 }); // 塔什库尔干
    expect(on('650402', '2026-06-01')).toMatchObject({ tier: 3, monthly: 175000 }); // 吐鲁番高昌区
    expect(on('650121', '2026-06-01')).toEqual({ unknown: 'tier' }); // 乌鲁木齐县: not named
  });

  it('西藏 and 青海: one figure for every county while the table ran, unknown after it ended', () => {
    expect(on('540102', '2020-06-01')).toMatchObject({ tier: 1, monthly: 165000, basis: '藏政办发〔2018〕2号' }); // 拉萨城关区
    expect(on('542527', '2018-01-01')).toMatchObject({ tier: 1, monthly: 165000 }); // 措勤县
    expect(on('540102', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('632801', '2023-01-31')).toMatchObject({ tier: 1, monthly: 170000, basis: '青政〔2019〕68号' }); // 格尔木
    expect(on('632801', '2026-06-01')).toEqual({ unknown: 'tier' });
  });
});
