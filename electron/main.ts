// Wiring only: every decision lives in the plain modules beside this file (security, appProtocol,
// ipc/, files, backups, printing, witnessVault), which are tested without the Electron binary.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { APP_ENTRY_URL, APP_SCHEME, appUrlMatcher } from './appUrl';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc/register';
import { hardenApp, hardenSession, mainWindowOptions } from './security';

// Built layout (electron.vite.config.ts): out/main/main.js, out/preload/preload.js, out/renderer/.
const preloadPath = join(__dirname, '../preload/preload.js');
const rendererDir = join(__dirname, '../renderer');
// Set by `electron-vite dev`; ignored once packaged so an environment variable cannot point the app elsewhere.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const isAllowedUrl = appUrlMatcher(devServerUrl);

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function mainWindowCreate(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, { isPackaged: app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => console.error('[main] loading the renderer failed', error));
  return window;
}

/** Where the save dialog opens; undefined where the OS has no documents folder (getPath throws then). */
function documentsDir(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

function mainWindowFocus(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, readFile: (path) => readFile(path) }));
  hardenSession(session.defaultSession);
  registerIpcHandlers(
    ipcMain,
    createHandlers<BrowserWindow>({
      app,
      platform: process.platform,
      fs: {
        writeFile: (path, data, options) => writeFile(path, data, options),
        rename,
        unlink,
        mkdir: (path, options) => mkdir(path, options),
        readdir: (path) => readdir(path),
        stat: (path) => stat(path),
        readFile: (path) => readFile(path),
      },
      safeStorage,
      window: () => mainWindow,
      showSaveDialog: (window, options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
      defaultDir: documentsDir,
      log: (message, detail) => console.error(`[backups] ${message}`, detail ?? ''),
    }),
    isAllowedUrl,
  );
  mainWindow = mainWindowCreate();
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens it.
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = mainWindowCreate();
  });
}

// One instance: a second launch focuses the running window instead of opening a second database writer.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(app, isAllowedUrl);
  app.on('second-instance', mainWindowFocus);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('[main] start-up failed', error);
    app.exit(1);
  });
}
