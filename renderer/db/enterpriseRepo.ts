// Enterprises in the local database. Every function returns a RepoResult and never throws.
import { creditCodeNormalize } from '../../shared/enterprise/creditCode';
import {
  enterpriseInput,
  fieldErrors,
  type Enterprise,
  type EnterpriseId,
  type EnterpriseInput,
  type PersonId,
} from '../../shared/enterprise/model';
import { enterpriseFromRecord, enterpriseRecord, rowLive } from './records';
import {
  repoDepsDefault,
  repoErr,
  repoGuard,
  repoOk,
  repoValidationErr,
  type Listing,
  type RepoDeps,
  type RepoResult,
} from './repoResult';
import { enterpriseRestore, restoredAll } from './restore';
import type { WageDeskDb } from './schema';
import { zhNameCompare } from '../../shared/text/collation';

/** What undo needs: exactly the rows one removal soft-deleted, and the stamp it gave them. */
export interface EnterpriseRemoval {
  readonly enterpriseId: EnterpriseId;
  readonly personIds: readonly PersonId[];
  readonly deletedAt: string;
}

export interface EnterpriseRepo {
  /** Live enterprises by name in Chinese collation (pinyin order), plus records that could not be read. */
  list(): Promise<RepoResult<Listing<Enterprise>>>;
  get(id: EnterpriseId): Promise<RepoResult<Enterprise>>;
  create(input: EnterpriseInput): Promise<RepoResult<Enterprise>>;
  /**
   * Replaces the form fields; id and createdAt stay. `baseRevision`: the revision the form was filled
   * from; when the stored profile has moved on since (another tab), refused with `save.conflict`
   * (conflict: { stored: Enterprise }) and nothing written. Null: replace whatever is stored.
   */
  update(id: EnterpriseId, input: EnterpriseInput, baseRevision?: number | null): Promise<RepoResult<Enterprise>>;
  /** Soft-deletes the enterprise and its people in one transaction. */
  remove(id: EnterpriseId): Promise<RepoResult<EnterpriseRemoval>>;
  undoRemove(removal: EnterpriseRemoval): Promise<RepoResult<Enterprise>>;
  /** Whether a live enterprise other than `exceptId` already has this credit code. */
  creditCodeTaken(code: string, exceptId?: EnterpriseId): Promise<RepoResult<boolean>>;
}

const duplicateKey = 'validation.creditCode.duplicate';

/** Within a transaction: live rows holding `code` (normalised), other than `exceptId`. */
async function creditCodeHolders(db: WageDeskDb, code: string, exceptId?: string): Promise<string[]> {
  const rows = await db.enterprises.where('creditCode').equals(creditCodeNormalize(code)).toArray();
  return rows.filter((row) => rowLive(row) && row.id !== exceptId).map((row) => row.id);
}

function notFound(id: string): RepoResult<never> {
  return repoErr('notFound', `enterprise ${id} not found`, { id });
}

export function enterpriseRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): EnterpriseRepo {
  async function liveRecord(id: string) {
    const row = await db.enterprises.get(id);
    if (!rowLive(row)) return notFound(id);
    const restored = enterpriseRestore(row);
    return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id });
  }

  return {
    list: () =>
      repoGuard(async () => {
        const { records, skipped } = restoredAll(await db.enterprises.toArray(), enterpriseRestore);
        const items = records
          .filter((record) => record.deletedAt === null)
          .sort((a, b) => zhNameCompare(a.name, b.name))
          .map(enterpriseFromRecord);
        return repoOk({ items, skipped });
      }),

    get: (id) =>
      repoGuard(async () => {
        const found = await liveRecord(id);
        return found.ok ? repoOk(enterpriseFromRecord(found.value)) : found;
      }),

    create: (input) =>
      repoGuard(async () => {
        const parsed = enterpriseInput.safeParse(input);
        if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
        const fields = parsed.data;
        return db.transaction('rw', db.enterprises, async () => {
          if ((await creditCodeHolders(db, fields.creditCode)).length > 0) {
            return repoValidationErr({ creditCode: duplicateKey });
          }
          const record = enterpriseRecord(fields, deps.newId() as EnterpriseId, deps.clock());
          await db.enterprises.add(record);
          return repoOk(enterpriseFromRecord(record));
        });
      }),

    update: (id, input, baseRevision = null) =>
      repoGuard(async () => {
        const parsed = enterpriseInput.safeParse(input);
        if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
        const fields = parsed.data;
        return db.transaction('rw', db.enterprises, async () => {
          const found = await liveRecord(id);
          if (!found.ok) return found;
          if (baseRevision !== null && found.value.revision !== baseRevision) {
            const stored = enterpriseFromRecord(found.value);
            return { ok: false, error: { code: 'save.conflict', message: `enterprise ${id} is at revision ${stored.revision ?? 0}, the edit was based on ${baseRevision}`, params: { revision: found.value.revision }, conflict: { stored } } };
          }
          if ((await creditCodeHolders(db, fields.creditCode, id)).length > 0) {
            return repoValidationErr({ creditCode: duplicateKey });
          }
          const record = { ...found.value, ...fields, updatedAt: deps.clock(), revision: found.value.revision + 1 };
          await db.enterprises.put(record);
          return repoOk(enterpriseFromRecord(record));
        });
      }),

    remove: (id) =>
      repoGuard(() =>
        db.transaction('rw', db.enterprises, db.people, async () => {
          const row = await db.enterprises.get(id);
          if (!rowLive(row)) return notFound(id);
          const deletedAt = deps.clock();
          const people = await db.people.where('enterpriseId').equals(id).toArray();
          const personIds = people.filter(rowLive).map((person) => person.id as PersonId);
          await db.enterprises.update(id, { deletedAt });
          await db.people.bulkUpdate(personIds.map((key) => ({ key, changes: { deletedAt } })));
          return repoOk<EnterpriseRemoval>({ enterpriseId: id, personIds, deletedAt });
        }),
      ),

    undoRemove: (removal) =>
      repoGuard(() =>
        db.transaction('rw', db.enterprises, db.people, async () => {
          const id = removal.enterpriseId;
          const row = await db.enterprises.get(id);
          // A stale token (the row was purged, restored or deleted again since) changes nothing.
          if (row === undefined || row.deletedAt !== removal.deletedAt) return notFound(id);
          const restored = enterpriseRestore({ ...row, deletedAt: null });
          if (!restored.ok) return repoErr('storage.corrupt', restored.skipped.reason, { id });
          // The code may have been given to a new enterprise while this one was deleted.
          if ((await creditCodeHolders(db, restored.record.creditCode, id)).length > 0) {
            return repoValidationErr({ creditCode: duplicateKey });
          }
          const people = await db.people.bulkGet([...removal.personIds]);
          const personIds = people.flatMap((person) => (person?.deletedAt === removal.deletedAt ? [person.id] : []));
          await db.enterprises.update(id, { deletedAt: null });
          await db.people.bulkUpdate(personIds.map((key) => ({ key, changes: { deletedAt: null } })));
          return repoOk(enterpriseFromRecord(restored.record));
        }),
      ),

    creditCodeTaken: (code, exceptId) =>
      repoGuard(async () => repoOk((await creditCodeHolders(db, code, exceptId)).length > 0)),
  };
}
