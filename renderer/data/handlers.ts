// The data facade's one handler map (the shape of Actual's loot-core handlers): every way a screen reads
// or changes stored data is a named handler here, and screens reach them only through `send`
// (send.ts). Handlers take the database from their context, so tests call them on a database of their own.
import { backupHandlers } from './backupHandlers';
import { caseFileHandlers } from './caseFileHandlers';
import { caseHandlers } from './caseHandlers';
import type { DataContext } from './context';
import { economyHandlers } from './economyHandlers';
import { enterpriseHandlers } from './enterpriseHandlers';
import { fulfilmentHandlers } from './fulfilmentHandlers';
import { registryHandlers } from './registryHandlers';
import { sectorHandlers } from './sectorHandlers';
import { settingsHandlers } from './settingsHandlers';
import { termHandlers } from './termHandlers';
import { trustHandlers } from './trustHandlers';

export const dataHandlers = {
  ...enterpriseHandlers,
  ...caseHandlers,
  ...termHandlers,
  ...caseFileHandlers,
  ...fulfilmentHandlers,
  ...registryHandlers,
  ...sectorHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...economyHandlers,
  ...trustHandlers,
};

export type DataHandlers = typeof dataHandlers;
export type DataHandlerName = keyof DataHandlers;
/** A handler's argument (none for handlers that take only the context). */
export type DataArgs<K extends DataHandlerName> = Parameters<DataHandlers[K]> extends [DataContext, infer A] ? A : undefined;
export type DataReply<K extends DataHandlerName> = Awaited<ReturnType<DataHandlers[K]>>;
