// Rows of the terms area's document tables (terms, workers, ledgerEntries; schema v4 DocRow): each row's
// `doc` is validated on read with its shared/ zod schema. A row that fails is skipped and reported, never
// thrown on and never rewritten, so a later build or a person can still rescue it (restore.ts's rule).
import type { z } from 'zod';
import type { SkippedRecord } from './restore';
import type { DocRow } from './schema';

/** A live row's id and its validated doc. */
export interface DocOf<T> {
  readonly rowId: string;
  readonly doc: T;
}

function rowIsLive(row: DocRow): boolean {
  return row.deletedAt === null || row.deletedAt === undefined;
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '_'}: ${issue.message}`).join('; ');
}

/** Live rows whose doc `read` accepts; the others listed in `skipped`. */
export function docRowsRead<T>(
  rows: readonly DocRow[],
  read: (doc: unknown) => { readonly success: true; readonly data: T } | { readonly success: false; readonly error: z.ZodError },
): { readonly items: DocOf<T>[]; readonly skipped: SkippedRecord[] } {
  const items: DocOf<T>[] = [];
  const skipped: SkippedRecord[] = [];
  for (const row of rows) {
    if (!rowIsLive(row)) continue;
    const parsed = read(row.doc);
    if (parsed.success) items.push({ rowId: row.id, doc: parsed.data });
    else skipped.push({ id: typeof row.id === 'string' ? row.id : null, reason: issuesText(parsed.error) });
  }
  return { items, skipped };
}

/** A row key unique across enterprises: the enterprise id and the document's own key. */
export function docRowId(enterpriseId: string, key: string): string {
  return `${enterpriseId}/${key}`;
}

export function docRowNew(enterpriseId: string, key: string, doc: unknown, updatedAt: string): DocRow {
  return { id: docRowId(enterpriseId, key), enterpriseId, doc, updatedAt, deletedAt: null };
}
