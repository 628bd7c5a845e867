// 兑现台账: per agreement, what was promised, paid, still outstanding and overdue as of the chosen day,
// in big numbers, then term by term; overdue items below. Figures come from shared/terms/ledgerSummary.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { formatYuanNumber, formatYuanPlain } from '../../../shared/format/yuan';
import { type LedgerTotals, ledgerAgreementTotals, ledgerTermSummaries, ledgerTotals } from '../../../shared/terms/ledgerSummary';
import { useLocale } from '../../i18n/useLocale';
import { OverdueAlerts } from './OverdueAlerts';
import type { TermsData } from './termsData';

function BigNumbers({ totals, label }: { readonly totals: LedgerTotals; readonly label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const items: { key: keyof LedgerTotals; tone: string }[] = [
    { key: 'promisedFen', tone: '' },
    { key: 'paidFen', tone: 'terms-good' },
    { key: 'outstandingFen', tone: '' },
    { key: 'overdueFen', tone: totals.overdueFen > 0 ? 'terms-bad' : '' },
  ];
  return (
    <dl className="terms-big" aria-label={label}>
      {items.map(({ key, tone }) => (
        <div key={key} className={`terms-big-item ${tone}`}>
          <dt>{t(`terms.ledger.${key}`)}</dt>
          <dd className="big-number">{formatYuanPlain(totals[key], locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function LedgerView({ data, asOf }: { readonly data: TermsData; readonly asOf: IsoDate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summaries = ledgerTermSummaries(data.terms, data.ledger, asOf);
  if (summaries.length === 0) return <p className="empty">{t('terms.ledger.none')}</p>;
  const money = (f: Fen) => formatYuanNumber(f, locale);
  const groups = ledgerAgreementTotals(summaries);
  return (
    <>
      <section className="card" aria-labelledby="terms-total-title">
        <h2 id="terms-total-title">{t('terms.ledger.totalTitle', { date: asOf })}</h2>
        <BigNumbers totals={ledgerTotals(summaries)} label={t('terms.ledger.totalTitle', { date: asOf })} />
      </section>
      {groups.map(({ agreement, totals }, i) => {
        const title = agreement || t('terms.ledger.noAgreement');
        return (
          <section key={agreement} className="card terms-agreement" aria-labelledby={`terms-agreement-${i}`}>
            <h2 id={`terms-agreement-${i}`}>{title}</h2>
            <BigNumbers totals={totals} label={title} />
            <div className="table-scroll">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('terms.list.term')}</th>
                    <th scope="col">{t('terms.list.kind')}</th>
                    <th scope="col">{t('terms.list.basis')}</th>
                    <th scope="col">{t('terms.list.due')}</th>
                    <th scope="col" className="num">{t('terms.ledger.workers')}</th>
                    <th scope="col" className="num">{t('terms.ledger.promisedYuan')}</th>
                    <th scope="col" className="num">{t('terms.ledger.paidYuan')}</th>
                    <th scope="col" className="num">{t('terms.ledger.outstandingYuan')}</th>
                    <th scope="col" className="num">{t('terms.ledger.overdueYuan')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summaries
                    .filter((s) => s.agreement === agreement)
                    .map((s) => (
                      <tr key={s.termId}>
                        <th scope="row">{s.title}</th>
                        <td className="terms-kind">{t(`terms.kind.${s.kind}`)}</td>
                        <td className="nowrap">{t(`terms.basis.${s.basis}`)}</td>
                        <td className="nowrap">{s.dueDate}</td>
                        <td className="num">{s.workers}</td>
                        <td className="num">{money(s.promisedFen)}</td>
                        <td className="num">{money(s.paidFen)}</td>
                        <td className="num">{money(s.outstandingFen)}</td>
                        <td className={s.overdueFen > 0 ? 'num terms-bad' : 'num'}>{money(s.overdueFen)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <OverdueAlerts data={data} asOf={asOf} />
    </>
  );
}
