// What a redline amounts to, for a line on the command line or a badge on a screen: how many articles
// were changed, added and dropped, and every table cell whose text changed, old → new.
import type { Redline, RedlineBlock } from './redline';

export interface RedlineSummary {
  /** Articles (第N条) reworded, only renumbered (an article added or dropped before them), added, dropped. */
  readonly clauses: { readonly reworded: number; readonly renumbered: number; readonly inserted: number; readonly deleted: number };
  /** Other blocks (headings, paragraphs, amounts, tables, signature and filing blocks) that differ. */
  readonly otherBlocks: number;
  /** Table cells whose text changed, in inserted and deleted rows too. */
  readonly cells: number;
}

export interface RedlineCellChange {
  /** Which table of the redline (0 = the first table block) and the cell's row and cell index in it. */
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  readonly previous: string | null;
  readonly next: string | null;
}

const isTable = (b: RedlineBlock): b is Extract<RedlineBlock, { kind: 'table' }> => b.kind === 'table';

/** Every table cell whose text is not the same before and after. */
export function redlineCellChanges(redline: Redline): RedlineCellChange[] {
  return redline.blocks.filter(isTable).flatMap((t, table) =>
    t.rows.flatMap((r, row) => r.cells.flatMap((c, cell) => (c.previous === c.next ? [] : [{ table, row, cell, previous: c.previous, next: c.next }]))),
  );
}

export function redlineSummary(redline: Redline): RedlineSummary {
  const clauses = { reworded: 0, renumbered: 0, inserted: 0, deleted: 0 };
  let otherBlocks = 0;
  for (const b of redline.blocks) {
    if (b.change === 'equal') continue;
    if (b.kind !== 'clause') otherBlocks++;
    else if (b.change !== 'changed') clauses[b.change]++;
    else if (b.heading.every((s) => s.kind === 'equal') && b.paragraphs.every((p) => p.change === 'equal')) clauses.renumbered++;
    else clauses.reworded++;
  }
  return { clauses, otherBlocks, cells: redlineCellChanges(redline).length };
}

/** Whether the two documents say exactly the same. */
export function redlineEmpty(redline: Redline): boolean {
  const same = (segments: Redline['title']) => segments.every((s) => s.kind === 'equal');
  return same(redline.title) && (redline.subtitle?.change ?? 'equal') === 'equal' && redline.blocks.every((b) => b.change === 'equal');
}
