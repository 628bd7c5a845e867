import { describe, expect, it } from 'vitest';
import { backupFolderError, backupFolderPermission, backupFolderWrite, isBackupDirHandle } from '../../../renderer/platform/backupFolder';
import { rollingBackupName } from '../../../shared/backup/rolling';
import { memoryDir } from './memoryDir';

const at = (y: number, mo: number, d: number, h = 12, mi = 0) => new Date(y, mo - 1, d, h, mi);
const TEXT = '{"format":"wagedesk-backup"}\n';

describe('backupFolderWrite', () => {
  it('writes a rolling backup named like the desktop ones and says where', async () => {
    const dir = memoryDir('我的备份');
    const result = await backupFolderWrite(dir.handle, TEXT, at(2021, 1, 10, 16, 5).toISOString());
    expect(result).toEqual({ ok: true, value: { where: '我的备份/wagedesk-backup-20210110-160500.json', kept: 1 } });
    expect(dir.files.get('wagedesk-backup-20210110-160500.json')).toBe(TEXT);
  });

  it('prunes with the same retention rule, leaving other files alone', async () => {
    const dir = memoryDir();
    for (let i = 0; i < 40; i++) dir.files.set(rollingBackupName(at(2021, 1, 10, 8, i)), 'old');
    dir.files.set('我的笔记.txt', 'mine');
    const result = await backupFolderWrite(dir.handle, TEXT, at(2021, 1, 10, 9).toISOString());
    expect(result).toMatchObject({ ok: true, value: { kept: 30 } });
    expect(dir.files.size).toBe(31);
    expect(dir.files.get('我的笔记.txt')).toBe('mine');
    expect(dir.files.get(rollingBackupName(at(2021, 1, 10, 9)))).toBe(TEXT);
  });

  it('on a full disk answers file.diskFull, deletes nothing, and leaves no empty new file', async () => {
    const dir = memoryDir();
    for (let i = 0; i < 40; i++) dir.files.set(rollingBackupName(at(2021, 1, 10, 8, i)), 'old');
    const before = new Map(dir.files);
    dir.failClose = 'QuotaExceededError';
    const result = await backupFolderWrite(dir.handle, TEXT, at(2021, 1, 10, 9).toISOString());
    expect(result).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
    expect(dir.files).toEqual(before);
  });

  it('on a full disk keeps an older file of the same name as it was', async () => {
    const dir = memoryDir();
    const name = rollingBackupName(at(2021, 1, 10, 9));
    dir.files.set(name, 'earlier snapshot');
    dir.failClose = 'QuotaExceededError';
    await backupFolderWrite(dir.handle, TEXT, at(2021, 1, 10, 9).toISOString());
    expect(dir.files.get(name)).toBe('earlier snapshot');
  });

  it('answers backup.folderPermission when the browser refuses', async () => {
    const dir = memoryDir();
    dir.permission = 'prompt';
    expect(await backupFolderWrite(dir.handle, TEXT, at(2021, 1, 10).toISOString())).toMatchObject({ ok: false, error: { code: 'backup.folderPermission' } });
  });
});

describe('backupFolderError', () => {
  it.each([
    ['QuotaExceededError', 'file.diskFull'],
    ['NotAllowedError', 'backup.folderPermission'],
    ['SecurityError', 'backup.folderPermission'],
    ['NotFoundError', 'backup.folderMissing'],
    ['NoModificationAllowedError', 'file.writeFailed'],
  ])('maps %s to %s', (name, code) => {
    expect(backupFolderError(new DOMException('x', name))).toMatchObject({ ok: false, error: { code } });
  });

  it('maps anything else to file.writeFailed', () => {
    expect(backupFolderError('weird')).toMatchObject({ error: { code: 'file.writeFailed' } });
  });
});

describe('backupFolderPermission', () => {
  it('queries without asking, and asks only when told to (during a click)', async () => {
    const dir = memoryDir();
    dir.permission = 'prompt';
    expect(await backupFolderPermission(dir.handle)).toBe('prompt');
    expect(await backupFolderPermission(dir.handle, true)).toBe('granted');
  });

  it('reads a throwing query as denied', async () => {
    const dir = memoryDir();
    const handle = { ...dir.handle, queryPermission: async () => Promise.reject(new Error('gone')) };
    expect(await backupFolderPermission(handle)).toBe('denied');
  });
});

describe('isBackupDirHandle', () => {
  it('accepts a directory handle and refuses what IndexedDB might hand back otherwise', () => {
    expect(isBackupDirHandle(memoryDir().handle)).toBe(true);
    for (const value of [null, undefined, 'dir', { kind: 'directory', name: 'x' }, { kind: 'file', name: 'x', getFileHandle() {}, removeEntry() {}, keys() {} }]) {
      expect(isBackupDirHandle(value)).toBe(false);
    }
  });
});
