// "The user's data changed": every committed write to a table of this database other than `meta`,
// whichever repository or screen made it (today's tables and any later schema version's). Dexie fires
// `storagemutated` after each read-write transaction commits, with the parts it touched
// ("idb://<database>/<table>/<index>"), also for writes made in another tab of the same origin.
import Dexie, { type ObservabilitySet } from 'dexie';

/** Tables that hold facts about the store, not user data: writing them is not a change worth a backup. */
const notData: ReadonlySet<string> = new Set(['meta']);

/** True when `parts` name a data table of the database `dbName`. */
export function dataPartsTouched(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix) && !notData.has(part.slice(prefix.length).split('/')[0] ?? ''));
}

/** Calls `listener` after each committed change to the data of database `dbName`; returns the unsubscribe. */
export function dataChangesSubscribe(dbName: string, listener: () => void): () => void {
  const onMutated = (parts: ObservabilitySet) => {
    if (dataPartsTouched(parts, dbName)) listener();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
