// Building stored records from validated form fields, and handing them out as domain values.
import type {
  Enterprise,
  EnterpriseFields,
  EnterpriseId,
  Person,
  PersonFields,
  PersonId,
} from '../../shared/enterprise/model';
import type { StoredEnterprise, StoredPerson } from './restore';

export function enterpriseRecord(fields: EnterpriseFields, id: EnterpriseId, now: string): StoredEnterprise {
  return { ...fields, id, createdAt: now, updatedAt: now, deletedAt: null, revision: 1 };
}

export function personRecord(fields: PersonFields, id: PersonId, enterpriseId: EnterpriseId, now: string): StoredPerson {
  return { ...fields, id, enterpriseId, createdAt: now, updatedAt: now, deletedAt: null };
}

/** The domain value: soft-delete bookkeeping stays inside db/. */
export function enterpriseFromRecord(record: StoredEnterprise): Enterprise {
  const { deletedAt: _deletedAt, ...enterprise } = record;
  return enterprise;
}

export function personFromRecord(record: StoredPerson): Person {
  const { deletedAt: _deletedAt, ...person } = record;
  return person;
}

/** True for a raw row that has not been soft-deleted (rows from before schema v2 have no deletedAt). */
export function rowLive(row: { readonly [field: string]: unknown } | undefined): boolean {
  return row !== undefined && (row.deletedAt === null || row.deletedAt === undefined);
}
