// The bundle file's outer envelope (docs/bundle-format.md): a fixed 46-byte prefix whose SHA-256 covers
// every other byte of the file, so a single flipped or missing byte anywhere is caught before the zip
// inside is even opened (a zip reader alone would not notice flips in timestamps, padding or comments).
//
//   offset size
//   0      8    magic "WDBUNDLE"
//   8      1    envelope version (1)
//   9      1    flags: bit 0 = encrypted; other bits 0
//   10     4    body length, unsigned big-endian: bytes after offset 46
//   14     32   SHA-256 of bytes [0, 14) followed by bytes [46, end)
//   46     …    body: the zip; when encrypted: iterations (u32 BE) | salt (16) | iv (12) | AES-GCM(zip) + tag (16)
//
// The prefix layout and the hash rule are the same in every envelope version, so a reader checks the hash
// before it looks at the version: a damaged version byte reads as damage, a real newer file as too new.
// Encryption: AES-256-GCM, key from PBKDF2-HMAC-SHA-256 over the NFC-normalised password; the additional
// data is bytes [0, 14) and the iterations, salt and iv, so the header is bound to the key too. Because
// the outer hash needs no key, damage fails the hash (bundle.damaged) while a wrong password passes it
// and fails the GCM tag (bundle.wrongPassword).
import { resultErr, resultOk, type Result } from '../result';
import { bytesConcat, bytesEqual, sha256Bytes, utf8Bytes } from './bytes';

export const envelopeMagic = 'WDBUNDLE';
export const envelopeVersion = 1;
export const envelopePrefixBytes = 46;
const flagEncrypted = 0x01;
const hashOffset = 14;

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const pbkdf2IterationsDefault = 600_000;
/** Refused above this when reading: a crafted file must not keep the machine busy for hours. */
export const pbkdf2IterationsMax = 10_000_000;
const saltBytes = 16;
const ivBytes = 12;
const tagBytes = 16;
const cryptoHeaderBytes = 4 + saltBytes + ivBytes;

export interface EnvelopeOptions {
  /** Encrypts the zip when given (must not be empty). */
  readonly password?: string;
  /** PBKDF2 iterations, recorded in the file; default 600 000. Tests use a few thousand. */
  readonly iterations?: number;
}

export interface EnvelopeOpened {
  readonly zip: Uint8Array<ArrayBuffer>;
  readonly encrypted: boolean;
  /** PBKDF2 iterations of an encrypted bundle; null when not encrypted. */
  readonly iterations: number | null;
}

const magicBytes = utf8Bytes(envelopeMagic);

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

async function aesKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', utf8Bytes(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function prefixHash(file: Uint8Array): Promise<Uint8Array> {
  return sha256Bytes(bytesConcat(file.subarray(0, hashOffset), file.subarray(envelopePrefixBytes)));
}

/** Wraps `zip` in the envelope, encrypting it when `options.password` is given. */
export async function envelopeWrap(zip: Uint8Array, options: EnvelopeOptions = {}): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const encrypted = options.password !== undefined;
  if (encrypted && options.password === '') return resultErr('bundle.passwordEmpty', 'an empty password protects nothing');
  const iterations = options.iterations ?? pbkdf2IterationsDefault;
  if (encrypted && (!Number.isInteger(iterations) || iterations < 1 || iterations > pbkdf2IterationsMax)) {
    return resultErr('bundle.iterationsInvalid', `PBKDF2 iterations must be an integer in 1…${pbkdf2IterationsMax}`, { iterations });
  }
  const bodyLength = encrypted ? cryptoHeaderBytes + zip.length + tagBytes : zip.length;
  if (bodyLength > 0xffffffff) return resultErr('bundle.tooLarge', 'the bundle is larger than 4 GiB');
  const head = bytesConcat(magicBytes, Uint8Array.of(envelopeVersion, encrypted ? flagEncrypted : 0), u32(bodyLength));
  let body: Uint8Array;
  if (encrypted) {
    const salt = globalThis.crypto.getRandomValues(new Uint8Array(saltBytes));
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(ivBytes));
    const cryptoHeader = bytesConcat(u32(iterations), salt, iv);
    const key = await aesKey(options.password!, salt, iterations);
    const sealed = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: bytesConcat(head, cryptoHeader), tagLength: tagBytes * 8 },
      key,
      bytesConcat(zip),
    );
    body = bytesConcat(cryptoHeader, new Uint8Array(sealed));
  } else body = zip;
  const file = bytesConcat(head, new Uint8Array(32), body);
  file.set(await prefixHash(file), hashOffset);
  return resultOk(file);
}

/** How many of the first bytes match the magic: one or two flipped bytes still read as damage. */
function magicMatches(file: Uint8Array): number {
  let same = 0;
  for (let i = 0; i < Math.min(file.length, magicBytes.length); i++) if (file[i] === magicBytes[i]) same++;
  return same;
}

/**
 * Checks the envelope and returns the zip inside. Errors, in the order checked:
 * bundle.notBundle (no WDBUNDLE magic), bundle.truncated (shorter than its header says),
 * bundle.damaged (params.part: `file` when the hash does not match, `header` or `body` when a checked
 * field is impossible),
 * bundle.tooNew (a later envelope version or unknown flags), bundle.passwordRequired,
 * bundle.wrongPassword (the hash matches but the GCM tag does not).
 */
export async function envelopeOpen(file: Uint8Array, password?: string): Promise<Result<EnvelopeOpened>> {
  const prefix = Math.min(file.length, magicBytes.length);
  const same = magicMatches(file);
  if (same < prefix || file.length < magicBytes.length) {
    if (same === prefix) return resultErr('bundle.truncated', `the file ends after ${file.length} bytes, inside its header`, { bytes: file.length });
    if (same < magicBytes.length - 2 || file.length < magicBytes.length) return resultErr('bundle.notBundle', 'the file does not start with WDBUNDLE: not a WageDesk bundle');
    return resultErr('bundle.damaged', 'the file type mark (WDBUNDLE) is damaged', { part: 'header' });
  }
  if (file.length < envelopePrefixBytes) {
    return resultErr('bundle.truncated', `the file ends after ${file.length} bytes, inside its header`, { bytes: file.length });
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const declared = view.getUint32(10);
  const actual = file.length - envelopePrefixBytes;
  if (!bytesEqual(await prefixHash(file), file.subarray(hashOffset, envelopePrefixBytes))) {
    if (declared > actual) {
      return resultErr('bundle.truncated', `the file has ${actual} of the ${declared} bytes its header announces: truncated or damaged`, { bytes: file.length });
    }
    return resultErr('bundle.damaged', 'the file checksum (SHA-256) does not match: the file was changed or damaged', { part: 'file' });
  }
  if (declared !== actual) return resultErr('bundle.damaged', 'the length in the header does not match the file', { part: 'header' });
  const version = file[8]!;
  const flags = file[9]!;
  if (version > envelopeVersion || (flags & ~flagEncrypted) !== 0) {
    return resultErr('bundle.tooNew', `envelope version ${version}, flags ${flags}; this build reads version ${envelopeVersion}`, { formatVersion: version });
  }
  if (version < 1) return resultErr('bundle.damaged', 'envelope version 0 does not exist', { part: 'header' });
  const body = file.slice(envelopePrefixBytes);
  if ((flags & flagEncrypted) === 0) return resultOk({ zip: body, encrypted: false, iterations: null });

  if (password === undefined || password === '') return resultErr('bundle.passwordRequired', 'the bundle is encrypted: give its password');
  if (body.length < cryptoHeaderBytes + tagBytes) return resultErr('bundle.damaged', 'the encrypted body is too short', { part: 'body' });
  // A Node Buffer's slice is a view into the same memory, so read from the body's own offset.
  const iterations = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (iterations < 1 || iterations > pbkdf2IterationsMax) {
    return resultErr('bundle.damaged', `PBKDF2 iteration count ${iterations} is out of range`, { part: 'header' });
  }
  const salt = body.slice(4, 4 + saltBytes);
  const iv = body.slice(4 + saltBytes, cryptoHeaderBytes);
  const key = await aesKey(password, salt, iterations);
  try {
    const zip = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: bytesConcat(file.subarray(0, hashOffset), body.subarray(0, cryptoHeaderBytes)), tagLength: tagBytes * 8 },
      key,
      body.subarray(cryptoHeaderBytes),
    );
    return resultOk({ zip: new Uint8Array(zip), encrypted: true, iterations });
  } catch {
    return resultErr('bundle.wrongPassword', 'the password is wrong (the file itself is intact)');
  }
}
