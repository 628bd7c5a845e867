import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc/contract';
import type { IpcChannel } from '../../shared/ipc/contract';
import { createBridge } from '../../electron/bridge';
import { isPreloadChannel, preloadChannels } from '../../electron/preloadChannels';

// The real preload, with 'electron' replaced by fakes (the real module needs the Electron binary).
const electronFake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: { printed: true } })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electronFake.exposed.set(key, api) },
  ipcRenderer: { invoke: electronFake.invoke },
}));

describe('electron/preload.ts', () => {
  it('exposes only window.wagedesk, whose invoke goes through ipcRenderer.invoke', async () => {
    await import('../../electron/preload');
    expect([...electronFake.exposed.keys()]).toEqual(['wagedesk']);
    const bridge = electronFake.exposed.get('wagedesk') as { invoke: (channel: string, request: unknown) => Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(await bridge.invoke('print:dialog', { dialog: true })).toEqual({ ok: true, value: { printed: true } });
    expect(electronFake.invoke).toHaveBeenCalledExactlyOnceWith('print:dialog', { dialog: true });
    await bridge.invoke('shell:openExternal', {});
    expect(electronFake.invoke).toHaveBeenCalledOnce();
  });
});

describe('preloadChannels', () => {
  it("equals the contract's channel list (the preload keeps a literal copy to stay free of zod)", () => {
    expect([...preloadChannels].sort()).toEqual([...ipcChannels].sort());
    expect(new Set(preloadChannels).size).toBe(preloadChannels.length);
  });

  it.each(['file:save', 'app:info'])('lets %s through', (channel) => {
    expect(isPreloadChannel(channel)).toBe(true);
  });

  it.each(['shell:openExternal', 'file:save ', 'FILE:SAVE', '__proto__', 'constructor', '', 42, null])('refuses %j', (channel) => {
    expect(isPreloadChannel(channel)).toBe(false);
  });
});

describe('createBridge', () => {
  it('forwards an allowed channel and its request to ipcRenderer.invoke', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { version: '0.1.0', backupDir: '/b', platform: 'linux' } }));
    const bridge = createBridge(invoke);
    const response = await bridge.invoke('app:info', {});
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app:info', {});
    expect(response).toEqual({ ok: true, value: { version: '0.1.0', backupDir: '/b', platform: 'linux' } });
  });

  it('does not send a channel outside the list, and answers ipc.unknownChannel', async () => {
    const invoke = vi.fn();
    const bridge = createBridge(invoke);
    const response = await bridge.invoke('shell:openExternal' as IpcChannel, { url: 'https://evil.example' } as never);
    expect(invoke).not.toHaveBeenCalled();
    expect(response).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
  });

  it('turns a rejected invoke into an error value instead of throwing into the renderer', async () => {
    const bridge = createBridge(vi.fn(async () => Promise.reject(new Error("No handler registered for 'print:dialog'"))));
    await expect(bridge.invoke('print:dialog', { dialog: true })).resolves.toMatchObject({ ok: false, error: { code: 'ipc.internal' } });
  });

  it('is frozen, so page scripts cannot swap its method', () => {
    const bridge = createBridge(vi.fn());
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
