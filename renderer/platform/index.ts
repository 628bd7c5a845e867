// Picks the implementation: the preload exposes `window.wagedesk` only in the desktop app.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { isBackupDirHandle } from './backupFolder';
import { browserPlatform, type BackupFolderStore } from './browser';
import { desktopPlatform } from './desktop';

declare global {
  interface Window {
    wagedesk?: DesktopBridge;
  }
}

let current: Platform | undefined;

/** The browser's backup folder handle lives in the database, which loads after the first paint. */
const backupFolderStore: BackupFolderStore = {
  async get() {
    const [{ backupFolderGet }, { servicesReady }] = await Promise.all([import('../db/backupFolderMeta'), import('../app/servicesLazy')]);
    const read = await backupFolderGet((await servicesReady()).db, isBackupDirHandle);
    return read.ok ? read.value : null;
  },
  async set(handle) {
    const [{ backupFolderSet }, { servicesReady }] = await Promise.all([import('../db/backupFolderMeta'), import('../app/servicesLazy')]);
    return backupFolderSet((await servicesReady()).db, handle);
  },
};

export function platform(): Platform {
  current ??= window.wagedesk ? desktopPlatform(window.wagedesk) : browserPlatform(window, backupFolderStore);
  return current;
}

export type { Platform, FileToSave, BackupDestination, BackupFileInfo } from './platform';
