// Electron's security checklist items that are facts about the source and the build, not about one
// function: docs/security.md maps every item to its test, several of them here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|tsx|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every source file that runs in the app (main, preload, renderer, the shared core), with its text. */
const appSources = ['electron', 'renderer', 'shared'].flatMap((dir) => sourceFiles(join(ROOT, dir))).map((file) => ({
  file: relative(ROOT, file).split('\\').join('/'),
  text: readFileSync(file, 'utf8'),
}));

/** Source without comments, so a comment that names a forbidden API does not count as a use. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function offenders(pattern: RegExp, files = appSources): string[] {
  return files.filter(({ text }) => pattern.test(code(text))).map(({ file }) => file);
}

describe('checklist 15: no shell.openExternal', () => {
  it('no app code calls openExternal or loads shell from electron', () => {
    expect(offenders(/\bopenExternal\b/)).toEqual([]);
    expect(offenders(/import\s+(?!type\b)\{[^}]*\bshell\b[^}]*\}\s+from\s+['"]electron['"]/)).toEqual([]);
  });

  it('the search finds a call when there is one (the guard is not vacuous)', () => {
    expect(offenders(/\bopenExternal\b/, [{ file: 'x.ts', text: "shell.openExternal('https://example.com');" }])).toEqual(['x.ts']);
    expect(offenders(/\bopenExternal\b/, [{ file: 'x.ts', text: '// never shell.openExternal here' }])).toEqual([]);
  });
});

describe('checklist 2, 3, 4, 6, 8, 9, 10, 11: no code loosens a web preference', () => {
  it.each([
    ['nodeIntegration: true', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['contextIsolation: false', /contextIsolation\s*:\s*false/],
    ['sandbox: false', /sandbox\s*:\s*false/],
    ['webSecurity: false', /webSecurity\s*:\s*false/],
    ['allowRunningInsecureContent: true', /allowRunningInsecureContent\s*:\s*true/],
    ['experimentalFeatures: true', /experimentalFeatures\s*:\s*true/],
    ['enableBlinkFeatures', /enableBlinkFeatures/],
    ['webviewTag: true', /webviewTag\s*:\s*true/],
    ['<webview> or allowpopups', /<webview|allowpopups/i],
    ['disablewebsecurity', /disablewebsecurity/i],
  ])('nothing sets %s', (_label, pattern) => {
    expect(offenders(pattern)).toEqual([]);
  });

  it('windows are created in main.ts only, always with mainWindowOptions (secure web preferences)', () => {
    expect(offenders(/new\s+BrowserWindow\s*\(/)).toEqual(['electron/main.ts']);
    const main = code(readFileSync(join(ROOT, 'electron/main.ts'), 'utf8'));
    expect(main.match(/new\s+BrowserWindow\s*\(([^)]*)/g)).toEqual(['new BrowserWindow(mainWindowOptions(preloadPath, { isPackaged: app.isPackaged }']);
  });
});

describe('checklist 18: no file://', () => {
  it('main.ts loads the app from app:// (or the loopback dev server), never with loadFile or a file: URL', () => {
    const main = code(readFileSync(join(ROOT, 'electron/main.ts'), 'utf8'));
    expect(main).not.toMatch(/\.loadFile\s*\(/);
    expect(main).not.toMatch(/['"`]file:/);
    expect(main).toContain('window.loadURL(devServerUrl ?? APP_ENTRY_URL)');
  });
});

/** The `key: value` lines of one top-level block of a YAML file (enough for flat blocks of scalars). */
function yamlBlock(text: string, name: string): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${name}:`);
  if (start < 0) return {};
  const block: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^\s+([A-Za-z]+):\s*([^#\s]+)\s*(#.*)?$/.exec(line);
    if (match) block[match[1]!] = match[2]!;
  }
  return block;
}

describe('checklist 19: fuses (electron-builder.yml)', () => {
  const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
  const fuses = yamlBlock(yml, 'electronFuses');

  it.each([
    ['runAsNode', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('packs the app into an asar archive (what the asar fuses validate)', () => {
    expect(yml).toMatch(/^asar: true$/m);
  });

  it('the block reader reads only the named block', () => {
    expect(yamlBlock('a:\n  x: true # note\nb:\n  y: false\n', 'a')).toEqual({ x: 'true' });
    expect(yamlBlock('a:\n  x: true\n', 'missing')).toEqual({});
  });
});

describe('checklist 16: a current Electron', () => {
  const major = (version: string) => Number(/(\d+)\./.exec(version)?.[1] ?? Number.NaN);

  it('package.json asks for Electron 42 or later, and that is what is installed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(major(pkg.devDependencies['electron'] ?? '')).toBeGreaterThanOrEqual(42);
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(major(installed.version)).toBeGreaterThanOrEqual(42);
  });
});

describe('checklist 20: no Electron API exposed to web content', () => {
  const exposing = ['electron/preload.ts', 'electron/bridge.ts', 'electron/preloadChannels.ts'];
  const preloadSide = appSources.filter(({ file }) => exposing.includes(file));

  it('exposeInMainWorld is called once, in preload.ts, with the bridge and nothing else', () => {
    const calls = appSources.flatMap(({ file, text }) => (code(text).match(/exposeInMainWorld\s*\(/g) ?? []).map(() => file));
    expect(calls).toEqual(['electron/preload.ts']);
    expect(code(preloadSide.find(({ file }) => file === 'electron/preload.ts')!.text)).toMatch(
      /exposeInMainWorld\(\s*'wagedesk',\s*createBridge\(\(channel, request\) => ipcRenderer\.invoke\(channel, request\)\)\s*\)/,
    );
  });

  it.each([
    ['ipcRenderer.on / once / addListener (a listener would hand the page the IpcRendererEvent)', /ipcRenderer\.(on|once|addListener|prependListener)\b/],
    ['ipcRenderer.send / sendSync / postMessage (fire-and-forget messages outside the contract)', /ipcRenderer\.(send|sendSync|sendToHost|postMessage)\b/],
    ['ipcRenderer passed along whole', /[(,:]\s*ipcRenderer\s*[,)]|:\s*ipcRenderer\s*\}/],
    ['webFrame, webUtils or require', /\b(webFrame|webUtils|require)\b/],
  ])('the preload side uses no %s', (_label, pattern) => {
    expect(offenders(pattern, preloadSide)).toEqual([]);
    expect(preloadSide).toHaveLength(exposing.length);
  });

  it('the searches find a use when there is one (the guards are not vacuous)', () => {
    const leaky = [{ file: 'p.ts', text: "contextBridge.exposeInMainWorld('x', { on: (c, f) => ipcRenderer.on(c, f), raw: ipcRenderer });" }];
    expect(offenders(/ipcRenderer\.(on|once|addListener|prependListener)\b/, leaky)).toEqual(['p.ts']);
    expect(offenders(/[(,:]\s*ipcRenderer\s*[,)]|:\s*ipcRenderer\s*\}/, leaky)).toEqual(['p.ts']);
    // The import line names ipcRenderer too, and is not a leak.
    expect(offenders(/[(,:]\s*ipcRenderer\s*[,)]|:\s*ipcRenderer\s*\}/, [{ file: 'p.ts', text: "import { contextBridge, ipcRenderer } from 'electron';" }])).toEqual([]);
  });
});
