import * as ed from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { bytesFromHex, hexFromBytes } from '../../../shared/bundle/bytes';
import { witnessSign, witnessVerify } from '../../../shared/witness/identity';
import { sealedKdfIterationsMin, sealedWitnessKeyCreate, sealedWitnessKeyOpen, sealedWitnessKeyParse } from '../../../shared/witness/sealed';
import { witnessSignerFromCryptoKey, witnessSigningKeyFromSeed, witnessSigningKeyIsSealed } from '../../../shared/witness/signer';

// RFC 8032 §7.1 test vector 1.
const seed = bytesFromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')!;
const publicKeyHex = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const fields = { name: '福鼎市总工会', publicKeyHex, createdAt: '2026-10-20T02:00:00.000Z' };
const fingerprint = '7ca7ecd272e1a17f7e0ac63695c4e999757debda9d8634bcf8f0a98f4a172ca8';
const unwrap = <T,>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('a WebCrypto signing key', () => {
  it('cannot be exported, and signs what noble (the bundle verifier) accepts: the same RFC 8032 signature', async () => {
    const key = await witnessSigningKeyFromSeed(seed);
    expect(witnessSigningKeyIsSealed(key)).toBe(true);
    await expect(crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow();
    const signature = await witnessSign(witnessSignerFromCryptoKey('福鼎市总工会', publicKeyHex, key), fingerprint, '2026-11-01T00:00:00Z');
    expect(await witnessVerify(signature, fingerprint)).toBe(true);
    // Ed25519 is deterministic: WebCrypto and noble sign the same bytes alike.
    const message = new Uint8Array([1, 2, 3]);
    const viaWebCrypto = new Uint8Array(await crypto.subtle.sign('Ed25519', key, message));
    expect(hexFromBytes(viaWebCrypto)).toBe(hexFromBytes(await ed.signAsync(message, seed)));
  });
});

describe('the sealed witness key file', () => {
  it('opens with its passphrase to the same seed, and holds the seed in neither hex nor base64', async () => {
    const sealed = unwrap(await sealedWitnessKeyCreate(fields, seed, '正确的口令 horse'));
    expect(sealed.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: sealedKdfIterationsMin });
    const text = JSON.stringify(sealed);
    expect(text).not.toContain(hexFromBytes(seed));
    expect(text).not.toContain(Buffer.from(seed).toString('base64').slice(0, 40));
    const reread = unwrap(sealedWitnessKeyParse(JSON.parse(text)));
    expect(hexFromBytes(unwrap(await sealedWitnessKeyOpen(reread, '正确的口令 horse')))).toBe(hexFromBytes(seed));
  });

  it('refuses a wrong passphrase, and a file relabelled with another name, as witness.wrongPassphrase', async () => {
    const sealed = unwrap(await sealedWitnessKeyCreate(fields, seed, '正确的口令 horse'));
    const wrong = await sealedWitnessKeyOpen(sealed, '错误的口令 horse');
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('witness.wrongPassphrase');
    const relabelled = await sealedWitnessKeyOpen({ ...sealed, name: '另一个总工会' }, '正确的口令 horse');
    expect(relabelled.ok ? 'ok' : relabelled.error.code).toBe('witness.wrongPassphrase');
  });

  it('refuses a short passphrase and a file asking for fewer PBKDF2 iterations than the floor', async () => {
    const short = await sealedWitnessKeyCreate(fields, seed, '1234567');
    expect(short.ok ? 'ok' : short.error).toMatchObject({ code: 'witness.passphraseShort', params: { min: 8 } });
    const sealed = unwrap(await sealedWitnessKeyCreate(fields, seed, '正确的口令 horse'));
    const weak = sealedWitnessKeyParse({ ...sealed, kdf: { ...sealed.kdf, iterations: 1000 } });
    expect(weak.ok ? 'ok' : weak.error).toMatchObject({ code: 'witness.fileInvalid', params: { field: 'kdf.iterations' } });
  });
});
