// Negotiation participants (协商人员) of an enterprise. Every function returns a RepoResult, never throws.
import {
  fieldErrors,
  personInput,
  personRoles,
  personSides,
  type EnterpriseId,
  type Person,
  type PersonId,
  type PersonInput,
} from '../../shared/enterprise/model';
import { personFromRecord, personRecord, rowLive } from './records';
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
import { personRestore, restoredAll, type StoredPerson } from './restore';
import type { WageDeskDb } from './schema';
import { zhNameCompare } from '../../shared/text/collation';

export interface PersonRemoval {
  readonly personId: PersonId;
  readonly deletedAt: string;
}

export interface PersonRepo {
  /** Live people of one enterprise: workers' side, employer's side, recorder; chiefs first in each. */
  listByEnterprise(enterpriseId: EnterpriseId): Promise<RepoResult<Listing<Person>>>;
  get(id: PersonId): Promise<RepoResult<Person>>;
  /** Refused with `notFound` when the enterprise does not exist or is deleted. */
  create(enterpriseId: EnterpriseId, input: PersonInput): Promise<RepoResult<Person>>;
  update(id: PersonId, input: PersonInput): Promise<RepoResult<Person>>;
  remove(id: PersonId): Promise<RepoResult<PersonRemoval>>;
  /** Refused with `notFound` when the token is stale or the enterprise has been deleted since. */
  undoRemove(removal: PersonRemoval): Promise<RepoResult<Person>>;
}


/** Side, then role, then creation; a total order (name, id) so equal stamps never shuffle. */
export function personOrder(a: StoredPerson, b: StoredPerson): number {
  return (
    personSides.indexOf(a.side) - personSides.indexOf(b.side) ||
    personRoles.indexOf(a.role) - personRoles.indexOf(b.role) ||
    a.createdAt.localeCompare(b.createdAt) ||
    zhNameCompare(a.name, b.name) ||
    a.id.localeCompare(b.id)
  );
}

function notFound(kind: 'person' | 'enterprise', id: string): RepoResult<never> {
  return repoErr('notFound', `${kind} ${id} not found`, { id });
}

export function personRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): PersonRepo {
  async function enterpriseLive(id: string): Promise<boolean> {
    return rowLive(await db.enterprises.get(id));
  }

  async function liveRecord(id: string): Promise<RepoResult<StoredPerson>> {
    const row = await db.people.get(id);
    if (!rowLive(row)) return notFound('person', id);
    const restored = personRestore(row);
    return restored.ok ? repoOk(restored.record) : repoErr('storage.corrupt', restored.skipped.reason, { id });
  }

  return {
    listByEnterprise: (enterpriseId) =>
      repoGuard(async () => {
        const rows = await db.people.where('enterpriseId').equals(enterpriseId).toArray();
        const { records, skipped } = restoredAll(rows, personRestore);
        const items = records.filter((p) => p.deletedAt === null).sort(personOrder).map(personFromRecord);
        return repoOk({ items, skipped });
      }),

    get: (id) =>
      repoGuard(async () => {
        const found = await liveRecord(id);
        return found.ok ? repoOk(personFromRecord(found.value)) : found;
      }),

    create: (enterpriseId, input) =>
      repoGuard(async () => {
        const parsed = personInput.safeParse(input);
        if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
        return db.transaction('rw', db.enterprises, db.people, async () => {
          if (!(await enterpriseLive(enterpriseId))) return notFound('enterprise', enterpriseId);
          const record = personRecord(parsed.data, deps.newId() as PersonId, enterpriseId, deps.clock());
          await db.people.add(record);
          return repoOk(personFromRecord(record));
        });
      }),

    update: (id, input) =>
      repoGuard(async () => {
        const parsed = personInput.safeParse(input);
        if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
        return db.transaction('rw', db.people, async () => {
          const found = await liveRecord(id);
          if (!found.ok) return found;
          const record = { ...found.value, ...parsed.data, updatedAt: deps.clock() };
          await db.people.put(record);
          return repoOk(personFromRecord(record));
        });
      }),

    remove: (id) =>
      repoGuard(() =>
        db.transaction('rw', db.people, async () => {
          if (!rowLive(await db.people.get(id))) return notFound('person', id);
          const deletedAt = deps.clock();
          await db.people.update(id, { deletedAt });
          return repoOk<PersonRemoval>({ personId: id, deletedAt });
        }),
      ),

    undoRemove: (removal) =>
      repoGuard(() =>
        db.transaction('rw', db.enterprises, db.people, async () => {
          const id = removal.personId;
          const row = await db.people.get(id);
          if (row === undefined || row.deletedAt !== removal.deletedAt) return notFound('person', id);
          const restored = personRestore({ ...row, deletedAt: null });
          if (!restored.ok) return repoErr('storage.corrupt', restored.skipped.reason, { id });
          if (!(await enterpriseLive(restored.record.enterpriseId))) {
            return notFound('enterprise', restored.record.enterpriseId);
          }
          await db.people.update(id, { deletedAt: null });
          return repoOk(personFromRecord(restored.record));
        }),
      ),
  };
}
