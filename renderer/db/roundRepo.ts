// Negotiation rounds (table `rounds`, doc = Round, shared/case/round.ts): one row per round, the whole
// round in it. Every round read passes roundSchema (restore-on-read: a bad row is skipped and reported,
// never rewritten) and every round written passes it too. A term id is unique across the enterprise's
// rounds, because the fulfilment ledger keys payments by term id. Deleting is soft and can be undone.
// Every write raises the row's `revision`; a save names the revision it was based on and is refused with
// `save.conflict` when the stored row moved on meanwhile (another tab, another screen), so two editors
// of one round never overwrite each other without a word.
import { type Round, type RoundId, roundSchema } from '../../shared/case/round';
import type { EnterpriseId } from '../../shared/enterprise/model';
import { rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type Listing, type RepoDeps, type RepoError, type RepoResult } from './repoResult';
import type { RestoreOutcome, SkippedRecord } from './restore';
import type { DocRow, WageDeskDb } from './schema';

export interface StoredRound {
  readonly enterpriseId: EnterpriseId;
  readonly round: Round;
  /** ISO instant. */
  readonly updatedAt: string;
  /** Goes up by one with every write of the row; 0 for rows written before revisions existed. */
  readonly revision: number;
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
  return { ok: true, record: { enterpriseId: raw.enterpriseId as EnterpriseId, round: parsed.data, updatedAt: raw.updatedAt, revision: rowRevision(raw) } };
}

/** A row's revision: rows (and backups) from before revisions read as 0; a damaged value too, rather than lose the row. */
export function rowRevision(raw: { readonly [field: string]: unknown } | undefined): number {
  const value = raw?.revision;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
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

/**
 * A round's row as written over `before` (the row it replaces, if any): one revision past it. Every writer
 * of a round row goes through here, so the revision a save was based on always tells whether it is stale.
 */
export function roundRow(enterpriseId: string, round: Round, updatedAt: string, before: DocRow | undefined): DocRow {
  return { id: round.id, enterpriseId, doc: round, updatedAt, deletedAt: null, revision: before === undefined ? 1 : rowRevision(before) + 1 };
}

/** What `save.conflict` carries: the round as stored now, which the refused save would have overwritten. */
export interface RoundConflict {
  readonly stored: StoredRound;
}

/** The stored round a `save.conflict` error carries, or null for any other error. */
export function roundConflictStored(error: RepoError): StoredRound | null {
  return error.code === 'save.conflict' && error.conflict !== undefined ? (error.conflict as RoundConflict).stored : null;
}

function roundConflictErr(stored: StoredRound, baseRevision: number): RepoResult<never> {
  const conflict: RoundConflict = { stored };
  return {
    ok: false,
    error: { code: 'save.conflict', message: `round ${stored.round.id} is at revision ${stored.revision}, the save was based on ${baseRevision}`, params: { revision: stored.revision }, conflict },
  };
}

export interface RoundRepo {
  listByEnterprise(enterpriseId: EnterpriseId): Promise<RepoResult<Listing<StoredRound>>>;
  get(id: RoundId): Promise<RepoResult<StoredRound>>;
  /**
   * Validates and stores a whole round (new or replacing the row of the same id). Refused with
   * `round.invalid` (params.field) or `terms.idTwice`, and nothing written; `notFound` when the enterprise
   * is gone or the id belongs to another enterprise's round. `baseRevision`: the revision the edit was
   * made on (null: a new round, or a write that means to replace whatever is stored); when the stored
   * row's differs, refused with `save.conflict` (params.revision, conflict.stored) and nothing written.
   */
  save(enterpriseId: EnterpriseId, round: Round, baseRevision?: number | null): Promise<RepoResult<StoredRound>>;
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

    save: (enterpriseId, input, baseRevision = null) =>
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
          // Compared inside the write's transaction: no other save can land between the check and the put.
          if (baseRevision !== null && existing !== undefined && rowRevision(existing) !== baseRevision) {
            const stored = roundRowRestore(existing);
            if (!stored.ok) return repoErr('storage.corrupt', stored.skipped.reason, { id: round.id });
            return roundConflictErr(stored.record, baseRevision);
          }
          const siblings = roundRowsRead(await db.rounds.where('enterpriseId').equals(enterpriseId).toArray()).items.map((s) => s.round);
          const clash = roundTermIdClash(round, siblings);
          if (clash !== null) return repoErr('terms.idTwice', `term id ${clash} is used in another round`, { id: clash });
          const row = roundRow(enterpriseId, round, deps.clock(), existing);
          await db.rounds.put(row);
          return repoOk({ enterpriseId, round, updatedAt: row.updatedAt, revision: rowRevision(row) });
        });
      }),

    remove: (id) =>
      repoGuard(() =>
        db.transaction('rw', db.rounds, async () => {
          const row = await db.rounds.get(id);
          if (!rowLive(row)) return notFound(id);
          const deletedAt = deps.clock();
          await db.rounds.update(id, { deletedAt, revision: rowRevision(row) + 1 });
          return repoOk({ id, deletedAt });
        }),
      ),

    undoRemove: (removal) =>
      repoGuard(() =>
        db.transaction('rw', db.enterprises, db.rounds, async () => {
          const row = await db.rounds.get(removal.id);
          if (row === undefined || row.deletedAt !== removal.deletedAt) return notFound(removal.id);
          if (!rowLive(await db.enterprises.get(row.enterpriseId))) return repoErr('notFound', `enterprise ${row.enterpriseId} not found`, { id: row.enterpriseId });
          const revision = rowRevision(row) + 1;
          await db.rounds.update(removal.id, { deletedAt: null, revision });
          const restored = roundRowRestore({ ...row, deletedAt: null, revision });
          return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id: removal.id });
        }),
      ),
  };
}
