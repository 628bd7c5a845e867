// This machine's own enterprise bundle-signing keys (table `enterpriseKeys`, schema 8): one Ed25519 key
// per enterprise (credit code), made on the enterprise's first bundle export and used for every bundle
// after, so the federation can pin it (shared/bundle/trust.ts). The private half is a non-extractable
// WebCrypto key: no script can read it, it is never backed up and the audit trail never copies it (a
// restore on another machine makes a new key, which the federation then sees as a key change to decide on).
import { bundleSign } from '../../shared/bundle/enterpriseSignature';
import type { BundleContents } from '../../shared/bundle/contents';
import { hexFromBytes } from '../../shared/bundle/bytes';
import { witnessSignerFromCryptoKey, witnessSigningKeyIsSealed, type WitnessSigner } from '../../shared/witness/signer';
import { repoDepsDefault, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

type EnterpriseKeyRow = {
  readonly creditCode: string;
  readonly publicKeyHex: string;
  readonly signingKey: CryptoKey;
  readonly createdAt: string;
};

function rowRead(raw: unknown): EnterpriseKeyRow | null {
  const row = raw as Partial<EnterpriseKeyRow> | undefined;
  if (!row || typeof row.creditCode !== 'string' || typeof row.publicKeyHex !== 'string' || !/^[0-9a-f]{64}$/.test(row.publicKeyHex)) return null;
  return witnessSigningKeyIsSealed(row.signingKey) ? (row as EnterpriseKeyRow) : null;
}

/** The public half of an enterprise's key, what its people read out to the federation. */
export interface EnterpriseKeyPublic {
  readonly publicKeyHex: string;
  readonly createdAt: string;
}

export interface EnterpriseKeyRepo {
  /** The enterprise's key as it stands, or null before its first export (nothing is made here). */
  publicKey(creditCode: string): Promise<RepoResult<EnterpriseKeyPublic | null>>;
  /** The enterprise's signer, its key made now if it has none (or the stored one is unusable). */
  signer(creditCode: string, name: string): Promise<RepoResult<WitnessSigner>>;
  /** `contents` signed by its enterprise's key (made on first use). */
  sign(contents: BundleContents): Promise<RepoResult<BundleContents>>;
}

export function enterpriseKeyRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): EnterpriseKeyRepo {
  async function signer(creditCode: string, name: string): Promise<RepoResult<WitnessSigner>> {
    const held = rowRead(await db.enterpriseKeys.get(creditCode));
    if (held) return repoOk(witnessSignerFromCryptoKey(name, held.publicKeyHex, held.signingKey));
    // Made outside any transaction (WebCrypto would let IndexedDB commit it early), then written once:
    // a key another tab wrote meanwhile wins, so one enterprise never signs with two keys.
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    const publicKeyHex = hexFromBytes(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
    const row: EnterpriseKeyRow = { creditCode, publicKeyHex, signingKey: pair.privateKey, createdAt: deps.clock() };
    const kept = await db.transaction('rw', db.enterpriseKeys, async () => {
      const raced = rowRead(await db.enterpriseKeys.get(creditCode));
      if (raced) return raced;
      await db.enterpriseKeys.put(row);
      return row;
    });
    return repoOk(witnessSignerFromCryptoKey(name, kept.publicKeyHex, kept.signingKey));
  }

  return {
    publicKey: (creditCode) =>
      repoGuard(async () => {
        const held = rowRead(await db.enterpriseKeys.get(creditCode));
        return repoOk(held ? { publicKeyHex: held.publicKeyHex, createdAt: held.createdAt } : null);
      }),
    signer: (creditCode, name) => repoGuard(() => signer(creditCode, name)),
    sign: (contents) =>
      repoGuard(async () => {
        const { profile } = contents.enterprise;
        const by = await signer(profile.creditCode, profile.name);
        if (!by.ok) return by;
        return repoOk(await bundleSign(contents, by.value));
      }),
  };
}
