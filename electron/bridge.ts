// window.wagedesk: the one object the renderer sees. It forwards allow-listed channels to ipcRenderer
// and never throws: an unknown channel or a broken transport resolves to an error value.
import type { DesktopBridge, IpcChannel, IpcResponses } from '../shared/ipc/contract';
import { resultErr } from '../shared/result';
import { isPreloadChannel } from './preloadChannels';

export type Invoke = (channel: IpcChannel, request: unknown) => Promise<unknown>;

export function createBridge(invoke: Invoke): DesktopBridge {
  return Object.freeze({
    invoke<C extends IpcChannel>(channel: C, request: unknown): Promise<IpcResponses[C]> {
      if (!isPreloadChannel(channel)) {
        return Promise.resolve(resultErr('ipc.unknownChannel', `Unknown IPC channel: ${String(channel)}`) as IpcResponses[C]);
      }
      return invoke(channel, request).then(
        (response) => response as IpcResponses[C],
        (error: unknown) =>
          resultErr('ipc.internal', `IPC ${channel} failed: ${error instanceof Error ? error.message : String(error)}`, { channel }) as IpcResponses[C],
      );
    },
  });
}
