// Rounds of an enterprise and the whole case of one round, through the repositories: the round list with
// each round's status, a round loaded with everything its screens and documents read (the earlier rounds'
// agreed wages, the roster, the ledger, the round's agreement versions), saving, creating (blank or copied
// forward from the latest round), deleting with undo.
import { earlierRoundOf } from '../../shared/case/agreedWages';
import type { EarlierRound } from '../../shared/case/caseFile';
import { type Round, type RoundId, type RoundKind } from '../../shared/case/round';
import { roundBlank, roundCopyForward } from '../../shared/case/roundNew';
import { roundWithEnterprise } from '../../shared/case/roundEdits';
import { roundsBefore, roundsOrdered } from '../../shared/case/roundOrder';
import { type RoundStatus, roundStatus } from '../../shared/case/roundStatus';
import { titleInputField } from '../../shared/text/textLimits';
import type { AgreementVersion } from '../../shared/bundle/agreement';
import { procedureRecordSchema } from '../../shared/procedure/record';
import { ruleContextDefault, rulesNewBlocks } from '../../shared/procedure/rules';
import { isoDateToday } from '../../shared/dates/isoDate';
import type { EnterpriseId } from '../../shared/enterprise/model';
import type { Worker } from '../../shared/roster/worker';
import type { Ledger } from '../../shared/terms/ledger';
import { roundMainTemplate } from '../../templates/case/caseData';
import { agreementIdFor, versionSigned } from '../../templates/agreement/flow';
import { agreementRepo } from '../db/agreementRepo';
import { enterpriseRepo } from '../db/enterpriseRepo';
import { personRepo } from '../db/personRepo';
import { ledgerRepo } from '../db/ledgerRepo';
import { repoErr, repoOk, repoValidationErr, type RepoResult } from '../db/repoResult';
import type { SkippedRecord } from '../db/restore';
import { roundConflictStored, roundRepo, type RoundConflict, type RoundRemoval, type StoredRound } from '../db/roundRepo';
import { workerRepo } from '../db/workerRepo';
import type { DataContext } from './context';

export interface RoundSummary {
  readonly id: RoundId;
  readonly title: string;
  readonly kind: RoundKind;
  readonly status: RoundStatus;
  readonly term: Round['procedure']['term'];
  readonly previousRoundId: RoundId | null;
  readonly updatedAt: string;
}

export interface RoundListing {
  /** In the order the rounds happened (shared/case/roundOrder.ts). */
  readonly rounds: readonly RoundSummary[];
  readonly skipped: readonly SkippedRecord[];
}

/** Everything one round's screens read, loaded at once. */
export interface CaseLoaded {
  readonly enterpriseId: EnterpriseId;
  readonly round: Round;
  readonly earlier: readonly EarlierRound[];
  readonly roster: readonly Worker[];
  readonly ledger: Ledger;
  /** This round's agreement versions, every template. */
  readonly agreements: readonly AgreementVersion[];
  /** The round row's revision as loaded: what a save of this round says it was based on. */
  readonly revision: number;
  /** Stored rows that could not be read (left untouched), by kind. */
  readonly skipped: number;
}

function mainSigned(round: Round, versions: readonly AgreementVersion[]): boolean {
  const id = agreementIdFor(roundMainTemplate[round.kind], round.id);
  const latest = versions.filter((v) => v.agreementId === id && !v.voided).sort((a, b) => b.version - a.version)[0];
  return latest !== undefined && versionSigned(latest);
}

/** The agreement versions that belong to `round` (ids `<template>-<round id>`). */
export function roundVersions(round: Round, versions: readonly AgreementVersion[]): AgreementVersion[] {
  const suffix = `-${round.id}`;
  return versions.filter((v) => v.agreementId.endsWith(suffix));
}

async function enterpriseRounds(ctx: DataContext, enterpriseId: EnterpriseId) {
  return roundRepo(ctx.db, ctx.deps).listByEnterprise(enterpriseId);
}

/**
 * The refusal for a round whose procedure record would gain a block it cannot carry, or null. Both records
 * are judged with one context: today, the shipped tables and the enterprise's people, as the 协商程序
 * screen judges them (RecordView.tsx). The screen also lays the user's imported holiday years over the
 * shipped calendar; no block depends on the calendar (it only moves deadlines, which warn), so the
 * shipped one is enough here. A record that does not parse is left to the repository's own refusal.
 */
async function procedureNewBlocks(
  ctx: DataContext,
  enterpriseId: EnterpriseId,
  enterprise: { readonly name: string; readonly regionCode: string },
  round: Round,
): Promise<RepoResult<never> | null> {
  const next = procedureRecordSchema.safeParse(round.procedure);
  if (!next.success) return null;
  const stored = await roundRepo(ctx.db, ctx.deps).get(round.id);
  if (!stored.ok && stored.error.code !== 'notFound') return stored;
  if (stored.ok && stored.value.enterpriseId !== enterpriseId) return null; // the repository says notFound
  // The stored record as it would read under the enterprise's current name and county, like the new one.
  const before = stored.ok ? roundWithEnterprise(stored.value.round, enterprise).procedure : null;
  // Most saves (a wage, a term, a detail) leave the record as it was: nothing new to judge.
  if (before !== null && JSON.stringify(before) === JSON.stringify(next.data)) return null;
  const people = await personRepo(ctx.db, ctx.deps).listByEnterprise(enterpriseId);
  const context = ruleContextDefault(isoDateToday(), { people: people.ok ? people.value.items.map((p) => ({ id: p.id, name: p.name, side: p.side })) : [] });
  const added = rulesNewBlocks(before, next.data, context);
  if (added.length === 0) return null;
  const rules = [...new Set(added.map((f) => f.ruleId))].join(', ');
  const first = added[0]!;
  return repoErr('procedure.blocked', `the procedure record would gain blocks: ${rules}`, { rules, detailZh: first.messageZh, detailEn: first.messageEn });
}

export const caseHandlers = {
  async roundsList(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId }): Promise<RepoResult<RoundListing>> {
    const [listed, agreements] = await Promise.all([enterpriseRounds(ctx, args.enterpriseId), agreementRepo(ctx.db, ctx.deps).listByEnterprise(args.enterpriseId)]);
    if (!listed.ok) return listed;
    const versions = agreements.ok ? agreements.value.items.map((a) => a.version) : [];
    const today = isoDateToday();
    return repoOk({
      rounds: roundsOrdered(listed.value.items).map(({ round, updatedAt }) => ({
        id: round.id,
        title: round.title,
        kind: round.kind,
        status: roundStatus(round, today, mainSigned(round, roundVersions(round, versions))),
        term: round.procedure.term,
        previousRoundId: round.previousRoundId,
        updatedAt,
      })),
      skipped: listed.value.skipped,
    });
  },

  async caseLoad(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly roundId: RoundId }): Promise<RepoResult<CaseLoaded>> {
    const [listed, roster, ledger, agreements] = await Promise.all([
      enterpriseRounds(ctx, args.enterpriseId),
      workerRepo(ctx.db, ctx.deps).listByEnterprise(args.enterpriseId),
      ledgerRepo(ctx.db, ctx.deps).read(args.enterpriseId),
      agreementRepo(ctx.db, ctx.deps).listByEnterprise(args.enterpriseId),
    ]);
    if (!listed.ok) return listed;
    if (!roster.ok) return roster;
    if (!ledger.ok) return ledger;
    if (!agreements.ok) return agreements;
    const own = listed.value.items.find((s) => s.round.id === args.roundId);
    if (!own) return repoErr('notFound', `round ${args.roundId} not found`, { id: args.roundId });
    const enterprise = await enterpriseRepo(ctx.db, ctx.deps).get(args.enterpriseId);
    if (!enterprise.ok) return enterprise;
    return repoOk({
      enterpriseId: args.enterpriseId,
      round: roundWithEnterprise(own.round, enterprise.value),
      earlier: roundsBefore(listed.value.items, own.round.id).map((s) => earlierRoundOf(s.round)),
      roster: roster.value.items,
      ledger: ledger.value.ledger,
      agreements: roundVersions(own.round, agreements.value.items.map((a) => a.version)),
      revision: own.revision,
      skipped: listed.value.skipped.length + roster.value.skipped.length + ledger.value.skipped.length + agreements.value.skipped.length,
    });
  },

  /**
   * Stores the whole round. Refused with `procedure.blocked` (params.rules: the rule ids, params.detailZh /
   * detailEn: the first finding) when its procedure record has a block the stored one did not have and
   * cannot carry (shared/procedure/rules/recordGuard.ts): nothing is written. Every screen saves through
   * here; a save that leaves the procedure as stored adds no block, so old blocks never stop it.
   * `baseRevision` is the revision the edit was made on (CaseLoaded.revision, or the last save's): a round
   * saved since by another tab or screen refuses it with `save.conflict`, carrying the stored round as the
   * screens show it (RoundConflict); nothing is written. Left out (seeding, tests): the save replaces
   * whatever is stored, as before revisions; every screen's save goes through caseSlice, which states it.
   */
  async roundSave(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly round: Round; readonly baseRevision?: number | null }): Promise<RepoResult<StoredRound>> {
    const enterprise = await enterpriseRepo(ctx.db, ctx.deps).get(args.enterpriseId);
    if (!enterprise.ok) return enterprise;
    const round = roundWithEnterprise(args.round, enterprise.value);
    const blocked = await procedureNewBlocks(ctx, args.enterpriseId, enterprise.value, round);
    if (blocked !== null) return blocked;
    const saved = await roundRepo(ctx.db, ctx.deps).save(args.enterpriseId, round, args.baseRevision ?? null);
    const stored = saved.ok ? null : roundConflictStored(saved.error);
    if (saved.ok || stored === null) return saved;
    // The stored round as caseLoad hands it out, so the two sides compare like for like.
    const conflict: RoundConflict = { stored: { ...stored, round: roundWithEnterprise(stored.round, enterprise.value) } };
    return { ok: false, error: { ...saved.error, conflict } };
  },

  /**
   * A new round: blank, or copied forward from `copyFrom` (the previous agreement). The title is typed in,
   * so it meets the input limit (`validation`, fields.title), tighter than the stored rounds' (textLimits.ts).
   */
  async roundCreate(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly title: string; readonly kind: RoundKind; readonly copyFrom: RoundId | null }): Promise<RepoResult<StoredRound>> {
    const title = titleInputField.safeParse(args.title);
    if (!title.success) return repoValidationErr({ title: title.error.issues[0]?.message ?? 'validation.required' });
    const enterprise = await enterpriseRepo(ctx.db, ctx.deps).get(args.enterpriseId);
    if (!enterprise.ok) return enterprise;
    const start = { id: ctx.deps.newId() as RoundId, title: title.data, kind: args.kind, enterprise: enterprise.value };
    let round = roundBlank(start);
    if (args.copyFrom !== null) {
      const previous = await roundRepo(ctx.db, ctx.deps).get(args.copyFrom);
      if (!previous.ok) return previous;
      if (previous.value.enterpriseId !== args.enterpriseId) return repoErr('notFound', `round ${args.copyFrom} not found`, { id: args.copyFrom });
      round = roundCopyForward(previous.value.round, start);
    }
    return roundRepo(ctx.db, ctx.deps).save(args.enterpriseId, round);
  },

  async roundRemove(ctx: DataContext, args: { readonly roundId: RoundId }): Promise<RepoResult<RoundRemoval>> {
    return roundRepo(ctx.db, ctx.deps).remove(args.roundId);
  },

  async roundRestore(ctx: DataContext, args: { readonly removal: RoundRemoval }): Promise<RepoResult<StoredRound>> {
    return roundRepo(ctx.db, ctx.deps).undoRemove(args.removal);
  },
};
