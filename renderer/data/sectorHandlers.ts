// The sector workbench's data: the federation's sector and regional agreements. The repository loads on
// the first call, not with the handler map.
import type { SectorAgreement, SectorAgreementInput } from '../../shared/sector/sectorAgreement';
import type { Listing, RepoResult } from '../db/repoResult';
import type { DataContext } from './context';

async function repo(ctx: DataContext) {
  const { sectorRepo } = await import('../db/sectorRepo');
  return sectorRepo(ctx.db, ctx.deps);
}

export const sectorHandlers = {
  /** Every sector agreement held, by start of term. */
  async sectorList(ctx: DataContext): Promise<RepoResult<Listing<SectorAgreement>>> {
    return (await repo(ctx)).list();
  },

  /** Creates or replaces one. Errors: validation, sector.signed. */
  async sectorSave(ctx: DataContext, args: { readonly agreement: SectorAgreementInput }): Promise<RepoResult<SectorAgreement>> {
    return (await repo(ctx)).save(args.agreement);
  },

  /** Removes an unsigned one. Errors: sector.unknown, sector.signed. */
  async sectorRemove(ctx: DataContext, args: { readonly id: string }): Promise<RepoResult<null>> {
    return (await repo(ctx)).remove(args.id);
  },
};
