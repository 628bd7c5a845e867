// Enterprises and the people at their table (the first screen's list and the enterprise screens), with
// undoable deletion, and the enterprise's audit trail (修改记录). Invalid input stores nothing and comes
// back as a `validation` error with the field → i18n key map.
import type { Enterprise, EnterpriseId, EnterpriseInput, Person, PersonId, PersonInput } from '../../shared/enterprise/model';
import Dexie from 'dexie';
import { auditChainCheck, type AuditChainRow, type AuditCheck } from '../../shared/audit/chain';
import { AUDIT_HEAD_KEY, auditHeadRead, type AuditRow } from '../db/auditTrail';
import { enterpriseRepo, type EnterpriseRemoval } from '../db/enterpriseRepo';
import { personRepo, type PersonRemoval } from '../db/personRepo';
import { repoGuard, repoOk, type Listing, type RepoResult } from '../db/repoResult';
import type { DataContext } from './context';

export const enterpriseHandlers = {
  /** Live enterprises by name in Chinese collation, plus records that could not be read. */
  async enterprisesList(ctx: DataContext): Promise<RepoResult<Listing<Enterprise>>> {
    return enterpriseRepo(ctx.db, ctx.deps).list();
  },

  async enterpriseGet(ctx: DataContext, args: { readonly id: EnterpriseId }): Promise<RepoResult<Enterprise>> {
    return enterpriseRepo(ctx.db, ctx.deps).get(args.id);
  },

  async enterpriseCreate(ctx: DataContext, args: { readonly input: EnterpriseInput }): Promise<RepoResult<Enterprise>> {
    return enterpriseRepo(ctx.db, ctx.deps).create(args.input);
  },

  /** Replaces the form fields; id and createdAt stay. `save.conflict` when the profile changed since `baseRevision`. */
  async enterpriseUpdate(ctx: DataContext, args: { readonly id: EnterpriseId; readonly input: EnterpriseInput; readonly baseRevision?: number | null }): Promise<RepoResult<Enterprise>> {
    return enterpriseRepo(ctx.db, ctx.deps).update(args.id, args.input, args.baseRevision ?? null);
  },

  /** Soft-deletes the enterprise and its people in one transaction; the removal is the undo token. */
  async enterpriseRemove(ctx: DataContext, args: { readonly id: EnterpriseId }): Promise<RepoResult<EnterpriseRemoval>> {
    return enterpriseRepo(ctx.db, ctx.deps).remove(args.id);
  },

  /** Undoes enterpriseRemove. */
  async enterpriseRestore(ctx: DataContext, args: { readonly removal: EnterpriseRemoval }): Promise<RepoResult<Enterprise>> {
    return enterpriseRepo(ctx.db, ctx.deps).undoRemove(args.removal);
  },

  /**
   * Every audit entry about the enterprise (its profile, people and records filed under it), and every
   * restore of a whole backup (which replaced its records too), newest first.
   */
  async enterpriseAudit(ctx: DataContext, args: { readonly enterpriseId: string }): Promise<RepoResult<readonly AuditRow[]>> {
    return repoGuard(async () => {
      const [own, restores] = await Promise.all([
        ctx.db.audit.where('enterpriseId').equals(args.enterpriseId).toArray(),
        ctx.db.audit.where('[table+key]').between(['backup', Dexie.minKey], ['backup', Dexie.maxKey]).toArray(),
      ]);
      return repoOk([...own, ...restores].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0)));
    });
  },

  /** The whole trail checked as a hash chain against its head (shared/audit/chain.ts): whole, or where it breaks. */
  async auditTrailCheck(ctx: DataContext): Promise<RepoResult<AuditCheck>> {
    return repoGuard(() =>
      ctx.db.transaction('r', ctx.db.audit, ctx.db.meta, async () => {
        const [rows, head] = await Promise.all([ctx.db.audit.toArray(), ctx.db.meta.get(AUDIT_HEAD_KEY)]);
        return repoOk(auditChainCheck(rows as unknown as readonly AuditChainRow[], auditHeadRead(head)));
      }),
    );
  },

  /** Live people of one enterprise: workers' side, employer's side, recorder; chiefs first in each. */
  async peopleList(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId }): Promise<RepoResult<Listing<Person>>> {
    return personRepo(ctx.db, ctx.deps).listByEnterprise(args.enterpriseId);
  },

  async personGet(ctx: DataContext, args: { readonly id: PersonId }): Promise<RepoResult<Person>> {
    return personRepo(ctx.db, ctx.deps).get(args.id);
  },

  /** Refused with `notFound` when the enterprise does not exist or is deleted. */
  async personCreate(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly input: PersonInput }): Promise<RepoResult<Person>> {
    return personRepo(ctx.db, ctx.deps).create(args.enterpriseId, args.input);
  },

  async personUpdate(ctx: DataContext, args: { readonly id: PersonId; readonly input: PersonInput }): Promise<RepoResult<Person>> {
    return personRepo(ctx.db, ctx.deps).update(args.id, args.input);
  },

  async personRemove(ctx: DataContext, args: { readonly id: PersonId }): Promise<RepoResult<PersonRemoval>> {
    return personRepo(ctx.db, ctx.deps).remove(args.id);
  },

  /** Undoes personRemove; `notFound` when the token is stale or the enterprise was deleted since. */
  async personRestore(ctx: DataContext, args: { readonly removal: PersonRemoval }): Promise<RepoResult<Person>> {
    return personRepo(ctx.db, ctx.deps).undoRemove(args.removal);
  },
};
