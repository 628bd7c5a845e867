// The bundle's inner checks. Random damage is stopped by the envelope (tamper.test.ts); these files are
// crafted with a valid envelope around a changed zip, as a careless or malicious writer would make them,
// and each must be refused naming what failed.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agreementFingerprint, agreementFingerprintShort } from '../../../shared/bundle/agreement';
import { bytesConcat, sha256Bytes } from '../../../shared/bundle/bytes';
import { envelopeWrap } from '../../../shared/bundle/envelope';
import { bundleBuild, bundleOpen, bundleRead } from '../../../shared/bundle/format';
import { witnessIdentityCreate, witnessSign } from '../../../shared/witness/identity';
import { bundleEntries, bundleFromEntries, bytesOf, jsonOf, manifestReseal, referenceAgreementId, referenceBundleFile, referenceContents, unwrap } from './fixtures';

const agreementPath = `agreements/${referenceAgreementId}/v1.json`;

async function readCode(file: Uint8Array): Promise<{ code: string; params?: unknown }> {
  const read = await bundleRead(file);
  return read.ok ? { code: 'ok' } : { code: read.error.code, params: read.error.params };
}

describe('bundle format v1', () => {
  it('reads back exactly what it was built from, with a manifest listing every part', async () => {
    const contents = await referenceContents();
    const opened = unwrap(await bundleOpen(await referenceBundleFile()));
    expect(opened.contents).toEqual(contents);
    expect(opened.encrypted).toBe(false);
    expect(opened.parts.map((p) => p.path)).toEqual([agreementPath, 'enterprise.json', 'record-summary.json']);
    expect(opened.bundleHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('builds the same bytes from the same contents (zip times come from createdAt)', async () => {
    const a = await referenceBundleFile();
    const b = await referenceBundleFile();
    expect(a).toEqual(b);
  });

  it('stores each part as canonical JSON, hashed in the manifest', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const manifest = jsonOf(entries['manifest.json']);
    expect(manifest).toMatchObject({ format: 'wagedesk-bundle', formatVersion: 1, createdBy: 'enterprise' });
    expect(entries[agreementPath]).toEqual(bytesOf(jsonOf(entries[agreementPath])));
  });

  it('refuses a missing manifest, a damaged one, and one whose hash does not match', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const { 'manifest.json': manifest, ...rest } = entries;
    expect((await readCode(await bundleFromEntries(rest))).code).toBe('bundle.manifestMissing');
    expect((await readCode(await bundleFromEntries({ ...rest, 'manifest.json': new TextEncoder().encode('{"format":"wagedesk-bundle",') }))).code).toBe('bundle.manifestDamaged');
    const wrongHash = { ...jsonOf(manifest), createdBy: 'federation' };
    expect((await readCode(await bundleFromEntries({ ...rest, 'manifest.json': bytesOf(wrongHash) }))).code).toBe('bundle.manifestDamaged');
  });

  it('refuses a newer manifest format version as too new', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const newer = await manifestReseal({ ...entries, 'manifest.json': bytesOf({ ...jsonOf(entries['manifest.json']), formatVersion: 2 }) });
    expect((await readCode(await bundleFromEntries(newer))).code).toBe('bundle.tooNew');
  });

  it('names the part that is missing, damaged or not listed', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const { [agreementPath]: _dropped, ...withoutAgreement } = entries;
    expect(await readCode(await bundleFromEntries(withoutAgreement))).toEqual({ code: 'bundle.partMissing', params: { path: agreementPath } });

    const changed = bytesOf({ ...jsonOf(entries['enterprise.json']), people: [] });
    expect(await readCode(await bundleFromEntries({ ...entries, 'enterprise.json': changed }))).toEqual({ code: 'bundle.partDamaged', params: { path: 'enterprise.json' } });

    expect(await readCode(await bundleFromEntries({ ...entries, 'extra.txt': new Uint8Array([1]) }))).toEqual({ code: 'bundle.partUnexpected', params: { path: 'extra.txt' } });
  });

  it('refuses an agreement whose content no longer matches its fingerprint, even with every hash redone', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const agreement = jsonOf(entries[agreementPath]) as { content: { figures: { value: number }[] } };
    agreement.content.figures[0]!.value = 180_000; // 1800 元 instead of 2000
    const file = await bundleFromEntries(await manifestReseal({ ...entries, [agreementPath]: bytesOf(agreement) }));
    expect(await readCode(file)).toEqual({ code: 'bundle.fingerprintMismatch', params: { agreementId: referenceAgreementId, version: 1 } });
  });

  it('refuses a witness signature moved to another signer name, naming the role', async () => {
    const contents = await referenceContents();
    const identity = await witnessIdentityCreate('福鼎市总工会', '2021-01-16T09:00:00+08:00');
    const agreement = contents.agreements[0]!;
    const signature = await witnessSign(identity, agreement.fingerprint, '2021-01-16T09:30:00+08:00');
    const file = unwrap(await bundleBuild({ ...contents, agreements: [{ ...agreement, signatures: [...agreement.signatures, signature] }] }));
    expect((await readCode(file)).code).toBe('ok');
    const entries = await bundleEntries(file);
    const forged = jsonOf(entries[agreementPath]) as { signatures: { name: string }[] };
    forged.signatures[2]!.name = '另一个总工会';
    const forgedFile = await bundleFromEntries(await manifestReseal({ ...entries, [agreementPath]: bytesOf(forged) }));
    expect(await readCode(forgedFile)).toEqual({ code: 'bundle.signatureInvalid', params: { agreementId: referenceAgreementId, version: 1, role: 'witness' } });
  });

  it('refuses to build a bundle with a bad fingerprint or an invalid field', async () => {
    const contents = await referenceContents();
    const agreement = contents.agreements[0]!;
    const bad = await bundleBuild({ ...contents, agreements: [{ ...agreement, fingerprint: '0'.repeat(64) }] });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('bundle.fingerprintMismatch');
    const invalid = await bundleBuild({ ...contents, createdAt: 'yesterday' });
    expect(invalid.ok ? 'ok' : invalid.error).toMatchObject({ code: 'bundle.invalid', params: { field: 'createdAt' } });
  });

  it('refuses an agreement part stored under another version path', async () => {
    const entries = await bundleEntries(await referenceBundleFile());
    const { [agreementPath]: part, ...rest } = entries;
    const movedPath = `agreements/${referenceAgreementId}/v2.json`;
    const moved = await manifestReseal({ ...rest, [movedPath]: part! });
    expect(await readCode(await bundleFromEntries(moved))).toMatchObject({ code: 'bundle.partInvalid', params: { path: movedPath } });
  });

  it('refuses an envelope that holds no zip, and a newer envelope version', async () => {
    expect((await readCode(unwrap(await envelopeWrap(new TextEncoder().encode('not a zip at all')))))).toMatchObject({ code: 'bundle.notZip' });
    const file = await referenceBundleFile();
    const zip = zipSync(await bundleEntries(file));
    const wrapped = unwrap(await envelopeWrap(zip));
    wrapped[8] = 2;
    // Re-seal the prefix hash over the changed version byte, as a real version-2 writer would.
    wrapped.set(await sha256Bytes(bytesConcat(wrapped.subarray(0, 14), wrapped.subarray(46))), 14);
    expect((await readCode(wrapped)).code).toBe('bundle.tooNew');
  });

  it('prints fingerprints in the short 4-4-4-4 form', async () => {
    const contents = await referenceContents();
    const fingerprint = unwrap(await agreementFingerprint(contents.agreements[0]!.content));
    expect(agreementFingerprintShort(fingerprint)).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(agreementFingerprintShort(fingerprint).replaceAll('-', '')).toBe(fingerprint.slice(0, 16));
  });
});
