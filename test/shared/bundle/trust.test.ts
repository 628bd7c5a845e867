import { describe, expect, it } from 'vitest';
import { bundleSign } from '../../../shared/bundle/enterpriseSignature';
import { bundleBuild, bundleOpen } from '../../../shared/bundle/format';
import { bundleImportApply, bundleImportPlan } from '../../../shared/bundle/importPlan';
import { registryAgreementCurrent, registryEmpty } from '../../../shared/bundle/registry';
import { bundleTrustOf, fingerprintGroups, trustedKeyId, witnessTrustCounts, witnessTrustOf, type TrustedKey } from '../../../shared/bundle/trust';
import { agreementSignatureAdd } from '../../../shared/bundle/agreement';
import { witnessIdentityCreate, witnessKeyFingerprint, witnessSign } from '../../../shared/witness/identity';
import { must, sampleBundleContents } from './sampleBundle';

async function federationKey(publicKeyHex: string): Promise<TrustedKey> {
  return { id: trustedKeyId('federation', null, publicKeyHex), role: 'federation', name: '宁德市总工会', publicKeyHex, fingerprint: await witnessKeyFingerprint(publicKeyHex), creditCode: null, decision: 'trusted', addedAt: '2026-01-01T00:00:00.000Z', addedHow: 'imported' };
}

describe('witness trust', () => {
  it('a bundle witnessed by an unknown key is not shown as witnessed', async () => {
    const ours = await witnessIdentityCreate('福鼎市总工会');
    // Anyone can make a key and give it the federation's name.
    const impostor = await witnessIdentityCreate('福鼎市总工会');
    const contents = await sampleBundleContents();
    const v1 = contents.agreements[0]!;
    const signed = must(agreementSignatureAdd(v1, await witnessSign(impostor, v1.fingerprint)));
    const read = must(await bundleOpen(must(await bundleBuild({ ...contents, agreements: [signed] }))));
    const version = read.contents.agreements[0]!;
    const trust = await witnessTrustOf(version, { ourKey: ours.publicKeyHex, pinned: [] });
    expect(trust).toBe('unknownKey');
    expect(witnessTrustCounts(trust)).toBe(false);
    // The same signature counts once that federation's key is trusted, and ours counts as ours.
    expect(await witnessTrustOf(version, { ourKey: ours.publicKeyHex, pinned: [await federationKey(impostor.publicKeyHex)] })).toBe('trustedFederation');
    const byUs = must(agreementSignatureAdd(v1, await witnessSign(ours, v1.fingerprint)));
    expect(await witnessTrustOf(byUs, { ourKey: ours.publicKeyHex, pinned: [] })).toBe('ours');
    expect(await witnessTrustOf(v1, { ourKey: ours.publicKeyHex, pinned: [] })).toBe('none');
  });

  it('a signature that does not verify is invalid, whoever it names', async () => {
    const ours = await witnessIdentityCreate('福鼎市总工会');
    const contents = await sampleBundleContents();
    const v1 = contents.agreements[0]!;
    const real = await witnessSign(ours, v1.fingerprint);
    const garbage = { ...real, signature: `${'A'.repeat(86)}==` };
    expect(await witnessTrustOf({ ...v1, signatures: [...v1.signatures, garbage] }, { ourKey: ours.publicKeyHex, pinned: [] })).toBe('invalid');
    // Another version's signature moved onto this one does not verify either.
    expect(await witnessTrustOf({ ...v1, fingerprint: 'f'.repeat(64), signatures: [real] }, { ourKey: ours.publicKeyHex, pinned: [] })).toBe('invalid');
  });

  it('groups a fingerprint in fours for reading aloud', () => {
    expect(fingerprintGroups('0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef').split(' ')).toHaveLength(16);
  });
});

describe('enterprise bundle signature', () => {
  it('survives the file, and a bundle signed over other contents is refused', async () => {
    const key = await witnessIdentityCreate('福建隆祥皮革有限公司');
    const signed = await bundleSign(await sampleBundleContents(), key);
    const read = must(await bundleOpen(must(await bundleBuild(signed))));
    expect(read.contents.signedBy).toEqual(signed.signedBy);
    const moved = { ...(await sampleBundleContents()), createdAt: '2021-01-16T00:00:00+08:00', signedBy: signed.signedBy };
    const built = await bundleBuild(moved);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error).toMatchObject({ code: 'bundle.signatureInvalid', params: { role: 'enterprise' } });
  });

  it('pins a new enterprise’s key, and holds a known enterprise’s bundle from another key or none', async () => {
    const k1 = await witnessIdentityCreate('福建隆祥皮革有限公司');
    const k2 = await witnessIdentityCreate('福建隆祥皮革有限公司');
    const contents = await sampleBundleContents();
    const first = must(bundleImportPlan(registryEmpty(), await bundleSign(contents, k1)));
    expect(first.trust).toMatchObject({ kind: 'pinNew', key: { publicKeyHex: k1.publicKeyHex } });
    const registry = bundleImportApply(registryEmpty(), first);
    const code = contents.enterprise.profile.creditCode;
    const pin: TrustedKey = { id: trustedKeyId('enterprise', code, k1.publicKeyHex), role: 'enterprise', name: 'x', publicKeyHex: k1.publicKeyHex, fingerprint: await witnessKeyFingerprint(k1.publicKeyHex), creditCode: code, decision: 'trusted', addedAt: '2026-01-01T00:00:00.000Z', addedHow: 'firstBundle' };
    const changed = { ...contents, enterprise: { ...contents.enterprise, profile: { ...contents.enterprise.profile, headcount: 1 } } };
    expect(bundleTrustOf(await bundleSign(changed, k1), true, [pin])).toEqual({ kind: 'pinned' });
    expect(bundleTrustOf(await bundleSign(changed, k2), true, [pin])).toMatchObject({ kind: 'held', reason: 'otherKey' });
    const held = must(bundleImportPlan(registry, changed, { pinned: [pin] }));
    expect(held.trust).toMatchObject({ kind: 'held', reason: 'unsigned' });
    expect(bundleImportApply(registry, held)).toBe(registry);
    expect(registryAgreementCurrent(Object.values(registry.agreements)[0]!).version).toBe(1);
  });
});
