// The registry as an Excel workbook (.xlsx): one sheet of agreements, one of enterprises, figures as
// numbers (元 with 2 decimals) so they can be summed in Excel or WPS. exceljs loads here only, on demand.
import type { TFunction } from 'i18next';
import type { Worksheet } from 'exceljs';
import { fenToYuanNumber } from '../../../shared/money/fen';
import type { RegistryOverview } from './registryOverview';

const MONEY = '#,##0.00';
const COUNT = '#,##0';

interface Column {
  readonly header: string;
  readonly width: number;
  readonly format?: string;
}

function sheetFill(sheet: Worksheet, columns: readonly Column[], rows: readonly (readonly (string | number | null)[])[]): void {
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

export async function registryWorkbook(overview: RegistryOverview, t: TFunction): Promise<Uint8Array<ArrayBuffer>> {
  const mod = await import('exceljs');
  // The browser build of exceljs is a CommonJS bundle: its classes may arrive under `default`.
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  workbook.created = new Date();
  const x = (key: string) => t(`federation.xlsx.${key}`);
  const tb = (key: string) => t(`federation.table.${key}`);
  const yesNo = (value: boolean | undefined) => (value ? x('yes') : x('no'));

  sheetFill(
    workbook.addWorksheet(x('sheetAgreements')),
    [
      { header: tb('enterprise'), width: 28 },
      { header: tb('creditCode'), width: 22 },
      { header: tb('agreement'), width: 36 },
      { header: x('version'), width: 8, format: COUNT },
      { header: x('versionsHeld'), width: 10, format: COUNT },
      { header: tb('status'), width: 14 },
      { header: x('signedAt'), width: 12 },
      { header: x('from'), width: 12 },
      { header: x('to'), width: 12 },
      { header: x('filingDue'), width: 12 },
      { header: x('lateFiling'), width: 10 },
      { header: x('renewalDue'), width: 14 },
      { header: x('missedRenewal'), width: 12 },
      { header: x('witnessed'), width: 10 },
      { header: x('fingerprint'), width: 68 },
    ],
    overview.enterprises.flatMap((e) =>
      e.agreements.map((a) => [
        e.name, e.creditCode, a.title, a.version, a.versionsHeld, t(`federation.status.${a.status}`), a.signedAt, a.termFrom, a.termTo,
        a.filing?.dueDate ?? null, yesNo(a.filing?.late), a.renewal?.dueDate ?? null, yesNo(a.renewal?.missed), yesNo(a.witnessed), a.fingerprint,
      ]),
    ),
  );

  sheetFill(
    workbook.addWorksheet(x('sheetEnterprises')),
    [
      { header: tb('enterprise'), width: 28 },
      { header: tb('creditCode'), width: 22 },
      { header: x('region'), width: 10 },
      { header: tb('headcount'), width: 10, format: COUNT },
      { header: tb('covered'), width: 10, format: COUNT },
      { header: x('baseWage'), width: 16, format: MONEY },
      { header: x('floor'), width: 16, format: MONEY },
      { header: x('floorVerdict'), width: 24 },
      { header: x('lateFiling'), width: 10, format: COUNT },
      { header: x('missedRenewal'), width: 12, format: COUNT },
    ],
    overview.enterprises.map((e) => [
      e.name, e.creditCode, e.regionCode, e.headcount, e.workersCovered,
      e.baseWage ? fenToYuanNumber(e.baseWage.baseWage) : null,
      e.baseWage?.floor != null ? fenToYuanNumber(e.baseWage.floor) : null,
      e.baseWage ? t(`federation.report.verdict.${e.baseWage.verdict}`) : null,
      e.lateFilings, e.missedRenewals,
    ]),
  );

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
