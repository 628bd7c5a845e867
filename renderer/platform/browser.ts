// Browser edition: files go out as downloads, printing uses the page's own print dialog.
import { resultOk, resultErr } from '../../shared/result';
import type { Platform } from './platform';

export function browserPlatform(win: Window = window): Platform {
  return {
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
    async backupLocation() {
      return null;
    },
  };
}
