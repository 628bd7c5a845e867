// Plain-text tables for the terminal, aligned by display width: a CJK character takes two columns in
// a terminal, so padding by string length would skew every Chinese row.

/** Display columns of the text: 2 for CJK and full-width characters, 1 otherwise. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

export type ColumnAlign = 'left' | 'right';

/**
 * Rows as lines, columns two spaces apart; `align` per column (default left). A row of one cell is a
 * caption line: printed as is, it does not widen the first column. Trailing spaces trimmed.
 */
export function textTable(rows: readonly (readonly string[])[], align: readonly ColumnAlign[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) if (row.length > 1) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, textWidth(cell))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const gap = ' '.repeat((widths[i] ?? 0) - textWidth(cell));
        return align[i] === 'right' ? gap + cell : cell + gap;
      })
      .join('  ')
      .trimEnd();
  return rows.map((row) => (row.length === 1 ? row[0]! : line(row)));
}
