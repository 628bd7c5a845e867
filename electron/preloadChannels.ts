// The channels the preload lets through, as a literal list: importing the contract itself would pull
// zod into the preload bundle. test/electron/preload.test.ts keeps this equal to the contract's list.
import type { IpcChannel } from '../shared/ipc/contract';

export const preloadChannels: readonly IpcChannel[] = ['file:save', 'print:dialog', 'print:pdf', 'app:info', 'backup:write', 'backup:list', 'witness:protection', 'witness:seal', 'witness:sign'];

export function isPreloadChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && (preloadChannels as readonly string[]).includes(channel);
}
