// 天津, 河北, 内蒙古, 吉林, 黑龙江, 安徽, 江西, 山东, 河南, 湖北 as shipped: one county of each on 2026-06-01
// (the figure in force with its document, or unknown where the notice's county list was not read), the
// edges where one table hands over to the next, and (安徽, 江西, 湖北) every county list as shipped.
// 山西 and 辽宁 are tested with 甘肃 (minimumWageShanxiLiaoningGansu).
import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { listed, tiersOn } from './countyLists';

const { tables, assignments } = minimumWageShipped();
const on = (code: string, date: string) => {
  const found = minimumWageFor(code, isoDate(date), tables, assignments);
  return 'unknown' in found ? found : { tier: found.tier, monthly: found.monthly, hourly: found.hourly, basis: found.table.basis, verified: found.table.verified };
};
const countiesOf = (province: string, from: string) => {
  const byTier: Record<number, string[]> = {};
  for (const a of assignments) if (a.regionCode.startsWith(province) && a.effectiveFrom === from) (byTier[a.tier] ??= []).push(a.regionCode);
  for (const list of Object.values(byTier)) list.sort();
  return byTier;
};
const tablesOf = (province: string) =>
  tables.filter((t) => t.region.startsWith(province)).map((t) => ({ from: t.effectiveFrom, to: t.effectiveTo, monthly: t.monthly, verified: t.verified }));

describe('minimum wages of the northern and central provinces as shipped', () => {
  it('天津: one figure for every district, 2,510 元 from 2025-09-01, 2,320 元 the day before', () => {
    expect(on('120101', '2026-06-01')).toEqual({ tier: 1, monthly: 251000, hourly: 2660, basis: '市人社局关于调整天津市最低工资标准的通知（2025年9月1日起）', verified: true });
    expect(on('120119', '2025-08-31')).toMatchObject({ tier: 1, monthly: 232000, hourly: 2440, basis: '津人社规字〔2023〕8号' });
    expect(on('120116', '2023-10-31')).toEqual({ unknown: 'tier' });
  });

  it('河北: three tables back to back, the 2025-12-01 one from a report without counties; the 2023 table with the counties its third-party table names', () => {
    expect(tablesOf('13').map((t) => [t.from, t.to])).toEqual([['2019-11-01', '2022-12-31'], ['2023-01-01', '2025-11-30'], ['2025-12-01', null]]);
    expect(tablesOf('13').at(-1)).toEqual({ from: '2025-12-01', to: null, monthly: { 1: 238000, 2: 223000, 3: 208000 }, verified: false });
    const latest = tables.find((t) => t.region === '13' && t.effectiveFrom === '2025-12-01');
    expect(latest).toMatchObject({ hourly: { 1: 2400, 2: 2200, 3: 2000 }, source: { number: null, kind: 'secondary' } });
    expect(latest?.confirmedTo).toBeUndefined();
    expect(on('130102', '2026-06-01')).toEqual({ unknown: 'tier' });
    // 2023: the named counties, each "市区" as the city's districts not listed elsewhere, 雄安新区 as its three counties.
    const tier1 = listed('13', '石家庄市：长安区、桥西区、新华区、裕华区、藁城区、鹿泉区、栾城区、正定县；秦皇岛市：海港区、山海关区、北戴河区、抚宁区；唐山市：路南区、路北区、古冶区、开平区、丰南区、丰润区、曹妃甸区、迁安市、遵化市、滦南县、迁西县、玉田县、乐亭县、滦州市；廊坊市：安次区、广阳区、大厂回族自治县、香河县、三河市、霸州市；保定市：竞秀区、莲池区、满城区、清苑区、徐水区、涿州市、雄县、容城县、安新县；沧州市：新华区、运河区、黄骅市、任丘市；邯郸市：武安市');
    const tier2 = listed('13', '石家庄市：晋州市、新乐市、行唐县、辛集市；承德市：双桥区、双滦区、鹰手营子矿区；张家口市：桥东区、桥西区、宣化区、下花园区、万全区、崇礼区、怀来县、涿鹿县；秦皇岛市：昌黎县、卢龙县、青龙满族自治县；廊坊市：固安县、大城县、文安县、永清县；保定市：高碑店市、高阳县、安国市、定州市；沧州市：泊头市、河间市、沧县、青县、东光县、肃宁县、吴桥县、海兴县、盐山县、孟村回族自治县、南皮县、献县；衡水市：桃城区、冀州区、深州市；邢台市：沙河市、宁晋县、内丘县、巨鹿县、南宫市、平乡县、威县、清河县、隆尧县；邯郸市：永年区');
    const tier3 = listed('13', '石家庄市：井陉矿区、井陉县、高邑县、深泽县、无极县、平山县、元氏县、赵县、灵寿县、赞皇县；承德市：平泉市、承德县、滦平县、兴隆县、宽城满族自治县、丰宁满族自治县、隆化县、围场满族蒙古族自治县；张家口市：康保县、沽源县、尚义县、阳原县、怀安县、蔚县、张北县、赤城县；保定市：定兴县、望都县、博野县、顺平县、唐县、阜平县、涞源县、涞水县、曲阳县、易县、蠡县；衡水市：枣强县、故城县、景县、安平县、武邑县、武强县、饶阳县、阜城县');
    const expected = new Map<string, [number, number]>();
    for (const code of tier1) expected.set(code, [1, 220000]);
    for (const code of tier2) expected.set(code, [2, 200000]);
    for (const code of tier3) expected.set(code, [3, 180000]);
    expect([tier1.length, tier2.length, tier3.length]).toEqual([46, 51, 45]);
    expect(tiersOn('13', '2025-11-30')).toEqual(expected);
    expect(on('130402', '2025-11-30')).toEqual({ unknown: 'tier' }); // 邯山区: which districts 邯郸市区 means was not read
    expect(on('130102', '2022-12-31')).toEqual({ unknown: 'tier' }); // the 2019 table has no counties
  });

  it('内蒙古: three classes from 2025-12-01, the figure including the worker’s own contributions', () => {
    const latest = tables.find((t) => t.region === '15' && t.effectiveFrom === '2025-12-01');
    expect(latest).toMatchObject({ monthly: { 1: 238000, 2: 231000, 3: 225000 }, hourly: { 1: 2350, 2: 2280, 3: 2220 }, effectiveTo: null, includesSocialInsurance: true });
    expect(tablesOf('15').map((t) => [t.from, t.to])).toEqual([['2021-12-01', '2024-11-30'], ['2024-12-01', '2025-11-30'], ['2025-12-01', null]]);
    // The 2021 and 2024 class lists are recorded, the 2025 one was not read: a county asks from 2025-12-01.
    expect(on('150102', '2025-11-30')).toMatchObject({ tier: 1, monthly: 227000, basis: '内政办发〔2024〕46号' }); // 呼和浩特新城区
    expect(on('150782', '2022-06-01')).toMatchObject({ tier: 3, monthly: 185000 }); // 牙克石市
    expect(on('152202', '2025-01-01')).toMatchObject({ tier: 3, monthly: 214000 }); // 阿尔山市
    expect(on('150172', '2025-01-01')).toEqual({ unknown: 'tier' }); // a development zone, in no class
    expect(on('150102', '2026-06-01')).toEqual({ unknown: 'tier' });
  });

  it('吉林: 吉政函〔2024〕66号 by county to 2025-11-30, then the 2025-12-01 table (from a report) with the same lists', () => {
    expect(tablesOf('22').map((t) => [t.from, t.to, t.verified])).toEqual([['2021-12-01', '2024-09-30', false], ['2024-10-01', '2025-11-30', true], ['2025-12-01', null, false]]);
    expect(on('220104', '2025-11-30')).toEqual({ tier: 1, monthly: 212000, hourly: 2100, basis: '吉政函〔2024〕66号', verified: true });
    expect(on('220104', '2026-06-01')).toEqual({ tier: 1, monthly: 223000, hourly: 2200, basis: '吉林省人民政府关于发布全省最低工资标准的通知（2025年12月1日起）', verified: false });
    expect(on('220113', '2026-06-01')).toMatchObject({ tier: 1, monthly: 223000 }); // 九台区
    expect(on('222401', '2026-06-01')).toMatchObject({ tier: 2, monthly: 202000, hourly: 2050 }); // 延吉市
    expect(on('220605', '2026-06-01')).toMatchObject({ tier: 2, monthly: 202000 }); // 江源区
    expect(on('220581', '2026-06-01')).toMatchObject({ tier: 3, monthly: 187000, hourly: 1900 }); // 梅河口市
    expect(on('220581', '2025-06-01')).toMatchObject({ tier: 3, monthly: 178000 });
    // The 2021 table's county list was not recorded: before 2024-10-01 a county asks.
    expect(on('220104', '2024-09-30')).toEqual({ unknown: 'tier' });
  });

  it('黑龙江: 2025-12-01 moves 双城 and 大兴安岭 up to the second tier; 2024 counties ended with their table', () => {
    expect(on('230103', '2026-06-01')).toMatchObject({ tier: 1, monthly: 227000, hourly: 2100 }); // 南岗区
    expect(on('230113', '2026-06-01')).toMatchObject({ tier: 2, monthly: 201000 }); // 双城区
    expect(on('230113', '2025-11-30')).toMatchObject({ tier: 3, monthly: 175000, basis: '黑政规〔2024〕1号' });
    expect(on('232701', '2026-06-01')).toMatchObject({ tier: 2, monthly: 201000 }); // 漠河市
    expect(on('232701', '2025-06-01')).toMatchObject({ tier: 3, monthly: 175000 });
    expect(on('230781', '2026-06-01')).toMatchObject({ tier: 3, monthly: 191000, hourly: 1820 }); // 铁力市
    expect(on('230103', '2024-04-30')).toEqual({ unknown: 'tier' });
  });

  it('安徽: the 2023 annex by county (as a report reproduced it) to 2025-08-31, then the 2025 figures with the cities’ districts from a compilation', () => {
    expect(tablesOf('34')).toEqual([
      { from: '2023-03-01', to: '2025-08-31', monthly: { 1: 206000, 2: 193000, 3: 187000, 4: 178000 }, verified: false },
      { from: '2025-09-01', to: null, monthly: { 1: 232000, 2: 217000, 3: 210000, 4: 200000 }, verified: false },
    ]);
    expect(countiesOf('34', '2023-03-01')).toEqual({
      1: ['340102', '340103', '340104', '340111', '340705', '340706', '340711'],
      2: ['340202', '340207', '340209', '340210', '340212', '340302', '340303', '340304', '340311', '340402', '340403', '340404', '340405', '340406', '340421', '340422', '340503', '340504', '340506', '340602', '340603', '340604', '340802', '340803', '340811', '341102', '341103', '341302', '341502', '341503', '341802'],
      3: ['340121', '340122', '340123', '340124', '340181', '340223', '340321', '340322', '340323', '340521', '340722', '340822', '340826', '340881', '340882', '341002', '341122', '341124', '341125', '341126', '341181', '341182', '341202', '341203', '341204', '341321', '341322', '341323', '341324', '341504', '341522', '341523', '341524', '341525', '341602', '341702', '341881', '341882'],
      4: ['340281', '340522', '340523', '340621', '340825', '340827', '340828', '341003', '341004', '341021', '341022', '341023', '341024', '341221', '341222', '341225', '341226', '341282', '341621', '341622', '341623', '341721', '341722', '341723', '341821', '341823', '341824', '341825'],
    });
    expect(countiesOf('34', '2025-09-01')).toEqual({
      1: ['340102', '340103', '340104', '340111', '340705', '340706', '340711'],
      2: ['340202', '340207', '340209', '340210', '340212', '340302', '340303', '340304', '340311', '340402', '340403', '340404', '340405', '340406', '340503', '340504', '340506', '340602', '340603', '340604', '340802', '340803', '340811', '341102', '341103', '341302', '341502', '341503', '341702', '341802'],
      3: ['341002', '341202', '341203', '341204', '341602'],
    });
    // Every county of the province has a tier in the 2023 table (the development zones aside).
    expect(Object.values(countiesOf('34', '2023-03-01')).flat()).toHaveLength(104);
    expect(tables.find((t) => t.region === '34' && t.effectiveFrom === '2023-03-01')).toMatchObject({ includesSocialInsurance: true, source: { number: null, kind: 'reproduction' } });
    expect(on('340104', '2025-08-31')).toEqual({ tier: 1, monthly: 206000, hourly: 2100, basis: '安徽省人民政府办公厅关于调整全省最低工资标准的通知（2023年3月1日起）', verified: false }); // 合肥蜀山区
    expect(on('340104', '2026-06-01')).toEqual({ tier: 1, monthly: 232000, hourly: 2300, basis: '皖政办秘〔2025〕32号', verified: false });
    expect(on('341702', '2024-06-01')).toMatchObject({ tier: 3, monthly: 187000 }); // 池州贵池区: third in 2023,
    expect(on('341702', '2026-06-01')).toMatchObject({ tier: 2, monthly: 217000 }); // second in 2025
    expect(on('340122', '2024-06-01')).toMatchObject({ tier: 3, monthly: 187000, hourly: 1900 }); // 肥东县
    expect(on('341024', '2024-06-01')).toMatchObject({ tier: 4, monthly: 178000, hourly: 1800 }); // 祁门县
    // The 2025 county lists were not read: a county asks; so does any day before 2023-03-01.
    expect(on('340122', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('340104', '2023-02-28')).toEqual({ unknown: 'tier' });
  });

  it('江西: the 2021 classes confirmed only to 2023-10-01 (the next start was not read), then the 2025 figures with classes 1 and 2 from a compilation', () => {
    expect(tablesOf('36')).toEqual([
      { from: '2021-04-01', to: null, monthly: { 1: 185000, 2: 173000, 3: 161000 }, verified: true },
      { from: '2025-12-01', to: null, monthly: { 1: 224000, 2: 209000, 3: 195000 }, verified: false },
    ]);
    expect(tables.find((t) => t.region === '36' && t.effectiveFrom === '2021-04-01')?.confirmedTo).toBe('2023-10-01');
    const classes12 = {
      1: ['360102', '360103', '360104', '360111', '360113'],
      2: ['360112', '360121', '360203', '360302', '360313', '360402', '360403', '360502', '360602', '360681', '360702', '360703', '360802', '360902', '361002', '361102'],
    };
    expect(countiesOf('36', '2021-04-01')).toEqual({
      ...classes12,
      3: ['360123', '360124', '360202', '360222', '360281', '360321', '360322', '360323', '360404', '360423', '360424', '360425', '360426', '360428', '360429', '360430', '360481', '360482', '360483', '360521', '360603', '360704', '360722', '360723', '360724', '360725', '360726', '360728', '360729', '360730', '360731', '360732', '360733', '360734', '360735', '360781', '360783', '360921', '360922', '360923', '360924', '360925', '360926', '360981', '360982', '360983', '361103', '361104', '361123', '361124', '361125', '361126', '361127'],
    });
    expect(countiesOf('36', '2025-12-01')).toEqual(classes12);
    expect(on('360102', '2023-10-01')).toEqual({ tier: 1, monthly: 185000, hourly: 1850, basis: '江西省人民政府办公厅关于调整最低工资标准的通知（2021年4月1日起）', verified: true }); // 南昌东湖区
    expect(on('360102', '2024-06-01')).toEqual({ unknown: 'table', supersededAfter: '2023-10-01' });
    expect(on('360102', '2026-06-01')).toEqual({ tier: 1, monthly: 224000, hourly: 2240, basis: '赣府厅字〔2025〕42号', verified: false });
    expect(on('360702', '2026-06-01')).toMatchObject({ tier: 2, monthly: 209000 }); // 赣州章贡区
    expect(on('361127', '2022-06-01')).toMatchObject({ tier: 3, monthly: 161000, hourly: 1610 }); // 余干县
    // The 2021 third class is cut off in the reprint (吉安, 抚州 and four 上饶 counties); the 2025 third class was not read.
    expect(on('361128', '2022-06-01')).toEqual({ unknown: 'tier' }); // 鄱阳县
    expect(on('360124', '2026-06-01')).toEqual({ unknown: 'tier' }); // 进贤县: its 2021 class ends with the confirmation
  });

  it('湖北: the 2025 figures read in the reprinted notice, with the districts a compilation names in tiers 1 and 2; 武汉 asks', () => {
    expect(tablesOf('42')).toEqual([{ from: '2025-12-01', to: null, monthly: { 1: 240000, 2: 213000, 3: 197000 }, verified: true }]);
    expect(countiesOf('42', '2025-12-01')).toEqual({
      1: ['420502', '420503', '420504', '420505', '420602', '420606'],
      2: ['420202', '420203', '420204', '420205', '420281', '420302', '420303', '420802', '420804', '421002', '421003'],
    });
    expect(on('420602', '2026-06-01')).toEqual({ tier: 1, monthly: 240000, hourly: 2400, basis: '湖北省人民政府办公厅关于调整全省最低工资标准的通知（2025年12月1日起）', verified: true }); // 襄阳襄城区
    expect(on('420281', '2026-06-01')).toMatchObject({ tier: 2, monthly: 213000, hourly: 2150 }); // 大冶市
    expect(on('420102', '2026-06-01')).toEqual({ unknown: 'tier' }); // 武汉江岸区
    expect(on('420222', '2026-06-01')).toEqual({ unknown: 'tier' }); // 阳新县
  });

  it('山东: 鲁政字〔2021〕169号, then 鲁政字〔2023〕172号 (from reports) and 鲁政字〔2025〕140号, back to back', () => {
    expect(tablesOf('37')).toEqual([
      { from: '2021-10-01', to: '2023-09-30', monthly: { 1: 210000, 2: 190000, 3: 170000 }, verified: true },
      { from: '2023-10-01', to: '2025-09-30', monthly: { 1: 220000, 2: 201000, 3: 182000 }, verified: false },
      { from: '2025-10-01', to: null, monthly: { 1: 240000, 2: 221000, 3: 202000 }, verified: true },
    ]);
    expect(on('370102', '2022-06-01')).toMatchObject({ tier: 1, monthly: 210000, hourly: 2100, basis: '鲁政字〔2021〕169号' }); // 济南历下区
    expect(on('371102', '2023-09-30')).toMatchObject({ tier: 2, monthly: 190000 }); // 日照东港区
    expect(on('371702', '2022-06-01')).toMatchObject({ tier: 3, monthly: 170000 }); // 菏泽牡丹区
    expect(on('370171', '2022-06-01')).toEqual({ unknown: 'tier' }); // a development zone, in no list
    // 2023: only 临沂's counties, as the report names them; their list ends with the table.
    expect(on('371302', '2024-06-01')).toEqual({ tier: 2, monthly: 201000, hourly: 2000, basis: '鲁政字〔2023〕172号', verified: false }); // 兰山区
    expect(on('371321', '2025-09-30')).toMatchObject({ tier: 3, monthly: 182000 }); // 沂南县
    expect(on('371302', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('370102', '2023-10-01')).toEqual({ unknown: 'tier' });
    // 2025: 济南's counties as a law firm reproduced the list; the rest ask.
    expect(on('370102', '2026-06-01')).toEqual({ tier: 1, monthly: 240000, hourly: 2400, basis: '鲁政字〔2025〕140号', verified: true });
    expect(on('370126', '2026-06-01')).toMatchObject({ tier: 2, monthly: 221000, hourly: 2200 }); // 商河县
    expect(on('370171', '2026-06-01')).toEqual({ unknown: 'tier' });
    expect(on('370202', '2026-06-01')).toEqual({ unknown: 'tier' });
  });

  it('河南: four notices back to back from 2018-10-01; 郑州 in the first class of 豫政〔2025〕25号, which includes the worker’s own contributions', () => {
    expect(tablesOf('41')).toEqual([
      { from: '2018-10-01', to: '2021-12-31', monthly: { 1: 190000, 2: 170000, 3: 150000 }, verified: true },
      { from: '2022-01-01', to: '2023-12-31', monthly: { 1: 200000, 2: 180000, 3: 160000 }, verified: true },
      { from: '2024-01-01', to: '2025-11-30', monthly: { 1: 210000, 2: 200000, 3: 180000 }, verified: true },
      { from: '2025-12-01', to: null, monthly: { 1: 235000, 2: 215000, 3: 200000 }, verified: false },
    ]);
    const latest = tables.find((t) => t.region === '41' && t.effectiveFrom === '2025-12-01');
    expect(latest).toMatchObject({ hourly: { 1: 2300, 2: 2110, 3: 1960 }, includesSocialInsurance: true, source: { number: '豫政〔2025〕25号' } });
    expect(on('410102', '2026-06-01')).toEqual({ tier: 1, monthly: 235000, hourly: 2300, basis: '豫政〔2025〕25号', verified: false }); // 中原区
    expect(on('410181', '2026-06-01')).toMatchObject({ tier: 1, monthly: 235000 }); // 巩义市
    expect(on('410102', '2025-11-30')).toEqual({ unknown: 'tier' });
    expect(on('410202', '2026-06-01')).toEqual({ unknown: 'tier' });
  });
});
