// A backup sealed with a passphrase the user chose (issue 14, item 7): the backup file's text (format.ts)
// inside an envelope `wagedesk-backup-encrypted` v1, with the same scheme as the witness key file
// (shared/witness/sealed.ts, docs/security.md): PBKDF2-HMAC-SHA256 (≥ 600,000 iterations, 16-byte salt)
// → AES-256-GCM (12-byte IV), the envelope's public fields as additional data. What stays readable: that
// it is a WageDesk backup, when it was made, and by which version; nothing about any person.
import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import { base64FromBytes, bytesFromBase64, utf8Bytes, utf8Text } from '../bundle/bytes';
import { resultErr, resultOk, type Result } from '../result';
import { sealedKdfIterationsMin, sealedPassphraseMinLength } from '../witness/sealed';

export const backupEncryptedFormat = 'wagedesk-backup-encrypted';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const envelopeSchema = z.strictObject({
  format: z.literal(backupEncryptedFormat),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(50),
  kdf: z.strictObject({ name: z.literal('PBKDF2-SHA256'), iterations: z.number().int().min(sealedKdfIterationsMin).max(10_000_000), salt: base64 }),
  cipher: z.strictObject({ name: z.literal('AES-256-GCM'), iv: base64 }),
  sealed: base64,
});
type Envelope = z.output<typeof envelopeSchema>;

function additionalData(e: Pick<Envelope, 'createdAt' | 'appVersion'>): Uint8Array<ArrayBuffer> {
  const text = canonicalJson({ format: backupEncryptedFormat, createdAt: e.createdAt, appVersion: e.appVersion });
  return utf8Bytes(text.ok ? text.value : '');
}

async function aesKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', utf8Bytes(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** True when `text` looks like an encrypted backup (cheap: the tag near the start). */
export function backupTextIsEncrypted(text: string): boolean {
  return text.slice(0, 200).includes(`"${backupEncryptedFormat}"`);
}

/** The envelope's file text. Errors: backup.passphraseShort (params.min). */
export async function backupEncrypt(text: string, header: { readonly createdAt: string; readonly appVersion: string }, passphrase: string): Promise<Result<string>> {
  if ([...passphrase].length < sealedPassphraseMinLength) {
    return resultErr('backup.passphraseShort', `a passphrase needs at least ${sealedPassphraseMinLength} characters`, { min: sealedPassphraseMinLength });
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await aesKey(passphrase, salt, sealedKdfIterationsMin);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(header) }, key, utf8Bytes(text));
  const envelope: Envelope = {
    format: backupEncryptedFormat,
    formatVersion: 1,
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    kdf: { name: 'PBKDF2-SHA256', iterations: sealedKdfIterationsMin, salt: base64FromBytes(salt) },
    cipher: { name: 'AES-256-GCM', iv: base64FromBytes(iv) },
    sealed: base64FromBytes(new Uint8Array(sealed)),
  };
  return resultOk(`${JSON.stringify(envelope, null, 2)}\n`);
}

/**
 * The backup text inside an encrypted backup. Errors: backup.malformed (not a valid envelope),
 * backup.wrongPassphrase (the passphrase does not open it, or the file was altered).
 */
export async function backupDecrypt(text: string, passphrase: string): Promise<Result<string>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return resultErr('backup.notJson', String(error));
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) return resultErr('backup.malformed', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const e = parsed.data;
  const salt = bytesFromBase64(e.kdf.salt);
  const iv = bytesFromBase64(e.cipher.iv);
  const sealed = bytesFromBase64(e.sealed);
  if (!salt || !iv || iv.length !== 12 || !sealed) return resultErr('backup.malformed', 'salt, iv or sealed data is not base64');
  try {
    const key = await aesKey(passphrase, salt, e.kdf.iterations);
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(e) }, key, sealed));
    const inner = utf8Text(plain);
    return inner === null ? resultErr('backup.malformed', 'the sealed text is not UTF-8') : resultOk(inner);
  } catch {
    return resultErr('backup.wrongPassphrase', 'the passphrase does not open this backup (or the file was altered)');
  }
}
