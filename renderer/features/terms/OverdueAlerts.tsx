// 逾期未付: by term, how many workers are owed how much past the due date; the workers behind each line
// (masked ID numbers) one click away. The union chair takes this list to the employer.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { fenSum } from '../../../shared/money/fen';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { maskIdNumber } from '../../../shared/roster/mask';
import { type OverdueAlert, ledgerOverdueAlerts } from '../../../shared/terms/ledgerSummary';
import { useLocale } from '../../i18n/useLocale';
import { workerNumberShown } from './rosterSearch';
import type { TermsData } from './termsData';

export function OverdueAlerts({ data, asOf }: { readonly data: TermsData; readonly asOf: IsoDate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const alerts = ledgerOverdueAlerts(data.terms, data.ledger, asOf);
  const byTerm = new Map<string, OverdueAlert[]>();
  for (const a of alerts) byTerm.set(a.termId, [...(byTerm.get(a.termId) ?? []), a]);
  const workers = new Map(data.roster.map((w) => [w.id, w]));
  return (
    <section className={alerts.length > 0 ? 'card terms-alerts' : 'card'} aria-labelledby="terms-alerts-title">
      <h2 id="terms-alerts-title">{t('terms.alerts.title')}</h2>
      {alerts.length === 0 ? <p className="muted">{t('terms.alerts.none', { date: asOf })}</p> : null}
      <ul className="terms-alert-list">
        {[...byTerm.values()].map((list) => {
          const first = list[0]!;
          return (
            <li key={first.termId} role="alert">
              <p className="terms-alert-head">
                {t('terms.alerts.line', {
                  title: first.title,
                  count: list.length,
                  amount: formatYuanPlain(fenSum(list.map((a) => a.outstandingFen)), locale),
                  due: first.dueDate,
                  days: Math.max(...list.map((a) => a.daysOverdue)),
                })}
              </p>
              <details>
                <summary>{t('terms.alerts.who', { count: list.length })}</summary>
                <ul className="terms-alert-workers">
                  {list.map((a) => {
                    const w = workers.get(a.workerId);
                    return (
                      <li key={a.workerId}>
                        {t('terms.alerts.worker', { id: (w ? workerNumberShown(w) : a.workerId) ?? t('terms.roster.noNumber'), name: w?.name ?? '', idNumber: w ? maskIdNumber(w.idNumber) : '', amount: formatYuanPlain(a.outstandingFen, locale) })}
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
