import { describe, expect, it } from 'vitest';
import { sha256HexOfBytes, bytesFromHex } from '../../../shared/bundle/bytes';
import {
  signatureEd25519Create,
  witnessIdentityCreate,
  witnessIdentityParse,
  witnessPublicKeyExport,
  witnessSign,
  witnessVerify,
} from '../../../shared/witness/identity';

const fingerprint = '7ca7ecd272e1a17f7e0ac63695c4e999757debda9d8634bcf8f0a98f4a172ca8';
const other = fingerprint.replace(/^7/, '8');

describe('witness identity', () => {
  it('creates an Ed25519 key pair and exports only the public half with its fingerprint', async () => {
    const identity = await witnessIdentityCreate(' 福鼎市总工会 ', '2021-01-16T09:00:00+08:00');
    expect(identity).toMatchObject({ name: '福鼎市总工会', createdAt: '2021-01-16T09:00:00+08:00' });
    expect(identity.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(identity.privateKeyHex).toMatch(/^[0-9a-f]{64}$/);
    const exported = await witnessPublicKeyExport(identity);
    expect(Object.keys(exported).sort()).toEqual(['fingerprint', 'name', 'publicKeyHex']);
    expect(exported.fingerprint).toBe(await sha256HexOfBytes(bytesFromHex(identity.publicKeyHex)!));
    expect(JSON.stringify(exported)).not.toContain(identity.privateKeyHex);
  });

  it('signs a fingerprint so that it verifies, and not against another fingerprint', async () => {
    const identity = await witnessIdentityCreate('福鼎市总工会');
    const signature = await witnessSign(identity, fingerprint, '2021-01-16T09:30:00+08:00');
    expect(signature).toMatchObject({ role: 'witness', kind: 'ed25519', name: '福鼎市总工会', publicKey: identity.publicKeyHex });
    expect(await witnessVerify(signature, fingerprint)).toBe(true);
    expect(await witnessVerify(signature, other)).toBe(false);
  });

  it('binds the signer name, role, time and key', async () => {
    const identity = await witnessIdentityCreate('福鼎市总工会');
    const someoneElse = await witnessIdentityCreate('另一个总工会');
    const signature = await witnessSign(identity, fingerprint, '2021-01-16T09:30:00+08:00');
    expect(await witnessVerify({ ...signature, name: '另一个总工会' }, fingerprint)).toBe(false);
    expect(await witnessVerify({ ...signature, role: 'employer_chief' }, fingerprint)).toBe(false);
    expect(await witnessVerify({ ...signature, signedAt: '2021-01-17T09:30:00+08:00' }, fingerprint)).toBe(false);
    expect(await witnessVerify({ ...signature, publicKey: someoneElse.publicKeyHex }, fingerprint)).toBe(false);
    const chief = await signatureEd25519Create(identity, 'workers_chief', fingerprint);
    expect(await witnessVerify(chief, fingerprint)).toBe(true);
  });

  it('returns false, never throws, on a malformed signature or key', async () => {
    const identity = await witnessIdentityCreate('福鼎市总工会');
    const signature = await witnessSign(identity, fingerprint);
    expect(await witnessVerify({ ...signature, signature: 'AAAA' }, fingerprint)).toBe(false);
    expect(await witnessVerify({ ...signature, publicKey: 'ff'.repeat(32) }, fingerprint)).toBe(false);
  });

  it('reads an identity back only when its public key belongs to its private key', async () => {
    const identity = await witnessIdentityCreate('福鼎市总工会');
    const read = await witnessIdentityParse(JSON.parse(JSON.stringify(identity)));
    expect(read).toEqual({ ok: true, value: identity });
    const other = await witnessIdentityCreate('x');
    const mismatch = await witnessIdentityParse({ ...identity, publicKeyHex: other.publicKeyHex });
    expect(mismatch.ok ? 'ok' : mismatch.error.code).toBe('witness.keyMismatch');
    const invalid = await witnessIdentityParse({ ...identity, privateKeyHex: 'xyz' });
    expect(invalid.ok ? 'ok' : invalid.error).toMatchObject({ code: 'witness.invalid', params: { field: 'privateKeyHex' } });
  });
});
