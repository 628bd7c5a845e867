// A column pasted from Excel or WPS: one figure per line, as the sheet displays it ("2,700", "2700万元",
// "-70.00%", full-width digits). Every line must read; errors name the line (1-based) and what is wrong,
// as i18n keys under scenarios.paste.*, so nothing half-read is ever applied.
import { fenFromYuanText } from '../../../shared/money/fen';
import { bpFromPercentText, fenFromWanYuanText } from '../../../shared/money/amountText';

export type PasteUnit = 'wanYuan' | 'percent';

/** The most quarters a case holds (shared/wage/caseFile.ts). */
export const PASTE_MAX_LINES = 40;

export interface PasteLineError {
  /** 1-based, counted in the pasted text; 0 for the whole paste. */
  readonly line: number;
  readonly text: string;
  /** i18n key. */
  readonly key: string;
}

export interface PasteParse {
  /** One per figure line: 分 for 万元 values, bp for percentages; null where the line has an error. */
  readonly figures: readonly (number | null)[];
  /** The pasted line (1-based) each figure came from. */
  readonly lines: readonly number[];
  readonly errors: readonly PasteLineError[];
}

/** U+2212 minus and the dashes spreadsheets and input methods produce, as an ASCII minus. */
function lineNormalised(line: string): string {
  return line.normalize('NFKC').replace(/[\u2212\u2012\u2013\uFE63]/g, '-').replace(/\s+/g, ' ').trim();
}

function figureRead(text: string, unit: PasteUnit): { value: number } | { key: string } {
  if (text.includes('\t')) return { key: 'scenarios.paste.manyColumns' };
  const normalised = lineNormalised(text);
  if (unit === 'percent') {
    const rate = bpFromPercentText(normalised);
    if (rate === null) return { key: 'scenarios.paste.notPercent' };
    if (rate <= -10_000) return { key: 'scenarios.paste.changeTooLow' };
    return { value: rate };
  }
  // "27,000,000元" is read as 元; "2,700", "2700万", "2700万元" as 万元.
  const inYuan = normalised.endsWith('元') && !normalised.endsWith('万元');
  const amount = inYuan ? fenFromYuanText(normalised) : fenFromWanYuanText(normalised);
  if (amount === null) return { key: 'scenarios.paste.notAmount' };
  if (amount <= 0) return { key: 'scenarios.paste.notPositive' };
  return { value: amount };
}

export function pasteColumnParse(text: string, unit: PasteUnit): PasteParse {
  const lines = text.split(/\r\n|\r|\n/);
  const filled = lines.map((line, k) => ({ line: k + 1, text: line })).filter((l) => l.text.trim() !== '');
  if (filled.length === 0) return { figures: [], lines: [], errors: [{ line: 0, text: '', key: 'scenarios.paste.empty' }] };
  const first = filled[0]!.line;
  const last = filled.at(-1)!.line;
  const errors: PasteLineError[] = [];
  const figures: (number | null)[] = [];
  const numbers: number[] = [];
  // Blank lines inside the column would shift every later quarter: refuse them rather than guess.
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1] ?? '';
    numbers.push(n);
    if (raw.trim() === '') {
      errors.push({ line: n, text: '', key: 'scenarios.paste.blankLine' });
      figures.push(null);
      continue;
    }
    const read = figureRead(raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''), unit);
    if ('key' in read) {
      errors.push({ line: n, text: raw.trim(), key: read.key });
      figures.push(null);
    } else {
      figures.push(read.value);
    }
  }
  if (figures.length > PASTE_MAX_LINES) errors.push({ line: 0, text: '', key: 'scenarios.paste.tooMany' });
  return { figures, lines: numbers, errors };
}

/** The figures when every line read, else null. */
export function pasteColumnFigures(parsed: PasteParse): number[] | null {
  return parsed.errors.length === 0 && parsed.figures.every((f) => f !== null) ? (parsed.figures as number[]) : null;
}
