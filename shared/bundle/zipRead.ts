// The files of a zip (PKWARE APPNOTE 4.3: central directory, local headers, stored or DEFLATE entries),
// unpacked with a bound on the bytes actually produced. Why not fflate's unzipSync: it trusts the sizes
// the zip declares. A filter can refuse large declared sizes, but an entry that declares 1 KB and inflates
// to gigabytes is still inflated to its end (the output past 1 KB dropped), which keeps the machine busy
// for as long as the bomb is big. Here each entry is fed to fflate's Inflate a few kilobytes at a time,
// its output counted as it comes, and reading stops at the first step past the entry's declared size or
// the total limit; so a bomb costs at most the limit plus one step (DEFLATE inflates at most ~1 032 : 1).
import { Inflate } from 'fflate';
import { resultErr, resultOk, type Result } from '../result';

/** zip.invalid: not a zip, damaged, encrypted or an unknown method; zip.tooLarge: unpacks past the limit or past its declared sizes. */
export type ZipReadErrorCode = 'zip.invalid' | 'zip.tooLarge';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The compressed input given to Inflate at once: at most ~4 MB of output per step. */
const STEP = 4096;

class ZipStop extends Error {
  constructor(
    readonly code: ZipReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface EntryPlace {
  readonly name: string;
  readonly method: number;
  readonly data: Uint8Array;
  readonly size: number;
}

function endOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new ZipStop('zip.invalid', 'no end of central directory record');
}

function entryPlaces(zip: Uint8Array): EntryPlace[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  const places: EntryPlace[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new ZipStop('zip.invalid', `central directory entry ${i} is damaged`);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const compressed = view.getUint32(at + 20, true);
    if (flags & 1) throw new ZipStop('zip.invalid', 'an entry is encrypted');
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) throw new ZipStop('zip.invalid', `the local header of entry ${i} is damaged`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > zip.length) throw new ZipStop('zip.invalid', `entry ${i} runs past the end of the file`);
    places.push({
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      data: zip.subarray(start, start + compressed),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return places;
}

/** What reading a zip cost: every byte Inflate produced, the refused step included (tests and the bench count it). */
export interface ZipReadMeter {
  inflated: number;
}

export interface ZipReadOptions {
  readonly meter?: ZipReadMeter;
  /** The entries to unpack, by name; all by default. */
  readonly wanted?: (name: string) => boolean;
}

/** The entry's bytes, inflating no more than `size` (its declared size, already within the budget). */
function entryBytes(entry: EntryPlace, meter: ZipReadMeter): Uint8Array {
  if (entry.method === 0) {
    if (entry.data.length !== entry.size) throw new ZipStop('zip.invalid', `${entry.name}: stored size differs from its declared size`);
    meter.inflated += entry.size;
    return entry.data.slice();
  }
  if (entry.method !== 8) throw new ZipStop('zip.invalid', `${entry.name}: unknown compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    meter.inflated += chunk.length;
    if (produced + chunk.length > entry.size) throw new ZipStop('zip.tooLarge', `${entry.name} unpacks to more than the ${entry.size} bytes it declares`);
    out.set(chunk, produced);
    produced += chunk.length;
  });
  for (let at = 0; at < entry.data.length; at += STEP) {
    const end = Math.min(at + STEP, entry.data.length);
    inflate.push(entry.data.subarray(at, end), end === entry.data.length);
  }
  if (entry.data.length === 0) inflate.push(new Uint8Array(0), true);
  if (produced !== entry.size) throw new ZipStop('zip.invalid', `${entry.name} unpacks to ${produced} of the ${entry.size} bytes it declares`);
  return out;
}

/**
 * The zip's files by name, refused before anything is inflated when the declared sizes add up past
 * `maxBytes`, and while inflating as soon as an entry produces more than it declares. Errors:
 * zip.invalid (also two entries of one name), zip.tooLarge. Only the `wanted` entries are unpacked and
 * counted (the directory is still checked whole); `meter.inflated` grows by the bytes inflated.
 */
export function zipFilesRead(zip: Uint8Array, maxBytes: number, options: ZipReadOptions = {}): Result<Record<string, Uint8Array>> {
  const { meter = { inflated: 0 }, wanted = () => true } = options;
  try {
    const places = entryPlaces(zip).filter((e) => wanted(e.name));
    const declared = places.reduce((sum, e) => sum + e.size, 0);
    if (declared > maxBytes) return resultErr('zip.tooLarge', `the zip declares ${declared} bytes unpacked, more than ${maxBytes}`);
    // A Map, then own properties: an entry named __proto__ stays a file, not the record's prototype.
    const files = new Map<string, Uint8Array>();
    for (const entry of places) {
      if (files.has(entry.name)) return resultErr('zip.invalid', `${entry.name} is in the zip twice`);
      files.set(entry.name, entryBytes(entry, meter));
    }
    return resultOk(Object.fromEntries(files));
  } catch (error) {
    if (error instanceof ZipStop) return resultErr(error.code, error.message);
    return resultErr('zip.invalid', `the zip cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
