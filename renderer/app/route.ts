// Hash routes (#/enterprises/abc): they survive a reload, work from file:// and app:// alike,
// and need no router library.
export const areas = ['enterprises', 'negotiations', 'scenarios', 'terms', 'documents', 'federation', 'settings'] as const;
export type Area = (typeof areas)[number];

export type Route =
  | { readonly area: 'enterprises'; readonly view: 'list' }
  | { readonly area: 'enterprises'; readonly view: 'new' }
  | { readonly area: 'enterprises'; readonly view: 'detail'; readonly id: string }
  | { readonly area: 'enterprises'; readonly view: 'edit'; readonly id: string }
  | { readonly area: Exclude<Area, 'enterprises'> };

export function routeParse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [area, id, action] = parts;
  if (area && area !== 'enterprises' && (areas as readonly string[]).includes(area)) {
    return { area: area as Exclude<Area, 'enterprises'> };
  }
  if (id === 'new') return { area: 'enterprises', view: 'new' };
  if (id && action === 'edit') return { area: 'enterprises', view: 'edit', id };
  if (id) return { area: 'enterprises', view: 'detail', id };
  return { area: 'enterprises', view: 'list' };
}

export function routeHash(route: Route): string {
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
