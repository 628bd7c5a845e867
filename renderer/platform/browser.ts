// Browser edition: files go out as downloads, printing uses the page's own print dialog. Automatic
// backups go to a folder the user chose, where the browser has the File System Access API
// (window.showDirectoryPicker); elsewhere there are none and the app reminds the user to download one.
import { resultOk, resultErr, type Result } from '../../shared/result';
import { backupFolderError, backupFolderPermission, backupFolderWrite, type BackupDirHandle } from './backupFolder';
import type { Platform } from './platform';

/** Keeps the chosen folder's handle (IndexedDB `meta`: handles are structured-cloneable). */
export interface BackupFolderStore {
  get(): Promise<BackupDirHandle | null>;
  set(handle: BackupDirHandle): Promise<Result<void>>;
}

type DirectoryPicker = (options: { readonly id: string; readonly mode: 'readwrite'; readonly startIn: 'documents' }) => Promise<BackupDirHandle>;

function directoryPicker(win: Window): DirectoryPicker | null {
  const picker = (win as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(win) : null;
}

export function browserPlatform(win: Window = window, folders?: BackupFolderStore): Platform {
  const picker = folders ? directoryPicker(win) : null;
  const folder = async () => (folders ? folders.get() : null);

  const platform: Platform = {
    kind: 'browser',
    async saveFile(file) {
      try {
        const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
        const url = URL.createObjectURL(blob);
        const a = win.document.createElement('a');
        a.href = url;
        a.download = file.suggestedName;
        a.rel = 'noopener';
        win.document.body.append(a);
        a.click();
        a.remove();
        // Revoke later: revoking at once can cancel the download in some browsers.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        return resultOk({ saved: true, path: file.suggestedName });
      } catch (e) {
        return resultErr('file.writeFailed', String(e));
      }
    },
    async print() {
      win.print();
      return resultOk({ printed: true });
    },
    async backupDestination() {
      const dir = await folder();
      if (!dir) return resultOk({ kind: 'none', canChoose: picker !== null });
      return resultOk({ kind: 'chosenFolder', where: dir.name, writable: (await backupFolderPermission(dir)) === 'granted' });
    },
    async backupAutomatic() {
      const dir = await folder();
      return dir !== null && (await backupFolderPermission(dir)) === 'granted';
    },
    async backupWrite(text, createdAt) {
      const dir = await folder();
      if (!dir) return resultErr('backup.noFolder', 'No backup folder has been chosen in this browser.');
      if ((await backupFolderPermission(dir)) !== 'granted') {
        return resultErr('backup.folderPermission', 'The browser asks again before writing to the backup folder.');
      }
      const written = await backupFolderWrite(dir, text, createdAt);
      return written.ok ? resultOk({ where: written.value.where }) : written;
    },
  };

  if (picker && folders) {
    platform.backupFolderChoose = async () => {
      let dir: BackupDirHandle;
      try {
        dir = await picker({ id: 'wagedesk-backups', mode: 'readwrite', startIn: 'documents' });
      } catch (error) {
        // AbortError: the user closed the picker; not an error.
        if ((error as { name?: unknown } | null)?.name === 'AbortError') return resultOk(null);
        return backupFolderError(error);
      }
      const stored = await folders.set(dir);
      return stored.ok ? resultOk({ where: dir.name }) : stored;
    };
    platform.backupFolderPermit = async () => {
      const dir = await folders.get();
      if (!dir) return resultErr('backup.noFolder', 'No backup folder has been chosen in this browser.');
      return resultOk((await backupFolderPermission(dir, true)) === 'granted');
    };
  }
  return platform;
}
