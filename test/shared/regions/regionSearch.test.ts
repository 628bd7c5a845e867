// Finding a place by what the user types: code, name or pinyin initials, ranked the same for divisions
// and towns, capped.
import { describe, expect, it } from 'vitest';
import { placeMatchLimit, placeMatchRank, placeMatchRankOf, placeMatches, placeQueryNormalize } from '../../../shared/regions/placeMatch';
import { regionPath, regionSearch } from '../../../shared/regions/region';
import { townSearch } from '../../../shared/regions/town';

const names = (query: string, limit?: number) => regionSearch(query, limit).map((r) => r.name);

describe('placeMatchRankOf', () => {
  const xihu = { code: '330106', name: '西湖区', initials: 'xhq', fullName: '浙江省杭州市西湖区' };
  it('ranks exact code, exact name, name prefix, initials prefix, code prefix, name containing, full name containing', () => {
    expect(placeMatchRankOf('330106', xihu)).toBe(placeMatchRank.code);
    expect(placeMatchRankOf('西湖区', xihu)).toBe(placeMatchRank.name);
    expect(placeMatchRankOf('西湖', xihu)).toBe(placeMatchRank.namePrefix);
    expect(placeMatchRankOf('xh', xihu)).toBe(placeMatchRank.initialsPrefix);
    expect(placeMatchRankOf('3301', xihu)).toBe(placeMatchRank.codePrefix);
    expect(placeMatchRankOf('湖区', xihu)).toBe(placeMatchRank.nameContains);
    expect(placeMatchRankOf('杭州市西', xihu)).toBe(placeMatchRank.fullNameContains);
    const order = Object.values(placeMatchRank);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('matches nothing else: initials only from their start, codes only from theirs', () => {
    expect(placeMatchRankOf('hq', xihu)).toBe(-1);
    expect(placeMatchRankOf('0106', xihu)).toBe(-1);
    expect(placeMatchRankOf('东湖', xihu)).toBe(-1);
    expect(placeMatchRankOf('', xihu)).toBe(-1);
  });

  it('folds full-width forms and case before matching', () => {
    expect(placeQueryNormalize(' ＦＤ ')).toBe('fd');
    expect(placeQueryNormalize('３５０９８２')).toBe('350982');
  });

  it('caps the results and keeps the tie-break order within a rank', () => {
    const places = Array.from({ length: 80 }, (_, i) => ({ code: String(100 + i), name: `甲${i}`, initials: 'j', fullName: `甲${i}` }));
    const found = placeMatches(places, 'j', (a, b) => Number(b.code) - Number(a.code));
    expect(found).toHaveLength(placeMatchLimit);
    expect(found[0]?.code).toBe('179');
  });
});

describe('regionSearch', () => {
  it('finds by pinyin initials in either case: fd → 福鼎市, hz → 杭州市 and 惠州市', () => {
    expect(names('fd')).toContain('福鼎市');
    expect(names('FD')).toEqual(names('fd'));
    expect(names('hz')).toEqual(expect.arrayContaining(['杭州市', '惠州市', '湖州市']));
    // Cities before their counties within a rank.
    expect(names('hz').slice(0, 2)).toEqual(['杭州市', '湖州市']);
    expect(names('cq')[0]).toBe('重庆市');
    expect(names('xm')[0]).toBe('厦门市');
  });

  it('finds by code and by name: 330106 and 西湖 → 西湖区', () => {
    expect(regionSearch('330106').map((r) => r.fullName)).toEqual(['浙江省杭州市西湖区']);
    const xihu = regionSearch('西湖').map((r) => r.code);
    expect(xihu.slice(0, 2)).toEqual(['330106', '360103']); // both named 西湖区, in code order
    expect(xihu).toContain('420112'); // 东西湖区 contains it, after them
  });

  it('puts exact code first, then name prefix, then initials prefix, then substring', () => {
    const fujian = regionSearch('福建');
    expect(fujian[0]?.code).toBe('350000');
    // 安: names starting with it before names containing it.
    const an = names('安', Number.POSITIVE_INFINITY);
    const firstContaining = an.findIndex((n) => !n.startsWith('安'));
    expect(firstContaining).toBeGreaterThan(0);
    expect(an.slice(firstContaining).some((n) => n.startsWith('安'))).toBe(false);
  });

  it('caps the list, and the cap can be raised', () => {
    expect(regionSearch('44')).toHaveLength(placeMatchLimit);
    expect(regionSearch('44', 5).map((r) => r.name)).toEqual(['广东省', '广州市', '韶关市', '深圳市', '珠海市']);
    expect(regionSearch('44', Number.POSITIVE_INFINITY).length).toBeGreaterThan(100);
  });

  it('still finds a retired code by code and by name', () => {
    expect(names('330103')).toEqual(['下城区']);
    expect(regionSearch('下城区').map((r) => r.code)).toContain('330103');
  });
});

describe('regionPath', () => {
  it('names the province down, also for a municipality district whose city is not listed', () => {
    expect(regionPath('350982').map((r) => r.name)).toEqual(['福建省', '宁德市', '福鼎市']);
    expect(regionPath('310115').map((r) => r.name)).toEqual(['上海市', '浦东新区']);
    expect(regionPath('350000').map((r) => r.name)).toEqual(['福建省']);
    expect(regionPath('999999')).toEqual([]);
  });
});

describe('townSearch', () => {
  it("searches one county's towns by name, code or initials", async () => {
    expect((await townSearch('350982', '太姥')).map((t) => t.name)).toEqual(['太姥山镇']);
    expect((await townSearch('350982', 'tls')).map((t) => t.name)).toEqual(['太姥山镇']);
    expect((await townSearch('350982', '350982104')).map((t) => t.name)).toEqual(['太姥山镇']);
    const streets = (await townSearch('350982', '街道')).map((t) => t.name);
    expect(streets).toEqual(['桐山街道', '桐城街道', '山前街道']);
    expect(await townSearch('350982', '西湖')).toEqual([]);
  });
});
