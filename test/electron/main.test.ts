// Smoke test of the wiring in electron/main.ts, with 'electron' replaced by fakes (the real module would
// need the Electron binary). The behaviour of each piece is tested in its own file; this checks the order
// and that every piece is plugged in.
import type { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';

interface Fakes {
  calls: string[];
  app: EventEmitter & Record<string, unknown>;
  windows: Array<EventEmitter & { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }>;
  ipcChannels: string[];
  protocolHandlers: Map<string, (request: { url: string; method: string }) => Promise<Response>>;
  session: Record<string, unknown>;
  ready: () => void;
}

const fakes = vi.hoisted(() => ({ current: undefined as unknown as Fakes }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const calls: string[] = [];
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    whenReady: () => whenReady,
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => (calls.push('requestSingleInstanceLock'), true)),
    quit: vi.fn(),
    exit: vi.fn(),
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/u/${name}`,
  });
  const windows: Fakes['windows'] = [];
  class BrowserWindow extends Emitter {
    static getAllWindows = () => windows;
    options: Record<string, unknown>;
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    webContents = {};
    constructor(options: Record<string, unknown>) {
      super();
      calls.push('new BrowserWindow');
      this.options = options;
      windows.push(this as never);
    }
  }
  const ipcChannels: string[] = [];
  const protocolHandlers = new Map();
  const session = {
    setPermissionRequestHandler: vi.fn(() => calls.push('setPermissionRequestHandler')),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
    on: vi.fn(),
  };
  fakes.current = { calls, app: app as never, windows, ipcChannels, protocolHandlers, session, ready };
  return {
    app,
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn() },
    safeStorage: { isEncryptionAvailable: vi.fn(() => false), encryptString: vi.fn(), decryptString: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string) => ipcChannels.push(channel)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, handler: unknown) => (calls.push(`protocol.handle ${scheme}`), protocolHandlers.set(scheme, handler))),
    },
    session: { defaultSession: session },
  };
});

// main.ts runs once, like in the app: its module-level code is the thing under test.
let beforeReady: string[] = [];
beforeAll(async () => {
  await import('../../electron/main');
  beforeReady = [...fakes.current.calls];
  fakes.current.ready();
  await vi.waitFor(() => expect(fakes.current.windows).toHaveLength(1));
});

describe('electron/main.ts wiring', () => {
  it('registers the privileged scheme and enables the sandbox before ready, and opens nothing yet', () => {
    expect(beforeReady).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
  });

  it('after ready: serves app://, hardens the session, registers every IPC channel, then opens the window', () => {
    const f = fakes.current;
    expect(f.calls.indexOf('protocol.handle app')).toBeGreaterThan(-1);
    expect(f.calls.indexOf('setPermissionRequestHandler')).toBeGreaterThan(f.calls.indexOf('protocol.handle app'));
    expect(f.calls.indexOf('new BrowserWindow')).toBeGreaterThan(f.calls.indexOf('setPermissionRequestHandler'));
    expect([...f.ipcChannels].sort()).toEqual(['app:info', 'backup:list', 'backup:write', 'file:save', 'print:dialog', 'print:pdf', 'witness:protection', 'witness:seal', 'witness:sign']);
    expect(f.app.listenerCount('web-contents-created')).toBe(1);
    expect(f.app.listenerCount('second-instance')).toBe(1);
  });

  it('serves the renderer through the app:// handler, refusing traversal', async () => {
    const serve = fakes.current.protocolHandlers.get('app');
    expect(serve).toBeDefined();
    expect((await serve!({ url: 'app://wagedesk/../../etc/passwd', method: 'GET' })).status).toBe(404);
  });

  it('opens a hidden, sandboxed window on the app URL and shows it when ready to show', () => {
    const window = fakes.current.windows[0]!;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false } });
    expect(String((window.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]preload\.js$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://wagedesk/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes, except on macOS', () => {
    const f = fakes.current;
    f.app.emit('window-all-closed');
    expect((f.app['quit'] as ReturnType<typeof vi.fn>).mock.calls.length).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});
