// What the renderer may know about the installation: version, platform, and where backups go.
import { join } from 'node:path';
import type { App } from 'electron';
import type { AppInfo } from '../shared/ipc/contract';

export function appInfo(app: Pick<App, 'getVersion' | 'getPath'>, platform: string = process.platform): AppInfo {
  return {
    version: app.getVersion(),
    // Beside the app's own data (userData), outside IndexedDB: a backup survives a damaged database.
    backupDir: join(app.getPath('userData'), 'backups'),
    platform,
  };
}
