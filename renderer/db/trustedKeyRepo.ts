// Pinned keys in the local database (table `trustedKeys`, schema 8): the federations this one trusts,
// imported by hand, and each enterprise's bundle-signing key, pinned by an import (registryRepo.ts).
// Public keys only, so the table is backed up. A row's fingerprint is checked against its key whenever
// the table is read: a row that does not match is reported and never counts.
import { witnessKeyFingerprint } from '../../shared/witness/identity';
import { trustedKeyId, trustedKeySchema, type TrustedKey } from '../../shared/bundle/trust';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome, SkippedRecord } from './restore';
import type { StoredRow, WageDeskDb } from './schema';

/** Restore-on-read of a row: its shape, and an id that names its role, enterprise and key. */
export function trustedKeyRowRestore(raw: unknown): RestoreOutcome<TrustedKey> {
  const parsed = trustedKeySchema.safeParse(raw);
  const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : null;
  if (!parsed.success) return { ok: false, skipped: { id, reason: parsed.error.issues.map((i) => `${i.path.join('.') || '_'}: ${i.message}`).join('; ') } };
  const key = parsed.data;
  if ((key.role === 'enterprise') !== (key.creditCode !== null)) return { ok: false, skipped: { id, reason: 'creditCode: an enterprise key needs one, a federation key has none' } };
  if (key.id !== trustedKeyId(key.role, key.creditCode, key.publicKeyHex)) return { ok: false, skipped: { id, reason: 'id: not the key’s' } };
  return { ok: true, record: key };
}

export interface TrustedKeysLoaded {
  readonly keys: readonly TrustedKey[];
  readonly skipped: readonly SkippedRecord[];
}

/** Every usable row: restorable, and its fingerprint that of its key (hashed after the read: no transaction may await WebCrypto). */
export async function trustedKeysRead(db: WageDeskDb): Promise<TrustedKeysLoaded> {
  const keys: TrustedKey[] = [];
  const skipped: SkippedRecord[] = [];
  for (const raw of await db.trustedKeys.toArray()) {
    const restored = trustedKeyRowRestore(raw);
    if (!restored.ok) skipped.push(restored.skipped);
    else if ((await witnessKeyFingerprint(restored.record.publicKeyHex)) !== restored.record.fingerprint) skipped.push({ id: restored.record.id, reason: 'fingerprint: not the key’s' });
    else keys.push(restored.record);
  }
  return { keys, skipped };
}

/** What the user pastes or picks: a public-key file ({ name, publicKeyHex, fingerprint? }) or 64 hex digits. */
export interface FederationKeyInput {
  readonly text: string;
  /** The federation's name, when the text is the bare key. */
  readonly name?: string;
}

export interface TrustedKeyRepo {
  list(): Promise<RepoResult<TrustedKeysLoaded>>;
  /**
   * Trusts another federation's witness key. Errors: trust.keyInvalid (not a public key),
   * trust.fingerprintMismatch (the file's fingerprint is not its key's), validation (no name),
   * trust.ownKey (this federation's own key), trust.exists.
   */
  federationAdd(input: FederationKeyInput, ourKey: string | null): Promise<RepoResult<TrustedKey>>;
  /** Removes a pinned key; returns it, so the screen can undo. Errors: trust.unknown. */
  remove(id: string): Promise<RepoResult<TrustedKey>>;
  /** Puts back a key `remove` returned (undo). */
  putBack(key: TrustedKey): Promise<RepoResult<TrustedKey>>;
}

function keyInputParse(input: FederationKeyInput): { name: string; publicKeyHex: string; fingerprint: string | null } | null {
  const text = input.text.trim();
  const bare = text.toLowerCase().replace(/[\s:-]/g, '');
  if (/^[0-9a-f]{64}$/.test(bare)) return { name: (input.name ?? '').trim(), publicKeyHex: bare, fingerprint: null };
  try {
    const raw = JSON.parse(text) as { name?: unknown; publicKeyHex?: unknown; fingerprint?: unknown } | null;
    if (typeof raw?.publicKeyHex !== 'string' || !/^[0-9a-f]{64}$/.test(raw.publicKeyHex)) return null;
    const name = typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name.trim() : (input.name ?? '').trim();
    return { name, publicKeyHex: raw.publicKeyHex, fingerprint: typeof raw.fingerprint === 'string' ? raw.fingerprint : null };
  } catch {
    return null;
  }
}

export function trustedKeyRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): TrustedKeyRepo {
  return {
    list: () => repoGuard(async () => repoOk(await trustedKeysRead(db))),

    federationAdd: (input, ourKey) =>
      repoGuard(async () => {
        const parsed = keyInputParse(input);
        if (!parsed) return repoErr('trust.keyInvalid', 'not a public key: 64 hex digits or a public-key file');
        const fingerprint = await witnessKeyFingerprint(parsed.publicKeyHex);
        if (parsed.fingerprint !== null && parsed.fingerprint !== fingerprint) return repoErr('trust.fingerprintMismatch', 'the file’s fingerprint is not its key’s');
        if (parsed.name === '' || parsed.name.length > 100) return { ok: false, error: { code: 'validation', message: 'name required', fields: { name: parsed.name === '' ? 'validation.required' : 'validation.tooLong' } } };
        if (parsed.publicKeyHex === ourKey) return repoErr('trust.ownKey', 'this is this federation’s own key');
        const id = trustedKeyId('federation', null, parsed.publicKeyHex);
        const key: TrustedKey = { id, role: 'federation', name: parsed.name, publicKeyHex: parsed.publicKeyHex, fingerprint, creditCode: null, decision: 'trusted', addedAt: deps.clock(), addedHow: 'imported' };
        return db.transaction('rw', db.trustedKeys, async () => {
          if (await db.trustedKeys.get(id)) return repoErr('trust.exists', 'this key is already trusted');
          await db.trustedKeys.put(key as unknown as StoredRow);
          return repoOk(key);
        });
      }),

    remove: (id) =>
      repoGuard(() =>
        db.transaction('rw', db.trustedKeys, async () => {
          const restored = trustedKeyRowRestore(await db.trustedKeys.get(id));
          if (!restored.ok) return repoErr('trust.unknown', `no pinned key ${id}`);
          await db.trustedKeys.delete(id);
          return repoOk(restored.record);
        }),
      ),

    putBack: (key) =>
      repoGuard(async () => {
        const restored = trustedKeyRowRestore(key);
        if (!restored.ok) return repoErr('trust.keyInvalid', restored.skipped.reason);
        await db.trustedKeys.put(restored.record as unknown as StoredRow);
        return repoOk(restored.record);
      }),
  };
}
