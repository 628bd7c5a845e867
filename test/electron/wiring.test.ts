// Guards for the build wiring: the rule that keeps electron/ testable without the Electron binary, and
// the agreement between electron.vite.config.ts, main.ts and package.json "main".
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'electron-vite';
import config from '../../electron.vite.config';

const ROOT = resolve(__dirname, '../..');
const ELECTRON_DIR = join(ROOT, 'electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Import statements that load 'electron' at run time (`import type` is erased by the compiler). */
function electronValueImports(source: string): string[] {
  return [...source.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron(?:\/[^'"]*)?['"]/gm)].map((match) => match[0].trim());
}

describe('electron/ modules', () => {
  it("only main.ts and preload.ts load 'electron' at run time; the rest take Electron objects as arguments", () => {
    const offenders = sourceFiles(ELECTRON_DIR)
      .filter((file) => electronValueImports(readFileSync(file, 'utf8')).length > 0)
      .map((file) => relative(ELECTRON_DIR, file).split('\\').join('/'));
    expect(offenders.sort()).toEqual(['main.ts', 'preload.ts']);
  });

  it('the import check itself tells a type import from a value import', () => {
    expect(electronValueImports("import type { App } from 'electron';")).toEqual([]);
    expect(electronValueImports("import { app } from 'electron';")).toHaveLength(1);
  });
});

describe('electron.vite.config.ts', () => {
  const resolved = config as UserConfig;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; type?: string };

  function single<T>(value: T | T[] | undefined): T | undefined {
    return Array.isArray(value) ? value[0] : value;
  }

  it('builds main to the file package.json "main" names', () => {
    const build = resolved.main?.build;
    const input = build?.rolldownOptions?.input as Record<string, string>;
    const output = single(build?.rolldownOptions?.output);
    const entryName = Object.keys(input)[0] ?? '';
    const fileName = String(output?.entryFileNames).replace('[name]', entryName);
    expect(relative(ROOT, join(build?.outDir ?? '', fileName)).split('\\').join('/')).toBe(pkg.main);
    expect(output?.format).toBe('cjs');
    expect(pkg.type ?? 'commonjs').toBe('commonjs');
  });

  it('builds the preload as one CommonJS file at the path main.ts loads', () => {
    const build = resolved.preload?.build;
    const input = build?.rolldownOptions?.input as Record<string, string>;
    const output = single(build?.rolldownOptions?.output);
    expect(Object.keys(input)).toEqual(['preload']);
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: '[name].js', codeSplitting: false });
    // Dependencies are bundled, not required: a sandboxed preload cannot load them.
    expect(build?.externalizeDeps).toBe(false);
    expect(relative(ROOT, build?.outDir ?? '').split('\\').join('/')).toBe('out/preload');
    expect(readFileSync(join(ELECTRON_DIR, 'main.ts'), 'utf8')).toContain("join(__dirname, '../preload/preload.js')");
  });

  it('builds the same renderer as the browser edition into out/renderer, which main.ts serves', () => {
    const renderer = resolved.renderer;
    expect(relative(ROOT, renderer?.root ?? '')).toBe('renderer');
    expect(renderer?.base).toBe('./');
    expect(relative(ROOT, renderer?.build?.outDir ?? '').split('\\').join('/')).toBe('out/renderer');
    expect(readFileSync(join(ELECTRON_DIR, 'main.ts'), 'utf8')).toContain("join(__dirname, '../renderer')");
  });
});
