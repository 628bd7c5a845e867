// Taking one event out of a procedure record (a meeting recorded twice, a vote entered on the wrong round,
// a signing recorded too early). The record is then checked again like any other, so a removal that
// leaves a later step without its ground shows as a finding rather than being refused here.
import type { ProcedureRecordInput } from './record';

/** The events a record holds in lists, by the record's field. */
export type ProcedureEventList = 'meetings' | 'votes' | 'informationRequests' | 'suspensions' | 'disputes' | 'vacancies' | 'statusChanges';

/** The events a record holds once (null until recorded). */
export type ProcedureEventSingle = 'request' | 'reply' | 'draft' | 'signing' | 'filing' | 'publication' | 'renewal';

export type ProcedureEventRef =
  | { readonly list: ProcedureEventList; readonly index: number }
  | { readonly single: ProcedureEventSingle };

/** Whether the record holds the event: a removal is offered only then. */
export function procedureEventExists(record: ProcedureRecordInput, ref: ProcedureEventRef): boolean {
  if ('single' in ref) return record[ref.single] !== null && record[ref.single] !== undefined;
  const list = record[ref.list] ?? [];
  return Number.isInteger(ref.index) && ref.index >= 0 && ref.index < list.length;
}

/** The record without the event; null when it does not hold it. */
export function procedureEventRemoved<R extends ProcedureRecordInput>(record: R, ref: ProcedureEventRef): R | null {
  if (!procedureEventExists(record, ref)) return null;
  if ('single' in ref) return { ...record, [ref.single]: null };
  const list = (record[ref.list] ?? []) as readonly unknown[];
  return { ...record, [ref.list]: list.filter((_, i) => i !== ref.index) };
}

/** The event itself, kept to put it back (undo). */
export function procedureEventOf(record: ProcedureRecordInput, ref: ProcedureEventRef): unknown {
  if (!procedureEventExists(record, ref)) return undefined;
  return 'single' in ref ? record[ref.single] : (record[ref.list] ?? [])[ref.index];
}

/**
 * Undoes a removal on the record as it is now (edits made since stay): a list event goes back at its old
 * place (or last, if the list has since shrunk); a single event back into its empty field. Null when the
 * field has been filled again since, so the undo would overwrite a newer entry.
 */
export function procedureEventRestored<R extends ProcedureRecordInput>(record: R, ref: ProcedureEventRef, event: unknown): R | null {
  if ('single' in ref) return record[ref.single] === null || record[ref.single] === undefined ? { ...record, [ref.single]: event } : null;
  const list = [...((record[ref.list] ?? []) as readonly unknown[])];
  list.splice(Math.min(ref.index, list.length), 0, event);
  return { ...record, [ref.list]: list };
}
