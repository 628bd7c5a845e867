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
