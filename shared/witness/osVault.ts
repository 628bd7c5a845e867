// Where the desktop app keeps the witness key when the OS can protect it (electron/witnessVault.ts, behind
// the IPC channels witness:protection, witness:seal and witness:sign). The renderer's key store uses it
// when it is there and says so on screen; the browser edition has none (docs/security.md, "The witness key").
import type { Result } from '../result';

export interface WitnessOsVault {
  /** True when the OS encrypts keys for this user here (false, e.g., on Linux without a secret store). */
  available(): Promise<boolean>;
  /** Hands the seed to the OS-protected store once; the caller zeroes its copy after. */
  seal(seed: Uint8Array, publicKeyHex: string): Promise<Result<unknown>>;
  /** The 64-byte Ed25519 signature by the stored key with this public key. */
  sign(publicKeyHex: string, message: Uint8Array): Promise<Result<Uint8Array>>;
}
