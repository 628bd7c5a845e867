// The database layer (Dexie, zod schemas, repositories) loads after the first screen is painted:
// the shell and the list heading are interactive at once, rows arrive a moment later.
import type { Services } from './services';

let painted: Promise<void> | undefined;

/**
 * Resolves once the first frame is on screen (then at once, ever after). Why: the first callers are the
 * start-up effects, which React runs before that frame; importing code there (inserting its chunks'
 * preload links, evaluating Dexie and the schemas) held the first paint back by tens of milliseconds.
 * A hidden window produces no frames, so a timer stands in after 100 ms.
 */
export function firstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
  return painted;
}

export function servicesReady(): Promise<Services> {
  return firstPaint()
    .then(() => import('./services'))
    .then((m) => m.services());
}
