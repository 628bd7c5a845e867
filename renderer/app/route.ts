// Hash routes (#/enterprises/abc, #/e/<enterprise>/<round>/scenarios): they survive a reload, work from
// file:// and app:// alike, and need no router library. The enterprise and round a round's areas show
// live in the route, so a reload, a link or the back button lands on the same round.
export const areas = ['enterprises', 'negotiations', 'scenarios', 'terms', 'documents', 'federation', 'settings'] as const;
export type Area = (typeof areas)[number];

/** The areas that show one round of one enterprise. */
export const roundAreas = ['scenarios', 'negotiations', 'terms', 'documents'] as const;
export type RoundArea = (typeof roundAreas)[number];

export type Route =
  | { readonly area: 'enterprises'; readonly view: 'list' }
  | { readonly area: 'enterprises'; readonly view: 'new' }
  | { readonly area: 'enterprises'; readonly view: 'detail'; readonly id: string }
  | { readonly area: 'enterprises'; readonly view: 'edit'; readonly id: string }
  /** A round's area; null ids: not chosen yet (the screen picks the last one used, or asks). */
  | { readonly area: RoundArea; readonly enterpriseId: string | null; readonly roundId: string | null }
  | { readonly area: 'federation' | 'settings' }
  /** 行业协商: the federation's sector and regional rounds, reached from its workbench (not in the side menu). */
  | { readonly area: 'sector' };

export function isRoundArea(area: string): area is RoundArea {
  return (roundAreas as readonly string[]).includes(area);
}

/** A path segment decoded, or null when it is not valid percent-encoding (#/enterprises/% must not throw). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function routeParse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decoded);
  if (raw.some((p) => p === null)) return { area: 'enterprises', view: 'list' };
  const parts = raw as string[];
  const [first, second, third, fourth] = parts;
  if (first === 'e' && second) {
    // #/e/<enterprise>/<area> (no round yet) or #/e/<enterprise>/<round>/<area>
    if (third && isRoundArea(third) && fourth === undefined) return { area: third, enterpriseId: second, roundId: null };
    if (third && fourth && isRoundArea(fourth)) return { area: fourth, enterpriseId: second, roundId: third };
    return { area: 'enterprises', view: 'detail', id: second };
  }
  if (first && isRoundArea(first)) return { area: first, enterpriseId: null, roundId: null };
  if (first === 'federation' || first === 'settings' || first === 'sector') return { area: first };
  if (first !== 'enterprises') return { area: 'enterprises', view: 'list' };
  if (second === 'new') return { area: 'enterprises', view: 'new' };
  if (second && third === 'edit') return { area: 'enterprises', view: 'edit', id: second };
  if (second) return { area: 'enterprises', view: 'detail', id: second };
  return { area: 'enterprises', view: 'list' };
}

export function routeHash(route: Route): string {
  if (isRoundArea(route.area)) {
    const r = route as Extract<Route, { area: RoundArea }>;
    if (r.enterpriseId === null) return `#/${r.area}`;
    const e = encodeURIComponent(r.enterpriseId);
    return r.roundId === null ? `#/e/${e}/${r.area}` : `#/e/${e}/${encodeURIComponent(r.roundId)}/${r.area}`;
  }
  if (route.area !== 'enterprises') return `#/${route.area}`;
  switch (route.view) {
    case 'list':
      return '#/enterprises';
    case 'new':
      return '#/enterprises/new';
    case 'detail':
      return `#/enterprises/${encodeURIComponent(route.id)}`;
    case 'edit':
      return `#/enterprises/${encodeURIComponent(route.id)}/edit`;
  }
}

/** The route of a round's area. */
export function roundRoute(area: RoundArea, enterpriseId: string | null, roundId: string | null): Route {
  return { area, enterpriseId, roundId };
}
