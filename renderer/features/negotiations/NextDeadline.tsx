// The next deadline, large: the due date, what is due, the days left, the rule and how the date was
// computed (e.g. moved past the Spring Festival holiday), from the shared deadline table and calendar.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import type { DeadlineDue } from '../../../shared/procedure/deadlineRules';
import { deadlineDueLabel, deadlineExplanation } from '../../../shared/procedure/deadlineText';
import { provincialVariantFor } from '../../../shared/procedure/provincialVariants';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../i18n/useLocale';
import { type DeadlineItem, deadlineDaysLeft } from './deadlines';

function DaysLeft({ days }: { readonly days: number }) {
  const { t } = useTranslation();
  if (days > 0) return <span className="deadline-days">{t('negotiations.deadline.daysLeft', { count: days })}</span>;
  if (days === 0) return <span className="deadline-days deadline-today">{t('negotiations.deadline.today')}</span>;
  return <span className="deadline-days deadline-overdue">{t('negotiations.deadline.overdue', { count: -days })}</span>;
}

/** The province's own period for the due, when its regulation sets one that was not read in the text (so not computed). */
function provincialUnconfirmed(regionCode: string, due: DeadlineDue) {
  const variant = provincialVariantFor(regionCode);
  const period = due === 'reply' ? variant?.reply : due === 'renewal-request' ? variant?.renewal : null;
  return variant && period && !period.confirmed ? { regulation: variant.regulation, period } : null;
}

interface Props {
  readonly next: DeadlineItem | null;
  readonly items: readonly DeadlineItem[];
  readonly today: IsoDate;
  /** The county whose province's regulation may set its own period. */
  readonly regionCode: string;
}

export function NextDeadline({ next, items, today, regionCode }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const local = next?.ok ? provincialUnconfirmed(regionCode, next.deadline.due) : null;
  return (
    <section className="card next-deadline" aria-labelledby="next-deadline-title">
      <h2 id="next-deadline-title">{t('negotiations.deadline.title')}</h2>
      {next === null ? (
        <p className="deadline-none">{items.length === 0 ? t('negotiations.deadline.noneStarted') : t('negotiations.deadline.allMet')}</p>
      ) : !next.ok ? (
        <p className="form-summary" role="alert">{t('negotiations.deadline.failed', { step: t(`negotiations.steps.${next.step}`), reason: errorText(next.error) })}</p>
      ) : (
        <>
          <div className="deadline-main">
            <p className="deadline-date">{formatDateLong(next.deadline.dueDate, locale)}</p>
            <div>
              <p className="deadline-what">{deadlineDueLabel(next.deadline.due, locale)}</p>
              <DaysLeft days={deadlineDaysLeft(next.deadline.dueDate, today)} />
            </div>
          </div>
          <p className="deadline-rule">
            <span className="proc-finding-rule">{next.deadline.rule.ruleId}</span>
            {locale === 'en' ? next.deadline.rule.source : next.deadline.rule.sourceZh}
            {next.deadline.rule.verified ? null : <span className="deadline-unverified">{t('negotiations.deadline.unverified')}</span>}
          </p>
          {local && next.deadline.rule.region === '' ? (
            <p className="deadline-provincial" role="note">
              {t('negotiations.deadline.provincial', { regulation: local.regulation, article: local.period.article ?? '', days: local.period.days })}
            </p>
          ) : null}
          <h3>{t('negotiations.deadline.howTitle')}</h3>
          <ol className="deadline-steps">
            {deadlineExplanation(next.deadline, locale).map((line, i) => <li key={i}>{line}</li>)}
          </ol>
        </>
      )}
      {items.length > 0 ? (
        <details className="deadline-all" open={next === null}>
          <summary>{t('negotiations.deadline.allTitle', { count: items.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('negotiations.deadline.colWhat')}</th>
                <th scope="col">{t('negotiations.deadline.colDue')}</th>
                <th scope="col">{t('negotiations.deadline.colRule')}</th>
                <th scope="col">{t('negotiations.deadline.colMet')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={i}>
                  <td>{item.ok ? deadlineDueLabel(item.deadline.due, locale) : t(`negotiations.steps.${item.step}`)}</td>
                  <td>{item.ok ? item.deadline.dueDate : errorText(item.error)}</td>
                  <td>{item.ok ? item.deadline.rule.ruleId : ''}</td>
                  <td>{item.ok && item.metOn ? t(item.metOn > item.deadline.dueDate ? 'negotiations.deadline.metLate' : 'negotiations.deadline.met', { date: item.metOn }) : t('negotiations.deadline.open')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
