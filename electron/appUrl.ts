// Where the renderer may live. Packaged, it is served from the custom privileged scheme app://wagedesk/
// (see appProtocol.ts): a standard, secure origin of its own, unlike file:// which would grant the page
// every local file's origin. In development it is the electron-vite dev server on loopback.
// Every check parses with the WHATWG URL parser; prefixes of raw strings are never compared.

export const APP_SCHEME = 'app';
export const APP_HOST = 'wagedesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function urlParse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The dev server's origin, or null unless it is plain http on a loopback host (never a remote site). */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const url = urlParse(devServerUrl);
  if (!url || url.protocol !== 'http:' || url.username || url.password || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/** True only for the app's own pages (and, in development, the dev server's origin exactly as passed). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = urlParse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  // `app:` is not a WHATWG special scheme, so URL.origin is the string "null"; compare scheme and host
  // instead. `host` includes any port, so app://wagedesk:1/ is refused too.
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  const devOrigin = devServerOrigin(devServerUrl);
  return devOrigin !== null && parsed.origin === devOrigin;
}

/** `isAppUrl` bound to one dev server URL (undefined when packaged), for the hardening and IPC checks. */
export function appUrlMatcher(devServerUrl: string | undefined): (url: string) => boolean {
  return (url) => isAppUrl(url, devServerUrl);
}
