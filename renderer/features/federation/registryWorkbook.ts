// The registry as an Excel workbook (.xlsx): one sheet of agreements, one of enterprises, figures as
// numbers (元 with 2 decimals) so they can be summed in Excel or WPS. exceljs loads here only, on demand.
import { workbookNew, workbookBytes, sheetFill, XLSX_MONEY, XLSX_COUNT } from '../../components/workbook';
import type { TFunction } from 'i18next';
import { fenToYuanNumber } from '../../../shared/money/fen';
import type { RegistryOverview } from './registryOverview';

const MONEY = XLSX_MONEY;
const COUNT = XLSX_COUNT;

export async function registryWorkbook(overview: RegistryOverview, t: TFunction): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = await workbookNew(t);
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

  return workbookBytes(workbook);
}
