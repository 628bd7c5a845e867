import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appUrlMatcher, devServerOrigin, isAppUrl } from '../../electron/appUrl';

describe('isAppUrl (packaged: no dev server)', () => {
  it.each([APP_ENTRY_URL, 'app://wagedesk/', 'app://wagedesk/assets/index-abc.js', 'app://wagedesk/index.html#/enterprises/new'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'https://evil.example/app://wagedesk/',
    'file:///etc/passwd',
    'file:///opt/wagedesk/out/renderer/index.html',
    'app://wagedesk.evil.example/',
    'app://evil/index.html',
    'app://wagedesk:8080/',
    'app://user:pw@wagedesk/',
    'app:wagedesk/index.html',
    'http://127.0.0.1:5173/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAppUrl (development)', () => {
  const dev = 'http://localhost:5173';

  it('accepts the dev server origin exactly, and the app origin', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html#/settings', dev)).toBe(true);
    expect(isAppUrl(APP_ENTRY_URL, dev)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.example:5173/',
    'http://localhost:5173.evil.example/',
    'ws://localhost:5173/',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });

  it('ignores a dev server URL that is not plain http on loopback', () => {
    expect(devServerOrigin('https://evil.example')).toBeNull();
    expect(devServerOrigin('http://192.168.1.10:5173')).toBeNull();
    expect(devServerOrigin('http://user@localhost:5173')).toBeNull();
    expect(devServerOrigin('garbage')).toBeNull();
    expect(isAppUrl('https://evil.example/', 'https://evil.example')).toBe(false);
    expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://[::1]:5173')).toBe('http://[::1]:5173');
  });

  it('appUrlMatcher binds the dev server URL', () => {
    const matches = appUrlMatcher('http://127.0.0.1:5173');
    expect(matches('http://127.0.0.1:5173/')).toBe(true);
    expect(matches('http://localhost:5173/')).toBe(false);
    expect(appUrlMatcher(undefined)('http://127.0.0.1:5173/')).toBe(false);
  });
});
