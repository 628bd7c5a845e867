// 粘贴一列: a column copied from Excel or WPS, read line by line with a preview (which quarter each
// figure lands in) and errors by line number. Applying it is one undoable step.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import { formatQuarter } from '../../../shared/format/date';
import { formatPercent } from '../../../shared/format/ratio';
import { formatWanYuan } from '../../../shared/format/wanYuan';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { useLocale } from '../../i18n/useLocale';
import { caseOutputColumnSet } from './caseEdits';
import { caseQuarters } from './caseQuarters';
import { PASTE_MAX_LINES, pasteColumnFigures, pasteColumnParse, type PasteUnit } from './pasteColumn';

export function PasteColumn({ file }: { readonly file: WageCaseFile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const replace = useAppStore((s) => s.roundWageReplace);
  const [text, setText] = useState('');
  const unit: PasteUnit = file.output.kind === 'values' ? 'wanYuan' : 'percent';
  const parsed = useMemo(() => (text.trim() === '' ? null : pasteColumnParse(text, unit)), [text, unit]);
  const figures = parsed ? pasteColumnFigures(parsed) : null;
  const quarters = caseQuarters(file, file.baseQuarter, Math.min(parsed?.figures.length ?? 0, PASTE_MAX_LINES));
  const figureText = (figure: number) => (unit === 'wanYuan' ? formatWanYuan(figure as Fen, locale) : formatPercent(figure as BasisPoints, locale, { signed: true }));

  function apply() {
    if (!figures) return;
    replace((current) => caseOutputColumnSet(current, figures), t('scenarios.paste.applied', { count: figures.length }));
    setText('');
  }

  return (
    <details className="paste-column">
      <summary>{t('scenarios.paste.title')}</summary>
      <label htmlFor={id}>{t(unit === 'wanYuan' ? 'scenarios.paste.labelValues' : 'scenarios.paste.labelChanges')}</label>
      <textarea
        id={id}
        rows={6}
        value={text}
        spellCheck={false}
        placeholder={t(unit === 'wanYuan' ? 'scenarios.paste.placeholderValues' : 'scenarios.paste.placeholderChanges')}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="field-hint" id={`${id}-hint`}>{t('scenarios.paste.hint')}</div>
      {parsed && parsed.errors.length > 0 ? (
        <ul className="paste-errors" role="alert">
          {parsed.errors.map((e) => (
            <li key={`${e.line}:${e.key}`}>
              {e.line === 0 ? t(e.key, { max: PASTE_MAX_LINES }) : t('scenarios.paste.lineError', { line: e.line, text: e.text, reason: t(e.key) })}
            </li>
          ))}
        </ul>
      ) : null}
      {parsed && parsed.figures.length > 0 ? (
        <table className="data paste-preview" aria-label={t('scenarios.paste.preview')}>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.paste.line')}</th>
              <th scope="col">{t('scenarios.quarter')}</th>
              <th scope="col" className="num">{t(unit === 'wanYuan' ? 'scenarios.output.value' : 'scenarios.output.change')}</th>
            </tr>
          </thead>
          <tbody>
            {parsed.figures.map((figure, k) => (
              <tr key={k} className={figure === null ? 'row-block' : undefined}>
                <td>{parsed.lines[k]}</td>
                <td>{quarters[k] ? formatQuarter(quarters[k], locale) : t('common.none')}</td>
                <td className="num">{figure === null ? t('scenarios.paste.unreadable') : figureText(figure)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={!figures} onClick={apply}>
          {figures ? t('scenarios.paste.apply', { count: figures.length }) : t('scenarios.paste.applyDisabled')}
        </button>
      </div>
    </details>
  );
}
