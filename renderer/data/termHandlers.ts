// Adding, editing and deleting a round's terms: the round and the ledger change in ONE transaction, so a
// term never shows promises it does not have. Editing a monetary term recomputes each worker's entitlement
// with payments kept (shared/terms/ledgerReconcile.ts). Deleting hands back what it removed, for undo.
import type { Round, RoundId } from '../../shared/case/round';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import type { EnterpriseId } from '../../shared/enterprise/model';
import { termEntitlements } from '../../shared/terms/entitlement';
import { type LedgerEntry, type LeaveTaken, ledgerSchema } from '../../shared/terms/ledger';
import { ledgerForTerm } from '../../shared/terms/ledgerReconcile';
import { type Term, termIsMonetary, termSchema } from '../../shared/terms/term';
import { type Worker, workerSchema } from '../../shared/roster/worker';
import { ledgerEntryKey, ledgerLeaveKey } from '../db/ledgerRepo';
import { rowLive } from '../db/records';
import { repoErr, repoGuard, repoOk, type RepoResult } from '../db/repoResult';
import { roundRow, roundRowRestore, roundRowsRead, roundTermIdClash, rowRevision } from '../db/roundRepo';
import type { DocRow } from '../db/schema';
import { docRowId, docRowNew, docRowsRead } from '../db/termsDocRows';
import type { DataContext } from './context';

/** What a term change replaced: the round before it and the term's ledger rows, to put back on undo. */
export interface TermChangeUndo {
  readonly enterpriseId: EnterpriseId;
  readonly roundBefore: DocRow;
  readonly ledgerBefore: readonly DocRow[];
  readonly ledgerAfterKeys: readonly string[];
}

export interface TermChanged {
  readonly round: Round;
  /** Workers the term now promises money to. */
  readonly entitled: number;
  readonly undo: TermChangeUndo;
}

/** The entries and leave records among a term's ledger rows (a row that does not validate is left out). */
function ledgerDocs(rows: readonly DocRow[]): { entries: LedgerEntry[]; leave: LeaveTaken[] } {
  const entries: LedgerEntry[] = [];
  const leave: LeaveTaken[] = [];
  for (const row of rows) {
    const isEntry = typeof row.doc === 'object' && row.doc !== null && 'entitledFen' in row.doc;
    const parsed = ledgerSchema.safeParse(isEntry ? { entries: [row.doc] } : { leave: [row.doc] });
    if (!parsed.success) continue;
    entries.push(...parsed.data.entries);
    leave.push(...parsed.data.leave);
  }
  return { entries, leave };
}

/** The term's entries after the change: the rule's entitlements with payments kept, or only what was paid. */
function entriesAfter(term: Term, existing: readonly LedgerEntry[], entitlements: Parameters<typeof ledgerForTerm>[1] | null): LedgerEntry[] {
  if (entitlements === null) return existing.filter((e) => e.payments.length > 0);
  const { put, remove } = ledgerForTerm(term.id, entitlements, existing);
  const changed = new Map(put.map((e) => [e.workerId, e]));
  const removed = new Set(remove.map((e) => e.workerId));
  const kept = existing.filter((e) => !changed.has(e.workerId) && !removed.has(e.workerId));
  return [...kept, ...changed.values()];
}

async function termRows(ctx: DataContext, enterpriseId: string, termId: string): Promise<DocRow[]> {
  const prefix = docRowId(enterpriseId, `e/${termId}/`);
  const leavePrefix = docRowId(enterpriseId, `l/${termId}/`);
  const [entries, leave] = await Promise.all([ctx.db.ledgerEntries.where(':id').startsWith(prefix).toArray(), ctx.db.ledgerEntries.where(':id').startsWith(leavePrefix).toArray()]);
  return [...entries, ...leave];
}

async function rosterOf(ctx: DataContext, enterpriseId: string): Promise<Worker[]> {
  const rows = await ctx.db.workers.where('enterpriseId').equals(enterpriseId).toArray();
  return docRowsRead(rows, (doc) => workerSchema.safeParse(doc)).items.map((i) => i.doc);
}

export const termHandlers = {
  /**
   * Adds `term` to the round, or replaces the term `replaces` (its id, which may differ when the id was
   * edited). Errors: validation (params.field), terms.idTwice, notFound, and the entitlement errors.
   */
  async termSave(
    ctx: DataContext,
    args: { readonly enterpriseId: EnterpriseId; readonly roundId: RoundId; readonly term: unknown; readonly replaces: string | null; readonly calendar: HolidayCalendar },
  ): Promise<RepoResult<TermChanged>> {
    const parsed = termSchema.safeParse(args.term);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return repoErr('validation', issue?.message ?? 'invalid term', { field: issue?.path.join('.') ?? '' });
    }
    const term: Term = parsed.data;
    return repoGuard(() =>
      ctx.db.transaction('rw', [ctx.db.enterprises, ctx.db.rounds, ctx.db.workers, ctx.db.ledgerEntries], async () => {
        if (!rowLive(await ctx.db.enterprises.get(args.enterpriseId))) return repoErr('notFound', `enterprise ${args.enterpriseId} not found`, { id: args.enterpriseId });
        const roundBefore = await ctx.db.rounds.get(args.roundId);
        const restored = rowLive(roundBefore) ? roundRowRestore(roundBefore) : null;
        if (!roundBefore || !restored?.ok || restored.record.enterpriseId !== args.enterpriseId) return repoErr('notFound', `round ${args.roundId} not found`, { id: args.roundId });
        const round = restored.record.round;
        if (args.replaces !== null && !round.terms.some((t) => t.id === args.replaces)) return repoErr('notFound', `term ${args.replaces} not found`, { id: args.replaces });
        if (round.terms.some((t) => t.id === term.id && t.id !== args.replaces)) return repoErr('terms.idTwice', `term id ${term.id} is used twice`, { id: term.id });
        const terms = args.replaces === null ? [...round.terms, term] : round.terms.map((t) => (t.id === args.replaces ? term : t));
        const next: Round = { ...round, terms };
        const siblings = roundRowsRead(await ctx.db.rounds.where('enterpriseId').equals(args.enterpriseId).toArray()).items.map((s) => s.round);
        if (roundTermIdClash(next, siblings) !== null) return repoErr('terms.idTwice', `term id ${term.id} is used in another round`, { id: term.id });

        // The term's ledger rows under its old id (an edited id moves them to the new one).
        const ledgerBefore = await termRows(ctx, args.enterpriseId, args.replaces ?? term.id);
        const before = ledgerDocs(ledgerBefore);
        const existing = before.entries.map((e) => ({ ...e, termId: term.id }));
        let entitlements: Parameters<typeof ledgerForTerm>[1] | null = null;
        if (termIsMonetary(term)) {
          const set = termEntitlements(term, { roster: await rosterOf(ctx, args.enterpriseId), asOf: term.dueDate, calendar: args.calendar });
          if (!set.ok) return set;
          entitlements = set.value.entitlements;
        }
        const at = ctx.deps.clock();
        const rows = [
          ...entriesAfter(term, existing, entitlements).map((e) => docRowNew(args.enterpriseId, ledgerEntryKey(e), e, at)),
          ...before.leave.map((l) => ({ ...l, termId: term.id })).map((l) => docRowNew(args.enterpriseId, ledgerLeaveKey(l), l, at)),
        ];
        await ctx.db.rounds.put(roundRow(args.enterpriseId, next, at, roundBefore));
        await ctx.db.ledgerEntries.bulkDelete(ledgerBefore.map((r) => r.id));
        await ctx.db.ledgerEntries.bulkPut(rows);
        const entitled = entitlements?.length ?? 0;
        return repoOk({ round: next, entitled, undo: { enterpriseId: args.enterpriseId, roundBefore, ledgerBefore, ledgerAfterKeys: rows.map((r) => r.id) } });
      }),
    );
  },

  /** Removes the term and its ledger rows (payments included: the user was asked first). */
  async termRemove(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly roundId: RoundId; readonly termId: string }): Promise<RepoResult<TermChanged>> {
    return repoGuard(() =>
      ctx.db.transaction('rw', [ctx.db.rounds, ctx.db.ledgerEntries], async () => {
        const roundBefore = await ctx.db.rounds.get(args.roundId);
        const restored = rowLive(roundBefore) ? roundRowRestore(roundBefore) : null;
        if (!roundBefore || !restored?.ok || restored.record.enterpriseId !== args.enterpriseId) return repoErr('notFound', `round ${args.roundId} not found`, { id: args.roundId });
        const round = restored.record.round;
        if (!round.terms.some((t) => t.id === args.termId)) return repoErr('notFound', `term ${args.termId} not found`, { id: args.termId });
        const next: Round = { ...round, terms: round.terms.filter((t) => t.id !== args.termId) };
        const ledgerBefore = await termRows(ctx, args.enterpriseId, args.termId);
        await ctx.db.rounds.put(roundRow(args.enterpriseId, next, ctx.deps.clock(), roundBefore));
        await ctx.db.ledgerEntries.bulkDelete(ledgerBefore.map((r) => r.id));
        return repoOk({ round: next, entitled: 0, undo: { enterpriseId: args.enterpriseId, roundBefore, ledgerBefore, ledgerAfterKeys: [] } });
      }),
    );
  },

  /** Undoes a termSave or termRemove: the round and the term's ledger rows as they were. */
  async termChangeUndo(ctx: DataContext, args: { readonly undo: TermChangeUndo }): Promise<RepoResult<Round>> {
    const { undo } = args;
    return repoGuard(() =>
      ctx.db.transaction('rw', [ctx.db.rounds, ctx.db.ledgerEntries], async () => {
        await ctx.db.ledgerEntries.bulkDelete([...undo.ledgerAfterKeys]);
        await ctx.db.ledgerEntries.bulkPut([...undo.ledgerBefore]);
        // The round as it was, one revision past the row it replaces: an undo is a write like any other.
        const row = { ...undo.roundBefore, revision: rowRevision(await ctx.db.rounds.get(undo.roundBefore.id)) + 1 };
        await ctx.db.rounds.put(row);
        const restored = roundRowRestore(row);
        return restored.ok ? repoOk(restored.record.round) : repoErr('storage.corrupt', restored.skipped.reason);
      }),
    );
  },
};
