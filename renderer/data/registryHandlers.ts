// The federation workbench's data: the registry of every enterprise's agreements (imported from their
// bundles) and the federation's witness identity. The repositories (and the bundle and signing code they
// bring) load on the workbench's first call, not with the handler map.
import type { BundleContents } from '../../shared/bundle/contents';
import type { BundleImportPlan } from '../../shared/bundle/importPlan';
import type { BundleRegistry } from '../../shared/bundle/registry';
import type { SealedWitnessKey } from '../../shared/witness/sealed';
import type { ImportDecisions, RegistryTrusted } from '../db/registryRepo';
import type { WitnessKeyInfo, WitnessKeyStoreNew } from '../db/witnessKeyRepo';
import type { RepoResult } from '../db/repoResult';
import type { DataContext } from './context';

async function registry(ctx: DataContext) {
  const { registryRepo } = await import('../db/registryRepo');
  return registryRepo(ctx.db, ctx.deps);
}

async function witnessKey(ctx: DataContext) {
  const { witnessKeyRepo } = await import('../db/witnessKeyRepo');
  return witnessKeyRepo(ctx.db, ctx.deps, ctx.witnessVault);
}

export const registryHandlers = {
  /**
   * The stored registry, with the rows that could not be restored (left in the store), and the witness
   * standing of every agreement's current version: each Ed25519 signature verified again now, against
   * this federation's key and the pinned keys (shared/bundle/trust.ts), so a row changed in storage or
   * brought back by a restore never shows a signature it cannot prove.
   */
  async registryRead(ctx: DataContext): Promise<RepoResult<RegistryTrusted>> {
    const loaded = await (await registry(ctx)).load();
    if (!loaded.ok) return loaded;
    const { trustedKeyRepo } = await import('../db/trustedKeyRepo');
    const [pinned, ours, { registryWitnessTrust }] = await Promise.all([trustedKeyRepo(ctx.db, ctx.deps).list(), (await witnessKey(ctx)).get(), import('../../shared/bundle/trust')]);
    if (!pinned.ok) return pinned;
    const keys = { ourKey: ours.ok && ours.value ? ours.value.publicKeyHex : null, pinned: pinned.value.keys };
    return { ok: true, value: { ...loaded.value, trust: await registryWitnessTrust(loaded.value.registry, keys), pinned: pinned.value.keys } };
  },

  /**
   * Plans every bundle against the registry and the pinned keys and writes them in one transaction
   * (registryRepo.importApply); bundles held for a key decision are returned unapplied until `decisions` settle them.
   */
  async registryImportApply(ctx: DataContext, args: { readonly bundles: readonly BundleContents[]; readonly decisions?: ImportDecisions }): Promise<RepoResult<readonly BundleImportPlan[]>> {
    return (await registry(ctx)).importApply(args.bundles, args.decisions);
  },

  /**
   * Witness-signs an agreement's current version with the held key (the screen never holds it).
   * Errors: witness.missing, registry.agreementUnknown, registry.alreadyWitnessed.
   */
  async registryWitnessSign(ctx: DataContext, args: { readonly agreementId: string }): Promise<RepoResult<BundleRegistry>> {
    const signer = await (await witnessKey(ctx)).signer();
    if (!signer.ok) return signer;
    return (await registry(ctx)).witnessSign(signer.value, args.agreementId);
  },

  /** The witness key's public fields, or null when none is held. Errors: storage.corrupt. */
  async witnessIdentityRead(ctx: DataContext): Promise<RepoResult<WitnessKeyInfo | null>> {
    return (await witnessKey(ctx)).get();
  },

  /** Where a key made or imported now would be kept (OS-protected on the desktop where the OS can). */
  async witnessKeyStoreNew(ctx: DataContext): Promise<RepoResult<WitnessKeyStoreNew>> {
    return (await witnessKey(ctx)).storeNew();
  },

  /** Makes the key once, sealed under the passphrase for a later export. Errors: validation, witness.passphraseShort, witness.exists. */
  async witnessIdentityCreate(ctx: DataContext, args: { readonly name: string; readonly passphrase: string }): Promise<RepoResult<WitnessKeyInfo>> {
    return (await witnessKey(ctx)).create(args.name, args.passphrase);
  },

  /** The passphrase-sealed key file. Errors: witness.missing, witness.notExportable, witness.wrongPassphrase. */
  async witnessKeyExport(ctx: DataContext, args: { readonly passphrase: string }): Promise<RepoResult<SealedWitnessKey>> {
    return (await witnessKey(ctx)).sealedExport(args.passphrase);
  },

  /** Takes the key from a key file or a backup's sealed key. Errors: witness.fileInvalid, witness.wrongPassphrase, witness.keyMismatch, witness.exists. */
  async witnessKeyImport(ctx: DataContext, args: { readonly file: unknown; readonly passphrase: string }): Promise<RepoResult<WitnessKeyInfo>> {
    return (await witnessKey(ctx)).sealedImport(args.file, args.passphrase);
  },
};
