// `engines` in package.json tells the truth for the dependencies chosen: on the Node versions it (and the
// README) names, no installed package declares an engine that refuses them, so `npm install` prints no
// EBADENGINE warning; on Node 20, which CI runs, only the desktop toolchain does (README, "Node").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// semver is npm's own range logic (installed with the dev toolchain); typed by what this test uses.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  subset(sub: string, dom: string): boolean;
};

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly engines?: { readonly node?: string } | readonly string[];
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const readme = readFileSync('README.md', 'utf8');

/** Every installed package (the root excluded) with the Node range it declares. */
const declared = Object.entries(lock.packages)
  .filter(([path]) => path !== '')
  .flatMap(([path, entry]) => {
    const node = Array.isArray(entry.engines) ? undefined : (entry.engines as { node?: string } | undefined)?.node;
    return typeof node === 'string' ? [{ name: path.replace(/^.*node_modules\//, ''), range: node, dev: entry.dev === true }] : [];
  });

describe('engines', () => {
  it('names a range every installed package accepts in whole', () => {
    expect(declared.length).toBeGreaterThan(100);
    expect(declared.filter((d) => !semver.subset(pkg.engines.node, d.range)).map((d) => `${d.name} ${d.range}`)).toEqual([]);
  });

  it('is the range the README names', () => {
    expect(readme).toContain(`\`${pkg.engines.node}\``);
  });

  it('the runtime libraries accept Node 20 too; of the dev tools only the desktop toolchain refuses it', () => {
    expect(declared.filter((d) => !d.dev && !semver.satisfies('20.19.0', d.range)).map((d) => d.name)).toEqual([]);
    const refusing = declared.filter((d) => !semver.satisfies('20.20.2', d.range)).map((d) => d.name).sort();
    expect(refusing).toEqual(['@electron-internal/extract-zip', '@electron/get', '@electron/rebuild', 'electron', 'node-abi']);
    for (const name of refusing) expect(readme).toContain(`\`${name}\``);
  });
});
