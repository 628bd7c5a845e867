// The one way screens reach stored data: `send('roundSave', { … })`. The handlers, the repositories and
// Dexie load on the first call (after the first paint), so the start-up bundle stays small.
import { servicesReady } from '../app/servicesLazy';
import { repoDepsDefault } from '../db/repoResult';
import type { DataArgs, DataHandlerName, DataReply } from './handlers';

export type { DataArgs, DataHandlerName, DataReply } from './handlers';

export async function send<K extends DataHandlerName>(name: K, ...args: DataArgs<K> extends undefined ? [] : [DataArgs<K>]): Promise<DataReply<K>> {
  const [{ dataHandlers }, { db }] = await Promise.all([import('./handlers'), servicesReady()]);
  const handler = dataHandlers[name] as (ctx: unknown, args?: unknown) => Promise<DataReply<K>>;
  return handler({ db, deps: repoDepsDefault }, args[0]);
}
