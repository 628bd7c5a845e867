// The witness key sealed with a passphrase the user chooses: the only form in which the secret ever
// leaves the signing key store (a key file for a second office machine, or, when the user asks for it,
// inside a backup). Format `wagedesk-witness-key` v1, documented in docs/security.md:
//   key  = PBKDF2-HMAC-SHA256(passphrase as UTF-8 NFC, salt 16 random bytes, iterations ≥ 600,000) → 256 bits
//   data = AES-256-GCM(key, iv 12 random bytes, additional data = canonical JSON of the public fields)
//          over the 32-byte Ed25519 seed.
// Why PBKDF2 and not scrypt: both browsers and Node have it in WebCrypto, so the derivation runs natively
// in a few hundred milliseconds instead of seconds of JavaScript; 600,000 iterations is OWASP's 2023 figure
// for PBKDF2-HMAC-SHA256. The public fields are bound as additional data, so a file cannot be relabelled
// with another name or public key without failing to open.
import * as ed from '@noble/ed25519';
import { z } from 'zod';
import { canonicalJson } from '../backup/canonicalJson';
import { base64FromBytes, bytesFromBase64, hexFromBytes, utf8Bytes } from '../bundle/bytes';
import { resultErr, resultOk, type Result } from '../result';

export const sealedWitnessKeyFormat = 'wagedesk-witness-key';
/** OWASP's 2023 minimum for PBKDF2-HMAC-SHA256; a file asking for fewer is refused. */
export const sealedKdfIterationsMin = 600_000;
/** A passphrase shorter than this is refused when sealing (not when opening: the file decides). */
export const sealedPassphraseMinLength = 8;

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const sealedWitnessKeySchema = z.strictObject({
  format: z.literal(sealedWitnessKeyFormat),
  formatVersion: z.literal(1),
  name: z.string().trim().min(1).max(100),
  publicKeyHex: hex32,
  createdAt: z.iso.datetime({ offset: true }),
  kdf: z.strictObject({ name: z.literal('PBKDF2-SHA256'), iterations: z.number().int().min(sealedKdfIterationsMin).max(10_000_000), salt: base64 }),
  cipher: z.strictObject({ name: z.literal('AES-256-GCM'), iv: base64 }),
  /** The sealed 32-byte seed with its 16-byte GCM tag, base64. */
  sealed: base64,
});
export type SealedWitnessKey = z.output<typeof sealedWitnessKeySchema>;

export interface WitnessKeyPublicFields {
  readonly name: string;
  readonly publicKeyHex: string;
  readonly createdAt: string;
}

function additionalData(fields: WitnessKeyPublicFields): Uint8Array<ArrayBuffer> {
  const text = canonicalJson({ format: sealedWitnessKeyFormat, name: fields.name, publicKeyHex: fields.publicKeyHex, createdAt: fields.createdAt });
  return utf8Bytes(text.ok ? text.value : '');
}

async function aesKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', utf8Bytes(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals `seed` under `passphrase`. Errors: witness.passphraseShort (params.min). */
export async function sealedWitnessKeyCreate(
  fields: WitnessKeyPublicFields,
  seed: Uint8Array,
  passphrase: string,
  iterations: number = sealedKdfIterationsMin,
): Promise<Result<SealedWitnessKey>> {
  if ([...passphrase].length < sealedPassphraseMinLength) {
    return resultErr('witness.passphraseShort', `a passphrase needs at least ${sealedPassphraseMinLength} characters`, { min: sealedPassphraseMinLength });
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await aesKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(fields) }, key, seed as Uint8Array<ArrayBuffer>);
  return resultOk({
    format: sealedWitnessKeyFormat,
    formatVersion: 1,
    name: fields.name,
    publicKeyHex: fields.publicKeyHex,
    createdAt: fields.createdAt,
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: base64FromBytes(salt) },
    cipher: { name: 'AES-256-GCM', iv: base64FromBytes(iv) },
    sealed: base64FromBytes(new Uint8Array(sealed)),
  });
}

/** Reads a sealed key (from a key file, a backup or storage). Errors: witness.fileInvalid (params.field). */
export function sealedWitnessKeyParse(raw: unknown): Result<SealedWitnessKey> {
  const parsed = sealedWitnessKeySchema.safeParse(raw);
  if (parsed.success) return resultOk(parsed.data);
  const issue = parsed.error.issues[0]!;
  return resultErr('witness.fileInvalid', issue.message, { field: issue.path.join('.') });
}

/**
 * The seed inside `file`, checked against its public key. Errors: witness.wrongPassphrase (the passphrase
 * does not open it, or the file was altered: GCM cannot tell the two apart), witness.keyMismatch.
 */
export async function sealedWitnessKeyOpen(file: SealedWitnessKey, passphrase: string): Promise<Result<Uint8Array>> {
  const salt = bytesFromBase64(file.kdf.salt);
  const iv = bytesFromBase64(file.cipher.iv);
  const sealed = bytesFromBase64(file.sealed);
  if (!salt || !iv || iv.length !== 12 || !sealed) return resultErr('witness.fileInvalid', 'salt, iv or sealed data is not base64', { field: 'sealed' });
  let seed: Uint8Array;
  try {
    const key = await aesKey(passphrase, salt, file.kdf.iterations);
    seed = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(file) }, key, sealed));
  } catch {
    return resultErr('witness.wrongPassphrase', 'the passphrase does not open this key (or the file was altered)');
  }
  if (seed.length !== 32 || hexFromBytes(await ed.getPublicKeyAsync(seed)) !== file.publicKeyHex) {
    return resultErr('witness.keyMismatch', 'the sealed key does not belong to the public key');
  }
  return resultOk(seed);
}
