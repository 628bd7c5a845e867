// The federation's witness key (Ed25519) in the local database: table `witnessKeys`, key 'witness', value
// WitnessKeyValue (witnessKeyRow.ts). What leaves this module: the public fields (WitnessKeyInfo), a
// signer that can only sign, and, when the user asks with the right passphrase, the sealed key file.
// Never the seed: it exists in memory only while a key is made or imported, and is zeroed after.
import * as ed from '@noble/ed25519';
import { sealedWitnessKeyCreate, sealedWitnessKeyOpen, sealedWitnessKeyParse, type SealedWitnessKey } from '../../shared/witness/sealed';
import { witnessSignerFromCryptoKey, witnessSigningKeyFromSeed, witnessSigningKeyIsSealed, type WitnessSigner } from '../../shared/witness/signer';
import { hexFromBytes } from '../../shared/bundle/bytes';
import type { WitnessOsVault } from '../../shared/witness/osVault';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import { witnessKeyId, type WitnessKeyStore, type WitnessKeyValue } from './witnessKeyRow';
import type { WageDeskDb } from './schema';

export { witnessKeyId };

/** What the screens may know of the key. */
export interface WitnessKeyInfo {
  readonly name: string;
  readonly publicKeyHex: string;
  readonly createdAt: string;
  readonly origin: WitnessKeyValue['origin'];
  /** False for a key moved from clear text: no passphrase-sealed copy exists to export. */
  readonly exportable: boolean;
  /** Where the signing key lives: OS-protected (desktop) or this browser storage. */
  readonly store: WitnessKeyStore;
}

/** Where a key made or imported now would live; `osUnavailable`: the desktop app, but the OS offers no protection. */
export interface WitnessKeyStoreNew {
  readonly store: WitnessKeyStore;
  readonly osUnavailable: boolean;
}

export interface WitnessKeyRepo {
  /** The key's public fields, or null when none is held. Errors: storage.corrupt. */
  get(): Promise<RepoResult<WitnessKeyInfo | null>>;
  /** Where a key made or imported now would be kept. */
  storeNew(): Promise<RepoResult<WitnessKeyStoreNew>>;
  /**
   * Makes the key once, sealed under `passphrase` for a later export. Errors: validation (name empty or
   * too long), witness.passphraseShort, witness.exists (replacing it would orphan every signature made).
   */
  create(name: string, passphrase: string): Promise<RepoResult<WitnessKeyInfo>>;
  /**
   * A signer over the held key. Errors: witness.missing, storage.corrupt, witness.osUnavailable (an OS-held
   * key while the OS protection cannot be reached).
   */
  signer(): Promise<RepoResult<WitnessSigner>>;
  /**
   * The sealed key file, after checking `passphrase` opens it (so a file nobody can open is never
   * handed out). Errors: witness.missing, witness.notExportable, witness.wrongPassphrase.
   */
  sealedExport(passphrase: string): Promise<RepoResult<SealedWitnessKey>>;
  /**
   * Takes a key from a key file (or a backup's sealed key) opened with `passphrase`; nothing is written
   * unless it opens. Errors: witness.fileInvalid, witness.wrongPassphrase, witness.keyMismatch, witness.exists.
   */
  sealedImport(raw: unknown, passphrase: string): Promise<RepoResult<WitnessKeyInfo>>;
}

function infoOf(value: WitnessKeyValue): WitnessKeyInfo {
  return { name: value.name, publicKeyHex: value.publicKeyHex, createdAt: value.createdAt, origin: value.origin, exportable: value.sealed !== null, store: value.store ?? 'browser' };
}

/** The stored value, if it is a key this build can sign with; anything else is reported corrupt. */
function valueRead(raw: unknown): WitnessKeyValue | null {
  const v = raw as Partial<WitnessKeyValue> | undefined;
  if (!v || typeof v.name !== 'string' || typeof v.publicKeyHex !== 'string' || typeof v.createdAt !== 'string') return null;
  if (v.store === 'os' ? v.signingKey !== null : !witnessSigningKeyIsSealed(v.signingKey)) return null;
  const sealed = v.sealed === null ? null : sealedWitnessKeyParse(v.sealed);
  if (sealed !== null && !sealed.ok) return null;
  return { ...(v as WitnessKeyValue), sealed: sealed === null ? null : sealed.value };
}

/**
 * `vault`: the desktop app's OS-protected store (renderer/platform/witnessVault.ts). Where it is there and
 * the OS can protect keys, a key made or imported goes there; otherwise it becomes a non-extractable CryptoKey.
 */
export function witnessKeyRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault, vault?: WitnessOsVault): WitnessKeyRepo {
  const held = async (): Promise<RepoResult<WitnessKeyValue | null>> => {
    const row = await db.witnessKeys.get(witnessKeyId);
    if (!row) return repoOk(null);
    const value = valueRead(row.value);
    return value ? repoOk(value) : repoErr('storage.corrupt', 'the stored witness key is not a usable key', { id: witnessKeyId });
  };
  const heldOrMissing = async (): Promise<RepoResult<WitnessKeyValue>> => {
    const value = await held();
    if (!value.ok) return value;
    return value.value ? repoOk(value.value) : repoErr('witness.missing', 'no witness key is held');
  };
  const storeNew = async (): Promise<WitnessKeyStoreNew> => {
    if (!vault) return { store: 'browser', osUnavailable: false };
    return (await vault.available()) ? { store: 'os', osUnavailable: false } : { store: 'browser', osUnavailable: true };
  };
  /** The signing key's home for a new key: handed to the OS where it can protect it, else non-extractable here. */
  const signingKeyKept = async (seed: Uint8Array, publicKeyHex: string): Promise<RepoResult<Pick<WitnessKeyValue, 'signingKey' | 'store'>>> => {
    if ((await storeNew()).store === 'os') {
      const handed = await vault!.seal(seed, publicKeyHex);
      return handed.ok ? repoOk({ signingKey: null, store: 'os' }) : handed;
    }
    return repoOk({ signingKey: await witnessSigningKeyFromSeed(seed), store: 'browser' });
  };
  const signerOf = async (value: WitnessKeyValue): Promise<RepoResult<WitnessSigner>> => {
    if (value.store !== 'os') return repoOk(witnessSignerFromCryptoKey(value.name, value.publicKeyHex, value.signingKey as CryptoKey));
    if (!vault || !(await vault.available())) return repoErr('witness.osUnavailable', 'the witness key is kept by the OS, whose protection cannot be reached now');
    const { name, publicKeyHex } = value;
    return repoOk({
      name,
      publicKeyHex,
      async sign(message) {
        const signed = await vault.sign(publicKeyHex, message);
        if (!signed.ok) throw new Error(`witness signing failed: ${signed.error.code}`);
        return signed.value;
      },
    });
  };
  // Made outside any transaction: WebCrypto awaits would let an IndexedDB transaction commit early.
  const write = (value: WitnessKeyValue) =>
    db.transaction('rw', db.witnessKeys, async () => {
      if (await db.witnessKeys.get(witnessKeyId)) return repoErr('witness.exists', 'a witness key is already held');
      await db.witnessKeys.put({ key: witnessKeyId, value });
      return repoOk(infoOf(value));
    });

  return {
    get: () =>
      repoGuard(async () => {
        const value = await held();
        return value.ok ? repoOk(value.value ? infoOf(value.value) : null) : value;
      }),

    storeNew: () => repoGuard(async () => repoOk(await storeNew())),

    create: (name, passphrase) =>
      repoGuard(async () => {
        const trimmed = name.trim();
        if (trimmed === '') return { ok: false, error: { code: 'validation', message: 'name required', fields: { name: 'validation.required' } } };
        if (trimmed.length > 100) return { ok: false, error: { code: 'validation', message: 'name too long', fields: { name: 'validation.tooLong' } } };
        if ((await db.witnessKeys.get(witnessKeyId)) !== undefined) return repoErr('witness.exists', 'a witness key is already held');
        const seed = ed.utils.randomSecretKey();
        try {
          const fields = { name: trimmed, publicKeyHex: hexFromBytes(await ed.getPublicKeyAsync(seed)), createdAt: deps.clock() };
          const sealed = await sealedWitnessKeyCreate(fields, seed, passphrase);
          if (!sealed.ok) return sealed;
          const kept = await signingKeyKept(seed, fields.publicKeyHex);
          if (!kept.ok) return kept;
          return await write({ ...fields, ...kept.value, sealed: sealed.value, origin: 'created' });
        } finally {
          seed.fill(0);
        }
      }),

    signer: () =>
      repoGuard(async () => {
        const value = await heldOrMissing();
        return value.ok ? await signerOf(value.value) : value;
      }),

    sealedExport: (passphrase) =>
      repoGuard(async () => {
        const value = await heldOrMissing();
        if (!value.ok) return value;
        const sealed = value.value.sealed;
        if (!sealed) return repoErr('witness.notExportable', 'this key was moved from clear text and has no passphrase-sealed copy');
        const opened = await sealedWitnessKeyOpen(sealed, passphrase);
        if (!opened.ok) return opened;
        opened.value.fill(0);
        return repoOk(sealed);
      }),

    sealedImport: (raw, passphrase) =>
      repoGuard(async () => {
        const file = sealedWitnessKeyParse(raw);
        if (!file.ok) return file;
        if ((await db.witnessKeys.get(witnessKeyId)) !== undefined) return repoErr('witness.exists', 'a witness key is already held');
        const seed = await sealedWitnessKeyOpen(file.value, passphrase);
        if (!seed.ok) return seed;
        try {
          const { name, publicKeyHex, createdAt } = file.value;
          const kept = await signingKeyKept(seed.value, publicKeyHex);
          if (!kept.ok) return kept;
          return await write({ name, publicKeyHex, createdAt, ...kept.value, sealed: file.value, origin: 'imported' });
        } finally {
          seed.value.fill(0);
        }
      }),
  };
}
