// The shipped economy figures, one test per province and year: the figure, where it was read and whether
// it was read in the official text. A figure nobody read stays unknown (never a neighbour's year).
import { describe, it, expect } from 'vitest';
import { averageWageFor, consumerPricesFor, wageGuidelineFor } from '../../../shared/economy/economy';
import { economyShipped } from '../../../shared/economy/economyShipped';

const data = economyShipped();

describe('shipped consumer prices', () => {
  it('浙江 2023: +0.3 %, read in the provincial bulletin on the survey team\'s site, verified', () => {
    const p = consumerPricesFor('330106', 2023, data);
    expect(p).toMatchObject({ region: '33', year: 2023, change: 30, verified: true });
    expect(p?.source).toMatchObject({
      title: '2023年浙江省国民经济和社会发展统计公报（浙江省统计局、国家统计局浙江调查总队）',
      number: null,
      date: '2024-03-04',
      readAt: 'http://zjzd.stats.gov.cn/zwgk/xxgkml/tjxx/tjgb/202403/t20240304_110816.html',
      kind: 'notice',
    });
  });

  it('浙江 2024: +0.3 %, from a copy of the bulletin on an unofficial site, unverified', () => {
    const p = consumerPricesFor('33', 2024, data);
    expect(p).toMatchObject({ region: '33', year: 2024, change: 30, verified: false });
    expect(p?.source).toMatchObject({ number: null, date: null, kind: 'reproduction' });
  });

  it('广东 2023: +0.4 %, from a reprint of the survey team\'s release of 2024-01-13, unverified', () => {
    const p = consumerPricesFor('440106', 2023, data);
    expect(p).toMatchObject({ region: '44', year: 2023, change: 40, verified: false });
    expect(p?.source).toMatchObject({ number: null, date: '2024-01-13', kind: 'reproduction' });
  });

  it('广东 2020: +2.6 %, from a newspaper report of the survey team\'s figure, unverified', () => {
    const p = consumerPricesFor('44', 2020, data);
    expect(p).toMatchObject({ region: '44', year: 2020, change: 260, verified: false });
    expect(p?.source).toMatchObject({ number: null, date: '2021-01-14', kind: 'reproduction' });
  });

  it('浙江 2019: +2.9 %, and 2018: +2.3 %, from a news report of the survey team\'s release, unverified', () => {
    expect(consumerPricesFor('330106', 2019, data)).toMatchObject({ region: '33', change: 290, verified: false, source: { date: '2020-01-19', kind: 'reproduction' } });
    expect(consumerPricesFor('330106', 2018, data)).toMatchObject({ region: '33', change: 230, verified: false, source: { date: '2020-01-19', kind: 'reproduction' } });
  });

  it('浙江 2022: +2.2 %, from a copy of the bulletin on an unofficial site, unverified', () => {
    expect(consumerPricesFor('330106', 2022, data)).toMatchObject({ region: '33', change: 220, verified: false, source: { date: null, kind: 'reproduction' } });
  });

  it('绍兴 2021: +1.4 %, the city\'s own bulletin (reprinted), for 绍兴\'s counties only, unverified', () => {
    expect(consumerPricesFor('330602', 2021, data)).toMatchObject({ region: '3306', change: 140, verified: false, source: { kind: 'reproduction' } });
    expect(consumerPricesFor('330106', 2021, data)).toBeNull();
  });

  it('福建 2022: +1.9 %, from a reprinted report of the survey team\'s figure, unverified', () => {
    const p = consumerPricesFor('350203', 2022, data);
    expect(p).toMatchObject({ region: '35', year: 2022, change: 190, verified: false });
    expect(p?.source).toMatchObject({ number: null, date: null, kind: 'reproduction' });
  });

  it('a year nobody read stays unknown', () => {
    expect(consumerPricesFor('440106', 2024, data)).toBeNull();
    expect(consumerPricesFor('350203', 2024, data)).toBeNull();
    expect(consumerPricesFor('350203', 2020, data)).toBeNull();
  });
});

describe('shipped average wages', () => {
  it('福建 2024: 112,377 元 (城镇非私营), from a secondary account of the statistics bureau\'s figure, unverified', () => {
    const w = averageWageFor('350203', 2024, data);
    expect(w).toMatchObject({ region: '35', year: 2024, annual: 11_237_700, verified: false });
    expect(w?.note).toContain('城镇非私营单位就业人员');
    expect(w?.source).toMatchObject({ number: null, readAt: 'https://news.gurasala.com/?p=62335', kind: 'secondary' });
  });

  it('浙江 2022: 128,825 元 and 2024: 137,239 元 (非私营), from reprints of the statistics bureau\'s figures, unverified', () => {
    expect(averageWageFor('330106', 2022, data)).toMatchObject({ region: '33', annual: 12_882_500, verified: false, source: { number: null, kind: 'reproduction' } });
    expect(averageWageFor('330106', 2024, data)).toMatchObject({ region: '33', annual: 13_723_900, verified: false, source: { date: '2025-06-15', kind: 'reproduction' } });
  });

  it('山东 2023: 107,131 元 (城镇非私营), from a secondary account of the statistics bureau\'s figure, unverified', () => {
    expect(averageWageFor('370202', 2023, data)).toMatchObject({ region: '37', annual: 10_713_100, verified: false, source: { date: '2024-05-31', kind: 'secondary' } });
  });

  it('广东 2022: 124,916 元 and 2023: 131,418 元 (非私营), from reports of the statistics bureau\'s release, unverified', () => {
    expect(averageWageFor('440106', 2022, data)).toMatchObject({ region: '44', annual: 12_491_600, verified: false, source: { date: '2023-06-16', kind: 'secondary' } });
    expect(averageWageFor('440106', 2023, data)).toMatchObject({ region: '44', annual: 13_141_800, verified: false, source: { kind: 'secondary' } });
  });

  it('a year nobody read stays unknown (浙江 2023, 广东 2024)', () => {
    expect(averageWageFor('330106', 2023, data)).toBeNull();
    expect(averageWageFor('440106', 2024, data)).toBeNull();
  });
});

describe('shipped guidelines', () => {
  it('山西 2023: 7 % / 12 % / 4 % for the calendar year, from a county bureau\'s relay of the provincial notice, unverified', () => {
    const g = wageGuidelineFor('140100', 2023, data);
    expect(g).toMatchObject({ region: '14', year: 2023, effectiveFrom: '2023-01-01', effectiveTo: '2023-12-31', baseline: 700, upper: 1200, lower: 400, verified: false });
    expect(g?.source).toMatchObject({ number: null, date: '2023-10-18', kind: 'reproduction' });
  });

  it('上海 2023: 平均线 5 %, 下线 2 % from 2023-03-24, no upper line because the report gives none, unverified', () => {
    const g = wageGuidelineFor('310104', 2023, data);
    expect(g).toMatchObject({ region: '31', year: 2023, effectiveFrom: '2023-03-24', baseline: 500, upper: null, lower: 200, verified: false });
    expect(g?.source).toMatchObject({ number: null, date: '2023-03-24', kind: 'reproduction' });
  });

  it('山西 2024: 6 % / 9 % / 3 % for the calendar year, from a reprinted newspaper report, unverified', () => {
    expect(wageGuidelineFor('140100', 2024, data)).toMatchObject({ region: '14', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31', baseline: 600, upper: 900, lower: 300, verified: false });
  });

  it('山西 2025: 6.5 % / 9 % / 4 % for the calendar year, from a reprinted newspaper report, unverified', () => {
    expect(wageGuidelineFor('140100', 2025, data)).toMatchObject({ region: '14', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', baseline: 650, upper: 900, lower: 400, verified: false });
  });

  it('哈尔滨 2025: 5 % / 8 % / 3 %, the city\'s own guideline, for its counties only, unverified', () => {
    expect(wageGuidelineFor('230102', 2025, data)).toMatchObject({ region: '2301', baseline: 500, upper: 800, lower: 300, verified: false, source: { kind: 'reproduction' } });
    expect(wageGuidelineFor('230202', 2025, data)).toBeNull();
  });

  it('北京 2023: 5.1 % / 2.8 %, no upper line, from a reprinted news flash, unverified', () => {
    expect(wageGuidelineFor('110105', 2023, data)).toMatchObject({ region: '11', baseline: 510, upper: null, lower: 280, verified: false, source: { date: '2023-10-19', kind: 'reproduction' } });
  });

  it('上海 2022: 平均线 6 %, 下线 3 %, from the text of a video page, unverified', () => {
    expect(wageGuidelineFor('310104', 2022, data)).toMatchObject({ region: '31', effectiveFrom: '2022-03-15', baseline: 600, upper: null, lower: 300, verified: false, source: { kind: 'secondary' } });
  });

  it('福建 2023: 7 % / 3 %, no upper line, from a reprinted newspaper report, unverified', () => {
    expect(wageGuidelineFor('350203', 2023, data)).toMatchObject({ region: '35', baseline: 700, upper: null, lower: 300, verified: false, source: { date: '2023-11-17', kind: 'reproduction' } });
  });

  it('山东 2023: baseline 7 % only, the provincial government\'s notice read in full, verified', () => {
    const g = wageGuidelineFor('370202', 2023, data);
    expect(g).toMatchObject({ region: '37', effectiveFrom: '2023-09-28', baseline: 700, upper: null, lower: null, verified: true });
    expect(g?.source).toMatchObject({ title: '山东省人民政府关于发布2023年企业工资指导线的通知', number: '鲁政字〔2023〕166号', date: '2023-09-28', kind: 'notice' });
  });

  it('济南 2023: the city bureau\'s own notice (7 %), on its own site, for 济南\'s counties, verified; 山东 2021 7 % from a report, unverified', () => {
    expect(wageGuidelineFor('370102', 2023, data)).toMatchObject({ region: '3701', baseline: 700, verified: true, source: { number: '济人社发〔2023〕10号', kind: 'notice' } });
    expect(wageGuidelineFor('370202', 2023, data)).toMatchObject({ region: '37', verified: true });
    expect(wageGuidelineFor('370202', 2021, data)).toMatchObject({ region: '37', baseline: 700, upper: null, lower: null, verified: false });
    expect(wageGuidelineFor('370202', 2022, data)).toBeNull();
  });

  it('湖南 2023: 6 % / 10 % / 3 % from 2023-10-13, and 2024: 6 % / 9 % / 3 %, from reprinted reports, unverified', () => {
    expect(wageGuidelineFor('430102', 2023, data)).toMatchObject({ region: '43', effectiveFrom: '2023-10-13', baseline: 600, upper: 1000, lower: 300, verified: false });
    expect(wageGuidelineFor('430102', 2024, data)).toMatchObject({ region: '43', baseline: 600, upper: 900, lower: 300, verified: false });
  });

  it('甘肃 2023: 6.5 % / 2.5 %, from a reprinted newspaper report, unverified', () => {
    expect(wageGuidelineFor('620102', 2023, data)).toMatchObject({ region: '62', baseline: 650, upper: null, lower: 250, verified: false });
  });

  it('宁夏 2024: 6 % / 2.5 %, 宁人社发〔2024〕115号 read in full, verified', () => {
    const g = wageGuidelineFor('640104', 2024, data);
    expect(g).toMatchObject({ region: '64', effectiveFrom: '2024-08-28', baseline: 600, upper: null, lower: 250, verified: true });
    expect(g?.source).toMatchObject({ number: '宁人社发〔2024〕115号', date: '2024-08-28', kind: 'notice' });
  });

  it('广东 and 浙江 have none, nor 福建 after 2023: their guidelines read unknown', () => {
    for (const code of ['440106', '330106']) {
      for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) expect(wageGuidelineFor(code, year, data)).toBeNull();
    }
    for (const year of [2021, 2022, 2024, 2025, 2026]) expect(wageGuidelineFor('350203', year, data)).toBeNull();
  });

  it('泉州 2021: 7.5 % / 3 %, the city\'s own guideline, for its counties only, unverified', () => {
    expect(wageGuidelineFor('350503', 2021, data)).toMatchObject({ region: '3505', baseline: 750, upper: null, lower: 300, verified: false });
  });
});

describe('every shipped figure', () => {
  it('has a source, and is verified only when read in the official text', () => {
    for (const r of [...data.guidelines, ...data.prices, ...data.averageWages]) {
      expect(r.source, `${r.region} ${r.year}`).toBeDefined();
      if (r.verified) expect(r.source?.kind, `${r.region} ${r.year}`).toBe('notice');
    }
  });
});
