// An in-memory FileSystemDirectoryHandle (the parts renderer/platform/backupFolder.ts uses). Like the
// real one, a writable's content replaces the file only on close(); failures are injected by name.
import type { BackupDirHandle, FolderPermission } from '../../../renderer/platform/backupFolder';

export interface MemoryDir {
  readonly handle: BackupDirHandle;
  readonly files: Map<string, string>;
  permission: FolderPermission;
  /** What requestPermission answers (during a click). */
  permissionOnRequest: FolderPermission;
  /** The next close() fails with a DOMException of this name. */
  failClose: string | null;
}

export function memoryDir(name = '协商台备份'): MemoryDir {
  const files = new Map<string, string>();
  const state: MemoryDir = {
    files,
    permission: 'granted',
    permissionOnRequest: 'granted',
    failClose: null,
    handle: {
      kind: 'directory',
      name,
      async getFileHandle(file, options) {
        if (state.permission !== 'granted') throw new DOMException('not allowed', 'NotAllowedError');
        if (!files.has(file)) {
          if (!options?.create) throw new DOMException('no such file', 'NotFoundError');
          files.set(file, '');
        }
        return {
          async createWritable() {
            let buffer = '';
            return {
              async write(data: string) {
                buffer += data;
              },
              async close() {
                if (state.failClose) {
                  const failure = state.failClose;
                  state.failClose = null;
                  throw new DOMException('simulated', failure);
                }
                files.set(file, buffer);
              },
              async abort() {},
            };
          },
        };
      },
      async removeEntry(file) {
        if (!files.delete(file)) throw new DOMException('no such file', 'NotFoundError');
      },
      async *keys() {
        yield* [...files.keys()];
      },
      async queryPermission() {
        return state.permission;
      },
      async requestPermission() {
        state.permission = state.permissionOnRequest;
        return state.permission;
      },
    },
  };
  return state;
}
