// The federation workbench's data: the registry of every enterprise's agreements (imported from their
// bundles) and the federation's witness identity. The repositories (and the bundle and signing code they
// bring) load on the workbench's first call, not with the handler map.
import type { BundleContents } from '../../shared/bundle/contents';
import type { BundleImportPlan } from '../../shared/bundle/importPlan';
import type { BundleRegistry } from '../../shared/bundle/registry';
import type { WitnessIdentity } from '../../shared/witness/identity';
import type { RegistryLoaded } from '../db/registryRepo';
import type { RepoResult } from '../db/repoResult';
import type { DataContext } from './context';

async function registry(ctx: DataContext) {
  const { registryRepo } = await import('../db/registryRepo');
  return registryRepo(ctx.db, ctx.deps);
}

async function witnessKey(ctx: DataContext) {
  const { witnessKeyRepo } = await import('../db/witnessKeyRepo');
  return witnessKeyRepo(ctx.db, ctx.deps);
}

export const registryHandlers = {
  /** The stored registry, with the rows that could not be restored (left in the store). */
  async registryRead(ctx: DataContext): Promise<RepoResult<RegistryLoaded>> {
    return (await registry(ctx)).load();
  },

  /** Plans every bundle against the registry and writes them in one transaction (registryRepo.importApply). */
  async registryImportApply(ctx: DataContext, args: { readonly bundles: readonly BundleContents[] }): Promise<RepoResult<readonly BundleImportPlan[]>> {
    return (await registry(ctx)).importApply(args.bundles);
  },

  /** Witness-signs an agreement's current version. Errors: registry.agreementUnknown, registry.alreadyWitnessed. */
  async registryWitnessSign(ctx: DataContext, args: { readonly identity: WitnessIdentity; readonly agreementId: string }): Promise<RepoResult<BundleRegistry>> {
    return (await registry(ctx)).witnessSign(args.identity, args.agreementId);
  },

  /** The federation's witness identity, or null when none was made. Errors: storage.corrupt. */
  async witnessIdentityRead(ctx: DataContext): Promise<RepoResult<WitnessIdentity | null>> {
    return (await witnessKey(ctx)).get();
  },

  /** Makes the identity once. Errors: validation, witness.exists. */
  async witnessIdentityCreate(ctx: DataContext, args: { readonly name: string }): Promise<RepoResult<WitnessIdentity>> {
    return (await witnessKey(ctx)).create(args.name);
  },
};
