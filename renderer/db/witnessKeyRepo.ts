// The federation's witness identity (Ed25519) in the local database: table `witnessKeys`, key 'witness',
// value the identity JSON of shared/witness/identity.ts. The private key never leaves this machine: the
// app exports only the public key, and bundles carry only signatures and public keys.
import { witnessIdentityCreate, witnessIdentityParse, type WitnessIdentity } from '../../shared/witness/identity';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

export const witnessKeyId = 'witness';

export interface WitnessKeyRepo {
  /** The identity, or null when none was made. Errors: storage.corrupt (the stored key is not a valid key pair). */
  get(): Promise<RepoResult<WitnessIdentity | null>>;
  /**
   * Makes the identity once. Errors: validation (name empty or too long), witness.exists (a key is held:
   * replacing it would orphan every signature made with it).
   */
  create(name: string): Promise<RepoResult<WitnessIdentity>>;
}

export function witnessKeyRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): WitnessKeyRepo {
  return {
    get: () =>
      repoGuard(async () => {
        const row = await db.witnessKeys.get(witnessKeyId);
        if (!row) return repoOk(null);
        const identity = await witnessIdentityParse(row.value);
        return identity.ok ? repoOk(identity.value) : repoErr('storage.corrupt', identity.error.message, { id: witnessKeyId });
      }),

    create: (name) =>
      repoGuard(async () => {
        const trimmed = name.trim();
        if (trimmed === '') return { ok: false, error: { code: 'validation', message: 'name required', fields: { name: 'validation.required' } } };
        if (trimmed.length > 100) return { ok: false, error: { code: 'validation', message: 'name too long', fields: { name: 'validation.tooLong' } } };
        // Made outside the transaction: key generation awaits WebCrypto, which would let an IndexedDB transaction commit early.
        const identity = await witnessIdentityCreate(trimmed, deps.clock());
        return db.transaction('rw', db.witnessKeys, async () => {
          if (await db.witnessKeys.get(witnessKeyId)) return repoErr('witness.exists', 'a witness key is already held');
          await db.witnessKeys.put({ key: witnessKeyId, value: identity });
          return repoOk(identity);
        });
      }),
  };
}
