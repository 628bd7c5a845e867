// Tamper evidence over the whole file: one flipped byte anywhere, or a truncation at any length, is
// refused with a named error. Random damage never reaches the zip reader: the envelope's SHA-256 covers
// every byte but the hash itself, and the hash is checked against the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleRead } from '../../../shared/bundle/format';
import { envelopePrefixBytes } from '../../../shared/bundle/envelope';
import { referenceBundleFile } from './fixtures';

const damageCodes = ['bundle.damaged', 'bundle.truncated', 'bundle.notBundle'];

function flipped(file: Uint8Array, position: number, mask: number): Uint8Array {
  const copy = file.slice();
  copy[position]! ^= mask;
  return copy;
}

/** Offsets of a 4-byte zip signature in the file. */
function signatureOffsets(file: Uint8Array, signature: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = envelopePrefixBytes; i + 4 <= file.length; i++) if (signature.every((b, k) => file[i + k] === b)) out.push(i);
  return out;
}

/** The regions of the file a test must reach: envelope header, zip local headers, data, central directory, end record. */
function fileRegions(file: Uint8Array) {
  const locals = signatureOffsets(file, [0x50, 0x4b, 0x03, 0x04]);
  const central = signatureOffsets(file, [0x50, 0x4b, 0x01, 0x02]);
  const end = signatureOffsets(file, [0x50, 0x4b, 0x05, 0x06]);
  return { locals, centralStart: central[0]!, end: end[0]! };
}

describe('tamper evidence', () => {
  it('refuses every single-byte flip at every position of a plain bundle, naming the failure', async () => {
    const file = await referenceBundleFile();
    const { locals, centralStart, end } = fileRegions(file);
    // The zip really has every region the flips must reach.
    expect(locals.length).toBeGreaterThanOrEqual(4);
    expect(centralStart).toBeGreaterThan(locals[locals.length - 1]!);
    expect(end).toBeGreaterThan(centralStart);
    expect(file.length).toBeGreaterThan(500);
    const codes = new Map<string, number>();
    for (let position = 0; position < file.length; position++) {
      const read = await bundleRead(flipped(file, position, 0x01));
      expect(read.ok, `flip at ${position} accepted`).toBe(false);
      if (!read.ok) {
        expect(damageCodes).toContain(read.error.code);
        codes.set(read.error.code, (codes.get(read.error.code) ?? 0) + 1);
      }
    }
    expect(codes.get('bundle.damaged')).toBeGreaterThan(file.length - 60);
  });

  it('refuses any flip (any bit pattern) at random positions in the header, local headers, data, central directory and end record', async () => {
    const file = await referenceBundleFile();
    const { locals, centralStart, end } = fileRegions(file);
    const regions = [
      [0, envelopePrefixBytes],
      [locals[0]!, locals[0]! + 30],
      [locals[0]! + 30, locals[1]!],
      [centralStart, end],
      [end, file.length],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: regions.length - 1 }).chain((r) => fc.integer({ min: regions[r]![0], max: regions[r]![1] - 1 })),
        fc.integer({ min: 1, max: 255 }),
        async (position, mask) => {
          const read = await bundleRead(flipped(file, position, mask));
          return !read.ok && damageCodes.includes(read.error.code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a flip anywhere in an encrypted bundle as damage, never as a wrong password', async () => {
    const file = await referenceBundleFile('口令-123');
    for (let position = 0; position < file.length; position += 3) {
      const read = await bundleRead(flipped(file, position, 0x80), '口令-123');
      expect(read.ok).toBe(false);
      if (!read.ok) expect(damageCodes).toContain(read.error.code);
    }
  });

  it('refuses a truncation at every length as truncated', async () => {
    const file = await referenceBundleFile();
    for (let length = 0; length < file.length; length++) {
      const read = await bundleRead(file.subarray(0, length));
      expect(read.ok ? 'ok' : read.error.code, `cut at ${length}`).toBe('bundle.truncated');
    }
  });

  it('refuses bytes appended to the end as damage', async () => {
    const file = await referenceBundleFile();
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    const read = await bundleRead(longer);
    expect(read.ok ? 'ok' : read.error.code).toBe('bundle.damaged');
  });

  it('tells a file that is not a bundle from a damaged one', async () => {
    const zipLike = new TextEncoder().encode('PK\u0003\u0004 not a bundle, just some zip-looking bytes');
    const read = await bundleRead(zipLike);
    expect(read.ok ? 'ok' : read.error.code).toBe('bundle.notBundle');
  });
});
