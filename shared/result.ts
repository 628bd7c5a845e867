// Errors that cross a boundary (IPC, storage, file import) travel as values, never as exceptions.
// `code` is stable and machine-readable; the UI maps it to text through the i18n table.

export interface AppError {
  readonly code: string;
  /** Developer-facing detail (English); users see the i18n text for `code`. */
  readonly message: string;
  /** Values the i18n text interpolates, e.g. `{ field: 'name' }`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function resultOk<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function resultErr<T = never>(code: string, message: string, params?: AppError['params']): Result<T> {
  return params ? { ok: false, error: { code, message, params } } : { ok: false, error: { code, message } };
}
