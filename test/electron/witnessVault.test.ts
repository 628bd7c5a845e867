import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as ed from '@noble/ed25519';
import { bytesFromHex, hexFromBytes } from '../../shared/bundle/bytes';
import { witnessVaultProtection, witnessVaultSeal, witnessVaultSign } from '../../electron/witnessVault';
import type { SafeStorageLike, WitnessVaultDeps } from '../../electron/witnessVault';
import { memoryFs } from './fakes';

// RFC 8032, test vector 1.
const SEED_HEX = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const DIR = '/home/u/.config/协商台/witness-key';

/**
 * A stand-in for Electron's safeStorage: "encrypts" by XOR with a secret byte and a marker, so a test can
 * tell an encrypted file from the clear seed, and a file from another machine (another secret) fails.
 */
function fakeSafeStorage(opts: { available?: boolean; backend?: string; secret?: number } = {}): SafeStorageLike & { encrypted: string[] } {
  const secret = opts.secret ?? 0x5a;
  const encrypted: string[] = [];
  return {
    encrypted,
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    encryptString(plainText) {
      encrypted.push(plainText);
      return Uint8Array.from([0x76, 0x31, ...new TextEncoder().encode(plainText).map((b) => b ^ secret)]);
    },
    decryptString(data) {
      if (data[0] !== 0x76 || data[1] !== 0x31) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return new TextDecoder().decode(Uint8Array.from(data.subarray(2), (b) => b ^ secret));
    },
  };
}

function vault(safeStorage: SafeStorageLike = fakeSafeStorage(), platform = 'linux') {
  const fs = memoryFs();
  const deps: WitnessVaultDeps = { safeStorage, fs: fs.api, dir: DIR, platform };
  return { fs, deps };
}

const seed = () => bytesFromHex(SEED_HEX)!;

describe('witnessVaultProtection', () => {
  it('says the OS protects the key when safeStorage encrypts with an OS secret', () => {
    expect(witnessVaultProtection({ safeStorage: fakeSafeStorage(), platform: 'linux' })).toEqual({ available: true });
    expect(witnessVaultProtection({ safeStorage: fakeSafeStorage({ backend: 'kwallet5' }), platform: 'linux' })).toEqual({ available: true });
    // Windows and macOS have no backend choice: DPAPI and the Keychain.
    expect(witnessVaultProtection({ safeStorage: { ...fakeSafeStorage(), getSelectedStorageBackend: undefined }, platform: 'win32' })).toEqual({ available: true });
  });

  it('says no when encryption is not available', () => {
    expect(witnessVaultProtection({ safeStorage: fakeSafeStorage({ available: false }), platform: 'darwin' })).toEqual({ available: false });
  });

  it.each(['basic_text', 'unknown'])('says no on Linux when the backend is %s (a fixed password protects nothing)', (backend) => {
    expect(witnessVaultProtection({ safeStorage: fakeSafeStorage({ backend }), platform: 'linux' })).toEqual({ available: false });
  });

  it('says no when safeStorage throws', () => {
    const throwing = { ...fakeSafeStorage(), isEncryptionAvailable: () => { throw new Error('not ready'); } };
    expect(witnessVaultProtection({ safeStorage: throwing, platform: 'win32' })).toEqual({ available: false });
  });
});

describe('witnessVaultSeal and witnessVaultSign', () => {
  it('writes the seed only encrypted, under its public key, and signs as RFC 8032 does', async () => {
    const { fs, deps } = vault();
    expect(await witnessVaultSeal(deps, { seed: seed(), publicKeyHex: PUBLIC_KEY })).toEqual({ ok: true, value: { publicKeyHex: PUBLIC_KEY } });
    expect([...fs.files.keys()]).toEqual([join(DIR, `${PUBLIC_KEY}.bin`)]);
    const stored = fs.files.get(join(DIR, `${PUBLIC_KEY}.bin`))!.data;
    expect(Buffer.from(stored).toString('latin1')).not.toContain(SEED_HEX);
    expect(hexFromBytes(stored)).not.toContain(SEED_HEX);

    const message = new TextEncoder().encode('见证 2021-Q1');
    const signed = await witnessVaultSign(deps, { publicKeyHex: PUBLIC_KEY, message });
    expect(signed.ok).toBe(true);
    if (!signed.ok) return;
    expect(hexFromBytes(signed.value.signature)).toBe(hexFromBytes(await ed.signAsync(message, seed())));
    expect(await ed.verifyAsync(signed.value.signature, message, bytesFromHex(PUBLIC_KEY)!)).toBe(true);
  });

  it('refuses a seed that does not give the public key it came with, writing nothing', async () => {
    const { fs, deps } = vault();
    const other = 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025';
    expect(await witnessVaultSeal(deps, { seed: seed(), publicKeyHex: other })).toMatchObject({ ok: false, error: { code: 'witness.keyMismatch' } });
    expect(fs.files.size).toBe(0);
  });

  it('without OS protection: refuses to seal or sign with witness.osUnavailable and writes nothing', async () => {
    for (const safeStorage of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: 'basic_text' })]) {
      const { fs, deps } = vault(safeStorage);
      expect(await witnessVaultSeal(deps, { seed: seed(), publicKeyHex: PUBLIC_KEY })).toMatchObject({ ok: false, error: { code: 'witness.osUnavailable' } });
      expect(await witnessVaultSign(deps, { publicKeyHex: PUBLIC_KEY, message: new Uint8Array([1]) })).toMatchObject({ ok: false, error: { code: 'witness.osUnavailable' } });
      expect(fs.files.size).toBe(0);
      expect((safeStorage as ReturnType<typeof fakeSafeStorage>).encrypted).toEqual([]);
    }
  });

  it('answers witness.missing for a key it does not hold', async () => {
    const { deps } = vault();
    expect(await witnessVaultSign(deps, { publicKeyHex: PUBLIC_KEY, message: new Uint8Array([1]) })).toMatchObject({ ok: false, error: { code: 'witness.missing' } });
  });

  it('answers storage.corrupt for a file this OS account cannot decrypt (copied from another machine)', async () => {
    const { fs, deps } = vault(fakeSafeStorage({ secret: 0x11 }));
    await witnessVaultSeal(deps, { seed: seed(), publicKeyHex: PUBLIC_KEY });
    const elsewhere: WitnessVaultDeps = { ...deps, safeStorage: fakeSafeStorage({ secret: 0x22 }), fs: fs.api };
    expect(await witnessVaultSign(elsewhere, { publicKeyHex: PUBLIC_KEY, message: new Uint8Array([1]) })).toMatchObject({ ok: false, error: { code: 'storage.corrupt' } });
    fs.files.get(join(DIR, `${PUBLIC_KEY}.bin`))!.data[0] = 0;
    expect(await witnessVaultSign(deps, { publicKeyHex: PUBLIC_KEY, message: new Uint8Array([1]) })).toMatchObject({ ok: false, error: { code: 'storage.corrupt' } });
  });

  it('reports a full disk as file.diskFull and leaves no file behind', async () => {
    const { fs, deps } = vault();
    fs.failNext('writeFile', 'ENOSPC');
    expect(await witnessVaultSeal(deps, { seed: seed(), publicKeyHex: PUBLIC_KEY })).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
    expect(fs.files.size).toBe(0);
  });
});
