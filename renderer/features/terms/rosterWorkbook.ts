// The roster as an Excel workbook (.xlsx) with the headers the importer recognises, so an exported roster
// reads back in unchanged. ID numbers and phones are text cells (a number cell would lose the last
// digits of an ID number); the file holds full ID numbers, as the office's own roster does. exceljs is
// loaded here only, on demand.
import { workbookNew, workbookBytes, XLSX_TEXT } from '../../components/workbook';
import type { TFunction } from 'i18next';
import { fenToYuanNumber } from '../../../shared/money/fen';
import type { Worker } from '../../../shared/roster/worker';

export async function rosterWorkbook(roster: readonly Worker[], t: TFunction): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = await workbookNew(t);
  const sheet = workbook.addWorksheet(t('terms.roster.sheet'));
  const text = XLSX_TEXT;
  sheet.columns = [
    { header: t('terms.field.id'), width: 12, style: { numFmt: text } },
    { header: t('terms.field.name'), width: 12 },
    { header: t('terms.field.idNumber'), width: 22, style: { numFmt: text } },
    { header: t('terms.field.phone'), width: 16, style: { numFmt: text } },
    { header: t('terms.field.group'), width: 14 },
    { header: t('terms.field.status'), width: 8 },
    { header: t('terms.field.hireDate'), width: 12 },
    { header: t('terms.field.returnedOn'), width: 12 },
    { header: t('terms.field.leftOn'), width: 12 },
    { header: t('terms.field.homeProvince'), width: 12 },
    { header: t('terms.field.fare'), width: 10, style: { numFmt: '0.00' } },
    { header: t('terms.field.note'), width: 24 },
  ];
  for (const w of roster) {
    sheet.addRow([
      w.id, w.name, w.idNumber, w.phone ?? '', w.group, t(`terms.status.${w.status}`),
      w.hireDate ?? '', w.returnedOn ?? '', w.leftOn ?? '', w.homeProvince ?? '',
      w.fareFen === null ? null : fenToYuanNumber(w.fareFen), w.note,
    ]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return workbookBytes(workbook);
}
