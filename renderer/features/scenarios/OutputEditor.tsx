// Quarterly output (产值): entered as values in 万元 or as quarter-on-quarter changes in %, switchable
// (the figures convert), with the chained index beside each quarter. A column can be pasted from a sheet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import { quarter as quarterOfText, quarterParts, type Quarter } from '../../../shared/dates/quarter';
import { formatQuarter } from '../../../shared/format/date';
import { formatIndex, formatPercent } from '../../../shared/format/ratio';
import { formatWanYuan } from '../../../shared/format/wanYuan';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import type { WageModelResult } from '../../../shared/wage/model';
import { useLocale } from '../../i18n/useLocale';
import {
  caseBaseQuarterSet, caseOutputBaseValueSet, caseOutputFigureSet, caseOutputModeSet, caseQuarterCountSet, type OutputMode,
} from './caseEdits';
import { caseQuarterCount, caseQuarters } from './caseQuarters';
import { FigureInput } from './FigureInput';
import { changeRead, percentText, wanYuanRead, wanYuanText } from './figureReads';
import { PasteColumn } from './PasteColumn';

const MAX_QUARTERS = 40;
const YEARS_BACK = 15;
const YEARS_AHEAD = 5;

function BaseQuarterPicker({ file }: { readonly file: WageCaseFile }) {
  const { t } = useTranslation();
  const update = useAppStore((s) => s.roundWageUpdate);
  const { year, quarter } = quarterParts(file.baseQuarter as Quarter);
  const thisYear = new Date().getFullYear();
  const first = Math.min(year, thisYear - YEARS_BACK);
  const last = Math.max(year, thisYear + YEARS_AHEAD);
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const move = (y: number, q: number) => update((f) => caseBaseQuarterSet(f, quarterOfText(`${y}-Q${q}`)));
  return (
    <fieldset className="base-quarter">
      <legend>{t('scenarios.output.baseQuarter')}</legend>
      <select aria-label={t('scenarios.output.baseYear')} value={year} onChange={(e) => move(Number(e.target.value), quarter)}>
        {years.map((y) => (
          <option key={y} value={y}>{t('scenarios.output.year', { year: y })}</option>
        ))}
      </select>
      <select aria-label={t('scenarios.output.baseQuarterNumber')} value={quarter} onChange={(e) => move(year, Number(e.target.value))}>
        {[1, 2, 3, 4].map((q) => (
          <option key={q} value={q}>{t('scenarios.output.quarterNumber', { quarter: q })}</option>
        ))}
      </select>
    </fieldset>
  );
}

export function OutputEditor({ file, result }: { readonly file: WageCaseFile; readonly result: WageModelResult | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useAppStore((s) => s.roundWageUpdate);
  const [modeError, setModeError] = useState<string | null>(null);
  const quarters = caseQuarters(file);
  const count = caseQuarterCount(file);
  const output = file.output;
  const mode: OutputMode = output.kind;

  function modeSwitch(next: OutputMode) {
    // Applied to the store's case (the one on screen may be a render behind the last keystroke, CaseView).
    let refused = false;
    update((current) => {
      const switched = caseOutputModeSet(current, next);
      refused = !switched.ok;
      return switched.ok ? switched.value : current;
    });
    setModeError(refused ? 'scenarios.output.needBaseValue' : null);
  }

  return (
    <section className="card" aria-labelledby="output-editor-title">
      <h2 id="output-editor-title">{t('scenarios.output.title')}</h2>
      <div className="output-settings">
        <fieldset className="mode-switch">
          <legend>{t('scenarios.output.mode')}</legend>
          {(['values', 'qoq'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="output-mode" value={m} checked={mode === m} onChange={() => modeSwitch(m)} />
              {t(m === 'values' ? 'scenarios.output.modeValues' : 'scenarios.output.modeChanges')}
            </label>
          ))}
          {modeError ? <div className="field-error" role="alert">{t(modeError)}</div> : null}
        </fieldset>
        <BaseQuarterPicker file={file} />
        <FigureInput
          field="output.baseValue"
          label={t('scenarios.output.baseValue', { quarter: formatQuarter(file.baseQuarter as Quarter, locale) })}
          hint={t(mode === 'values' ? 'scenarios.output.baseValueHintRequired' : 'scenarios.output.baseValueHint')}
          value={output.baseValueFen ?? null}
          text={wanYuanText}
          read={wanYuanRead(mode === 'qoq')}
          onCommit={(v) => {
            setModeError(null);
            update((f) => caseOutputBaseValueSet(f, v as Fen | null), { coalesce: 'output.baseValue' });
          }}
          className="figure-money"
        />
      </div>
      <div className="table-scroll">
        <table className="data output-table">
          <thead>
            <tr>
              <th scope="col">{t('scenarios.quarter')}</th>
              <th scope="col" className="num">{t('scenarios.output.value')}</th>
              <th scope="col" className="num">{t('scenarios.output.change')}</th>
              <th scope="col" className="num">{t('scenarios.output.index', { quarter: formatQuarter(file.baseQuarter as Quarter, locale) })}</th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter, i) => {
              const figures = result?.output.quarters[i];
              const quarterText = formatQuarter(quarter, locale);
              const derivedValue = figures?.valueFen == null ? t('common.none') : formatWanYuan(figures.valueFen, locale);
              const derivedChange = figures ? formatPercent(figures.changeBp, locale, { signed: true }) : t('common.none');
              return (
                <tr key={quarter}>
                  <th scope="row">{quarterText}</th>
                  <td className="num">
                    {output.kind === 'values' ? (
                      <FigureInput
                        field={`output.value.${i}`}
                        ariaLabel={t('scenarios.output.valueLabel', { quarter: quarterText })}
                        value={output.valuesFen[i] ?? null}
                        text={wanYuanText}
                        read={wanYuanRead(false)}
                        onCommit={(v) => v !== null && update((f) => caseOutputFigureSet(f, i, v), { coalesce: `output.value.${i}` })}
                        className="figure-money"
                      />
                    ) : (
                      derivedValue
                    )}
                  </td>
                  <td className="num">
                    {output.kind === 'qoq' ? (
                      <FigureInput
                        field={`output.change.${i}`}
                        ariaLabel={t('scenarios.output.changeLabel', { quarter: quarterText })}
                        value={output.changesBp[i] ?? null}
                        text={percentText}
                        read={changeRead}
                        onCommit={(v) => v !== null && update((f) => caseOutputFigureSet(f, i, v), { coalesce: `output.change.${i}` })}
                        className="figure-short"
                      />
                    ) : (
                      derivedChange
                    )}
                  </td>
                  <td className="num big">{figures ? formatIndex(figures.indexBp as BasisPoints, locale) : t('common.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" disabled={count >= MAX_QUARTERS} onClick={() => update((f) => caseQuarterCountSet(f, count + 1))}>
          {t('scenarios.output.addQuarter')}
        </button>
        <button type="button" disabled={count <= 1} onClick={() => update((f) => caseQuarterCountSet(f, count - 1))}>
          {t('scenarios.output.removeQuarter')}
        </button>
      </div>
      <PasteColumn file={file} />
    </section>
  );
}
