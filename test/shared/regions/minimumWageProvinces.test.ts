// Per province: the latest adjustment the app knows, and how much of its data was read in a source. The
// README shows the same table (between the minimum-wage markers), so what the README claims is what ships.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { minimumWageProvinceCurrency, minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionProvinces } from '../../../shared/regions/region';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';

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

  it('广东: classes by city, 深圳 in its own table, the 2021 table ending on 2025-02-28', () => {
    expect(on('440106', '2022-01-01')).toMatchObject({ tier: 1, monthly: 230000 }); // 广州天河
    expect(on('440305', '2022-01-01')).toMatchObject({ tier: 1, monthly: 236000 }); // 深圳南山
    expect(on('441900', '2025-02-28')).toMatchObject({ tier: 2, monthly: 190000 }); // 东莞
    expect(on('441900', '2025-03-01')).toMatchObject({ tier: 2, monthly: 208000, basis: '粤府函〔2025〕23号' });
    expect(on('440803', '2026-06-01')).toMatchObject({ tier: 3, monthly: 185000 }); // 湛江霞山
    expect(on('440106', '2021-11-30')).toEqual({ unknown: 'tier' });
  });

  it('江苏: the 2026 figures are known, the counties’ classes are not, so a county asks', () => {
    expect(tables.find((t) => t.region === '32')?.monthly).toEqual({ 1: 266000, 2: 243000, 3: 218000 });
    expect(on('320102', '2026-06-01')).toEqual({ unknown: 'tier' });
  });

  it('海南 on 2026-06-01: 海口 and 儋州 class 1, the counties class 2 (琼人社规〔2025〕7号 from 2025-12-01, unverified)', () => {
    expect(on('460106', '2026-06-01')).toMatchObject({ tier: 1, monthly: 225000, basis: '琼人社规〔2025〕7号' }); // 海口龙华
    expect(on('460400', '2026-06-01')).toMatchObject({ tier: 1, monthly: 225000 }); // 儋州
    expect(on('469005', '2026-06-01')).toMatchObject({ tier: 2, monthly: 207000 }); // 文昌
    expect(on('469030', '2026-06-01')).toMatchObject({ tier: 2, monthly: 207000 }); // 琼中
    expect(on('460106', '2025-11-30')).toEqual({ unknown: 'tier' });
  });

  it('四川 and 陕西 on 2026-06-01: the figures are known, the counties’ tiers are not, so a county asks', () => {
    const sichuan = tables.find((t) => t.region === '51' && t.effectiveTo === null);
    expect([sichuan?.effectiveFrom, sichuan?.monthly, sichuan?.hourly]).toEqual(['2025-01-01', { 1: 233000, 2: 220000 }, { 1: 2300, 2: 2200 }]);
    expect(on('510104', '2026-06-01')).toEqual({ unknown: 'tier' }); // 成都锦江
    const before = tables.find((t) => t.region === '51' && t.effectiveFrom === '2022-04-01');
    expect([before?.effectiveTo, before?.monthly, before?.hourly]).toEqual(['2024-12-31', { 1: 210000, 2: 197000, 3: 187000 }, { 1: 2200, 2: 2100, 3: 2000 }]);
    const shaanxi = tables.find((t) => t.region === '61' && t.effectiveTo === null);
    expect([shaanxi?.effectiveFrom, shaanxi?.monthly, shaanxi?.hourly]).toEqual(['2026-01-01', { 1: 237600, 2: 225000, 3: 214000 }, { 1: 2300, 2: 2170, 3: 2070 }]);
    expect(on('610102', '2026-06-01')).toEqual({ unknown: 'tier' }); // 西安新城
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

  it('湖南 on 2026-06-01: the 2025-09-01 figures are known, the counties’ tiers are not', () => {
    const hunan = tables.find((t) => t.region === '43');
    expect([hunan?.effectiveFrom, hunan?.monthly, hunan?.hourly]).toEqual(['2025-09-01', { 1: 220000, 2: 200000, 3: 180000 }, { 1: 2200, 2: 2000, 3: 1800 }]);
    expect(on('430102', '2026-06-01')).toEqual({ unknown: 'tier' }); // 长沙芙蓉
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
