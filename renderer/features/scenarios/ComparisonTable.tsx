// The scenarios side by side (one column each), quarter by quarter: what each costs and what it means
// per worker, with the difference from the first scenario under each figure. Exports to Excel.
// It re-renders at each step of a slider (6 scenarios × 8 quarters × 6 measures on a big case): the cells
// are plain elements, no component or hook per cell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import type { Quarter } from '../../../shared/dates/quarter';
import { formatQuarter } from '../../../shared/format/date';
import { formatIndex, formatPercent, formatPercentagePoints } from '../../../shared/format/ratio';
import { formatYuanDifference, formatYuanNumber } from '../../../shared/format/yuan';
import type { WageModelResult } from '../../../shared/wage/model';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';

export function ComparisonTable({ result, enterpriseName }: { readonly result: WageModelResult; readonly enterpriseName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [exporting, setExporting] = useState(false);
  const first = result.scenarios[0]?.name ?? '';
  const none = t('common.none');
  const money = (amount: number) => formatYuanDifference(amount as Fen, locale);

  async function exportXlsx() {
    setExporting(true);
    try {
      const { comparisonWorkbook } = await import('./comparisonWorkbook');
      const data = await comparisonWorkbook(result, t, locale);
      const saved = await platform().saveFile({
        suggestedName: t('scenarios.table.fileName', { name: enterpriseName }),
        data,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extensions: ['xlsx'],
      });
      if (!saved.ok) noticeShow({ tone: 'error', text: errorText(saved.error) });
      else if (saved.value.saved) noticeShow({ tone: 'info', text: t('scenarios.exported', { path: saved.value.path }) });
    } catch (error) {
      noticeShow({ tone: 'error', text: t('scenarios.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="comparison-title">
      <div className="card-head">
        <h2 id="comparison-title">{t('scenarios.table.title')}</h2>
        <button type="button" disabled={exporting} onClick={() => void exportXlsx()}>
          {exporting ? t('scenarios.exporting') : t('scenarios.table.export')}
        </button>
      </div>
      <p className="muted">
        {t('scenarios.table.hint', { first, base: formatQuarter(result.output.baseQuarter as Quarter, locale) })}
      </p>
      <div className="table-scroll">
        <table className="data comparison" aria-labelledby="comparison-title">
          <thead>
            <tr>
              <th scope="col">{t('scenarios.quarter')}</th>
              <th scope="col">{t('scenarios.table.measure')}</th>
              {result.scenarios.map((scenario, k) => (
                <th key={scenario.name} scope="col" className="num scenario-head">
                  <span className="scenario-swatch" data-index={k % 6} aria-hidden="true" />
                  {scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          {result.quarters.map((quarter, i) => {
            const quarterText = formatQuarter(quarter as Quarter, locale);
            const differences = result.scenarios.map((_, k) => (k === 0 ? null : (result.differences[k - 1]?.quarters[i] ?? null)));
            const rows: { key: string; label: string; cells: { value: string; difference: string | null }[] }[] = [
              {
                key: 'baseWage',
                label: t('scenarios.table.baseWage'),
                cells: result.scenarios.map((s, k) => ({
                  value: formatYuanNumber(s.quarters[i]!.monthlyBaseWageFen, locale),
                  difference: differences[k] ? money(differences[k].monthlyBaseWage) : null,
                })),
              },
              {
                key: 'wageBill',
                label: t('scenarios.table.wageBill'),
                cells: result.scenarios.map((s, k) => ({
                  value: formatYuanNumber(s.quarters[i]!.wageBillFen.total, locale),
                  difference: differences[k] ? money(differences[k].wageBill) : null,
                })),
              },
              {
                key: 'labourShare',
                label: t('scenarios.table.labourShare'),
                cells: result.scenarios.map((s, k) => {
                  const share = s.quarters[i]!.labourShareBp;
                  const d = differences[k]?.labourShare ?? null;
                  return {
                    value: share === null ? none : formatPercent(share, locale),
                    difference: d === null ? null : t('scenarios.table.points', { points: formatPercentagePoints(d as BasisPoints, locale) }),
                  };
                }),
              },
              {
                key: 'income',
                label: t('scenarios.table.income'),
                cells: result.scenarios.map((s, k) => {
                  const income = s.quarters[i]!.averageMonthlyIncomeFen;
                  const d = differences[k]?.averageMonthlyIncome ?? null;
                  return { value: income === null ? none : formatYuanNumber(income, locale), difference: d === null ? null : money(d) };
                }),
              },
              {
                key: 'baseWageIndex',
                label: t('scenarios.table.baseWageIndex'),
                cells: result.scenarios.map((s) => ({ value: formatIndex(s.quarters[i]!.baseWageIndexBp, locale), difference: null })),
              },
              {
                key: 'outputIndex',
                label: t('scenarios.table.outputIndex'),
                cells: result.scenarios.map(() => ({ value: formatIndex(result.output.quarters[i]!.indexBp, locale), difference: null })),
              },
            ];
            return (
              <tbody key={quarter} className="quarter-group" aria-label={quarterText}>
                {rows.map((row, r) => (
                  <tr key={row.key} className={`measure-${row.key}`}>
                    {r === 0 ? (
                      <th scope="rowgroup" rowSpan={rows.length} className="quarter-cell">
                        {quarterText}
                      </th>
                    ) : null}
                    <th scope="row" className="measure">{row.label}</th>
                    {row.cells.map((cell, k) => (
                      <td key={k} className="num big">
                        {cell.value}
                        {cell.difference === null ? null : <span className="difference">{t('scenarios.table.vsFirst', { difference: cell.difference })}</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
