// The next deadline, large: the due date, what is due, the days left, the rule and how the date was
// computed (e.g. moved past the Spring Festival holiday), from the shared deadline table and calendar.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import type { Deadline } from '../../../shared/procedure/deadline';
import { deadlineDueLabel, deadlineExplanation } from '../../../shared/procedure/deadlineText';
import { type ProvincialPeriod, type ProvincialPeriodOf, provincialPeriodComputed, provincialPeriodsFor } from '../../../shared/procedure/provincialVariants';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../i18n/useLocale';
import { type DeadlineItem, deadlineDaysLeft } from './deadlines';

function DaysLeft({ days }: { readonly days: number }) {
  const { t } = useTranslation();
  if (days > 0) return <span className="deadline-days">{t('negotiations.deadline.daysLeft', { count: days })}</span>;
  if (days === 0) return <span className="deadline-days deadline-today">{t('negotiations.deadline.today')}</span>;
  return <span className="deadline-days deadline-overdue">{t('negotiations.deadline.overdue', { count: -days })}</span>;
}

/**
 * The province's own periods for the due that the date does not reflect: not read in the regulation's text, or
 * read but in working days (the engine counts calendar days only). A period a provincial rule already computes
 * with the same figure (Fujian's, written out in the table) says nothing more.
 */
function provincialUncomputed(regionCode: string, deadline: Deadline): ProvincialPeriodOf[] {
  return provincialPeriodsFor(regionCode, deadline.due, deadline.query.kind).filter(
    ({ period }) =>
      !provincialPeriodComputed(period) &&
      !deadline.candidates.some((c) => c.rule.region !== '' && c.rule.period.unit === period.unit && c.rule.period.count === period.count),
  );
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
  const local = next?.ok ? provincialUncomputed(regionCode, next.deadline) : [];
  const periodText = (p: ProvincialPeriod) => t(`negotiations.deadline.period.${p.unit}`, { count: p.count });
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
          {local.map(({ regulation, period }, i) => (
            <p key={i} className="deadline-provincial" role="note">
              {t(period.confirmed ? 'negotiations.deadline.provincialWorkingDays' : 'negotiations.deadline.provincial', { regulation, article: period.article ?? '', period: periodText(period) })}
            </p>
          ))}
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
