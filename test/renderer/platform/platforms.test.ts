import { describe, expect, it, vi } from 'vitest';
import { browserPlatform, type BackupFolderStore } from '../../../renderer/platform/browser';
import { desktopPlatform } from '../../../renderer/platform/desktop';
import type { BackupDirHandle } from '../../../renderer/platform/backupFolder';
import type { DesktopBridge } from '../../../shared/ipc/contract';
import { resultOk } from '../../../shared/result';
import { memoryDir } from './memoryDir';

const CREATED = new Date(2021, 0, 10, 16).toISOString();

function folderStore(initial: BackupDirHandle | null = null): BackupFolderStore & { current: BackupDirHandle | null } {
  const store = {
    current: initial,
    get: async () => store.current,
    set: async (handle: BackupDirHandle) => {
      store.current = handle;
      return resultOk(undefined);
    },
  };
  return store;
}

function windowWith(picker?: () => Promise<BackupDirHandle>): Window {
  return Object.assign(Object.create(window) as Window, picker ? { showDirectoryPicker: picker } : {});
}

describe('browserPlatform backups', () => {
  it('without the File System Access API: nowhere to write, nothing to choose, the user downloads by hand', async () => {
    const p = browserPlatform(windowWith(), folderStore());
    expect(await p.backupDestination()).toEqual({ ok: true, value: { kind: 'none', canChoose: false } });
    expect(await p.backupAutomatic()).toBe(false);
    expect(p.backupFolderChoose).toBeUndefined();
    expect(await p.backupWrite('{}', CREATED)).toMatchObject({ ok: false, error: { code: 'backup.noFolder' } });
  });

  it('with the API: a folder chosen once is kept and written to automatically', async () => {
    const dir = memoryDir('备份');
    const store = folderStore();
    const picker = vi.fn(async () => dir.handle);
    const p = browserPlatform(windowWith(picker), store);
    expect(await p.backupDestination()).toEqual({ ok: true, value: { kind: 'none', canChoose: true } });
    expect(await p.backupFolderChoose?.()).toEqual({ ok: true, value: { where: '备份' } });
    expect(picker).toHaveBeenCalledWith({ id: 'wagedesk-backups', mode: 'readwrite', startIn: 'documents' });
    expect(store.current).toBe(dir.handle);
    expect(await p.backupDestination()).toEqual({ ok: true, value: { kind: 'chosenFolder', where: '备份', writable: true } });
    expect(await p.backupAutomatic()).toBe(true);
    expect(await p.backupWrite('{}', CREATED)).toEqual({ ok: true, value: { where: '备份/wagedesk-backup-20210110-160000.json' } });
  });

  it('treats a closed picker as no choice, not an error', async () => {
    const p = browserPlatform(windowWith(async () => Promise.reject(new DOMException('closed', 'AbortError'))), folderStore());
    expect(await p.backupFolderChoose?.()).toEqual({ ok: true, value: null });
  });

  it('after a reload the browser asks again: no automatic write until the user allows it with a click', async () => {
    const dir = memoryDir('备份');
    dir.permission = 'prompt';
    const p = browserPlatform(windowWith(async () => dir.handle), folderStore(dir.handle));
    expect(await p.backupDestination()).toEqual({ ok: true, value: { kind: 'chosenFolder', where: '备份', writable: false } });
    expect(await p.backupAutomatic()).toBe(false);
    expect(await p.backupWrite('{}', CREATED)).toMatchObject({ ok: false, error: { code: 'backup.folderPermission' } });
    expect(dir.files.size).toBe(0);
    expect(await p.backupFolderPermit?.()).toEqual({ ok: true, value: true });
    expect(await p.backupAutomatic()).toBe(true);
  });
});

describe('desktopPlatform backups', () => {
  function bridge(): DesktopBridge & { invoke: ReturnType<typeof vi.fn> } {
    return {
      invoke: vi.fn(async (channel: string) => {
        if (channel === 'backup:write') return resultOk({ path: '/u/backups/wagedesk-backup-20210110-160000.json', kept: 3 });
        if (channel === 'backup:list') return resultOk({ dir: '/u/backups', files: [{ name: 'wagedesk-backup-20210110-160000.json', bytes: 10, modifiedAt: CREATED }] });
        return resultOk(null);
      }),
    } as never;
  }

  it('writes through backup:write and lists through backup:list; always automatic; no folder to choose', async () => {
    const b = bridge();
    const p = desktopPlatform(b);
    expect(await p.backupWrite('{"a":1}', CREATED)).toEqual({ ok: true, value: { where: '/u/backups/wagedesk-backup-20210110-160000.json' } });
    expect(b.invoke).toHaveBeenCalledWith('backup:write', { text: '{"a":1}', createdAt: CREATED });
    expect(await p.backupDestination()).toEqual({
      ok: true,
      value: { kind: 'appFolder', where: '/u/backups', files: [{ name: 'wagedesk-backup-20210110-160000.json', bytes: 10, modifiedAt: CREATED }] },
    });
    expect(await p.backupAutomatic()).toBe(true);
    expect(p.backupFolderChoose).toBeUndefined();
  });

  it('passes an IPC error through as a value', async () => {
    const b = { invoke: vi.fn(async () => ({ ok: false, error: { code: 'file.diskFull', message: 'full' } })) } as never as DesktopBridge;
    expect(await desktopPlatform(b).backupWrite('{}', CREATED)).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
  });
});
