// Small stand-ins for the Electron objects the electron/ modules receive. Only what the modules touch.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron-style event: records preventDefault and carries a url like WebContentsWillNavigateEventParams. */
export function fakeEvent(url = ''): { url: string; preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: () => boolean } {
  const preventDefault = vi.fn();
  return { url, preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeSession {
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
  permissionCheck?: (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
  devicePermission?: (details: unknown) => boolean;
  headersReceived?: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;
  events: EventEmitter;
  api: unknown;
}

export function fakeSession(): FakeSession {
  const events = new EventEmitter();
  const fake: FakeSession = { events, api: undefined };
  fake.api = {
    setPermissionRequestHandler: (handler: FakeSession['permissionRequest']) => (fake.permissionRequest = handler),
    setPermissionCheckHandler: (handler: FakeSession['permissionCheck']) => (fake.permissionCheck = handler),
    setDevicePermissionHandler: (handler: FakeSession['devicePermission']) => (fake.devicePermission = handler),
    webRequest: { onHeadersReceived: (handler: FakeSession['headersReceived']) => (fake.headersReceived = handler) },
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
  };
  return fake;
}

/** An ipcMain that keeps the registered handlers so tests can invoke them. */
export function fakeIpcMain(): { api: { handle: (channel: string, listener: (event: unknown, raw: unknown) => Promise<unknown>) => void }; invoke: (channel: string, event: unknown, raw: unknown) => Promise<unknown>; channels: () => string[] } {
  const registered = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
  return {
    api: {
      handle: (channel, listener) => {
        if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
        registered.set(channel, listener);
      },
    },
    invoke: (channel, event, raw) => {
      const listener = registered.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, raw);
    },
    channels: () => [...registered.keys()],
  };
}

/** An IPC event whose sender frame is at `url`; `parent` non-null makes it a subframe. */
export function fakeIpcEvent(url: string | null, opts: { parent?: object | null; sender?: object } = {}): unknown {
  const senderFrame = url === null ? null : { url, parent: opts.parent ?? null };
  return { senderFrame, sender: opts.sender ?? {} };
}

/** An in-memory fs.promises for electron/backups.ts and files.ts: files by full path, with failure injection. */
export interface MemoryFs {
  readonly files: Map<string, { data: Uint8Array; mtime: Date }>;
  readonly dirs: Set<string>;
  /** Makes the next calls of `op` fail with this errno (once per entry). */
  failNext(op: 'writeFile' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'readFile', errno: string): void;
  readonly api: {
    writeFile(path: string, data: Uint8Array, options: { readonly flag: 'wx' }): Promise<void>;
    rename(from: string, to: string): Promise<void>;
    unlink(path: string): Promise<void>;
    mkdir(path: string, options: { readonly recursive: true }): Promise<unknown>;
    readdir(path: string): Promise<string[]>;
    stat(path: string): Promise<{ size: number; mtime: Date; isFile(): boolean }>;
    readFile(path: string): Promise<Uint8Array>;
  };
}

export function memoryFs(now: () => Date = () => new Date(Date.UTC(2021, 0, 10, 8))): MemoryFs {
  const files = new Map<string, { data: Uint8Array; mtime: Date }>();
  const dirs = new Set<string>();
  const failures: Array<{ op: string; errno: string }> = [];
  const errno = (code: string, op: string, path: string) => Object.assign(new Error(`${code}: ${op} ${path}`), { code });
  const failure = (op: string, path: string) => {
    const index = failures.findIndex((f) => f.op === op);
    if (index < 0) return;
    const [f] = failures.splice(index, 1);
    throw errno(f!.errno, op, path);
  };
  const parent = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
  const base = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return {
    files,
    dirs,
    failNext: (op, code) => void failures.push({ op, errno: code }),
    api: {
      async writeFile(path, data, options) {
        failure('writeFile', path);
        if (!dirs.has(parent(path))) throw errno('ENOENT', 'open', path);
        if (options.flag === 'wx' && files.has(path)) throw errno('EEXIST', 'open', path);
        files.set(path, { data: new Uint8Array(data), mtime: now() });
      },
      async rename(from, to) {
        failure('rename', from);
        const file = files.get(from);
        if (!file) throw errno('ENOENT', 'rename', from);
        files.delete(from);
        files.set(to, file);
      },
      async unlink(path) {
        failure('unlink', path);
        if (!files.delete(path)) throw errno('ENOENT', 'unlink', path);
      },
      async mkdir(path) {
        failure('mkdir', path);
        dirs.add(path);
      },
      async readdir(path) {
        failure('readdir', path);
        if (!dirs.has(path)) throw errno('ENOENT', 'scandir', path);
        return [...files.keys()].filter((file) => parent(file) === path).map(base);
      },
      async stat(path) {
        failure('stat', path);
        const file = files.get(path);
        if (!file) throw errno('ENOENT', 'stat', path);
        return { size: file.data.length, mtime: file.mtime, isFile: () => true };
      },
      async readFile(path) {
        failure('readFile', path);
        const file = files.get(path);
        if (!file) throw errno('ENOENT', 'open', path);
        return new Uint8Array(file.data);
      },
    },
  };
}
