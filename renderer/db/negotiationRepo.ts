// Negotiation records (协商程序) of an enterprise: one row per round of talks, the procedure record as
// `doc`. Every record read passes procedureRecordParse (restore-on-read: a bad row is skipped and
// reported, never thrown on, never rewritten); every record written passes it too, so nothing invalid is
// stored. Deleting is soft (deletedAt) and can be undone. Every function returns a RepoResult.
import type { EnterpriseId } from '../../shared/enterprise/model';
import { type ProcedureRecord, type ProcedureRecordInput, procedureRecordParse } from '../../shared/procedure/record';
import { rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome, SkippedRecord } from './restore';
import type { DocRow, WageDeskDb } from './schema';

export interface StoredNegotiation {
  readonly id: string;
  readonly enterpriseId: string;
  readonly record: ProcedureRecord;
  /** ISO instant. */
  readonly updatedAt: string;
}

export interface NegotiationRemoval {
  readonly id: string;
  readonly deletedAt: string;
}

export interface NegotiationRepo {
  /** Live records of one enterprise, most recently changed first; bad rows are listed in `skipped`. */
  listByEnterprise(enterpriseId: EnterpriseId): Promise<RepoResult<Listing<StoredNegotiation>>>;
  get(id: string): Promise<RepoResult<StoredNegotiation>>;
  /**
   * Validates and stores a record: a new row when `id` is null, else replaces that row's record. Refused
   * with 'record.invalid' (params.field: the dotted path) and nothing written when the record is invalid;
   * with 'notFound' when the enterprise or the row is gone.
   */
  save(enterpriseId: EnterpriseId, id: string | null, record: ProcedureRecordInput): Promise<RepoResult<StoredNegotiation>>;
  remove(id: string): Promise<RepoResult<NegotiationRemoval>>;
  undoRemove(removal: NegotiationRemoval): Promise<RepoResult<StoredNegotiation>>;
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** A stored row as the app uses it, or the reason it cannot be (for backups and the list's report). */
export function negotiationRowRestore(raw: unknown): RestoreOutcome<StoredNegotiation> {
  if (!isObject(raw)) return { ok: false, skipped: { id: null, reason: 'not an object' } };
  const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
  if (id === null) return { ok: false, skipped: { id: null, reason: 'id: missing' } };
  if (typeof raw.enterpriseId !== 'string' || raw.enterpriseId === '') return { ok: false, skipped: { id, reason: 'enterpriseId: missing' } };
  if (typeof raw.updatedAt !== 'string') return { ok: false, skipped: { id, reason: 'updatedAt: missing' } };
  const parsed = procedureRecordParse(raw.doc);
  if (!parsed.ok) return { ok: false, skipped: { id, reason: `doc.${String(parsed.error.params?.field ?? '')}: ${parsed.error.message}` } };
  return { ok: true, record: { id, enterpriseId: raw.enterpriseId, record: parsed.value, updatedAt: raw.updatedAt } };
}

function notFound(id: string): RepoResult<never> {
  return repoErr('notFound', `negotiation record ${id} not found`, { id });
}

export function negotiationRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): NegotiationRepo {
  return {
    listByEnterprise: (enterpriseId) =>
      repoGuard(async () => {
        const rows = await db.negotiations.where('enterpriseId').equals(enterpriseId).toArray();
        const items: StoredNegotiation[] = [];
        const skipped: SkippedRecord[] = [];
        for (const row of rows) {
          if (!rowLive(row)) continue;
          const restored = negotiationRowRestore(row);
          if (restored.ok) items.push(restored.record);
          else skipped.push(restored.skipped);
        }
        items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
        return repoOk({ items, skipped });
      }),

    get: (id) =>
      repoGuard(async () => {
        const row = await db.negotiations.get(id);
        if (!rowLive(row)) return notFound(id);
        const restored = negotiationRowRestore(row);
        return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id });
      }),

    save: (enterpriseId, id, input) =>
      repoGuard(async () => {
        const parsed = procedureRecordParse(input);
        if (!parsed.ok) return { ok: false, error: parsed.error };
        return db.transaction('rw', db.enterprises, db.negotiations, async () => {
          if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
          if (id !== null) {
            const existing = await db.negotiations.get(id);
            if (!rowLive(existing) || existing?.enterpriseId !== enterpriseId) return notFound(id);
          }
          const row: DocRow = { id: id ?? deps.newId(), enterpriseId, doc: parsed.value, updatedAt: deps.clock(), deletedAt: null };
          await db.negotiations.put(row);
          return repoOk({ id: row.id, enterpriseId, record: parsed.value, updatedAt: row.updatedAt });
        });
      }),

    remove: (id) =>
      repoGuard(() =>
        db.transaction('rw', db.negotiations, async () => {
          const row = await db.negotiations.get(id);
          if (!rowLive(row)) return notFound(id);
          const deletedAt = deps.clock();
          await db.negotiations.update(id, { deletedAt });
          return repoOk({ id, deletedAt });
        }),
      ),

    undoRemove: (removal) =>
      repoGuard(() =>
        db.transaction('rw', db.enterprises, db.negotiations, async () => {
          const row = await db.negotiations.get(removal.id);
          if (row === undefined || row.deletedAt !== removal.deletedAt) return notFound(removal.id);
          if (!rowLive(await db.enterprises.get(row.enterpriseId))) return repoErr('notFound', `enterprise ${row.enterpriseId} not found`, { id: row.enterpriseId });
          await db.negotiations.update(removal.id, { deletedAt: null });
          const restored = negotiationRowRestore({ ...row, deletedAt: null });
          return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id: removal.id });
        }),
      ),
  };
}
