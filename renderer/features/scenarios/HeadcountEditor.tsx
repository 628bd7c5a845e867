// Workers per quarter by what they are paid for: working (the base wage), on leave (保岗, sent home in a
// slump) and stopped (停工停产); the last two are paid at least stoppage pay (rule CNT-05).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { formatInteger } from '../../../shared/format/integer';
import { formatQuarter } from '../../../shared/format/date';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { useLocale } from '../../i18n/useLocale';
import { caseHeadcountSet, type HeadcountField } from './caseEdits';
import { caseQuarters } from './caseQuarters';
import { FigureInput } from './FigureInput';
import { countRead, countText } from './figureReads';

const fields: readonly HeadcountField[] = ['working', 'onLeave', 'stopped'];

export function HeadcountEditor({ file }: { readonly file: WageCaseFile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useAppStore((s) => s.roundWageUpdate);
  const quarters = caseQuarters(file);

  return (
    <section className="card" aria-labelledby="headcount-editor-title">
      <h2 id="headcount-editor-title">{t('scenarios.headcount.title')}</h2>
      <p className="muted">{t('scenarios.headcount.hint')}</p>
      <div className="table-scroll">
        <table className="data headcount-table">
          <thead>
            <tr>
              <th scope="col">{t('scenarios.quarter')}</th>
              {fields.map((f) => (
                <th key={f} scope="col">{t(`scenarios.headcount.${f}`)}</th>
              ))}
              <th scope="col" className="num">{t('scenarios.headcount.total')}</th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter, i) => {
              const row = file.headcount.find((h) => h.quarter === quarter);
              const quarterText = formatQuarter(quarter, locale);
              const total = row ? row.working + (row.onLeave ?? 0) + (row.stopped ?? 0) : null;
              return (
                <tr key={quarter}>
                  <th scope="row">{quarterText}</th>
                  {fields.map((f) => (
                    <td key={f}>
                      <FigureInput
                        field={`headcount.${i}.${f}`}
                        ariaLabel={t('scenarios.headcount.label', { quarter: quarterText, what: t(`scenarios.headcount.${f}`) })}
                        value={row ? (row[f] ?? 0) : null}
                        text={countText}
                        read={countRead}
                        inputMode="numeric"
                        onCommit={(v) => v !== null && update((c) => caseHeadcountSet(c, i, f, v), { coalesce: `headcount.${i}.${f}` })}
                        className="figure-count"
                      />
                    </td>
                  ))}
                  <td className="num big">{total === null ? t('common.none') : formatInteger(total, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
