// The only place ipcMain.handle is called. For every channel of the contract: check the sender, validate
// the request with its zod schema, run the handler, and turn anything thrown into an error value,
// so nothing throws across the bridge.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { ipcChannels, ipcRequestSchemas } from '../../shared/ipc/contract';
import type { IpcChannel, IpcParsedRequest, IpcResponses } from '../../shared/ipc/contract';
import { resultErr } from '../../shared/result';
import { ipcSenderAllowed } from './senderCheck';

/** One handler per channel; each receives an already validated request. */
export type IpcHandlers = {
  readonly [C in IpcChannel]: (request: IpcParsedRequest<C>, event: IpcMainInvokeEvent) => Promise<IpcResponses[C]>;
};

export type IpcLog = (message: string, detail?: unknown) => void;

const defaultLog: IpcLog = (message, detail) => console.error(`[ipc] ${message}`, detail ?? '');

/** "path: message" for each issue (at most 5), without echoing the offending values back. */
export function issuesSummary(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`);
  if (error.issues.length > 5) lines.push(`… ${error.issues.length - 5} more`);
  return lines.join('; ');
}

/** An error value on channel C (a Result<never> fits every channel's Result; TS cannot see that through C). */
function channelErr<C extends IpcChannel>(channel: C, code: string, message: string): IpcResponses[C] {
  return resultErr<never>(code, message, { channel }) as IpcResponses[C];
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isAppUrl: (url: string) => boolean,
  log: IpcLog = defaultLog,
): void {
  const register = <C extends IpcChannel>(channel: C): void => {
    const schema: z.ZodType<IpcParsedRequest<C>> = ipcRequestSchemas[channel] as never;
    const handler = handlers[channel] as IpcHandlers[C];
    ipcMain.handle(channel, async (event, raw: unknown): Promise<IpcResponses[C]> => {
      if (!ipcSenderAllowed(event, isAppUrl)) {
        log(`refused ${channel} from a sender that is not the app's main frame`);
        return channelErr(channel, 'ipc.forbiddenSender', `Channel ${channel} refused: the sender is not the app's main frame.`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return channelErr(channel, 'ipc.badRequest', `Channel ${channel}: invalid request: ${issuesSummary(parsed.error)}`);
      }
      try {
        return await handler(parsed.data, event);
      } catch (error) {
        log(`handler for ${channel} threw`, error);
        return channelErr(channel, 'ipc.internal', `Channel ${channel} failed inside the main process.`);
      }
    });
  };
  for (const channel of ipcChannels) register(channel);
}
