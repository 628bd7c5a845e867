// The enterprise's own signature over a whole bundle: who made it. An enterprise makes its key on its
// first export and signs every bundle after with it; the federation pins that key on the enterprise's
// first signed bundle (trust.ts), so a later bundle from another key, or from none, is held for a
// decision instead of replacing the enterprise's profile, people or agreements.
//
// What is signed: the UTF-8 of canonicalJson({ purpose, creditCode, contentHash }) with purpose
// `wagedesk.bundle.enterprise.v1`, where contentHash is the SHA-256 of the canonical JSON of the bundle's
// normalized contents (createdAt, createdBy, enterprise, agreements, recordSummary, witnesses): every
// value a reader takes from the file. The signature travels in the manifest as `signedBy`.
import * as ed from '@noble/ed25519';
import { canonicalJson } from '../backup/canonicalJson';
import { sha256Hex } from '../backup/sha256';
import { witnessSignerFromIdentity, type WitnessSigner } from '../witness/signer';
import type { WitnessIdentity } from '../witness/identity';
import { base64FromBytes, bytesFromBase64, bytesFromHex, utf8Bytes } from './bytes';
import { bundleContentsNormalize, bundleSignedBySchema, type BundleContents, type BundleSignedBy } from './contents';

export const bundleSignaturePurpose = 'wagedesk.bundle.enterprise.v1';

export { bundleSignedBySchema, type BundleSignedBy };

/** SHA-256 (hex) of the canonical JSON of the contents the signature covers (never `signedBy` itself). */
export async function bundleContentHash(contents: BundleContents): Promise<string> {
  const { signedBy: _ignored, ...rest } = bundleContentsNormalize(contents);
  const text = canonicalJson(rest);
  // Contents that passed their schema are JSON values: canonicalJson cannot fail on them.
  return sha256Hex(text.ok ? text.value : '');
}

async function bundleSignatureMessage(contents: BundleContents): Promise<Uint8Array<ArrayBuffer>> {
  const text = canonicalJson({ purpose: bundleSignaturePurpose, creditCode: contents.enterprise.profile.creditCode, contentHash: await bundleContentHash(contents) });
  return utf8Bytes(text.ok ? text.value : '');
}

/** The contents with `signedBy` set: `signer`'s signature over everything else. */
export async function bundleSign(contents: BundleContents, signer: WitnessSigner | WitnessIdentity): Promise<BundleContents> {
  const by = 'sign' in signer ? signer : witnessSignerFromIdentity(signer);
  const { signedBy: _old, ...unsigned } = contents;
  const signature = await by.sign(await bundleSignatureMessage(unsigned));
  return { ...unsigned, signedBy: { name: by.name, publicKeyHex: by.publicKeyHex, signature: base64FromBytes(signature) } };
}

/** True when the bundle is unsigned or its `signedBy` verifies over these contents (strict RFC 8032); never throws. */
export async function bundleSignatureValid(contents: BundleContents): Promise<boolean> {
  const by = contents.signedBy;
  if (!by) return true;
  const sig = bytesFromBase64(by.signature);
  const key = bytesFromHex(by.publicKeyHex);
  if (!sig || sig.length !== 64 || !key || key.length !== 32) return false;
  try {
    return await ed.verifyAsync(sig, await bundleSignatureMessage(contents), key, { zip215: false });
  } catch {
    return false;
  }
}
