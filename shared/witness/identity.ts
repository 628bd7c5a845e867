// The federation's witness identity: an Ed25519 key pair. This clear form (seed in hex) is the CLI's
// identity file and the shape the app stored before schema 7; the app now keeps the secret only as a
// non-extractable WebCrypto key and a passphrase-sealed copy (signer.ts, sealed.ts, docs/security.md).
// The witness signs an agreement version's fingerprint; anyone holding the bundle can check it offline.
//
// Ed25519 through @noble/ed25519 v3's async API, which hashes with WebCrypto's SHA-512, so no global
// setup is needed. Verification is strict RFC 8032 (zip215: false).
//
// What is signed: the UTF-8 bytes of canonicalJson({ purpose, fingerprint, role, name, signedAt }) with
// purpose `wagedesk.agreement.signature.v1`. Binding role, name and time as well as the fingerprint
// means nobody can move a signature to another agreement, another signer's name or another date.
import * as ed from '@noble/ed25519';
import { z } from 'zod';
import { canonicalJson } from '../backup/canonicalJson';
import { resultErr, resultOk, type Result } from '../result';
import { base64FromBytes, bytesFromBase64, bytesFromHex, hexFromBytes, sha256HexOfBytes, utf8Bytes } from '../bundle/bytes';
import type { SignatureEd25519, SignatureRole } from '../bundle/signature';
import { witnessSignerFromIdentity, type WitnessSigner } from './signer';

export const signaturePurpose = 'wagedesk.agreement.signature.v1';

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'not 32 bytes of lower-case hex');

/** The CLI's identity file (and the app's record before schema 7). `privateKeyHex` is the 32-byte Ed25519 seed. */
export const witnessIdentitySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  publicKeyHex: hex32,
  privateKeyHex: hex32,
  createdAt: z.iso.datetime({ offset: true }),
});
export type WitnessIdentity = z.output<typeof witnessIdentitySchema>;

/** What a federation hands out: its name, public key and the key's fingerprint. No secret. */
export const witnessPublicKeySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  publicKeyHex: hex32,
  /** Lower-case hex SHA-256 of the 32 public-key bytes. */
  fingerprint: hex32,
});
export type WitnessPublicKey = z.output<typeof witnessPublicKeySchema>;

/** A fresh identity from the platform's secure random source. */
export async function witnessIdentityCreate(name: string, createdAt: string = new Date().toISOString()): Promise<WitnessIdentity> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { name: name.trim(), publicKeyHex: hexFromBytes(publicKey), privateKeyHex: hexFromBytes(secretKey), createdAt };
}

/**
 * Reads an identity (from a file or storage) and checks that the public key belongs to the private key.
 * Errors: witness.invalid (params.field), witness.keyMismatch.
 */
export async function witnessIdentityParse(raw: unknown): Promise<Result<WitnessIdentity>> {
  const parsed = witnessIdentitySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return resultErr('witness.invalid', issue.message, { field: issue.path.join('.') });
  }
  const derived = hexFromBytes(await ed.getPublicKeyAsync(bytesFromHex(parsed.data.privateKeyHex)!));
  if (derived !== parsed.data.publicKeyHex) return resultErr('witness.keyMismatch', 'the public key does not belong to the private key');
  return resultOk(parsed.data);
}

/** Lower-case hex SHA-256 of the public key's 32 bytes. */
export async function witnessKeyFingerprint(publicKeyHex: string): Promise<string> {
  return sha256HexOfBytes(bytesFromHex(publicKeyHex) ?? new Uint8Array(0));
}

export async function witnessPublicKeyExport(identity: { readonly name: string; readonly publicKeyHex: string }): Promise<WitnessPublicKey> {
  return { name: identity.name, publicKeyHex: identity.publicKeyHex, fingerprint: await witnessKeyFingerprint(identity.publicKeyHex) };
}

/** The bytes an Ed25519 signature covers (see the file comment). */
export function signatureMessage(fields: { readonly role: SignatureRole; readonly name: string; readonly signedAt: string }, fingerprint: string): Uint8Array {
  const text = canonicalJson({ purpose: signaturePurpose, fingerprint, role: fields.role, name: fields.name, signedAt: fields.signedAt });
  // Strings only: canonicalJson cannot fail here.
  return utf8Bytes(text.ok ? text.value : '');
}

/** An Ed25519 signature by `signer` in `role` over an agreement version's fingerprint. */
export async function signatureEd25519Create(
  signer: WitnessSigner | WitnessIdentity,
  role: SignatureRole,
  fingerprint: string,
  signedAt: string = new Date().toISOString(),
): Promise<SignatureEd25519> {
  const by = 'sign' in signer ? signer : witnessSignerFromIdentity(signer);
  const fields = { role, name: by.name, signedAt };
  const signature = await by.sign(signatureMessage(fields, fingerprint));
  return { ...fields, kind: 'ed25519', signature: base64FromBytes(signature), publicKey: by.publicKeyHex };
}

/** The witness's signature over `agreementFingerprint` (role `witness`). */
export function witnessSign(signer: WitnessSigner | WitnessIdentity, agreementFingerprint: string, signedAt?: string): Promise<SignatureEd25519> {
  return signatureEd25519Create(signer, 'witness', agreementFingerprint, signedAt);
}

/** True when `signature` is a valid Ed25519 signature over `fingerprint` with its own fields; never throws. */
export async function witnessVerify(signature: SignatureEd25519, fingerprint: string): Promise<boolean> {
  const sig = bytesFromBase64(signature.signature);
  const key = bytesFromHex(signature.publicKey);
  if (!sig || sig.length !== 64 || !key || key.length !== 32) return false;
  try {
    return await ed.verifyAsync(sig, signatureMessage(signature, fingerprint), key, { zip215: false });
  } catch {
    return false; // a public key that is not a curve point
  }
}
