// What an audit entry changed, as field names: the fields whose values differ before and after.
import type { AuditRow } from '../../data/types';

/** Bookkeeping fields every write touches; listing them would hide what the person changed. */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt', 'deletedAt']);

export function auditChangedFields(entry: Pick<AuditRow, 'before' | 'after'>): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** The name of the record an entry is about (a person's, an enterprise's, a round's title), when it has one. */
export function auditRowName(entry: Pick<AuditRow, 'before' | 'after'>): string {
  const row = (entry.after ?? entry.before ?? {}) as { name?: unknown; title?: unknown; doc?: { title?: unknown } };
  if (typeof row.name === 'string') return row.name;
  if (typeof row.title === 'string') return row.title;
  // A round's row keeps the round whole under `doc` (renderer/db/roundRepo.ts).
  return typeof row.doc?.title === 'string' ? row.doc.title : '';
}

/** A whole-store restore's entry (renderer/db/backup.ts): all rows before and after, or null for any other entry. */
export function auditRestoreRows(entry: Pick<AuditRow, 'after'>): { readonly before: number; readonly after: number } | null {
  const after = entry.after as { rowsBefore?: Record<string, unknown>; rowsAfter?: Record<string, unknown> } | null;
  const total = (counts: Record<string, unknown> | undefined) => Object.values(counts ?? {}).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
  return after?.rowsBefore && after.rowsAfter ? { before: total(after.rowsBefore), after: total(after.rowsAfter) } : null;
}
