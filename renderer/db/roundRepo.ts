// Negotiation rounds (table `rounds`, doc = Round, shared/case/round.ts): one row per round, the whole
// round in it. Every round read passes roundSchema (restore-on-read: a bad row is skipped and reported,
// never rewritten) and every round written passes it too. A term id is unique across the enterprise's
// rounds, because the fulfilment ledger keys payments by term id. Deleting is soft and can be undone.
import { type Round, type RoundId, roundSchema } from '../../shared/case/round';
import type { EnterpriseId } from '../../shared/enterprise/model';
import { rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome, SkippedRecord } from './restore';
import type { DocRow, WageDeskDb } from './schema';

export interface StoredRound {
  readonly enterpriseId: EnterpriseId;
  readonly round: Round;
  /** ISO instant. */
  readonly updatedAt: string;
}

export interface RoundRemoval {
  readonly id: RoundId;
  readonly deletedAt: string;
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** A stored row as the app uses it, or why it cannot be (backups and listings report it). */
export function roundRowRestore(raw: unknown): RestoreOutcome<StoredRound> {
  if (!isObject(raw)) return { ok: false, skipped: { id: null, reason: 'not an object' } };
  const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
  if (id === null) return { ok: false, skipped: { id: null, reason: 'id: missing' } };
  if (typeof raw.enterpriseId !== 'string' || raw.enterpriseId === '') return { ok: false, skipped: { id, reason: 'enterpriseId: missing' } };
  if (typeof raw.updatedAt !== 'string') return { ok: false, skipped: { id, reason: 'updatedAt: missing' } };
  const parsed = roundSchema.safeParse(raw.doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, skipped: { id, reason: `doc.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` } };
  }
  if (parsed.data.id !== id) return { ok: false, skipped: { id, reason: `doc.id: ${parsed.data.id} is not the row's id` } };
  return { ok: true, record: { enterpriseId: raw.enterpriseId as EnterpriseId, round: parsed.data, updatedAt: raw.updatedAt } };
}

/** Live rounds and the unreadable rows of one enterprise's rows. */
export function roundRowsRead(rows: readonly DocRow[]): Listing<StoredRound> {
  const items: StoredRound[] = [];
  const skipped: SkippedRecord[] = [];
  for (const row of rows) {
    if (!rowLive(row)) continue;
    const restored = roundRowRestore(row);
    if (restored.ok) items.push(restored.record);
    else skipped.push(restored.skipped);
  }
  return { items, skipped };
}

/** The first term id of `round` that another live round of the same enterprise already uses. */
export function roundTermIdClash(round: Round, others: readonly Round[]): string | null {
  const taken = new Set(others.filter((r) => r.id !== round.id).flatMap((r) => r.terms.map((t) => t.id)));
  return round.terms.find((t) => taken.has(t.id))?.id ?? null;
}

/** A round's row as written. */
export function roundRow(enterpriseId: string, round: Round, updatedAt: string): DocRow {
  return { id: round.id, enterpriseId, doc: round, updatedAt, deletedAt: null };
}

export interface RoundRepo {
  listByEnterprise(enterpriseId: EnterpriseId): Promise<RepoResult<Listing<StoredRound>>>;
  get(id: RoundId): Promise<RepoResult<StoredRound>>;
  /**
   * Validates and stores a whole round (new or replacing the row of the same id). Refused with
   * `round.invalid` (params.field) or `terms.idTwice`, and nothing written; `notFound` when the enterprise
   * is gone or the id belongs to another enterprise's round.
   */
  save(enterpriseId: EnterpriseId, round: Round): Promise<RepoResult<StoredRound>>;
  remove(id: RoundId): Promise<RepoResult<RoundRemoval>>;
  undoRemove(removal: RoundRemoval): Promise<RepoResult<StoredRound>>;
}

export function roundRepo(db: WageDeskDb, deps: Pick<RepoDeps, 'clock'> = repoDepsDefault): RoundRepo {
  const notFound = (id: string) => repoErr('notFound', `round ${id} not found`, { id });
  return {
    listByEnterprise: (enterpriseId) => repoGuard(async () => repoOk(roundRowsRead(await db.rounds.where('enterpriseId').equals(enterpriseId).toArray()))),

    get: (id) =>
      repoGuard(async () => {
        const row = await db.rounds.get(id);
        if (!rowLive(row)) return notFound(id);
        const restored = roundRowRestore(row);
        return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id });
      }),

    save: (enterpriseId, input) =>
      repoGuard(async () => {
        const parsed = roundSchema.safeParse(input);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return repoErr('round.invalid', issue?.message ?? 'invalid round', { field: issue?.path.join('.') ?? '', issue: issue?.message ?? '' });
        }
        const round = parsed.data;
        return db.transaction('rw', db.enterprises, db.rounds, async () => {
          if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
          const existing = await db.rounds.get(round.id);
          if (existing !== undefined && existing.enterpriseId !== enterpriseId) return notFound(round.id);
          const siblings = roundRowsRead(await db.rounds.where('enterpriseId').equals(enterpriseId).toArray()).items.map((s) => s.round);
          const clash = roundTermIdClash(round, siblings);
          if (clash !== null) return repoErr('terms.idTwice', `term id ${clash} is used in another round`, { id: clash });
          const row = roundRow(enterpriseId, round, deps.clock());
          await db.rounds.put(row);
          return repoOk({ enterpriseId, round, updatedAt: row.updatedAt });
        });
      }),

    remove: (id) =>
      repoGuard(() =>
        db.transaction('rw', db.rounds, async () => {
          if (!rowLive(await db.rounds.get(id))) return notFound(id);
          const deletedAt = deps.clock();
          await db.rounds.update(id, { deletedAt });
          return repoOk({ id, deletedAt });
        }),
      ),

    undoRemove: (removal) =>
      repoGuard(() =>
        db.transaction('rw', db.enterprises, db.rounds, async () => {
          const row = await db.rounds.get(removal.id);
          if (row === undefined || row.deletedAt !== removal.deletedAt) return notFound(removal.id);
          if (!rowLive(await db.enterprises.get(row.enterpriseId))) return repoErr('notFound', `enterprise ${row.enterpriseId} not found`, { id: row.enterpriseId });
          await db.rounds.update(removal.id, { deletedAt: null });
          const restored = roundRowRestore({ ...row, deletedAt: null });
          return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id: removal.id });
        }),
      ),
  };
}
