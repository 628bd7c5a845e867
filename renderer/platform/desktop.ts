// Desktop edition: every OS operation goes through the one typed IPC contract (shared/ipc/contract.ts).
import type { DesktopBridge } from '../../shared/ipc/contract';
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
    async backupLocation() {
      const info = await bridge.invoke('app:info', {});
      return info.ok ? info.value.backupDir : null;
    },
  };
}
