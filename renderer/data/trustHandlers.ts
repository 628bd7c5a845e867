// The trust model's data (docs/bundle-format.md, "Trust"): the pinned keys (trusted federations added by
// hand, enterprise keys pinned by imports) and the enterprise's own bundle signature on export.
import type { BundleContents } from '../../shared/bundle/contents';
import type { TrustedKey } from '../../shared/bundle/trust';
import type { FederationKeyInput, TrustedKeysLoaded } from '../db/trustedKeyRepo';
import { repoOk, type RepoResult } from '../db/repoResult';
import { witnessKeyFingerprint } from '../../shared/witness/identity';
import type { DataContext } from './context';

/** The enterprise's own bundle-signing key as its screens show it. */
export interface OwnEnterpriseKey {
  readonly publicKeyHex: string;
  readonly fingerprint: string;
  readonly createdAt: string;
}

async function trusted(ctx: DataContext) {
  const { trustedKeyRepo } = await import('../db/trustedKeyRepo');
  return trustedKeyRepo(ctx.db, ctx.deps);
}

export const trustHandlers = {
  /** Every pinned key whose row is sound, and the rows that are not (never counted). */
  async trustedKeysRead(ctx: DataContext): Promise<RepoResult<TrustedKeysLoaded>> {
    return (await trusted(ctx)).list();
  },

  /** Trusts another federation's witness key. Errors: trust.keyInvalid, trust.fingerprintMismatch, validation, trust.ownKey, trust.exists. */
  async trustedFederationAdd(ctx: DataContext, args: FederationKeyInput): Promise<RepoResult<TrustedKey>> {
    const { witnessKeyRepo } = await import('../db/witnessKeyRepo');
    const ours = await witnessKeyRepo(ctx.db, ctx.deps).get();
    return (await trusted(ctx)).federationAdd(args, ours.ok && ours.value ? ours.value.publicKeyHex : null);
  },

  /** Removes a pinned key and returns it for undo. Errors: trust.unknown. */
  async trustedKeyRemove(ctx: DataContext, args: { readonly id: string }): Promise<RepoResult<TrustedKey>> {
    return (await trusted(ctx)).remove(args.id);
  },

  /** Puts back a removed key (undo). */
  async trustedKeyPutBack(ctx: DataContext, args: { readonly key: TrustedKey }): Promise<RepoResult<TrustedKey>> {
    return (await trusted(ctx)).putBack(args.key);
  },

  /**
   * The enterprise's own bundle-signing key with its fingerprint (SHA-256 of the key, as the federation
   * shows it when pinning), or null before the first export made it.
   */
  async enterpriseKeyRead(ctx: DataContext, args: { readonly creditCode: string }): Promise<RepoResult<OwnEnterpriseKey | null>> {
    const { enterpriseKeyRepo } = await import('../db/enterpriseKeyRepo');
    const held = await enterpriseKeyRepo(ctx.db, ctx.deps).publicKey(args.creditCode);
    if (!held.ok) return held;
    if (held.value === null) return repoOk(null);
    return repoOk({ ...held.value, fingerprint: await witnessKeyFingerprint(held.value.publicKeyHex) });
  },

  /** The bundle signed with its enterprise's own key, made on the first export (enterpriseKeyRepo.ts). */
  async bundleSignAsEnterprise(ctx: DataContext, args: { readonly contents: BundleContents }): Promise<RepoResult<BundleContents>> {
    const { enterpriseKeyRepo } = await import('../db/enterpriseKeyRepo');
    return enterpriseKeyRepo(ctx.db, ctx.deps).sign(args.contents);
  },
};
