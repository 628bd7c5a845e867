import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  hardenApp,
  hardenSession,
  hardenWebContents,
  mainWindowOptions,
  secureWebPreferences,
} from '../../electron/security';
import type { SessionToHarden, WebContentsToHarden } from '../../electron/security';
import { isAppUrl } from '../../electron/appUrl';
import { FakeWebContents, fakeEvent, fakeSession } from './fakes';

const PRELOAD = '/opt/wagedesk/resources/app.asar/out/preload/preload.js';

describe('secureWebPreferences', () => {
  // Every hardening flag, with the value it must have. Written out so a changed default upstream or a
  // careless edit here shows up as a failing row.
  const expected: ReadonlyArray<readonly [string, unknown]> = [
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ];

  it.each(expected)('sets %s to %s explicitly', (key, value) => {
    const prefs = secureWebPreferences(PRELOAD, { isPackaged: true }) as Record<string, unknown>;
    expect(Object.hasOwn(prefs, key)).toBe(true);
    expect(prefs[key]).toBe(value);
  });

  it('enables no Blink features and passes no extra arguments to the renderer', () => {
    const prefs = secureWebPreferences(PRELOAD, { isPackaged: false });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });

  it('has DevTools only when not packaged', () => {
    expect(secureWebPreferences(PRELOAD, { isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences(PRELOAD, { isPackaged: false }).devTools).toBe(true);
  });

  it('sets exactly the reviewed keys (a new key needs a deliberate test row)', () => {
    const keys = Object.keys(secureWebPreferences(PRELOAD, { isPackaged: true })).sort();
    expect(keys).toEqual([...expected.map(([key]) => key), 'preload', 'devTools'].sort());
  });

  it('uses the preload path given', () => {
    expect(secureWebPreferences(PRELOAD, { isPackaged: true }).preload).toBe(PRELOAD);
  });
});

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(PRELOAD, { isPackaged: true });

  it('titles the window and keeps it hidden until ready-to-show', () => {
    expect(options.title).toBe('协商台 WageDesk');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has a minimum size that fits the navigation and a form side by side', () => {
    expect(options.minWidth).toBeGreaterThanOrEqual(960);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });

  it('uses the secure web preferences', () => {
    expect(options.webPreferences).toEqual(secureWebPreferences(PRELOAD, { isPackaged: true }));
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['frame-src', "'none'"],
    ['worker-src', "'self' blob:"],
  ])('has %s %s', (name, sources) => {
    expect(directives.get(name)).toBe(sources);
  });

  it('never allows eval, inline scripts, or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('hardenSession', () => {
  function hardened(): ReturnType<typeof fakeSession> {
    const session = fakeSession();
    hardenSession(session.api as SessionToHarden);
    return session;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the %s permission request', (permission) => {
    const callback = vi.fn();
    hardened().permissionRequest?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check and device check with false', () => {
    const session = hardened();
    expect(session.permissionCheck?.(null, 'media', 'app://wagedesk', {})).toBe(false);
    expect(session.permissionCheck?.(null, 'clipboard-sanitized-write', 'app://wagedesk', {})).toBe(false);
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });

  it('puts our CSP on every response, replacing one the response carried', () => {
    const callback = vi.fn();
    hardened().headersReceived?.(
      { responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] } },
      callback,
    );
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['content-type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
  });

  it('adds the CSP when the response had no headers', () => {
    const callback = vi.fn();
    hardened().headersReceived?.({}, callback);
    expect(callback.mock.calls[0]?.[0].responseHeaders).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('refuses browser downloads (files are saved through the save dialog only)', () => {
    const event = fakeEvent();
    hardened().events.emit('will-download', event, {}, {});
    expect(event.defaultPrevented()).toBe(true);
  });
});

describe('hardenWebContents', () => {
  const appOnly = (url: string) => isAppUrl(url);

  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContentsToHarden, appOnly);
    return contents;
  }

  it.each(['https://example.com', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)'])(
    'prevents navigating to %s',
    (url) => {
      const event = fakeEvent(url);
      hardened().emit('will-navigate', event, url);
      expect(event.defaultPrevented()).toBe(true);
    },
  );

  it('allows navigating within the app', () => {
    const event = fakeEvent('app://wagedesk/index.html#/settings');
    hardened().emit('will-navigate', event, event.url);
    expect(event.defaultPrevented()).toBe(false);
  });

  it('prevents redirects out of the app and allows ones inside it', () => {
    const contents = hardened();
    const out = fakeEvent('https://example.com/');
    const inside = fakeEvent('app://wagedesk/index.html');
    contents.emit('will-redirect', out, out.url);
    contents.emit('will-redirect', inside, inside.url);
    expect(out.defaultPrevented()).toBe(true);
    expect(inside.defaultPrevented()).toBe(false);
  });

  it('denies every new window, even to an app URL', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://wagedesk/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const event = fakeEvent();
    hardened().emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented()).toBe(true);
  });
});

describe('hardenApp', () => {
  it('hardens every webContents the app creates', () => {
    const app = new EventEmitter();
    hardenApp(app as unknown as Pick<App, 'on'>, (url) => isAppUrl(url));
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const event = fakeEvent('https://example.com');
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented()).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});
