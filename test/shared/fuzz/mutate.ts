// Seeded damage for the file fuzz tests and bench/fileFuzz.ts: byte flips, truncation, spliced runs,
// JSON nested past any limit, huge arrays, flipped zip directory fields and lying sizes. Plain module (no
// vitest) so the bench can make the same mutants. A small PRNG (mulberry32) rather than fast-check: the
// mutants are a fixed list made once from one seed, not shrunk properties.

export type Rng = () => number;

/** mulberry32: 32 bits of state, uniform in [0, 1); the same seed gives the same mutants everywhere. */
export function rngSeeded(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const intBelow = (rng: Rng, n: number): number => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[intBelow(rng, items.length)]!;

/** 1 to 8 random bytes set to random values. */
export function bytesFlipped(rng: Rng, bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const n = 1 + intBelow(rng, 8);
  for (let i = 0; i < n; i++) out[intBelow(rng, out.length)] = intBelow(rng, 256);
  return out;
}

/** Cut at a random place (never the whole length). */
export function bytesTruncated(rng: Rng, bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, intBelow(rng, bytes.length));
}

/** A run of the file copied elsewhere, or one removed: shifts every offset after it. */
export function bytesSpliced(rng: Rng, bytes: Uint8Array): Uint8Array {
  const from = intBelow(rng, bytes.length);
  const length = 1 + intBelow(rng, Math.min(512, bytes.length - from));
  const at = intBelow(rng, bytes.length);
  if (rng() < 0.5) return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(from, from + length), ...bytes.subarray(at)]);
  return Uint8Array.from([...bytes.subarray(0, from), ...bytes.subarray(from + length)]);
}

/** One of the three byte-level damages. */
export function bytesDamaged(rng: Rng, bytes: Uint8Array): { readonly kind: string; readonly bytes: Uint8Array } {
  const r = rng();
  if (r < 0.6) return { kind: 'flip', bytes: bytesFlipped(rng, bytes) };
  if (r < 0.8) return { kind: 'truncate', bytes: bytesTruncated(rng, bytes) };
  return { kind: 'splice', bytes: bytesSpliced(rng, bytes) };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Where the zip's central directory entries start (APPNOTE 4.3.16), or [] when there is no end record. */
function centralEntries(view: DataView): { readonly end: number; readonly entries: number[] } {
  let end = -1;
  for (let at = view.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return { end, entries: [] };
  const entries: number[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true) && at + 46 <= end && view.getUint32(at, true) === CENTRAL; i++) {
    entries.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { end, entries };
}

/** A value a damaged or hostile writer might put in a field of `bytes` bytes. */
function edgeValue(rng: Rng, old: number, bytes: 2 | 4): number {
  const max = bytes === 2 ? 0xffff : 0xffffffff;
  const choices = [0, 1, max, old + 1, old - 1, old * 2, old >>> 1, Math.floor(rng() * max)];
  return (pick(rng, choices) + max + 1) % (max + 1);
}

/** The central directory fields a reader trusts: flags, method, sizes, name length, local header offset. */
const centralFields: readonly { readonly at: number; readonly bytes: 2 | 4 }[] = [
  { at: 8, bytes: 2 }, { at: 10, bytes: 2 }, { at: 20, bytes: 4 }, { at: 24, bytes: 4 }, { at: 28, bytes: 2 }, { at: 42, bytes: 4 },
];
/** The end record's entry counts, directory size and offset. */
const endFields: readonly { readonly at: number; readonly bytes: 2 | 4 }[] = [
  { at: 8, bytes: 2 }, { at: 10, bytes: 2 }, { at: 12, bytes: 4 }, { at: 16, bytes: 4 },
];

/** One field of the central directory or of its end record set to an edge value. */
export function zipDirectoryFlipped(rng: Rng, zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { end, entries } = centralEntries(view);
  if (end < 0) return bytesFlipped(rng, zip);
  const [base, field] = entries.length > 0 && rng() < 0.8 ? [pick(rng, entries), pick(rng, centralFields)] : [end, pick(rng, endFields)];
  const at = base + field.at;
  if (field.bytes === 2) view.setUint16(at, edgeValue(rng, view.getUint16(at, true), 2), true);
  else view.setUint32(at, edgeValue(rng, view.getUint32(at, true), 4), true);
  return out;
}

/** Every entry's declared uncompressed size (central directory) multiplied or divided: sizes that lie. */
export function zipSizesLying(rng: Rng, zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const factor = pick(rng, [0, 0.5, 2, 1000, 1 / 1000]);
  for (const at of centralEntries(view).entries) view.setUint32(at + 24, Math.min(0xffffffff, Math.floor(view.getUint32(at + 24, true) * factor)), true);
  return out;
}

/** `[[[…]]]`, `levels` deep. */
export const jsonNested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

/** An array of `length` zeros, as JSON text. */
export const jsonHugeArray = (length: number): string => `[${'0,'.repeat(length - 1)}0]`;

/**
 * `text` with a field `"fuzz": json` added to a random object. `{` then a quote (spaces between, as an
 * indented file has them) opens an object wherever it appears in JSON text: inside a string the quote
 * would be escaped.
 */
export function jsonFieldAdded(rng: Rng, text: string, json: string): string {
  const opens = [...text.matchAll(/\{\s*"/g)].map((m) => m.index);
  if (opens.length === 0) return `{"fuzz":${json}}`;
  const at = pick(rng, opens) + 1;
  return `${text.slice(0, at)}"fuzz":${json},${text.slice(at)}`;
}

/** A value of a random JSON type for a field of a row: what a hand-edited or damaged file holds. */
export function jsonValueRandom(rng: Rng): unknown {
  return pick(rng, [
    () => null,
    () => -1,
    () => 1e308,
    () => 0.5,
    () => '',
    () => 'x'.repeat(1 + intBelow(rng, 200_000)),
    () => '2099-13-45',
    () => [],
    () => ({}),
    () => true,
    () => JSON.parse(jsonNested(1 + intBelow(rng, 40))) as unknown,
  ])();
}
