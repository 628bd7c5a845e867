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

  it('witness:seal keeps the key, encrypted by safeStorage, in <userData>/witness-key; witness:sign signs with it', async () => {
    const fs = memoryFs();
    // A safeStorage stand-in that reverses the text: enough to see that the file is not the clear seed.
    const safeStorage = {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => new TextEncoder().encode([...text].reverse().join('')),
      decryptString: (data: Buffer) => [...new TextDecoder().decode(data)].reverse().join(''),
    };
    const { handlers: h } = handlers({ fs: fs.api as never, safeStorage });
    const seedHex = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
    const publicKeyHex = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
    const seed = Uint8Array.from(seedHex.match(/../g)!, (byte) => parseInt(byte, 16));
    expect(await h['witness:protection']({}, eventFrom({}))).toEqual({ ok: true, value: { available: true } });
    expect(await h['witness:seal']({ seed, publicKeyHex }, eventFrom({}))).toEqual({ ok: true, value: { publicKeyHex } });
    const path = join('/home/u/.config/协商台', 'witness-key', `${publicKeyHex}.bin`);
    expect([...fs.files.keys()]).toEqual([path]);
    expect(new TextDecoder().decode(fs.files.get(path)!.data)).not.toContain(seedHex);
    // RFC 8032 test vector 1: the empty message's signature.
    const signed = await h['witness:sign']({ publicKeyHex, message: new Uint8Array(0) }, eventFrom({}));
    expect(signed.ok && Buffer.from(signed.value.signature).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });
});
