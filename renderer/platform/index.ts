// Picks the implementation: the preload exposes `window.wagedesk` only in the desktop app.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { browserPlatform } from './browser';
import { desktopPlatform } from './desktop';

declare global {
  interface Window {
    wagedesk?: DesktopBridge;
  }
}

let current: Platform | undefined;

export function platform(): Platform {
  current ??= window.wagedesk ? desktopPlatform(window.wagedesk) : browserPlatform(window);
  return current;
}

export type { Platform, FileToSave } from './platform';
