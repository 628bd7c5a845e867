// How a typed query matches a place (a division or a town): by code, by name, or by the pinyin initials
// stored with the data ('fd' → 福鼎市 'fds'). One ranking for both, so the picker and the CLI agree.

/** What a place offers to a search. */
export interface PlaceMatchable {
  readonly code: string;
  readonly name: string;
  /** Lower-case pinyin initials of the name, e.g. 'fds'. */
  readonly initials: string;
  /** Names from the province down, e.g. '福建省宁德市福鼎市'. */
  readonly fullName: string;
}

/** Best first. A query matches in one way only: digits match codes, Latin letters initials, other text names. */
export const placeMatchRank = {
  code: 0,
  name: 1,
  namePrefix: 2,
  initialsPrefix: 3,
  codePrefix: 4,
  nameContains: 5,
  fullNameContains: 6,
} as const;

/** Results are capped so that a one-letter query stays quick to show and to read. */
export const placeMatchLimit = 50;

/**
 * Trimmed, full-width forms folded (an IME may type 'ＦＤ' or '３５'), Latin letters lower-cased; '' when
 * nothing is left.
 */
export function placeQueryNormalize(query: string): string {
  return query.normalize('NFKC').trim().toLowerCase();
}

/** The rank of a normalised query against a place, or -1 when it does not match. */
export function placeMatchRankOf(query: string, place: PlaceMatchable): number {
  if (query === '') return -1;
  if (/^\d+$/.test(query)) {
    if (place.code === query) return placeMatchRank.code;
    return place.code.startsWith(query) ? placeMatchRank.codePrefix : -1;
  }
  if (/^[a-z]+$/.test(query)) return place.initials.startsWith(query) ? placeMatchRank.initialsPrefix : -1;
  if (place.name === query) return placeMatchRank.name;
  if (place.name.startsWith(query)) return placeMatchRank.namePrefix;
  if (place.name.includes(query)) return placeMatchRank.nameContains;
  return place.fullName.includes(query) ? placeMatchRank.fullNameContains : -1;
}

/**
 * The places matching the query, best rank first, then in the order `tieBreak` gives (e.g. province
 * before city before county, then code); at most `limit`. Empty for an empty query.
 */
export function placeMatches<T extends PlaceMatchable>(
  places: Iterable<T>,
  query: string,
  tieBreak: (a: T, b: T) => number,
  limit: number = placeMatchLimit,
): T[] {
  const q = placeQueryNormalize(query);
  if (q === '') return [];
  const found: { place: T; rank: number }[] = [];
  for (const place of places) {
    const rank = placeMatchRankOf(q, place);
    if (rank >= 0) found.push({ place, rank });
  }
  return found
    .sort((a, b) => a.rank - b.rank || tieBreak(a.place, b.place))
    .slice(0, Math.max(0, limit))
    .map((m) => m.place);
}
