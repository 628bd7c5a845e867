// Who signs as the witness, without the caller ever holding the secret: a name, a public key and a
// `sign(message)` function. The app's stored key is a non-extractable WebCrypto CryptoKey (the bytes
// cannot be read back by any script, so no backup, audit entry or screen can copy them); the CLI and
// tests sign with a seed through @noble/ed25519. Both are RFC 8032 Ed25519, so either signature verifies
// with `witnessVerify` (noble, strict).
import * as ed from '@noble/ed25519';
import { bytesConcat, bytesFromHex } from '../bundle/bytes';
import type { WitnessIdentity } from './identity';

export interface WitnessSigner {
  readonly name: string;
  readonly publicKeyHex: string;
  /** The 64-byte Ed25519 signature over `message`. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** Signs with a clear seed (CLI identity files, tests). */
export function witnessSignerFromIdentity(identity: WitnessIdentity): WitnessSigner {
  const seed = bytesFromHex(identity.privateKeyHex)!;
  return { name: identity.name, publicKeyHex: identity.publicKeyHex, sign: (message) => ed.signAsync(message, seed) };
}

/** Signs with a WebCrypto Ed25519 private key (non-extractable in the app). */
export function witnessSignerFromCryptoKey(name: string, publicKeyHex: string, key: CryptoKey): WitnessSigner {
  return {
    name,
    publicKeyHex,
    sign: async (message) => new Uint8Array(await crypto.subtle.sign('Ed25519', key, message as Uint8Array<ArrayBuffer>)),
  };
}

/** RFC 8410 PKCS #8 prefix of an Ed25519 private key; the 32-byte seed follows. */
const pkcs8Ed25519Prefix = bytesFromHex('302e020100300506032b657004220420')!;

/**
 * The seed as a WebCrypto signing key that can never be exported (extractable: false). The caller
 * should drop its copy of the seed straight after. Chromium ≥ 113 and Node ≥ 20 support Ed25519.
 */
export function witnessSigningKeyFromSeed(seed: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', bytesConcat(pkcs8Ed25519Prefix, seed), { name: 'Ed25519' }, false, ['sign']);
}

/** True for a CryptoKey this app can sign with and nobody can read (Ed25519, private, non-extractable). */
export function witnessSigningKeyIsSealed(key: unknown): key is CryptoKey {
  return (
    typeof CryptoKey !== 'undefined' && key instanceof CryptoKey &&
    key.type === 'private' && !key.extractable && key.algorithm.name === 'Ed25519' && key.usages.includes('sign')
  );
}
