// The sector workbench's data: the federation's sector and regional agreements. The repository loads on
// the first call, not with the handler map.
import type { MemberFacts } from '../../shared/sector/memberCheck';
import type { SectorAgreement, SectorAgreementInput } from '../../shared/sector/sectorAgreement';
import type { WitnessTrust } from '../../shared/bundle/trust';
import type { Listing, RepoResult } from '../db/repoResult';
import type { SectorImported, SectorProcedureInput } from '../db/sectorRepo';
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

  /**
   * Creates or replaces one. `base`: the agreement as the form read it (null for a new one): a save over a
   * version stored since (another window) is refused. Errors: validation, sector.signed, sector.conflict.
   */
  async sectorSave(ctx: DataContext, args: { readonly agreement: SectorAgreementInput; readonly base?: SectorAgreementInput | null }): Promise<RepoResult<SectorAgreement>> {
    return (await repo(ctx)).save(args.agreement, args.base);
  },

  /**
   * Saves the round's representatives and procedure record only, signed or not (the rest of the agreement
   * is kept as stored). Like a round's record, it is refused with `procedure.blocked` when the record would
   * gain a block it cannot carry, judged as the 协商程序 section judges it: the round's people and the
   * sector rule adjustments. `base`: the representatives and record as the screen read them; saved since in
   * another window, the save is refused. Errors: validation, sector.unknown, procedure.blocked, sector.conflict.
   */
  async sectorProcedureSave(ctx: DataContext, args: { readonly id: string; readonly base?: SectorProcedureInput } & SectorProcedureInput): Promise<RepoResult<SectorAgreement>> {
    const [{ sectorAgreementSchema }, { sectorProcedureNewBlocks }] = await Promise.all([import('../../shared/sector/sectorAgreement'), import('./sectorProcedureGuard')]);
    const sectorRepoOpen = await repo(ctx);
    const listed = await sectorRepoOpen.list();
    if (!listed.ok) return listed;
    const stored = listed.value.items.find((a) => a.id === args.id);
    if (stored) {
      const next = sectorAgreementSchema.safeParse({ ...stored, people: args.people, procedure: args.procedure });
      const refused = next.success ? sectorProcedureNewBlocks(stored, next.data) : null;
      if (refused) return refused;
    }
    return sectorRepoOpen.saveProcedure(args.id, { people: args.people, procedure: args.procedure }, args.base);
  },

  /**
   * What the rounds held on this machine say of the given members (by credit code): the federation's own
   * enterprises' wage rounds. Members with no enterprise here are left out.
   */
  async sectorMemberRounds(ctx: DataContext, args: { readonly creditCodes: readonly string[] }): Promise<RepoResult<readonly MemberFacts[]>> {
    const [{ enterpriseRepo }, { roundRepo }, { memberFactsFromRounds }] = await Promise.all([import('../db/enterpriseRepo'), import('../db/roundRepo'), import('../../shared/sector/memberFacts')]);
    const enterprises = await enterpriseRepo(ctx.db, ctx.deps).list();
    if (!enterprises.ok) return enterprises;
    const wanted = new Set(args.creditCodes);
    const facts: MemberFacts[] = [];
    for (const e of enterprises.value.items.filter((x) => wanted.has(x.creditCode))) {
      const rounds = await roundRepo(ctx.db, ctx.deps).listByEnterprise(e.id);
      if (!rounds.ok) return rounds;
      facts.push(memberFactsFromRounds(e.creditCode, rounds.value.items.map((r) => r.round)));
    }
    return { ok: true, value: facts };
  },

  /** The federation's witness signature on a signed agreement. Errors: witness.missing, sector.unknown, sector.unsigned, sector.alreadyWitnessed, sector.changed. */
  async sectorWitnessSign(ctx: DataContext, args: { readonly id: string }): Promise<RepoResult<SectorAgreement>> {
    const { witnessKeyRepo } = await import('../db/witnessKeyRepo');
    const signer = await witnessKeyRepo(ctx.db, ctx.deps, ctx.witnessVault).signer();
    if (!signer.ok) return signer;
    return (await repo(ctx)).witnessSign(signer.value, args.id);
  },

  /** A signed agreement from a sector bundle. Errors: validation, sector.unsigned, sector.fingerprintMismatch, sector.importConflict. */
  async sectorImport(ctx: DataContext, args: { readonly agreement: SectorAgreementInput }): Promise<RepoResult<SectorImported>> {
    return (await repo(ctx)).importSigned(args.agreement);
  },

  /**
   * Each signed agreement's witness standing (shared/bundle/trust.ts), its signatures verified again now
   * against this federation's key and the trusted federations' keys: by agreement id.
   */
  async sectorWitnessTrust(ctx: DataContext): Promise<RepoResult<Readonly<Record<string, WitnessTrust>>>> {
    const [listed, { trustedKeyRepo }, { witnessKeyRepo }, { witnessTrustOf }] = await Promise.all([(await repo(ctx)).list(), import('../db/trustedKeyRepo'), import('../db/witnessKeyRepo'), import('../../shared/bundle/trust')]);
    if (!listed.ok) return listed;
    const [pinned, ours] = await Promise.all([trustedKeyRepo(ctx.db, ctx.deps).list(), witnessKeyRepo(ctx.db, ctx.deps, ctx.witnessVault).get()]);
    if (!pinned.ok) return pinned;
    const keys = { ourKey: ours.ok && ours.value ? ours.value.publicKeyHex : null, pinned: pinned.value.keys };
    const trust: Record<string, WitnessTrust> = {};
    for (const a of listed.value.items) if (a.fingerprint !== null) trust[a.id] = await witnessTrustOf({ signatures: a.signatures, fingerprint: a.fingerprint }, keys);
    return { ok: true, value: trust };
  },

  /** Removes an unsigned one. Errors: sector.unknown, sector.signed. */
  async sectorRemove(ctx: DataContext, args: { readonly id: string }): Promise<RepoResult<null>> {
    return (await repo(ctx)).remove(args.id);
  },
};
