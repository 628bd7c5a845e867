// Who signed a bundle, as the check box (校验报送包) tells it before anything is imported: the signer's key
// fingerprint and what the import would do with it against this machine's pinned keys (the same rule the
// import preview applies, shared/bundle/trust.ts).
import type { BundleContents } from '../../../shared/bundle/contents';
import { bundleTrustOf, enterprisePin, type TrustedKey } from '../../../shared/bundle/trust';
import { witnessKeyFingerprint } from '../../../shared/witness/identity';

/**
 * pinned: the enterprise's pinned key; pinNew: no key pinned, this one would be; otherKey: another key
 * (the import would hold it); refused: a key refused before; unsigned: no signature, nothing pinned to
 * miss; unsignedHeld: no signature although a key is pinned (held).
 */
export type BundleSignerStanding = 'pinned' | 'pinNew' | 'otherKey' | 'refused' | 'unsigned' | 'unsignedHeld';

export interface BundleSigner {
  readonly standing: BundleSignerStanding;
  /** The signer's key fingerprint (SHA-256 of the key), null when unsigned. */
  readonly fingerprint: string | null;
  /** The fingerprint of the key pinned for the enterprise, when one is. */
  readonly pinnedFingerprint: string | null;
}

/** `known`: the registry already holds the bundle's enterprise. */
export async function bundleSignerOf(contents: BundleContents, known: boolean, pinned: readonly TrustedKey[]): Promise<BundleSigner> {
  const trust = bundleTrustOf(contents, known, pinned);
  const standing: BundleSignerStanding =
    trust.kind === 'held' ? (trust.reason === 'unsigned' ? 'unsignedHeld' : 'otherKey') : trust.kind;
  const signedBy = contents.signedBy;
  const pin = enterprisePin(pinned, contents.enterprise.profile.creditCode);
  return {
    standing,
    fingerprint: signedBy ? await witnessKeyFingerprint(signedBy.publicKeyHex) : null,
    pinnedFingerprint: pin ? pin.fingerprint : null,
  };
}
