// A crafted bundle is refused with a named error, and never throws: JSON nested thousands of levels deep
// (which overflows the stack of anything recursive), a zip bomb whose declared sizes lie, a manifest
// listing five million parts, and input that is not bytes at all. Bounds are counted, not timed (the bytes
// actually inflated); the time these take is in `npm run bench` (bench/fileFuzz.ts).
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jsonDepthMax } from '../../../shared/backup/jsonDepth';
import { envelopeWrap } from '../../../shared/bundle/envelope';
import { bundleOpen, bundleUnpackedBytesMax } from '../../../shared/bundle/format';
import { zipFilesRead, type ZipReadMeter } from '../../../shared/bundle/zipRead';
import { bundleEntries, bundleFromEntries, manifestReseal, referenceAgreementId, referenceBundleFile, unwrap } from './fixtures';
import { zerosDeflated, zipCrafted } from './zipCraft';

const agreementPath = `agreements/${referenceAgreementId}/v1.json`;
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/**
 * The part's JSON text with one more field in the object that opens with `at` (the whole part by default),
 * its value `json` written as is: canonical JSON would refuse the depth.
 */
const withField = (bytes: Uint8Array, json: string, at = '{') => strToU8(new TextDecoder().decode(bytes).replace(at, `${at}"extra":${json},`));

/** At most what one step of the inflater produces: STEP (4 096) compressed bytes at DEFLATE's ~1 032 : 1. */
const oneStep = 4096 * 1032;

async function meteredOpen(file: Uint8Array) {
  const meter: ZipReadMeter = { inflated: 0 };
  const opened = await bundleOpen(file, undefined, meter);
  return { error: opened.ok ? null : opened.error, inflated: meter.inflated };
}

describe('bundle: nesting', () => {
  it('refuses a manifest nested 5 000 levels deep as bundle.tooDeep', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const { error } = await meteredOpen(await bundleFromEntries({ ...entries, 'manifest.json': withField(entries['manifest.json']!, nested(5000)) }));
    expect(error).toMatchObject({ code: 'bundle.tooDeep', params: { path: 'manifest.json' } });
  });

  it('refuses an agreement nested 5 000 levels deep (its content keeps unknown fields) with every hash redone', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const resealed = await manifestReseal({ ...entries, [agreementPath]: withField(entries[agreementPath]!, nested(5000), '"content":{') });
    const { error } = await meteredOpen(await bundleFromEntries(resealed));
    expect(error).toMatchObject({ code: 'bundle.tooDeep', params: { path: agreementPath } });
  });

  it(`still reads ${jsonDepthMax} levels: the limit refuses nothing a real file holds`, async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    // The version and its content are two levels.
    const resealed = await manifestReseal({ ...entries, [agreementPath]: withField(entries[agreementPath]!, nested(jsonDepthMax - 2), '"content":{') });
    // Past the depth check, the changed content no longer matches its fingerprint: refused by that check instead.
    expect((await meteredOpen(await bundleFromEntries(resealed))).error?.code).toBe('bundle.fingerprintMismatch');
  });
});

describe('bundle: zip bombs', () => {
  const bomb = zerosDeflated(256);

  it('refuses an entry that declares 100 bytes and inflates to 256 MiB as bundle.tooLarge, after inflating one step', async () => {
    const zip = zipCrafted([{ name: 'manifest.json', data: bomb, size: 100 }]);
    const { error, inflated } = await meteredOpen(unwrap(await envelopeWrap(zip)));
    expect(error?.code).toBe('bundle.tooLarge');
    expect(inflated).toBeGreaterThan(100);
    expect(inflated).toBeLessThanOrEqual(100 + oneStep);
  });

  it('refuses honest sizes past the limit before inflating anything', async () => {
    const zip = zipCrafted([{ name: 'manifest.json', data: bomb, size: 256 << 20 }]);
    const { error, inflated } = await meteredOpen(unwrap(await envelopeWrap(zip)));
    expect(error?.code).toBe('bundle.tooLarge');
    expect(inflated).toBe(0);
  });

  it('refuses a bomb that declares a size within the limit once it inflates past that size', async () => {
    const declared = 32 << 20;
    const zip = zipCrafted([{ name: 'manifest.json', data: bomb, size: declared }]);
    const { error, inflated } = await meteredOpen(unwrap(await envelopeWrap(zip)));
    expect(error?.code).toBe('bundle.tooLarge');
    expect(inflated).toBeGreaterThan(declared);
    expect(inflated).toBeLessThanOrEqual(declared + oneStep);
  });

  it('refuses many entries that each stay under the limit and together pass it', async () => {
    const eight = zerosDeflated(8);
    const zip = zipCrafted(Array.from({ length: 9 }, (_, i) => ({ name: `p${i}.json`, data: eight, size: 8 << 20 })));
    expect(await meteredOpen(unwrap(await envelopeWrap(zip)))).toMatchObject({ error: { code: 'bundle.tooLarge' }, inflated: 0 });
    expect(9 * (8 << 20)).toBeGreaterThan(bundleUnpackedBytesMax);
  });
});

describe('bundle: sizes', () => {
  it('refuses a manifest listing five million parts as damaged, without going through them', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
    const text = JSON.stringify({ ...manifest, parts: 'PARTS' }).replace('"PARTS"', `[${'0,'.repeat(4_999_999)}0]`);
    expect(text.length).toBeGreaterThan(10_000_000);
    const { error } = await meteredOpen(await bundleFromEntries({ ...entries, 'manifest.json': strToU8(text) }));
    expect(error?.code).toBe('bundle.manifestDamaged');
  });
});

describe('bundle: never an exception', () => {
  it('answers bundle.unreadable for input that is not bytes', async () => {
    expect(await bundleOpen(undefined as unknown as Uint8Array)).toMatchObject({ ok: false, error: { code: 'bundle.unreadable' } });
  });
});

describe('zipFilesRead', () => {
  const text = strToU8('{"a":1}');

  it('reads what fflate writes, stored or deflated, and keeps an entry named __proto__ as a file', () => {
    const files = unwrap(zipFilesRead(zipSync({ 'a.json': [text, { level: 0 }], 'b/c.json': text }), 1000));
    expect(Object.keys(files).sort()).toEqual(['a.json', 'b/c.json']);
    expect(files['a.json']).toEqual(text);
    expect(files['b/c.json']).toEqual(text);
    const proto = unwrap(zipFilesRead(zipCrafted([{ name: '__proto__', data: text, size: text.length, method: 0 }]), 1000));
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  it('refuses lying sizes, a name twice, encryption, an unknown method and what is not a zip', () => {
    const data = deflateSync(text);
    const code = (zip: Uint8Array) => (zipFilesRead(zip, 1000) as { error?: { code: string } }).error?.code;
    expect(code(zipCrafted([{ name: 'x', data, size: 3 }]))).toBe('zip.tooLarge');
    expect(code(zipCrafted([{ name: 'x', data, size: 30 }]))).toBe('zip.invalid');
    expect(code(zipCrafted([{ name: 'x', data, size: text.length }]))).toBeUndefined();
    expect(code(zipCrafted([{ name: 'x', data, size: text.length }, { name: 'x', data, size: text.length }]))).toBe('zip.invalid');
    expect(code(zipCrafted([{ name: 'x', data, size: text.length, flags: 1 }]))).toBe('zip.invalid');
    expect(code(zipCrafted([{ name: 'x', data, size: text.length, method: 12 }]))).toBe('zip.invalid');
    expect(code(zipCrafted([{ name: 'x', data: text, size: text.length + 1, method: 0 }]))).toBe('zip.invalid');
    expect(code(strToU8('not a zip at all'))).toBe('zip.invalid');
    expect(code(zipCrafted([{ name: 'x', data, size: 2000 }]))).toBe('zip.tooLarge');
  });
});
