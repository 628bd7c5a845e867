// What the region picker lists: with no query, every county-level division grouped by its city and the
// provinces last; with a query, the divisions matching it best first (regionSearch), a matching city
// standing for its counties, since an enterprise is located in a county.
import {
  regionByCode, regionChildren, regionCountyLevel, regionProvinceOf, regionProvinces, regionSearch, type Region,
} from '../../../shared/regions/region';

export interface RegionGroup {
  /** Unique, where labels are not: 重庆市 heads both its districts (5001) and its counties (5002). */
  readonly key: string;
  readonly label: string;
  readonly regions: readonly Region[];
}

let groupsCache: RegionGroup[] | undefined;

/** Counties by city (a 直辖市's districts and a province's cities without counties under the province), then the provinces. */
export function regionGroupsAll(otherLabel: string): RegionGroup[] {
  if (!groupsCache) {
    const byParent = new Map<string, Region[]>();
    for (const region of regionCountyLevel()) {
      const key = region.parentCode ?? '';
      byParent.set(key, [...(byParent.get(key) ?? []), region]);
    }
    groupsCache = [...byParent.entries()].map(([parent, regions]) => ({
      key: parent,
      label: regionByCode(parent)?.fullName ?? regionProvinceOf(parent)?.fullName ?? parent,
      regions,
    }));
  }
  return [...groupsCache, { key: 'provinces', label: otherLabel, regions: regionProvinces() }];
}

let countyLevelCodes: Set<string> | undefined;

/** Results shown for a query: enough to scroll through, few enough to read. */
export const regionPickerLimit = 60;

/**
 * Divisions an enterprise can be placed in that match the query, best first: counties (and cities without
 * counties) and provinces as they rank; a matching city brings its counties in code order ('hz' → 杭州市's
 * districts). `truncated` when more matched than are listed.
 */
export function regionPickerMatches(query: string, limit: number = regionPickerLimit): { regions: Region[]; truncated: boolean } {
  countyLevelCodes ??= new Set(regionCountyLevel().map((r) => r.code));
  const countyLevel = countyLevelCodes;
  const seen = new Set<string>();
  const regions: Region[] = [];
  const add = (r: Region) => {
    if (!seen.has(r.code)) regions.push(r);
    seen.add(r.code);
  };
  // Every hit, ranked (the search sorts them all anyway); the loop stops one past the limit, so that a cut list says so.
  for (const hit of regionSearch(query, Number.POSITIVE_INFINITY)) {
    if (hit.level === 'province' || countyLevel.has(hit.code)) add(hit);
    else regionChildren(hit.code).forEach(add);
    if (regions.length > limit) break;
  }
  return { regions: regions.slice(0, limit), truncated: regions.length > limit };
}
