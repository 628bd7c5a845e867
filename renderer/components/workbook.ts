// Excel workbooks (.xlsx) the app writes: exceljs loaded on demand, one header style for every sheet, and
// the bytes handed to platform().saveFile. Figures stay numbers so they can be summed in Excel or WPS.
import type { TFunction } from 'i18next';
import type { Workbook, Worksheet } from 'exceljs';

export const XLSX_MONEY = '#,##0.00';
export const XLSX_COUNT = '#,##0';
/** Text cells: an 18-digit ID number stored as a number loses its last digits. */
export const XLSX_TEXT = '@';

export type WorkbookCell = string | number | null;

export interface WorkbookColumn {
  readonly header: string;
  readonly width: number;
  readonly format?: string;
}

/** A new workbook, exceljs loaded only now (it is large); `creator` is the app's name. */
export async function workbookNew(t: TFunction): Promise<Workbook> {
  const mod = await import('exceljs');
  // The browser build of exceljs is a CommonJS bundle: its classes may arrive under `default`.
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  workbook.created = new Date();
  return workbook;
}

/** Columns with their number formats, the rows, a bold shaded header row kept in view when scrolling. */
export function sheetFill(sheet: Worksheet, columns: readonly WorkbookColumn[], rows: readonly (readonly WorkbookCell[])[]): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }));
  for (const row of rows) sheet.addRow([...row]);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
    cell.numFmt = 'General';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
