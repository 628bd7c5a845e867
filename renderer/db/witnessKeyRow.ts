// The witness key's row in `witnessKeys` (key 'witness') since schema 7, and the redaction every copy of
// it passes before it is written anywhere else (the audit trail). Kept free of zod and crypto imports:
// auditTrail.ts loads with the first frame.
//
// The secret lives only in two forms, neither readable as bytes by any script:
//   signingKey: a non-extractable WebCrypto Ed25519 CryptoKey (IndexedDB stores it by structured clone;
//               the browser keeps the bytes, script can only ask it to sign); null when `store` is 'os':
//               the desktop app then keeps the key encrypted by the OS (electron/witnessVault.ts);
//   sealed:     the seed encrypted under the federation's passphrase (shared/witness/sealed.ts), the only
//               form that can be exported; null for a key moved from the clear form of schema ≤ 6, whose
//               passphrase was never asked.
import type { SealedWitnessKey } from '../../shared/witness/sealed';

export const witnessKeyId = 'witness';

/** 'browser': a non-extractable CryptoKey in IndexedDB; 'os': encrypted by the OS in the desktop app's folder. */
export type WitnessKeyStore = 'browser' | 'os';

export interface WitnessKeyValue {
  readonly name: string;
  readonly publicKeyHex: string;
  readonly createdAt: string;
  readonly signingKey: CryptoKey | null;
  readonly sealed: SealedWitnessKey | null;
  /** Where the signing key is: 'os' (desktop, OS-protected) or, when absent, this browser storage. */
  readonly store?: WitnessKeyStore;
  /** How the key came to this store: made here, imported from a key file or backup, or moved from clear text. */
  readonly origin: 'created' | 'imported' | 'migrated';
}

/** Marks a row (or an audit entry's copy of one) whose secret was left out. */
export const witnessSecretRedacted = 'redacted';

/**
 * A `witnessKeys` row as the audit trail may hold it: the public fields only. Anything else the value
 * holds (the CryptoKey, the sealed copy, or the clear `privateKeyHex` of schema ≤ 6) is dropped.
 */
export function witnessKeyRowRedacted(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const { key, value } = row as { key?: unknown; value?: unknown };
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const kept = Object.fromEntries(['name', 'publicKeyHex', 'createdAt', 'origin', 'store'].filter((f) => v[f] !== undefined).map((f) => [f, v[f]]));
  return { key, value: { ...kept, secret: witnessSecretRedacted } };
}

/** True when a row value is the clear-text identity of schema ≤ 6. */
export function witnessKeyValueIsClear(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { privateKeyHex?: unknown }).privateKeyHex === 'string';
}
