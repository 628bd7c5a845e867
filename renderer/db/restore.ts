// Restore-on-read: every record read from storage is brought to the current shape (defaults for
// fields added after it was written) and then validated with the same rules the forms use.
// A record that cannot be restored is reported and skipped, never thrown on, and never rewritten here:
// it stays in the store untouched so a later build or a person can still rescue it.
import { z } from 'zod';
import {
  enterpriseInput,
  fieldErrors,
  personInput,
  type Enterprise,
  type EnterpriseId,
  type Person,
  type PersonId,
} from '../../shared/enterprise/model';

/** ISO 8601 instant, as `new Date().toISOString()` writes it (an offset is tolerated in old data). */
const isoInstant = z.iso.datetime({ offset: true });

const enterpriseId = z.string().min(1).transform((id) => id as EnterpriseId);
const personId = z.string().min(1).transform((id) => id as PersonId);

/** An enterprise as stored (current version): the form's fields plus identity, times and soft delete. */
export const storedEnterprise = enterpriseInput.safeExtend({
  id: enterpriseId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Set when deleted (undoable until purged); null while live. Schema v2. */
  deletedAt: isoInstant.nullable(),
  /** One more with every write of the profile; not indexed, so no schema version (enterpriseRepo.update). */
  revision: z.number().int().min(0),
});
export type StoredEnterprise = z.output<typeof storedEnterprise>;

export const storedPerson = personInput.safeExtend({
  id: personId,
  enterpriseId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  deletedAt: isoInstant.nullable(),
});
export type StoredPerson = z.output<typeof storedPerson>;

// The stored shapes must stay supersets of the shared domain types.
const _enterpriseFits = (s: StoredEnterprise): Enterprise => s;
const _personFits = (s: StoredPerson): Person => s;

/**
 * Fields added after a record shape first shipped, with the value an older record implicitly had.
 * Add to these whenever a field is added; never remove an entry.
 */
export const enterpriseLegacyDefaults: Readonly<Record<string, unknown>> = {
  womenCount: null, // added with the women workers' special contract: unknown, not zero
  deletedAt: null, // schema v2
  revision: 0, // added with save conflicts: a profile written before them
};
export const personLegacyDefaults: Readonly<Record<string, unknown>> = {
  hasAuthorization: false, // added with the 委托书 check (CCR 20, 21, 23)
  deletedAt: null, // schema v2
};

export interface SkippedRecord {
  /** The record's id when it has a readable one. */
  readonly id: string | null;
  /** Developer-facing reason, e.g. `creditCode: validation.creditCode.checksum`. */
  readonly reason: string;
}

export type RestoreOutcome<T> =
  | { readonly ok: true; readonly record: T }
  | { readonly ok: false; readonly skipped: SkippedRecord };

export interface Restored<T> {
  readonly records: readonly T[];
  readonly skipped: readonly SkippedRecord[];
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function restoreWith<S extends z.ZodType>(
  schema: S,
  legacyDefaults: Readonly<Record<string, unknown>>,
  raw: unknown,
): RestoreOutcome<z.output<S>> {
  if (!isRecord(raw)) return { ok: false, skipped: { id: null, reason: 'not an object' } };
  const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
  const filled: Record<string, unknown> = { ...legacyDefaults };
  for (const [key, value] of Object.entries(raw)) if (value !== undefined) filled[key] = value;
  const parsed = schema.safeParse(filled);
  if (parsed.success) return { ok: true, record: parsed.data };
  const reason = Object.entries(fieldErrors(parsed.error))
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
  return { ok: false, skipped: { id, reason } };
}

export function enterpriseRestore(raw: unknown): RestoreOutcome<StoredEnterprise> {
  return restoreWith(storedEnterprise, enterpriseLegacyDefaults, raw);
}

export function personRestore(raw: unknown): RestoreOutcome<StoredPerson> {
  return restoreWith(storedPerson, personLegacyDefaults, raw);
}

/** Restores a batch, keeping the good records and listing the rest. */
export function restoredAll<T>(rows: readonly unknown[], restore: (raw: unknown) => RestoreOutcome<T>): Restored<T> {
  const records: T[] = [];
  const skipped: SkippedRecord[] = [];
  for (const raw of rows) {
    const outcome = restore(raw);
    if (outcome.ok) records.push(outcome.record);
    else skipped.push(outcome.skipped);
  }
  return { records, skipped };
}
