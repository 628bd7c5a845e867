import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { ipcChannels } from '../../shared/ipc/contract';
import { resultOk } from '../../shared/result';
import { isAppUrl } from '../../electron/appUrl';
import { ipcSenderAllowed } from '../../electron/ipc/senderCheck';
import type { IpcSenderEvent } from '../../electron/ipc/senderCheck';
import { registerIpcHandlers } from '../../electron/ipc/register';
import type { IpcHandlers } from '../../electron/ipc/register';
import { fakeIpcEvent, fakeIpcMain } from './fakes';

const APP_PAGE = 'app://wagedesk/index.html#/documents';
const appOnly = (url: string) => isAppUrl(url);

describe('ipcSenderAllowed', () => {
  it('allows the main frame of an app page', () => {
    expect(ipcSenderAllowed(fakeIpcEvent(APP_PAGE) as IpcSenderEvent, appOnly)).toBe(true);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'about:blank', 'not a url'])('refuses a frame at %s', (url) => {
    expect(ipcSenderAllowed(fakeIpcEvent(url) as IpcSenderEvent, appOnly)).toBe(false);
  });

  it('refuses a subframe even when it is at an app URL', () => {
    expect(ipcSenderAllowed(fakeIpcEvent(APP_PAGE, { parent: { url: APP_PAGE } }) as IpcSenderEvent, appOnly)).toBe(false);
  });

  it('refuses when the sender frame is gone', () => {
    expect(ipcSenderAllowed(fakeIpcEvent(null) as IpcSenderEvent, appOnly)).toBe(false);
  });

  it('refuses, without throwing, when the frame was disposed (its getters throw)', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(ipcSenderAllowed(event as IpcSenderEvent, appOnly)).toBe(false);
  });
});

/** Handlers that record their calls; `file:save` answers saved:false. */
function spyHandlers(): { [C in keyof IpcHandlers]: ReturnType<typeof vi.fn> } {
  return {
    'file:save': vi.fn(async () => resultOk({ saved: false as const })),
    'print:dialog': vi.fn(async () => resultOk({ printed: true })),
    'print:pdf': vi.fn(async () => resultOk({ saved: false as const })),
    'app:info': vi.fn(async () => resultOk({ version: '0.1.0', backupDir: '/backups', platform: 'linux' })),
  };
}

function registered(handlers = spyHandlers(), log = vi.fn()) {
  const ipcMain = fakeIpcMain();
  registerIpcHandlers(ipcMain.api as unknown as Pick<IpcMain, 'handle'>, handlers as unknown as IpcHandlers, appOnly, log);
  return { ipcMain, handlers, log };
}

const validRequests = {
  'file:save': { suggestedName: '工资专项集体合同.docx', data: new Uint8Array([80, 75, 3, 4]), filters: [{ name: 'Word', extensions: ['docx'] }] },
  'print:dialog': { dialog: true },
  'print:pdf': { suggestedName: '协商纪要.pdf' },
  'app:info': {},
} as const;

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    expect(registered().ipcMain.channels().sort()).toEqual([...ipcChannels].sort());
  });

  it.each(ipcChannels)('runs the %s handler for a valid request from the app', async (channel) => {
    const { ipcMain, handlers } = registered();
    const event = fakeIpcEvent(APP_PAGE);
    const response = await ipcMain.invoke(channel, event, validRequests[channel]);
    expect(response).toMatchObject({ ok: true });
    expect(handlers[channel]).toHaveBeenCalledOnce();
    expect(handlers[channel].mock.calls[0]?.[1]).toBe(event);
  });

  it('passes the parsed request, defaults filled in, to the handler', async () => {
    const { ipcMain, handlers } = registered();
    await ipcMain.invoke('file:save', fakeIpcEvent(APP_PAGE), { suggestedName: 'a.docx', data: new Uint8Array([1]) });
    expect(handlers['file:save'].mock.calls[0]?.[0]).toEqual({ suggestedName: 'a.docx', data: new Uint8Array([1]), filters: [] });
  });

  describe.each([
    ['a foreign https origin', fakeIpcEvent('https://evil.example/')],
    ['a file:// page', fakeIpcEvent('file:///etc/passwd')],
    ['another app:// host', fakeIpcEvent('app://evil/index.html')],
    ['a subframe of the app', fakeIpcEvent(APP_PAGE, { parent: {} })],
    ['a destroyed frame', fakeIpcEvent(null)],
  ])('from %s', (_label, event) => {
    it.each(ipcChannels)('refuses %s with ipc.forbiddenSender and does not run the handler', async (channel) => {
      const { ipcMain, handlers, log } = registered();
      const response = await ipcMain.invoke(channel, event, validRequests[channel]);
      expect(response).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender', params: { channel } } });
      expect(handlers[channel]).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalled();
    });
  });

  it.each([
    ['file:save', undefined],
    ['file:save', { suggestedName: '../../.bashrc', data: new Uint8Array([1]) }],
    ['file:save', { suggestedName: 'a.docx', data: [1, 2, 3] }],
    ['file:save', { suggestedName: '', data: new Uint8Array([1]) }],
    ['file:save', { suggestedName: 'a.docx', data: new Uint8Array([1]), filters: [{ name: 'x', extensions: ['../exe'] }] }],
    ['print:dialog', { dialog: false }],
    ['print:pdf', { suggestedName: 'C:\\Windows\\evil.pdf' }],
    ['app:info', { extra: 1 }],
    ['app:info', 'hello'],
  ] as const)('refuses a malformed %s request with ipc.badRequest and does not run the handler (%j)', async (channel, raw) => {
    const { ipcMain, handlers } = registered();
    const response = await ipcMain.invoke(channel, fakeIpcEvent(APP_PAGE), raw);
    expect(response).toMatchObject({ ok: false, error: { code: 'ipc.badRequest', params: { channel } } });
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('summarizes the failing fields in the message, without echoing the values', async () => {
    const { ipcMain } = registered();
    const response = (await ipcMain.invoke('file:save', fakeIpcEvent(APP_PAGE), { suggestedName: 'secret/name', data: 'x' })) as {
      error: { message: string };
    };
    expect(response.error.message).toContain('suggestedName');
    expect(response.error.message).toContain('data');
    expect(response.error.message).not.toContain('secret/name');
  });

  it('turns a handler exception into ipc.internal and logs it', async () => {
    const handlers = spyHandlers();
    const failure = new Error('disk exploded');
    handlers['print:dialog'].mockRejectedValueOnce(failure);
    const { ipcMain, log } = registered(handlers);
    const response = await ipcMain.invoke('print:dialog', fakeIpcEvent(APP_PAGE), { dialog: true });
    expect(response).toMatchObject({ ok: false, error: { code: 'ipc.internal', params: { channel: 'print:dialog' } } });
    expect(JSON.stringify(response)).not.toContain('disk exploded');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('print:dialog'), failure);
  });

  it('accepts the dev server origin only when one is configured', async () => {
    const ipcMain = fakeIpcMain();
    const handlers = spyHandlers();
    registerIpcHandlers(ipcMain.api as unknown as Pick<IpcMain, 'handle'>, handlers as unknown as IpcHandlers, (url) => isAppUrl(url, 'http://localhost:5173'), vi.fn());
    expect(await ipcMain.invoke('app:info', fakeIpcEvent('http://localhost:5173/'), {})).toMatchObject({ ok: true });
    expect(await ipcMain.invoke('app:info', fakeIpcEvent('http://localhost:5174/'), {})).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
  });
});
