// Two versions of a table: rows matched by their first cell (a period, a round, a label), rows left over
// between two matches paired when they have the same cells, and each cell of a pair diffed, so a changed
// wage reads as one cell "1,750.00 元 → 1,570.00 元" rather than a row deleted and a row inserted.
import type { Align, Block, Run, TableCell } from '../model';
import { sequenceAlign } from './align';
import type { BlockChange } from './redline';
import { type RedlineSegment, segmentsText, segmentsWhole, textDiff } from './textDiff';

type TableBlock = Extract<Block, { kind: 'table' }>;

export interface RedlineCell {
  /** The cell's text before and after; null on the side whose row does not have it. */
  readonly previous: string | null;
  readonly next: string | null;
  readonly segments: readonly RedlineSegment[];
  readonly bold?: boolean;
  readonly align?: Align;
  readonly span?: number;
}

export interface RedlineRow {
  readonly change: BlockChange;
  readonly cells: readonly RedlineCell[];
}

const cellRuns = (c: TableCell): readonly Run[] => (typeof c.text === 'string' ? [{ text: c.text }] : c.text);
const spans = (row: readonly TableCell[]) => row.map((c) => c.span ?? 1).join(',');

/** Columns of the table's grid (the widest row, spans counted). */
export function tableColumns(t: TableBlock): number {
  return Math.max(0, ...t.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
}

function cellLook(c: TableCell): Pick<RedlineCell, 'bold' | 'align' | 'span'> {
  return { ...(c.bold ? { bold: true } : {}), ...(c.align ? { align: c.align } : {}), ...(c.span ? { span: c.span } : {}) };
}

function rowRedline(previous: readonly TableCell[] | null, next: readonly TableCell[] | null): RedlineRow {
  if (previous === null || next === null) {
    const kind = previous === null ? 'inserted' : 'deleted';
    const cells = (previous ?? next)!.map((c) => {
      const segments = segmentsWhole(cellRuns(c), kind);
      const text = segmentsText(segments, kind === 'inserted' ? 'next' : 'previous');
      return { previous: kind === 'deleted' ? text : null, next: kind === 'inserted' ? text : null, segments, ...cellLook(c) };
    });
    return { change: kind, cells };
  }
  const cells = next.map((c, i) => {
    const segments = textDiff(cellRuns(previous[i]!), cellRuns(c));
    return { previous: segmentsText(segments, 'previous'), next: segmentsText(segments, 'next'), segments, ...cellLook(c) };
  });
  return { change: cells.every((c) => c.previous === c.next) ? 'equal' : 'changed', cells };
}

/** The rows of a table inserted or deleted whole, or of two versions aligned. */
export function tableRedlineRows(previous: TableBlock | null, next: TableBlock | null): RedlineRow[] {
  const firstCell = (row: readonly TableCell[]) => (row[0] ? cellRuns(row[0]).map((r) => r.text).join('') : '');
  const aligned = sequenceAlign(previous?.rows ?? [], next?.rows ?? [], firstCell, (a, b) => spans(a) === spans(b));
  return aligned.map((a) => {
    // A row matched by its first cell but split differently cannot be diffed cell by cell: old out, new in.
    if (a.previous && a.next && spans(a.previous) !== spans(a.next)) return [rowRedline(a.previous, null), rowRedline(null, a.next)];
    return [rowRedline(a.previous, a.next)];
  }).flat();
}
