// 校验报送包 tells who signed a bundle: the signer's fingerprint and what an import would do with it
// against this machine's pinned keys, by the same rule the import preview applies.
import { describe, expect, it } from 'vitest';
import type { BundleContents } from '../../../shared/bundle/contents';
import { bundleSign } from '../../../shared/bundle/enterpriseSignature';
import { trustedKeyId, type TrustedKey } from '../../../shared/bundle/trust';
import { witnessIdentityCreate, witnessKeyFingerprint, type WitnessIdentity } from '../../../shared/witness/identity';
import { bundleSignerOf } from '../../../renderer/features/federation/bundleSigner';
import { variantContents } from './bundles';

async function pin(identity: WitnessIdentity, bundle: BundleContents, decision: TrustedKey['decision'] = 'trusted'): Promise<TrustedKey> {
  const creditCode = bundle.enterprise.profile.creditCode;
  return {
    id: trustedKeyId('enterprise', creditCode, identity.publicKeyHex),
    role: 'enterprise',
    name: identity.name,
    publicKeyHex: identity.publicKeyHex,
    fingerprint: await witnessKeyFingerprint(identity.publicKeyHex),
    creditCode,
    decision,
    addedAt: '2026-11-01T08:00:00.000Z',
    addedHow: decision === 'trusted' ? 'firstBundle' : 'refused',
  };
}

describe('bundleSignerOf', () => {
  it('names the signer by fingerprint and tells pinned, new, other, refused and unsigned apart', async () => {
    const bundle = await variantContents({ serial: 7 });
    const owner = await witnessIdentityCreate(bundle.enterprise.profile.name);
    const other = await witnessIdentityCreate(bundle.enterprise.profile.name);
    const signed = await bundleSign(bundle, owner);
    const forged = await bundleSign(bundle, other);
    const ownerPin = await pin(owner, bundle);
    const ownerPrint = await witnessKeyFingerprint(owner.publicKeyHex);

    expect(await bundleSignerOf(signed, false, [])).toEqual({ standing: 'pinNew', fingerprint: ownerPrint, pinnedFingerprint: null });
    expect(await bundleSignerOf(signed, true, [ownerPin])).toEqual({ standing: 'pinned', fingerprint: ownerPrint, pinnedFingerprint: ownerPrint });
    expect(await bundleSignerOf(forged, true, [ownerPin])).toMatchObject({ standing: 'otherKey', fingerprint: await witnessKeyFingerprint(other.publicKeyHex), pinnedFingerprint: ownerPrint });
    // Known to the registry but never signed before: a first key is held too.
    expect((await bundleSignerOf(signed, true, [])).standing).toBe('otherKey');
    expect((await bundleSignerOf(forged, true, [ownerPin, await pin(other, bundle, 'refused')])).standing).toBe('refused');
    expect(await bundleSignerOf(bundle, true, [])).toEqual({ standing: 'unsigned', fingerprint: null, pinnedFingerprint: null });
    expect(await bundleSignerOf(bundle, true, [ownerPin])).toEqual({ standing: 'unsignedHeld', fingerprint: null, pinnedFingerprint: ownerPrint });
  });
});
