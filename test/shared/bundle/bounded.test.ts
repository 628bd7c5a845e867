// A crafted bundle is refused quickly, with a named error, and never throws: JSON nested thousands of
// levels deep (which overflows the stack of anything recursive), a zip bomb whose declared sizes lie, a
// manifest listing five million parts, and input that is not bytes at all.
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jsonDepthMax } from '../../../shared/backup/jsonDepth';
import { envelopeWrap } from '../../../shared/bundle/envelope';
import { bundleOpen, bundleUnpackedBytesMax } from '../../../shared/bundle/format';
import { zipFilesRead } from '../../../shared/bundle/zipRead';
import { bundleEntries, bundleFromEntries, manifestReseal, referenceAgreementId, referenceBundleFile, unwrap } from './fixtures';
import { zerosDeflated, zipCrafted } from './zipCraft';

const agreementPath = `agreements/${referenceAgreementId}/v1.json`;
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/**
 * The part's JSON text with one more field in the object that opens with `at` (the whole part by default),
 * its value `json` written as is: canonical JSON would refuse the depth.
 */
const withField = (bytes: Uint8Array, json: string, at = '{') => strToU8(new TextDecoder().decode(bytes).replace(at, `${at}"extra":${json},`));

async function timedOpen(file: Uint8Array) {
  const started = performance.now();
  const opened = await bundleOpen(file);
  return { error: opened.ok ? null : opened.error, ms: performance.now() - started };
}

describe('bundle: nesting', () => {
  it('refuses a manifest nested 5 000 levels deep as bundle.tooDeep, within a second', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const { error, ms } = await timedOpen(await bundleFromEntries({ ...entries, 'manifest.json': withField(entries['manifest.json']!, nested(5000)) }));
    expect(error).toMatchObject({ code: 'bundle.tooDeep', params: { path: 'manifest.json' } });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses an agreement nested 5 000 levels deep (its content keeps unknown fields) with every hash redone', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const resealed = await manifestReseal({ ...entries, [agreementPath]: withField(entries[agreementPath]!, nested(5000), '"content":{') });
    const { error, ms } = await timedOpen(await bundleFromEntries(resealed));
    expect(error).toMatchObject({ code: 'bundle.tooDeep', params: { path: agreementPath } });
    expect(ms).toBeLessThan(1000);
  });

  it(`still reads ${jsonDepthMax} levels: the limit refuses nothing a real file holds`, async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    // The version and its content are two levels.
    const resealed = await manifestReseal({ ...entries, [agreementPath]: withField(entries[agreementPath]!, nested(jsonDepthMax - 2), '"content":{') });
    // Past the depth check, the changed content no longer matches its fingerprint: refused by that check instead.
    expect((await timedOpen(await bundleFromEntries(resealed))).error?.code).toBe('bundle.fingerprintMismatch');
  });
});

describe('bundle: zip bombs', () => {
  const bomb = zerosDeflated(256);

  it('refuses an entry that declares 100 bytes and inflates to 256 MiB as bundle.tooLarge, within a second', async () => {
    const zip = zipCrafted([{ name: 'manifest.json', data: bomb, size: 100 }]);
    const { error, ms } = await timedOpen(unwrap(await envelopeWrap(zip)));
    expect(error?.code).toBe('bundle.tooLarge');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses honest sizes past the limit before inflating anything', async () => {
    const zip = zipCrafted([{ name: 'manifest.json', data: bomb, size: 256 << 20 }]);
    const { error, ms } = await timedOpen(unwrap(await envelopeWrap(zip)));
    expect(error?.code).toBe('bundle.tooLarge');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses many entries that each stay under the limit and together pass it', async () => {
    const eight = zerosDeflated(8);
    const zip = zipCrafted(Array.from({ length: 9 }, (_, i) => ({ name: `p${i}.json`, data: eight, size: 8 << 20 })));
    expect((await timedOpen(unwrap(await envelopeWrap(zip)))).error?.code).toBe('bundle.tooLarge');
    expect(9 * (8 << 20)).toBeGreaterThan(bundleUnpackedBytesMax);
  });
});

describe('bundle: sizes', () => {
  it('refuses a manifest listing five million parts as damaged, without going through them', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
    const text = JSON.stringify({ ...manifest, parts: 'PARTS' }).replace('"PARTS"', `[${'0,'.repeat(4_999_999)}0]`);
    expect(text.length).toBeGreaterThan(10_000_000);
    const { error, ms } = await timedOpen(await bundleFromEntries({ ...entries, 'manifest.json': strToU8(text) }));
    expect(error?.code).toBe('bundle.manifestDamaged');
    expect(ms).toBeLessThan(5000);
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
