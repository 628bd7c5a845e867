// What repositories return: Result values (shared/result.ts) whose errors may carry a field → i18n key
// map for forms, and the mapping from storage exceptions to stable error codes.
import type { AppError } from '../../shared/result';
import type { SkippedRecord } from './restore';

export interface RepoError extends AppError {
  /** Form field → i18n message key, for `validation` errors. */
  readonly fields?: Readonly<Record<string, string>>;
  /** `save.conflict` only: the record as stored now (its repository says the shape, e.g. roundRepo's RoundConflict). */
  readonly conflict?: unknown;
}

/** A Result (shared/result.ts) whose error may carry `fields`; assignable to Result<T>. */
export type RepoResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RepoError };

export interface Listing<T> {
  readonly items: readonly T[];
  /** Stored records that could not be restored: left in the store, reported here. */
  readonly skipped: readonly SkippedRecord[];
}

export interface RepoDeps {
  /** ISO 8601 instant for createdAt / updatedAt / deletedAt. */
  readonly clock: () => string;
  readonly newId: () => string;
}

export const repoDepsDefault: RepoDeps = {
  clock: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};

export function repoOk<T>(value: T): RepoResult<T> {
  return { ok: true, value };
}

export function repoErr(code: string, message: string, params?: AppError['params']): RepoResult<never> {
  return params ? { ok: false, error: { code, message, params } } : { ok: false, error: { code, message } };
}

export function repoValidationErr(fields: Readonly<Record<string, string>>): RepoResult<never> {
  const message = `invalid input: ${Object.entries(fields).map(([field, key]) => `${field} (${key})`).join(', ')}`;
  return { ok: false, error: { code: 'validation', message, fields } };
}

export type StorageErrorCode = 'storage.quota' | 'storage.unavailable' | 'storage.failed';

/** Dexie and IndexedDB error names meaning the database cannot be used now (closed, blocked, newer). */
const unavailableNames = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'VersionChangeError',
  'VersionError',
  'UpgradeError',
  'MissingAPIError',
  'InvalidStateError',
  'NoSuchDatabaseError',
]);

/** The error and everything it wraps: Dexie's `inner`, `cause`, and a BulkError's failures. */
function errorChain(error: unknown, seen = new Set<unknown>()): unknown[] {
  if (typeof error !== 'object' || error === null || seen.has(error)) return [];
  seen.add(error);
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return [error, ...nested.flatMap((inner) => errorChain(inner, seen))];
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : '';
}

export function storageErrorCode(error: unknown): StorageErrorCode {
  const names = errorChain(error).map(errorName);
  if (names.includes('QuotaExceededError')) return 'storage.quota';
  if (names.some((name) => unavailableNames.has(name))) return 'storage.unavailable';
  return 'storage.failed';
}

/** Runs storage work so that nothing is thrown across the repository boundary. */
export async function repoGuard<T>(work: () => Promise<RepoResult<T>>): Promise<RepoResult<T>> {
  try {
    return await work();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return repoErr(storageErrorCode(error), detail);
  }
}
