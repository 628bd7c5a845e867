// Desktop edition: every OS operation goes through the one typed IPC contract (shared/ipc/contract.ts).
import type { DesktopBridge } from '../../shared/ipc/contract';
import { resultOk } from '../../shared/result';
import type { Platform } from './platform';

export function desktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    saveFile(file) {
      return bridge.invoke('file:save', {
        suggestedName: file.suggestedName,
        data: file.data,
        filters: [{ name: file.suggestedName, extensions: [...file.extensions] }],
      });
    },
    print() {
      return bridge.invoke('print:dialog', { dialog: true });
    },
    async backupDestination() {
      const listed = await bridge.invoke('backup:list', {});
      return listed.ok ? resultOk({ kind: 'appFolder', where: listed.value.dir, files: listed.value.files }) : listed;
    },
    async backupAutomatic() {
      return true;
    },
    async backupWrite(text, createdAt) {
      const written = await bridge.invoke('backup:write', { text, createdAt });
      return written.ok ? resultOk({ where: written.value.path }) : written;
    },
  };
}
