import { mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileWriteError, saveFileWithDialog, tempPathFor, writeFileAtomic } from '../../electron/files';
import type { FileWriter, SaveFileDeps } from '../../electron/files';

const DOCX = new Uint8Array([80, 75, 3, 4, 20, 0, 6, 0]);
const fileRequest = { suggestedName: '工资专项集体合同.docx', data: DOCX, filters: [{ name: 'Word', extensions: ['docx'] }] };

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wagedesk-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: FileWriter = {
  writeFile: (path, data, options) => writeFile(path, data, options),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function deps(overrides: Partial<SaveFileDeps> & { target?: string } = {}): SaveFileDeps & { showSaveDialog: ReturnType<typeof vi.fn> } {
  const target = overrides.target ?? join(dir, '合同.docx');
  return {
    ...realFs,
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })),
    tempId: () => 'fixed',
    ...overrides,
  } as SaveFileDeps & { showSaveDialog: ReturnType<typeof vi.fn> };
}

describe('saveFileWithDialog', () => {
  it('returns saved:false and writes nothing when the dialog is cancelled', async () => {
    const writeSpy = vi.fn();
    const result = await saveFileWithDialog(deps({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), writeFile: writeSpy }), fileRequest);
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(writeSpy).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('treats an empty path as cancelled', async () => {
    const result = await saveFileWithDialog(deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '' })) }), fileRequest);
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('offers the suggested name in the default folder, with the filters, and writes the bytes', async () => {
    const target = join(dir, '合同.docx');
    const d = deps({ target, defaultDir: '/home/user/Documents' });
    const result = await saveFileWithDialog(d, fileRequest);
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(DOCX);
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/user/Documents', '工资专项集体合同.docx'),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      }),
    );
    expect(await readdir(dir)).toEqual(['合同.docx']);
  });

  it('writes a temporary file beside the target, then renames it into place', async () => {
    const target = join(dir, '合同.docx');
    const calls: string[] = [];
    const d = deps({
      target,
      writeFile: async (path, data, options) => {
        calls.push(`write ${path} ${options.flag}`);
        await writeFile(path, data, options);
      },
      rename: async (from, to) => {
        calls.push(`rename ${from} → ${to}`);
        await rename(from, to);
      },
    });
    await saveFileWithDialog(d, fileRequest);
    const temp = tempPathFor(target, 'fixed');
    expect(temp.startsWith(dir)).toBe(true);
    expect(calls).toEqual([`write ${temp} wx`, `rename ${temp} → ${target}`]);
  });

  it('replaces an existing file only when the new one is complete', async () => {
    const target = join(dir, '合同.docx');
    await writeFile(target, 'old version');
    expect(await saveFileWithDialog(deps({ target }), fileRequest)).toMatchObject({ ok: true });
    expect(new Uint8Array(await readFile(target))).toEqual(DOCX);
  });

  it('on ENOSPC mid-write: file.diskFull, the old file untouched, the temporary file removed', async () => {
    const target = join(dir, '合同.docx');
    await writeFile(target, 'old version');
    const d = deps({
      target,
      writeFile: async (path, data, options) => {
        await writeFile(path, data.subarray(0, 3), options); // a partial write, then the disk is full
        throw errno('ENOSPC');
      },
    });
    const result = await saveFileWithDialog(d, fileRequest);
    expect(result).toMatchObject({ ok: false, error: { code: 'file.diskFull', params: { errno: 'ENOSPC' } } });
    expect(await readFile(target, 'utf8')).toBe('old version');
    expect(await readdir(dir)).toEqual(['合同.docx']);
  });

  it('on a failed rename: the error code, no new file, the temporary file removed', async () => {
    const target = join(dir, '合同.docx');
    const result = await saveFileWithDialog(deps({ target, rename: () => Promise.reject(errno('EACCES')) }), fileRequest);
    expect(result).toMatchObject({ ok: false, error: { code: 'file.noPermission' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports the write error even when removing the temporary file fails too', async () => {
    const result = await saveFileWithDialog(
      deps({ writeFile: () => Promise.reject(errno('EROFS')), unlink: () => Promise.reject(errno('ENOENT')) }),
      fileRequest,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'file.noPermission', params: { errno: 'EROFS' } } });
  });
});

describe('fileWriteError', () => {
  it.each([
    ['ENOSPC', 'file.diskFull'],
    ['EDQUOT', 'file.diskFull'],
    ['EACCES', 'file.noPermission'],
    ['EPERM', 'file.noPermission'],
    ['EROFS', 'file.noPermission'],
    ['EIO', 'file.writeFailed'],
    ['EBUSY', 'file.writeFailed'],
  ])('maps %s to %s', (code, expected) => {
    const result = fileWriteError(errno(code));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(expected);
      expect(result.error.params).toEqual({ errno: code });
    }
  });

  it('maps an error without errno to file.writeFailed', () => {
    expect(fileWriteError(new Error('?'))).toMatchObject({ ok: false, error: { code: 'file.writeFailed' } });
    expect(fileWriteError(undefined)).toMatchObject({ ok: false, error: { code: 'file.writeFailed' } });
  });

  it('writes English messages that name no path (the UI shows the translated code)', () => {
    for (const code of ['ENOSPC', 'EACCES', 'EIO']) {
      const result = fileWriteError(Object.assign(new Error(`${code}: open '/home/张三/合同.docx'`), { code }));
      if (!result.ok) {
        expect(result.error.message).not.toMatch(/[\u4e00-\u9fff]/);
        expect(result.error.message).not.toContain('/home');
      }
    }
  });
});

describe('writeFileAtomic', () => {
  it('refuses to write through a temporary name that already exists (flag wx)', async () => {
    const target = join(dir, 'a.bin');
    await writeFile(tempPathFor(target, 'taken'), 'someone else');
    const result = await writeFileAtomic(realFs, target, DOCX, 'taken');
    expect(result).toMatchObject({ ok: false, error: { code: 'file.writeFailed', params: { errno: 'EEXIST' } } });
    expect(await readFile(tempPathFor(target, 'taken'), 'utf8')).toBe('someone else');
  });
});
