import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { appInfo } from '../../electron/appInfo';
import { createHandlers } from '../../electron/handlers';
import type { HandlerDeps } from '../../electron/handlers';
import { ipcChannels } from '../../shared/ipc/contract';
import { join } from 'node:path';
import { rollingBackupName } from '../../shared/backup/rolling';
import { memoryFs } from './fakes';

const fakeApp = {
  getVersion: () => '0.1.0',
  getPath: vi.fn((name: string) => (name === 'userData' ? '/home/u/.config/协商台' : `/home/u/${name}`)),
};

describe('appInfo', () => {
  it('reports version, platform and a backups folder inside userData', () => {
    expect(appInfo(fakeApp as never, 'win32')).toEqual({
      version: '0.1.0',
      backupDir: join('/home/u/.config/协商台', 'backups'),
      platform: 'win32',
    });
    expect(fakeApp.getPath).toHaveBeenCalledWith('userData');
  });
});

describe('createHandlers', () => {
  const WINDOW = { id: 'main-window' };

  function handlers(overrides: Partial<HandlerDeps<typeof WINDOW>> = {}) {
    const deps = {
      app: fakeApp,
      platform: 'linux',
      fs: { writeFile: vi.fn(async () => undefined), rename: vi.fn(async () => undefined), unlink: vi.fn(async () => undefined) },
      window: () => WINDOW,
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/docs/合同.docx' })),
      defaultDir: () => '/docs',
      ...overrides,
    };
    return { deps, handlers: createHandlers(deps as unknown as HandlerDeps<typeof WINDOW>) };
  }

  function eventFrom(sender: object): IpcMainInvokeEvent {
    return { sender } as unknown as IpcMainInvokeEvent;
  }

  it('has a handler for every contract channel', () => {
    expect(Object.keys(handlers().handlers).sort()).toEqual([...ipcChannels].sort());
  });

  it('file:save opens the dialog on the main window and saves the bytes', async () => {
    const { deps, handlers: h } = handlers();
    const result = await h['file:save']({ suggestedName: '合同.docx', data: new Uint8Array([1, 2]), filters: [] }, eventFrom({}));
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/docs/合同.docx' } });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ defaultPath: join('/docs', '合同.docx') }));
    expect(deps.fs.rename).toHaveBeenCalledWith(expect.stringMatching(/\.tmp$/), '/docs/合同.docx');
  });

  it('file:save still works when there is no window (dialog without parent)', async () => {
    const { deps, handlers: h } = handlers({ window: () => null });
    await h['file:save']({ suggestedName: 'a.docx', data: new Uint8Array([1]), filters: [] }, eventFrom({}));
    expect(deps.showSaveDialog).toHaveBeenCalledWith(null, expect.anything());
  });

  it('print:dialog prints the webContents that asked', async () => {
    const sender = { print: vi.fn((_o: unknown, callback: (ok: boolean, reason: string) => void) => callback(true, '')) };
    const result = await handlers().handlers['print:dialog']({ dialog: true }, eventFrom(sender));
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(sender.print).toHaveBeenCalledOnce();
  });

  it('print:pdf renders the asking webContents and saves through the dialog', async () => {
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF')) };
    const { deps, handlers: h } = handlers({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/docs/纪要.pdf' })) });
    const result = await h['print:pdf']({ suggestedName: '纪要' }, eventFrom(sender));
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/docs/纪要.pdf' } });
    expect(sender.printToPDF).toHaveBeenCalledOnce();
    expect(deps.fs.writeFile).toHaveBeenCalledWith(expect.stringMatching(/纪要\.pdf\..+\.tmp$/), Buffer.from('%PDF'), { flag: 'wx' });
  });

  it('app:info answers with the installation facts', async () => {
    const result = await handlers({ platform: 'darwin' }).handlers['app:info']({}, eventFrom({}));
    expect(result).toEqual({ ok: true, value: { version: '0.1.0', backupDir: join('/home/u/.config/协商台', 'backups'), platform: 'darwin' } });
  });

  it('backup:write writes into the backups folder inside userData and backup:list lists it', async () => {
    const fs = memoryFs();
    const { handlers: h } = handlers({ fs: fs.api as never });
    const createdAt = new Date(2021, 0, 10, 16, 0, 0).toISOString();
    const dir = join('/home/u/.config/协商台', 'backups');
    const path = join(dir, rollingBackupName(new Date(createdAt)));
    expect(await h['backup:write']({ text: '{}', createdAt }, eventFrom({}))).toEqual({ ok: true, value: { path, kept: 1 } });
    const listed = await h['backup:list']({}, eventFrom({}));
    expect(listed).toMatchObject({ ok: true, value: { dir, files: [{ name: rollingBackupName(new Date(createdAt)), bytes: 2 }] } });
  });
});
