// The bargaining zone's own figures: the employer's offer and the workers' ask per quarter (元 a month,
// optional), and the labour-cost share at which output "carries" a base wage. The floor and what output
// carries are worked out by the model and shown beside them.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import { formatQuarter } from '../../../shared/format/date';
import { formatYuanNumber } from '../../../shared/format/yuan';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import type { WageModelResult } from '../../../shared/wage/model';
import { useLocale } from '../../i18n/useLocale';
import { caseMarks, caseMarkSet, caseTargetShareSet, type MarkField } from './caseEdits';
import { caseQuarters } from './caseQuarters';
import { FigureInput } from './FigureInput';
import { percentText, shareRead, yuanRead, yuanText } from './figureReads';

export function ZoneEditor({ file, result }: { readonly file: WageCaseFile; readonly result: WageModelResult | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useAppStore((s) => s.roundWageUpdate);
  const quarters = caseQuarters(file);
  const marks: Record<MarkField, (number | null)[]> = { offerFen: caseMarks(file, 'offerFen'), askFen: caseMarks(file, 'askFen') };
  const money = (amount: number | null | undefined) => (amount === null || amount === undefined ? t('common.none') : formatYuanNumber(amount as Fen, locale));

  return (
    <section className="card" aria-labelledby="zone-editor-title">
      <h2 id="zone-editor-title">{t('scenarios.zone.title')}</h2>
      <p className="muted">{t('scenarios.zone.hint')}</p>
      <FigureInput
        field="targetShare"
        label={t('scenarios.zone.targetShare')}
        hint={t('scenarios.zone.targetShareHint')}
        value={file.targetLabourShareBp ?? null}
        text={percentText}
        read={shareRead}
        onCommit={(v) => update((f) => caseTargetShareSet(f, v as BasisPoints | null), { coalesce: 'targetShare' })}
        className="figure-short"
      />
      <div className="table-scroll">
        <table className="data zone-table">
          <thead>
            <tr>
              <th scope="col">{t('scenarios.quarter')}</th>
              <th scope="col" className="num">{t('scenarios.minimumWage')}</th>
              <th scope="col">{t('scenarios.zone.offer')}</th>
              <th scope="col">{t('scenarios.zone.ask')}</th>
              <th scope="col" className="num">{t('scenarios.zone.carried')}</th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter, i) => {
              const quarterText = formatQuarter(quarter, locale);
              const zone = result?.bargainingZone[i];
              return (
                <tr key={quarter}>
                  <th scope="row">{quarterText}</th>
                  <td className="num">{money(zone?.floorFen)}</td>
                  {(['offerFen', 'askFen'] as const).map((field) => (
                    <td key={field}>
                      <FigureInput
                        field={`${field}.${i}`}
                        ariaLabel={t(field === 'offerFen' ? 'scenarios.zone.offerLabel' : 'scenarios.zone.askLabel', { quarter: quarterText })}
                        value={marks[field][i] ?? null}
                        text={yuanText}
                        read={yuanRead(true)}
                        onCommit={(v) => update((f) => caseMarkSet(f, field, i, v as Fen | null), { coalesce: `${field}.${i}` })}
                        className="figure-money"
                      />
                    </td>
                  ))}
                  <td className="num">{money(zone?.carriedFen)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
