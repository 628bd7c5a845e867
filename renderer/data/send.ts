// The one way screens reach stored data: `send('roundSave', { … })`. The handlers, the repositories and
// Dexie load on the first call (after the first paint), so the start-up bundle stays small.
import { firstPaint, servicesReady } from '../app/servicesLazy';
import { repoDepsDefault } from '../db/repoResult';
import { witnessVaultOfWindow } from '../platform/witnessVault';
import type { DataArgs, DataHandlerName, DataReply } from './handlers';

export type { DataArgs, DataHandlerName, DataReply } from './handlers';

export async function send<K extends DataHandlerName>(name: K, ...args: DataArgs<K> extends undefined ? [] : [DataArgs<K>]): Promise<DataReply<K>> {
  // Not before the first frame: the start-up effects call send as React commits, and fetching and
  // evaluating the handlers' chunks then held that frame back.
  const [{ dataHandlers }, { db }] = await Promise.all([firstPaint().then(() => import('./handlers')), servicesReady()]);
  const handler = dataHandlers[name] as (ctx: unknown, args?: unknown) => Promise<DataReply<K>>;
  return handler({ db, deps: repoDepsDefault, witnessVault: witnessVaultOfWindow() }, args[0]);
}
