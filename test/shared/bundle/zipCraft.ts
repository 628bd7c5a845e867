// Zips written by hand, so a test can make one lie: declare sizes its entries do not have, name one
// file twice, or set flags a reader must refuse. Layout: PKWARE APPNOTE 4.3 (local headers, central
// directory, end record), as templates/render/package.ts writes it.
import { Deflate } from 'fflate';
import { crc32 } from '../../../shared/bundle/bytes';

export interface CraftedEntry {
  readonly name: string;
  /** As stored in the zip: DEFLATE data for method 8. */
  readonly data: Uint8Array;
  readonly method?: 0 | 8 | 12;
  /** The uncompressed size the zip declares (it may lie). */
  readonly size: number;
  readonly flags?: number;
}

export function zipCrafted(entries: readonly CraftedEntry[]): Uint8Array {
  const names = entries.map((e) => new TextEncoder().encode(e.name));
  const locals = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.data.length, 0);
  const central = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(locals + central + 22);
  const view = new DataView(out.buffer);
  const common = (at: number, e: CraftedEntry, name: Uint8Array) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, e.flags ?? 0, true);
    view.setUint16(at + 4, e.method ?? 8, true);
    view.setUint32(at + 10, crc32(e.data), true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  let at = 0;
  let dir = locals;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e, name);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    view.setUint32(dir, 0x02014b50, true);
    common(dir + 6, e, name);
    view.setUint32(dir + 42, at, true);
    out.set(name, dir + 46);
    at += 30 + name.length + e.data.length;
    dir += 46 + name.length;
  });
  view.setUint32(dir, 0x06054b50, true);
  view.setUint16(dir + 8, entries.length, true);
  view.setUint16(dir + 10, entries.length, true);
  view.setUint32(dir + 12, central, true);
  view.setUint32(dir + 16, locals, true);
  return out;
}

/** DEFLATE data of `megabytes` MiB of zeros (about a thousandth of that), made 1 MiB at a time. */
export function zerosDeflated(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const mib = new Uint8Array(1 << 20);
  for (let i = 0; i < megabytes; i++) deflate.push(mib, i === megabytes - 1);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
