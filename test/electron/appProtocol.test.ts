import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, contentTypeFor, createAppProtocolHandler, resolveAppRequest } from '../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

const ROOT = resolve('/srv/wagedesk/out/renderer');

describe('resolveAppRequest', () => {
  it.each([
    ['app://wagedesk/', 'index.html'],
    ['app://wagedesk', 'index.html'],
    ['app://wagedesk/index.html', 'index.html'],
    ['app://wagedesk/index.html?x=1#/enterprises', 'index.html'],
    ['app://wagedesk/assets/index-BX3k.js', join('assets', 'index-BX3k.js')],
    ['app://wagedesk/assets/', join('assets', 'index.html')],
    ['app://wagedesk/fonts/%E6%80%9D%E6%BA%90.woff2', join('fonts', '思源.woff2')],
  ])('maps %s inside the root', (url, file) => {
    expect(resolveAppRequest(url, ROOT)).toBe(join(ROOT, file));
  });

  it.each([
    'app://wagedesk/../../etc/passwd',
    'app://wagedesk/assets/../../../etc/passwd',
    'app://wagedesk/%2e%2e/%2e%2e/etc/passwd',
    'app://wagedesk/%2E%2E/secret',
    'app://wagedesk/.%2e/secret',
    'app://wagedesk/assets/./index.js',
    'app://wagedesk/..%2f..%2fetc%2fpasswd',
    'app://wagedesk/..%5c..%5cwindows%5cwin.ini',
    'app://wagedesk/..\\..\\windows\\win.ini',
    'app://wagedesk/%2fetc%2fpasswd',
    'app://wagedesk/C:%5cWindows%5cwin.ini',
    'app://wagedesk/C:/Windows/win.ini',
    'app://wagedesk/index.html%00.js',
    'app://wagedesk/%E0%A4%A',
  ])('refuses the traversal or absolute path %s', (url) => {
    expect(resolveAppRequest(url, ROOT)).toBeNull();
  });

  it.each(['app://evil/index.html', 'app://wagedesk:1/index.html', 'file:///etc/passwd', 'https://wagedesk/index.html', 'app://u:p@wagedesk/', 'nonsense'])(
    'refuses %s, which is not the app origin',
    (url) => {
      expect(resolveAppRequest(url, ROOT)).toBeNull();
    },
  );

  it('never yields a path outside the root, whatever the URL', () => {
    const probes = ['..', '%2e%2e', '.%2E', '%2e.', '...', '....//', '%252e%252e', '%c0%ae%c0%ae', '\\..', '/..', '~', '%00'];
    for (const a of probes) {
      for (const b of probes) {
        const file = resolveAppRequest(`app://wagedesk/${a}/${b}/x.js`, ROOT);
        if (file !== null) {
          const inside = relative(ROOT, file);
          expect(inside.startsWith(`..${sep}`) || inside === '..').toBe(false);
        }
      }
    }
  });
});

describe('createAppProtocolHandler', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'wagedesk-protocol-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(join(root, '..', `${root.split(sep).pop()}-secret.txt`), 'secret');
  });
  afterAll(async () => {
    await rm(join(root, '..', `${root.split(sep).pop()}-secret.txt`), { force: true });
    await rm(root, { recursive: true, force: true });
  });

  const handler = () => createAppProtocolHandler({ rootDir: root, readFile: (path) => readFile(path) });

  it('serves index.html with its type, the CSP and nosniff', async () => {
    const response = await handler()({ url: 'app://wagedesk/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>t</title>');
  });

  it('serves module scripts as JavaScript (required for <script type="module">)', async () => {
    const response = await handler()({ url: 'app://wagedesk/assets/app.js', method: 'GET' });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file and for a traversal attempt, never reading outside the root', async () => {
    const reads: string[] = [];
    const serve = createAppProtocolHandler({ rootDir: root, readFile: (path) => (reads.push(path), readFile(path)) });
    expect((await serve({ url: 'app://wagedesk/missing.js', method: 'GET' })).status).toBe(404);
    expect((await serve({ url: `app://wagedesk/../${root.split(sep).pop()}-secret.txt`, method: 'GET' })).status).toBe(404);
    expect((await serve({ url: `app://wagedesk/%2e%2e/${root.split(sep).pop()}-secret.txt`, method: 'GET' })).status).toBe(404);
    expect(reads.every((path) => path.startsWith(root + sep))).toBe(true);
  });

  it('answers 404 for a directory and 405 for methods other than GET and HEAD', async () => {
    expect((await handler()({ url: 'app://wagedesk/assets', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://wagedesk/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler()({ url: 'app://wagedesk/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500, not a crash, when reading fails otherwise', async () => {
    const serve = createAppProtocolHandler({ rootDir: root, readFile: () => Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })) });
    expect((await serve({ url: 'app://wagedesk/index.html', method: 'GET' })).status).toBe(500);
  });
});

describe('the app scheme', () => {
  it('is standard and secure (a real origin for IndexedDB) without bypassing CSP or enabling CORS', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeFalsy();
  });

  it('gives unknown file types no sniffable type', () => {
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('A.CSS')).toBe('text/css; charset=utf-8');
  });
});
