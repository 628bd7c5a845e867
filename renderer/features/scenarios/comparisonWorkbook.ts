// The comparison as an Excel workbook (.xlsx), for the table at the meeting and the federation's files.
// Amounts are numbers in 元 with 2 decimals (format #,##0.00), shares are fractions shown as %, so the
// figures can be summed and charted in Excel or WPS. exceljs is loaded here only, on demand.
import { workbookNew, workbookBytes, sheetFill, XLSX_MONEY, XLSX_COUNT } from '../../components/workbook';
import type { TFunction } from 'i18next';
import type { Fen } from '../../../shared/money/fen';
import { fenToYuanNumber } from '../../../shared/money/fen';
import { scenariosMessagesRegister } from './messages';
import type { Quarter } from '../../../shared/dates/quarter';
import { formatQuarter } from '../../../shared/format/date';
import type { DisplayLocale } from '../../../shared/format/locale';
import type { WageModelResult } from '../../../shared/wage/model';

scenariosMessagesRegister();

const MONEY = XLSX_MONEY;
const MONEY_DIFFERENCE = '+#,##0.00;-#,##0.00;0.00';
const SHARE = '0.00%';
const POINTS = '+0.00;-0.00;0.00';
const INDEX = '0.00';
const COUNT = XLSX_COUNT;

/** bp → a fraction for Excel's % format: 233 bp → 0.0233. */
const fraction = (bp: number | null): number | null => (bp === null ? null : bp / 10_000);
/** 分 → 元 for a spreadsheet cell (display and sums there; never back into the model). */
const yuan = (amount: number | null): number | null => (amount === null ? null : fenToYuanNumber(amount as Fen));

export async function comparisonWorkbook(result: WageModelResult, t: TFunction, locale: DisplayLocale): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = await workbookNew(t);
  const quarter = (q: string) => formatQuarter(q as Quarter, locale);
  const x = (key: string) => t(`scenarios.xlsx.${key}`);

  sheetFill(
    workbook.addWorksheet(t('scenarios.table.title')),
    [
      { header: t('scenarios.quarter'), width: 16 },
      { header: t('scenarios.table.scenario'), width: 28 },
      { header: t('scenarios.table.baseWage'), width: 16, format: MONEY },
      { header: t('scenarios.table.wageBill'), width: 18, format: MONEY },
      { header: t('scenarios.table.labourShare'), width: 14, format: SHARE },
      { header: t('scenarios.table.income'), width: 16, format: MONEY },
      { header: t('scenarios.table.baseWageIndex'), width: 12, format: INDEX },
      { header: t('scenarios.table.outputIndex'), width: 12, format: INDEX },
      { header: x('baseWageDifference'), width: 18, format: MONEY_DIFFERENCE },
      { header: x('wageBillDifference'), width: 18, format: MONEY_DIFFERENCE },
      { header: x('incomeDifference'), width: 18, format: MONEY_DIFFERENCE },
      { header: x('labourShareDifference'), width: 18, format: POINTS },
    ],
    result.quarters.flatMap((q, i) =>
      result.scenarios.map((scenario, k) => {
        const figures = scenario.quarters[i]!;
        const d = k === 0 ? null : (result.differences[k - 1]?.quarters[i] ?? null);
        return [
          quarter(q),
          scenario.name,
          yuan(figures.monthlyBaseWageFen),
          yuan(figures.wageBillFen.total),
          fraction(figures.labourShareBp),
          yuan(figures.averageMonthlyIncomeFen),
          figures.baseWageIndexBp / 100,
          result.output.quarters[i]!.indexBp / 100,
          d ? yuan(d.monthlyBaseWage) : null,
          d ? yuan(d.wageBill) : null,
          d ? yuan(d.averageMonthlyIncome) : null,
          d && d.labourShare !== null ? d.labourShare / 100 : null,
        ];
      }),
    ),
  );

  sheetFill(
    workbook.addWorksheet(x('sheetOutput')),
    [
      { header: t('scenarios.quarter'), width: 16 },
      { header: t('scenarios.output.value'), width: 16, format: MONEY },
      { header: t('scenarios.output.change'), width: 12, format: SHARE },
      { header: t('scenarios.table.outputIndex'), width: 12, format: INDEX },
      { header: t('scenarios.headcount.working'), width: 10, format: COUNT },
      { header: t('scenarios.headcount.onLeave'), width: 10, format: COUNT },
      { header: t('scenarios.headcount.stopped'), width: 10, format: COUNT },
      { header: t('scenarios.minimumWage'), width: 16, format: MONEY },
    ],
    result.output.quarters.map((o, i) => {
      const h = result.headcount[i];
      return [
        quarter(o.quarter),
        o.valueFen === null ? null : o.valueFen / 1_000_000,
        fraction(o.changeBp),
        o.indexBp / 100,
        h?.working ?? null,
        h?.onLeave ?? null,
        h?.stopped ?? null,
        yuan(result.minimumWage[i]?.monthlyFen ?? null),
      ];
    }),
  );

  sheetFill(
    workbook.addWorksheet(t('scenarios.findings.title')),
    [
      { header: t('scenarios.quarter'), width: 16 },
      { header: t('scenarios.table.scenario'), width: 28 },
      { header: x('finding'), width: 30 },
      { header: t('scenarios.table.baseWage'), width: 16, format: MONEY },
      { header: t('scenarios.minimumWage'), width: 16, format: MONEY },
      { header: x('basis'), width: 40 },
    ],
    result.floorFindings.map((f) => [
      quarter(f.quarter),
      f.scenario,
      f.action === 'block' ? t('scenarios.findings.blockedTag') : f.action === 'warn' ? t('scenarios.findings.atFloorTag') : x('findingAsk'),
      yuan(f.baseWage),
      f.action === 'ask' ? null : yuan(f.floor),
      f.action === 'ask' ? x('rule') : `${x('rule')} ${f.table.basis}`,
    ]),
  );

  return workbookBytes(workbook);
}
