import type { Area } from './route';

/** Areas with working screens; the others show their "not built yet" notice and a muted nav entry. */
export const builtAreas: ReadonlySet<Area> = new Set<Area>(['enterprises', 'scenarios', 'settings', 'terms', 'documents', 'negotiations', 'federation']);
