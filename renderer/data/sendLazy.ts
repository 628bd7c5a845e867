// `send` for modules on the start-up path (the store's slices): the facade loads on the first call, after
// the first paint, instead of joining the first screen's bundle. Only types are imported statically.
import type { DataArgs, DataHandlerName, DataReply } from './handlers';

export async function sendLazy<K extends DataHandlerName>(name: K, ...args: DataArgs<K> extends undefined ? [] : [DataArgs<K>]): Promise<DataReply<K>> {
  const { send } = await import('./send');
  return send(name, ...args);
}
