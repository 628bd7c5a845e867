// The database layer (Dexie, zod schemas, repositories) loads after the first screen is painted:
// the shell and the list heading are interactive at once, rows arrive a moment later.
import type { Services } from './services';

export function servicesReady(): Promise<Services> {
  return import('./services').then((m) => m.services());
}
