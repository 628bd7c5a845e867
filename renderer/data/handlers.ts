// The data facade's one handler map (the shape of Actual's loot-core handlers): every way a screen reads
// or changes stored data is a named handler here, and screens reach them only through `send`
// (send.ts). Handlers take the database from their context, so tests call them on a database of their own.
import { caseFileHandlers } from './caseFileHandlers';
import { caseHandlers } from './caseHandlers';
import type { DataContext } from './context';
import { fulfilmentHandlers } from './fulfilmentHandlers';
import { termHandlers } from './termHandlers';

export const dataHandlers = { ...caseHandlers, ...termHandlers, ...caseFileHandlers, ...fulfilmentHandlers };

export type DataHandlers = typeof dataHandlers;
export type DataHandlerName = keyof DataHandlers;
/** A handler's argument (none for handlers that take only the context). */
export type DataArgs<K extends DataHandlerName> = Parameters<DataHandlers[K]> extends [DataContext, infer A] ? A : undefined;
export type DataReply<K extends DataHandlerName> = Awaited<ReturnType<DataHandlers[K]>>;
