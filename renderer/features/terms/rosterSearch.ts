// Roster search: by name, worker number, group or home province; digits of an ID number match only from
// 4 characters on (so a short query does not match every number), and only ever to find, never to show.
import type { Worker } from '../../../shared/roster/worker';

export function rosterSearch(roster: readonly Worker[], query: string): readonly Worker[] {
  const q = query.normalize('NFKC').trim().toLowerCase();
  if (q === '') return roster;
  return roster.filter(
    (w) =>
      w.name.toLowerCase().includes(q) ||
      ((w.id !== w.idNumber || q.length >= 4) && w.id.toLowerCase().includes(q)) ||
      w.group.toLowerCase().includes(q) ||
      (w.homeProvince ?? '').includes(q) ||
      (q.length >= 4 && w.idNumber.toLowerCase().includes(q)),
  );
}

/**
 * The worker number to show. A roster without 工号 uses the ID number as the worker id (importPlan.ts),
 * which must then not be shown: null (the caller says "no worker number").
 */
export function workerNumberShown(w: Pick<Worker, 'id' | 'idNumber'>): string | null {
  return w.id === w.idNumber ? null : w.id;
}
