import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { backupTextMaxBytes, ipcChannels, utf8ByteLength } from '../../shared/ipc/contract';
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

const PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

/** Handlers that record their calls; `file:save` answers saved:false. */
function spyHandlers(): { [C in keyof IpcHandlers]: ReturnType<typeof vi.fn> } {
  return {
    'file:save': vi.fn(async () => resultOk({ saved: false as const })),
    'print:dialog': vi.fn(async () => resultOk({ printed: true })),
    'print:pdf': vi.fn(async () => resultOk({ saved: false as const })),
    'app:info': vi.fn(async () => resultOk({ version: '0.1.0', backupDir: '/backups', platform: 'linux' })),
    'backup:write': vi.fn(async () => resultOk({ path: '/backups/wagedesk-backup-20210110-160000.json', kept: 1 })),
    'backup:list': vi.fn(async () => resultOk({ dir: '/backups', files: [] })),
    'witness:protection': vi.fn(async () => resultOk({ available: true })),
    'witness:seal': vi.fn(async () => resultOk({ publicKeyHex: PUBLIC_KEY })),
    'witness:sign': vi.fn(async () => resultOk({ signature: new Uint8Array(64) })),
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
  'backup:write': { text: '{"format":"wagedesk-backup"}\n', createdAt: '2021-01-10T08:00:00.000Z' },
  'backup:list': {},
  'witness:protection': {},
  'witness:seal': { seed: new Uint8Array(32), publicKeyHex: PUBLIC_KEY },
  'witness:sign': { publicKeyHex: PUBLIC_KEY, message: new Uint8Array([1, 2, 3]) },
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
    ['backup:write', { text: '', createdAt: '2021-01-10T08:00:00.000Z' }],
    ['backup:write', { text: '{}', createdAt: 'yesterday' }],
    ['backup:write', { text: '{}' }],
    ['backup:write', { text: new Uint8Array([1]), createdAt: '2021-01-10T08:00:00.000Z' }],
    ['backup:list', { dir: '/etc' }],
    ['witness:protection', { publicKeyHex: PUBLIC_KEY }],
    ['witness:seal', { seed: new Uint8Array(31), publicKeyHex: PUBLIC_KEY }],
    ['witness:seal', { seed: Array.from({ length: 32 }, () => 0), publicKeyHex: PUBLIC_KEY }],
    ['witness:seal', { seed: new Uint8Array(32), publicKeyHex: '../../etc/passwd' }],
    ['witness:seal', { seed: new Uint8Array(32), publicKeyHex: PUBLIC_KEY.toUpperCase() }],
    ['witness:sign', { publicKeyHex: `../${PUBLIC_KEY.slice(3)}`, message: new Uint8Array([1]) }],
    ['witness:sign', { publicKeyHex: PUBLIC_KEY, message: 'hello' }],
    ['witness:sign', { publicKeyHex: PUBLIC_KEY, message: new Uint8Array(64 * 1024 + 1) }],
  ] as const)('refuses a malformed %s request with ipc.badRequest and does not run the handler (%j)', async (channel, raw) => {
    const { ipcMain, handlers } = registered();
    const response = await ipcMain.invoke(channel, fakeIpcEvent(APP_PAGE), raw);
    expect(response).toMatchObject({ ok: false, error: { code: 'ipc.badRequest', params: { channel } } });
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  describe('backup:write size limit (200 MB of UTF-8)', () => {
    it('refuses a text longer than the limit without running the handler or echoing it', async () => {
      const { ipcMain, handlers } = registered();
      const text = 'x'.repeat(backupTextMaxBytes + 1);
      const response = await ipcMain.invoke('backup:write', fakeIpcEvent(APP_PAGE), { text, createdAt: '2021-01-10T08:00:00.000Z' });
      expect(response).toMatchObject({ ok: false, error: { code: 'ipc.badRequest', params: { channel: 'backup:write' } } });
      expect((response as { error: { message: string } }).error.message.length).toBeLessThan(500);
      expect(handlers['backup:write']).not.toHaveBeenCalled();
    });

    it('counts bytes, not characters: Chinese text under the length limit but over 200 MB is refused', async () => {
      const { ipcMain, handlers } = registered();
      const text = '中'.repeat(Math.floor(backupTextMaxBytes / 3) + 1);
      expect(text.length).toBeLessThan(backupTextMaxBytes);
      const response = await ipcMain.invoke('backup:write', fakeIpcEvent(APP_PAGE), { text, createdAt: '2021-01-10T08:00:00.000Z' });
      expect(response).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
      expect(handlers['backup:write']).not.toHaveBeenCalled();
    });

    it('utf8ByteLength agrees with TextEncoder, surrogate pairs and lone surrogates included', () => {
      for (const text of ['', 'abc', '协商台', '𠮷野家', 'é', '\ud800', 'a\udc00b', '🙂\ud83d']) {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }
    });
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
