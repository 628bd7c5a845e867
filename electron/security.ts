// Electron's security checklist, in one place: window settings, the content security policy, session
// permissions, navigation and new-window rules. Plain functions over Electron objects passed in, so the
// tests check every value without the Electron binary. https://www.electronjs.org/docs/latest/tutorial/security
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import type { App, BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';

export interface WindowSecurityOptions {
  /** app.isPackaged: DevTools exist only in unpackaged (development) runs. */
  readonly isPackaged: boolean;
}

/** Every hardening flag is written out, even where it equals Electron's default, so a default change upstream cannot loosen it. */
export function secureWebPreferences(preloadPath: string, opts: WindowSecurityOptions): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // enableBlinkFeatures is deliberately absent: no experimental Blink features.
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !opts.isPackaged,
  };
}

/** Matches --canvas in renderer/styles.css, so the window does not flash white before the first paint. */
export const WINDOW_BACKGROUND = '#f4f5f7';

export function mainWindowOptions(preloadPath: string, opts: WindowSecurityOptions): BrowserWindowConstructorOptions {
  return {
    title: '协商台 WageDesk',
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show' (main.ts), so the user never sees an empty frame.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, opts),
  };
}

/**
 * Everything comes from the app's own origin. 'unsafe-inline' for styles only (React style props);
 * never 'unsafe-eval'. Blob workers allow PDF/document generation off the main thread.
 */
export { CONTENT_SECURITY_POLICY };

export type SessionToHarden = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest' | 'on'>;

/** Denies every permission (camera, geolocation, notifications, USB…), sets the CSP header on every response, refuses downloads. */
export function hardenSession(session: SessionToHarden, contentSecurityPolicy: string = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // One policy, ours: drop any CSP the response already carries (names are case-insensitive).
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [contentSecurityPolicy];
    callback({ responseHeaders: headers });
  });
  // Files are written by the main process through the save dialog (files.ts), never as browser
  // downloads, so every download the page tries to start is refused.
  session.on('will-download', (event) => event.preventDefault());
}

export type WebContentsToHarden = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation away from the app, no redirects out of it, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContentsToHarden, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies hardenWebContents to every webContents the app ever creates, including ones we did not create ourselves. */
export function hardenApp(app: Pick<App, 'on'>, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl));
}
