// Roster files (.xlsx, .csv) → rows of cell text (string[][]), the input of shared/roster's import plan.
// rows[i] is Excel's row i + 1, blank rows included, so row numbers in errors match what the user sees.
// Uses exceljs and papaparse, both of which also run in browsers, and no node:* module: the renderer
// can reuse this file on the bytes of a picked file.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { type Result, resultErr, resultOk } from '../../result';
import { type CsvEncoding, csvTextFromBytes } from './csvText';

export type RosterFileKind = 'xlsx' | 'csv';

export interface RosterRows {
  readonly kind: RosterFileKind;
  readonly rows: readonly (readonly string[])[];
  /** CSV only: how the bytes were decoded. */
  readonly encoding: CsvEncoding | null;
  /** xlsx only: the sheet read (the first). */
  readonly sheet: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A cell value as text. Excel dates (exceljs reads them as UTC midnight) become ISO dates. */
export function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? value.toExponential() : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : '';
  if ('error' in value) return String(value.error);
  if ('result' in value && value.result !== undefined) return xlsxCellText(value.result as ExcelJS.CellValue);
  // A formula saved without its result (files written by scripts, not by Excel or WPS): its text, so the
  // import plan can name the cell instead of reading it as empty.
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
  return '';
}

/** The first worksheet of an .xlsx file. Errors: roster.xlsxUnreadable, roster.xlsxNoSheet. */
export async function rosterRowsFromXlsx(bytes: Uint8Array): Promise<Result<RosterRows>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; it unzips any Uint8Array or ArrayBuffer (also in browsers).
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return resultErr('roster.xlsxUnreadable', `not a readable .xlsx file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return resultErr('roster.xlsxNoSheet', 'the workbook has no worksheet');
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => xlsxCellText(row.getCell(c + 1).value)));
  }
  return resultOk({ kind: 'xlsx', rows, encoding: null, sheet: sheet.name });
}

/** A CSV file in UTF-8 or GBK (see csvText.ts). Quoted fields may hold commas and line breaks. */
export function rosterRowsFromCsv(bytes: Uint8Array): Result<RosterRows> {
  const { text, encoding } = csvTextFromBytes(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return resultErr('roster.csvUnreadable', `CSV quoting problem at row ${fatal.row === undefined ? '?' : fatal.row + 1}: ${fatal.message}`);
  // A final line break yields one empty trailing row; it is no row of the sheet.
  const rows = parsed.data.length > 0 && parsed.data[parsed.data.length - 1]!.every((c) => c === '') && /\r?\n$/.test(text) ? parsed.data.slice(0, -1) : parsed.data;
  return resultOk({ kind: 'csv', rows, encoding, sheet: null });
}

/** By the file name's extension. Errors: roster.fileKind (.xls and others: save as .xlsx or CSV), and those above. */
export async function rosterRowsFromFile(name: string, bytes: Uint8Array): Promise<Result<RosterRows>> {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'xlsx') return rosterRowsFromXlsx(bytes);
  if (extension === 'csv' || extension === 'txt') return rosterRowsFromCsv(bytes);
  return resultErr('roster.fileKind', `cannot read .${extension ?? ''} files; save the roster as .xlsx or CSV`, { extension: extension ?? '' });
}
