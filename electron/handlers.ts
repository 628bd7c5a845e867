// The Handlers map: one function per IPC channel, built from the plain modules and the Electron
// objects main.ts passes in. Printing acts on the webContents that asked; dialogs attach to the window.
import { join } from 'node:path';
import type { App, SaveDialogOptions } from 'electron';
import { resultOk } from '../shared/result';
import { appInfo } from './appInfo';
import { backupList, backupWrite } from './backups';
import type { BackupFs } from './backups';
import { saveFileWithDialog } from './files';
import type { SaveDialogResult, SaveFileDeps } from './files';
import type { IpcHandlers } from './ipc/register';
import { printToPdfFile, printWithDialog } from './printing';
import { witnessVaultProtection, witnessVaultSeal, witnessVaultSign } from './witnessVault';
import type { SafeStorageLike, WitnessVaultDeps } from './witnessVault';

export interface HandlerDeps<W> {
  readonly app: Pick<App, 'getVersion' | 'getPath'>;
  readonly platform: string;
  readonly fs: BackupFs & Pick<WitnessVaultDeps['fs'], 'readFile'>;
  /** Electron's safeStorage: the OS protection of the witness key (witnessVault.ts). */
  readonly safeStorage: SafeStorageLike;
  /** The main window, parent of the save dialog (null when it is gone). */
  readonly window: () => W | null;
  /** dialog.showSaveDialog: modal to the window when there is one. */
  readonly showSaveDialog: (window: W | null, options: SaveDialogOptions) => Promise<SaveDialogResult>;
  /** Folder the save dialog opens in, e.g. app.getPath('documents'). */
  readonly defaultDir?: () => string | undefined;
  /** Where problems that are not the renderer's business go (old backups that could not be deleted). */
  readonly log?: (message: string, detail?: unknown) => void;
}

export function createHandlers<W>(deps: HandlerDeps<W>): IpcHandlers {
  const saveDeps = (): SaveFileDeps => ({
    showSaveDialog: (options) => deps.showSaveDialog(deps.window(), options),
    writeFile: (path, data, options) => deps.fs.writeFile(path, data, options),
    rename: (from, to) => deps.fs.rename(from, to),
    unlink: (path) => deps.fs.unlink(path),
    defaultDir: deps.defaultDir?.(),
  });
  const backupFolder = () => ({ fs: deps.fs, dir: appInfo(deps.app, deps.platform).backupDir });
  const vault = (): WitnessVaultDeps => ({
    safeStorage: deps.safeStorage,
    fs: deps.fs,
    dir: join(deps.app.getPath('userData'), 'witness-key'),
    platform: deps.platform,
  });
  return {
    'file:save': (request) => saveFileWithDialog(saveDeps(), request),
    'print:dialog': (_request, event) => printWithDialog(event.sender),
    'print:pdf': (request, event) => printToPdfFile({ ...saveDeps(), webContents: event.sender }, request),
    'app:info': async () => resultOk(appInfo(deps.app, deps.platform)),
    'backup:write': (request) => backupWrite({ ...backupFolder(), log: deps.log }, request),
    'backup:list': () => backupList(backupFolder()),
    'witness:protection': async () => resultOk(witnessVaultProtection(vault())),
    'witness:seal': (request) => witnessVaultSeal(vault(), request),
    'witness:sign': (request) => witnessVaultSign(vault(), request),
  };
}
