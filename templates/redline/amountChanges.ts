// The amounts a redline changes, for the few lines a reader checks first ("月基本工资 1,750.00 元 →
// 1,570.00 元"): wage-table cells in figures (labelled by their column's header, placed by the row's first
// cell), amount lines (保岗协议支付总额), and amounts written inside an article's text when both sides
// name as many amounts (paired in order). Amounts in capitals say the same as the figures beside them
// and are left out.
import { segmentsText } from './textDiff';
import type { Redline, RedlineBlock, RedlineRow } from './redline';
import { yuanText } from '../text';

export interface RedlineAmountChange {
  /** What the amount is: a column header, an amount line's label, or the article (第十一条 工资调整). */
  readonly label: string;
  /** Where, when the label alone does not say: the table row's first cell. */
  readonly context: string | null;
  readonly previous: string;
  readonly next: string;
}

/** An amount in figures with its unit, as the templates print it: 1,750.00 元, 120 元. */
const AMOUNT = /[+\-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*元|[+\-−]?\d+(?:\.\d+)?\s*元/gu;
const isAmount = (text: string) => new RegExp(`^(?:${AMOUNT.source})$`, 'u').test(text.trim());
const amountsIn = (text: string) => text.match(AMOUNT) ?? [];

/** The header cell over column `column` (spans counted), or null. */
function headerAt(header: RedlineRow | undefined, column: number): string | null {
  let at = 0;
  for (const cell of header?.cells ?? []) {
    const span = cell.span ?? 1;
    if (column >= at && column < at + span) return cell.next ?? cell.previous;
    at += span;
  }
  return null;
}

function tableAmounts(b: Extract<RedlineBlock, { kind: 'table' }>): RedlineAmountChange[] {
  const header = b.header ? b.rows[0] : undefined;
  return b.rows.flatMap((row) => {
    if (row === header || row.change !== 'changed') return [];
    let column = 0;
    return row.cells.flatMap((cell, i) => {
      const at = column;
      column += cell.span ?? 1;
      if (cell.previous === null || cell.next === null || cell.previous === cell.next || !isAmount(cell.previous) || !isAmount(cell.next)) return [];
      const first = i === 0 ? null : (row.cells[0]?.next ?? null);
      return [{ label: headerAt(header, at) ?? first ?? '', context: headerAt(header, at) === null ? null : first, previous: cell.previous.trim(), next: cell.next.trim() }];
    });
  });
}

function clauseAmounts(b: Extract<RedlineBlock, { kind: 'clause' }>): RedlineAmountChange[] {
  const number = segmentsText(b.number, 'next') || segmentsText(b.number, 'previous');
  const heading = segmentsText(b.heading, 'next');
  const label = heading ? `${number} ${heading}` : number;
  return b.paragraphs.flatMap((p) => {
    if (p.change !== 'changed') return [];
    const before = amountsIn(segmentsText(p.segments, 'previous'));
    const after = amountsIn(segmentsText(p.segments, 'next'));
    if (before.length !== after.length) return [];
    return before.flatMap((previous, i) => (previous === after[i] ? [] : [{ label, context: null, previous, next: after[i]! }]));
  });
}

/** Every amount the redline changes, in the order they appear. */
export function redlineAmountChanges(redline: Redline): RedlineAmountChange[] {
  return redline.blocks.flatMap((b): RedlineAmountChange[] => {
    if (b.change !== 'changed') return [];
    if (b.kind === 'table') return tableAmounts(b);
    if (b.kind === 'clause') return clauseAmounts(b);
    if (b.previous?.kind === 'amount' && b.next?.kind === 'amount' && b.previous.amount !== b.next.amount) {
      return [{ label: b.next.label, context: null, previous: yuanText(b.previous.amount), next: yuanText(b.next.amount) }];
    }
    return [];
  });
}
