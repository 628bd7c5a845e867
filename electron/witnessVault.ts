// The witness key at rest on the desktop, protected by the OS: Electron's safeStorage encrypts the seed
// with a key the OS keeps for this user (DPAPI on Windows, the Keychain on macOS, a secret store such as
// gnome-libsecret or kwallet on Linux), and the result is written to <userData>/witness-key/<public key>.bin.
// The seed leaves this module only as a signature. main.ts passes the real safeStorage and fs; tests
// pass fakes (docs/security.md, "The witness key").
import { join } from 'node:path';
import * as ed from '@noble/ed25519';
import { bytesFromHex, hexFromBytes } from '../shared/bundle/bytes';
import type { WitnessProtection } from '../shared/ipc/contract';
import { resultErr, resultOk } from '../shared/result';
import type { Result } from '../shared/result';
import { fileWriteError, writeFileAtomic } from './files';
import type { FileWriter } from './files';

/** The parts of Electron's safeStorage the vault uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store was chosen ('basic_text' means none, a key written into Chromium's source). */
  getSelectedStorageBackend?(): string;
}

export interface WitnessVaultFs extends FileWriter {
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string, options: { readonly recursive: true }): Promise<unknown>;
}

export interface WitnessVaultDeps {
  readonly safeStorage: SafeStorageLike;
  readonly fs: WitnessVaultFs;
  /** The vault's folder, e.g. <userData>/witness-key. */
  readonly dir: string;
  readonly platform: string;
}

/**
 * True only when the encryption is the OS's: on Linux without a secret store, safeStorage still reports
 * itself available but encrypts with a fixed password ('basic_text'), which protects nothing.
 */
export function witnessVaultProtection(deps: Pick<WitnessVaultDeps, 'safeStorage' | 'platform'>): WitnessProtection {
  try {
    if (!deps.safeStorage.isEncryptionAvailable()) return { available: false };
    if (deps.platform === 'linux') {
      const backend = deps.safeStorage.getSelectedStorageBackend?.();
      if (backend === undefined || backend === 'basic_text' || backend === 'unknown') return { available: false };
    }
    return { available: true };
  } catch {
    return { available: false };
  }
}

function keyFile(deps: WitnessVaultDeps, publicKeyHex: string): string {
  // publicKeyHex is checked by the contract's schema (64 lowercase hex digits): it cannot name another folder.
  return join(deps.dir, `${publicKeyHex}.bin`);
}

function unavailable<T>(): Result<T> {
  return resultErr('witness.osUnavailable', 'The operating system offers no key protection on this machine.');
}

/**
 * Encrypts `seed` with the OS and writes it under its public key. Errors: witness.osUnavailable,
 * witness.keyMismatch (the seed gives another public key), file.diskFull, file.noPermission, file.writeFailed.
 */
export async function witnessVaultSeal(deps: WitnessVaultDeps, request: { readonly seed: Uint8Array; readonly publicKeyHex: string }): Promise<Result<{ readonly publicKeyHex: string }>> {
  if (!witnessVaultProtection(deps).available) return unavailable();
  if (hexFromBytes(await ed.getPublicKeyAsync(request.seed)) !== request.publicKeyHex) {
    return resultErr('witness.keyMismatch', 'The seed does not give the public key it was sent with.');
  }
  let encrypted: Uint8Array;
  try {
    // safeStorage encrypts strings; hex keeps the seed's bytes exact through it.
    encrypted = deps.safeStorage.encryptString(hexFromBytes(request.seed));
  } catch {
    return unavailable();
  }
  try {
    await deps.fs.mkdir(deps.dir, { recursive: true });
  } catch (error) {
    return fileWriteError(error);
  }
  const written = await writeFileAtomic(deps.fs, keyFile(deps, request.publicKeyHex), encrypted);
  return written.ok ? resultOk({ publicKeyHex: request.publicKeyHex }) : written;
}

/**
 * Signs `message` with the key sealed under `publicKeyHex`. Errors: witness.osUnavailable, witness.missing
 * (no such file), storage.corrupt (the file does not decrypt, or to a seed of another key).
 */
export async function witnessVaultSign(deps: WitnessVaultDeps, request: { readonly publicKeyHex: string; readonly message: Uint8Array }): Promise<Result<{ readonly signature: Uint8Array }>> {
  if (!witnessVaultProtection(deps).available) return unavailable();
  let encrypted: Uint8Array;
  try {
    encrypted = await deps.fs.readFile(keyFile(deps, request.publicKeyHex));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
    return missing ? resultErr('witness.missing', 'No OS-protected witness key with this public key.') : resultErr('storage.corrupt', 'The OS-protected witness key could not be read.');
  }
  let seed: Uint8Array | undefined;
  try {
    seed = bytesFromHex(deps.safeStorage.decryptString(Buffer.from(encrypted))) ?? undefined;
  } catch {
    seed = undefined;
  }
  if (!seed || seed.length !== 32) return resultErr('storage.corrupt', 'The OS-protected witness key does not decrypt.');
  try {
    if (hexFromBytes(await ed.getPublicKeyAsync(seed)) !== request.publicKeyHex) return resultErr('storage.corrupt', 'The OS-protected witness key is not the key its file names.');
    return resultOk({ signature: await ed.signAsync(request.message, seed) });
  } finally {
    seed.fill(0);
  }
}
