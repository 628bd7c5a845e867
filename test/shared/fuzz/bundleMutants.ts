// Damaged agreement bundles, made from one valid bundle written by the app's own writer (bundleBuild),
// at each layer a reader goes through: the file (the envelope's hash catches it), the file with a
// password, the zip inside a valid envelope (directory flips, lying sizes, bombs), a part inside a valid
// zip, and a part or the manifest with every hash redone (so the JSON checks are reached: deep nesting,
// huge arrays, random values). Plain module: the fuzz test and bench/fileFuzz.ts make the same list.
import { strToU8, zipSync } from 'fflate';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { sha256Hex } from '../../../shared/backup/sha256';
import { bytesConcat, sha256Bytes } from '../../../shared/bundle/bytes';
import { envelopeOpen, envelopeWrap } from '../../../shared/bundle/envelope';
import { bundleUnpackedBytesMax } from '../../../shared/bundle/format';
import { zerosDeflated, zipCrafted, type CraftedEntry } from '../bundle/zipCraft';
import { bundleEntries, manifestReseal, type ZipEntries } from '../bundle/fixtures';
import {
  bytesDamaged,
  intBelow,
  jsonFieldAdded,
  jsonHugeArray,
  jsonNested,
  jsonValueRandom,
  pick,
  rngSeeded,
  zipDirectoryFlipped,
  zipSizesLying,
  type Rng,
} from './mutate';

export type BundleLayer = 'file' | 'encrypted' | 'zip' | 'bomb' | 'part' | 'resealed' | 'manifest';

export interface BundleMutant {
  readonly layer: BundleLayer;
  readonly kind: string;
  readonly file: Uint8Array;
  /** The zip inside the (valid) envelope, for the layers that make one: its inflated bytes are counted. */
  readonly zip?: Uint8Array;
  /** Arrays or objects nested deeper than any limit somewhere a reader must refuse it. */
  readonly deep: boolean;
}

/** How many mutants of each layer; about 1 850 in all. */
export const bundleMutantCounts: Readonly<Record<BundleLayer, number>> = {
  file: 300, encrypted: 150, zip: 600, bomb: 30, part: 180, resealed: 430, manifest: 150,
};

export const bundleFuzzSeed = 0x14_04_2026;
export const bundleFuzzPassword = '协商台 fuzz';

function unwrapped<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const wrap = async (zip: Uint8Array) => unwrapped(await envelopeWrap(zip));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A deep value past the limit (jsonDepthMax 64), from just past it to far past any stack. */
const deepLevels = (rng: Rng) => pick(rng, [65, 100, 5_000, 100_000]);

/** The bomb's inflated size: past the bundle limit. */
const bombMiB = 80;

function bombEntries(rng: Rng, bomb: Uint8Array, entries: ZipEntries): CraftedEntry[] {
  // Mostly bombs refused before or soon into inflating; one in ten declares 60 MiB (within the limit) and lies.
  const declared = pick(rng, [100, 100, 0, 0, bombMiB << 20, bombMiB << 20, 8 << 20, 8 << 20, 4096, 60 << 20]);
  const name = rng() < 0.5 ? 'manifest.json' : pick(rng, Object.keys(entries));
  const others = Object.entries(entries).filter(([path]) => path !== name).map(([path, data]) => ({ name: path, data, size: data.length, method: 0 as const }));
  if (declared === 8 << 20) {
    // Nine entries that each stay under the limit and together pass it.
    return [...others, ...Array.from({ length: 9 }, (_, i) => ({ name: `agreements/x/v${i + 1}.json`, data: bomb, size: declared }))];
  }
  return [...others, { name, data: bomb, size: declared }];
}

async function resealedManifest(rng: Rng, entries: ZipEntries): Promise<ZipEntries> {
  const manifest = JSON.parse(text(entries['manifest.json'])) as Record<string, unknown>;
  const field = pick(rng, ['format', 'formatVersion', 'createdAt', 'createdBy', 'parts', 'extra']);
  const changed: Record<string, unknown> = { ...manifest };
  delete changed.bundleHash;
  if (field === 'parts' && rng() < 0.5) {
    const parts = [...(manifest.parts as unknown[])];
    const at = intBelow(rng, parts.length);
    parts[at] = pick(rng, [() => ({ ...(parts[at] as object), bytes: -1 }), () => ({ ...(parts[at] as object), path: '../x.json' }), () => parts[0], () => jsonValueRandom(rng)])();
    changed.parts = parts;
  } else changed[field] = jsonValueRandom(rng);
  const unhashed = canonicalJson(changed);
  if (!unhashed.ok) return entries;
  const bundleHash = await sha256Hex(unhashed.value);
  return { ...entries, 'manifest.json': strToU8(JSON.stringify({ ...changed, bundleHash })) };
}

/** The envelope's SHA-256 (bytes 14…46, over the rest of the file: envelope.ts) made to match the damaged file. */
async function envelopeRehashed(file: Uint8Array): Promise<Uint8Array> {
  if (file.length < 46) return file;
  const out = file.slice();
  out.set(await sha256Bytes(bytesConcat(out.subarray(0, 14), out.subarray(46))), 14);
  return out;
}

/** The mutants of `valid` (a plain bundle) and `encrypted` (the same, sealed with bundleFuzzPassword), one at a time. */
export async function* bundleMutants(valid: Uint8Array, encrypted: Uint8Array, counts = bundleMutantCounts, seed = bundleFuzzSeed): AsyncGenerator<BundleMutant> {
  const rng = rngSeeded(seed);
  const zip = unwrapped(await envelopeOpen(valid)).zip;
  const entries = await bundleEntries(valid);
  const paths = Object.keys(entries);
  const parts = paths.filter((p) => p !== 'manifest.json');
  const bomb = zerosDeflated(bombMiB);

  for (let i = 0; i < counts.file; i++) {
    const { kind, bytes } = bytesDamaged(rng, valid);
    yield { layer: 'file', kind, file: bytes, deep: false };
  }
  for (let i = 0; i < counts.encrypted; i++) {
    const { kind, bytes } = bytesDamaged(rng, encrypted);
    // Two in three with the envelope's hash redone, so the damage reaches the decryption (AES-GCM's tag).
    yield rng() < 0.67 ? { layer: 'encrypted', kind: `${kind}+rehash`, file: await envelopeRehashed(bytes), deep: false } : { layer: 'encrypted', kind, file: bytes, deep: false };
  }
  for (let i = 0; i < counts.zip; i++) {
    const r = rng();
    const [kind, damaged] =
      r < 0.35 ? ['directory', zipDirectoryFlipped(rng, zip)] : r < 0.5 ? ['sizes', zipSizesLying(rng, zip)] : ((d) => [d.kind, d.bytes])(bytesDamaged(rng, zip));
    yield { layer: 'zip', kind: kind as string, file: await wrap(damaged as Uint8Array), zip: damaged as Uint8Array, deep: false };
  }
  for (let i = 0; i < counts.bomb; i++) {
    const bombZip = zipCrafted(bombEntries(rng, bomb, entries));
    yield { layer: 'bomb', kind: 'bomb', file: await wrap(bombZip), zip: bombZip, deep: false };
  }
  for (let i = 0; i < counts.part; i++) {
    // A part changed inside a valid zip, the manifest left as it was: its hash no longer matches.
    const path = pick(rng, paths);
    const { kind, bytes } = bytesDamaged(rng, entries[path]!);
    const rezipped = zipSync({ ...entries, [path]: bytes });
    yield { layer: 'part', kind, file: await wrap(rezipped), zip: rezipped, deep: false };
  }
  for (let i = 0; i < counts.resealed; i++) {
    const path = pick(rng, parts);
    const r = rng();
    let kind: string;
    let changed: Uint8Array;
    let deep = false;
    if (r < 0.3) {
      kind = 'nested';
      deep = true;
      changed = strToU8(jsonFieldAdded(rng, text(entries[path]), jsonNested(deepLevels(rng))));
    } else if (r < 0.4) {
      kind = 'hugeArray';
      changed = strToU8(jsonFieldAdded(rng, text(entries[path]), jsonHugeArray(pick(rng, [10_000, 100_000, 300_000]))));
    } else if (r < 0.7) {
      kind = 'value';
      changed = strToU8(jsonFieldAdded(rng, text(entries[path]), JSON.stringify(jsonValueRandom(rng))));
    } else {
      ({ kind, bytes: changed } = bytesDamaged(rng, entries[path]!));
    }
    const resealed = zipSync(await manifestReseal({ ...entries, [path]: changed }));
    yield { layer: 'resealed', kind, file: await wrap(resealed), zip: resealed, deep };
  }
  for (let i = 0; i < counts.manifest; i++) {
    if (rng() < 0.3) {
      // Nesting or a huge array in the manifest itself: refused before its hash is checked.
      const deep = rng() < 0.6;
      const manifest = jsonFieldAdded(rng, text(entries['manifest.json']), deep ? jsonNested(deepLevels(rng)) : jsonHugeArray(pick(rng, [20_001, 300_000])));
      const damaged = zipSync({ ...entries, 'manifest.json': strToU8(manifest) });
      yield { layer: 'manifest', kind: deep ? 'nested' : 'hugeArray', file: await wrap(damaged), zip: damaged, deep };
      continue;
    }
    const resealed = zipSync(await resealedManifest(rng, entries));
    yield { layer: 'manifest', kind: 'value', file: await wrap(resealed), zip: resealed, deep: false };
  }
}

/** Every byte inflated while reading one zip stays under the limit plus one step of Inflate's output (zipRead.ts: STEP × 1 032). */
export const bundleInflatedBound = bundleUnpackedBytesMax + 4096 * 1032;
