// "我应得多少、实发多少": one worker's statement across all terms as of the chosen day, with payments;
// printable (only the statement is printed, see terms.css), and a payment can be recorded per line.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatYuanNumber, formatYuanPlain } from '../../../shared/format/yuan';
import { workerStatement } from '../../../shared/terms/workerStatement';
import { useAppStore } from '../../app/store';
import { send } from '../../data/send';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { PaymentForm, type PaymentDraft } from './PaymentForm';
import { termsErrorText } from './termsErrorText';
import { workerNumberShown } from './rosterSearch';
import type { TermsData } from './termsData';

interface Props {
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly data: TermsData;
  readonly workerId: string;
  readonly asOf: IsoDate;
  readonly onClose: () => void;
  readonly onChanged: () => Promise<void>;
}

export function WorkerStatementPanel({ enterpriseId, enterpriseName, data, workerId, asOf, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [paying, setPaying] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from a row far down the list: bring the statement into view and put the keyboard there.
  useEffect(() => {
    headingRef.current?.scrollIntoView?.({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const statement = workerStatement(workerId, data, asOf);
  if (!statement.ok) return null;
  const s = statement.value;
  const worker = data.roster.find((w) => w.id === workerId);
  const money = (f: Parameters<typeof formatYuanNumber>[0]) => formatYuanNumber(f, locale);

  async function pay(termId: string, title: string, draft: PaymentDraft): Promise<string | null> {
    const saved = await send('paymentAdd', { enterpriseId: enterpriseId as EnterpriseId, termId, workerId, payment: draft });
    if (!saved.ok) return termsErrorText(saved.error);
    setPaying(null);
    await onChanged();
    noticeShow({ tone: 'info', text: t('terms.payment.saved', { name: s.worker.name, title, amount: formatYuanPlain(draft.amountFen, locale) }) });
    return null;
  }

  async function print() {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: termsErrorText(printed.error) });
  }

  return (
    <section className="card terms-statement" aria-labelledby="terms-statement-title">
      <div className="card-head">
        <h2 id="terms-statement-title" ref={headingRef} tabIndex={-1}>{t('terms.statement.title', { name: s.worker.name })}</h2>
        <div className="row-actions">
          <button type="button" onClick={() => void print()}>{t('terms.statement.print')}</button>
          <button type="button" onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
      <p className="terms-statement-who">
        {t('terms.statement.who', { enterprise: enterpriseName, id: (worker ? workerNumberShown(worker) : s.worker.id) ?? t('terms.roster.noNumber'), idNumber: s.worker.idNumberMasked, group: s.worker.group || t('common.none'), date: asOf })}
      </p>
      <dl className="terms-big">
        <div className="terms-big-item"><dt>{t('terms.statement.entitled')}</dt><dd className="big-number">{formatYuanPlain(s.totals.entitledFen, locale)}</dd></div>
        <div className="terms-big-item terms-good"><dt>{t('terms.statement.paid')}</dt><dd className="big-number">{formatYuanPlain(s.totals.paidFen, locale)}</dd></div>
        <div className="terms-big-item"><dt>{t('terms.statement.outstanding')}</dt><dd className="big-number">{formatYuanPlain(s.totals.outstandingFen, locale)}</dd></div>
        <div className={s.totals.overdueFen > 0 ? 'terms-big-item terms-bad' : 'terms-big-item'}><dt>{t('terms.statement.overdue')}</dt><dd className="big-number">{formatYuanPlain(s.totals.overdueFen, locale)}</dd></div>
      </dl>
      {s.lines.length === 0 ? <p className="muted">{t('terms.statement.noLines')}</p> : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('terms.list.term')}</th>
                <th scope="col">{t('terms.list.due')}</th>
                <th scope="col" className="num">{t('terms.statement.entitledYuan')}</th>
                <th scope="col" className="num">{t('terms.statement.paidYuan')}</th>
                <th scope="col" className="num">{t('terms.statement.outstandingYuan')}</th>
                <th scope="col">{t('terms.statement.payments')}</th>
                <th scope="col" className="terms-no-print"><span className="visually-hidden">{t('terms.statement.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((line) => (
                <tr key={line.termId}>
                  <th scope="row">
                    {line.title}
                    <div className="muted">{line.clause}</div>
                  </th>
                  <td className="nowrap">{line.dueDate}</td>
                  <td className="num">{money(line.entitledFen)}</td>
                  <td className="num">{money(line.paidFen)}</td>
                  <td className={line.overdue ? 'num terms-bad' : 'num'}>
                    {money(line.outstandingFen)}
                    {line.overdue ? <div>{t('terms.statement.overdueMark')}</div> : null}
                  </td>
                  <td>
                    {line.payments.map((p, i) => (
                      <div key={i}>{t('terms.statement.payment', { date: p.date, amount: formatYuanPlain(p.amountFen, locale), note: p.note })}</div>
                    ))}
                  </td>
                  <td className="terms-no-print">
                    {line.outstandingFen > 0 ? (
                      <button type="button" onClick={() => setPaying(line.termId)}>{t('terms.payment.record')}</button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {s.leave.map((l) => (
        <p key={l.termId}>{t('terms.statement.leave', { title: l.title, granted: l.grantedDays, taken: l.takenDays, remaining: l.remainingDays, from: l.takeFrom, to: l.dueDate })}</p>
      ))}
      {paying !== null
        ? (() => {
            const line = s.lines.find((l) => l.termId === paying);
            return line ? (
              <div className="terms-no-print">
                <PaymentForm
                  key={paying}
                  title={line.title}
                  outstanding={line.outstandingFen}
                  defaultDate={asOf}
                  onSave={(draft) => pay(line.termId, line.title, draft)}
                  onCancel={() => setPaying(null)}
                />
              </div>
            ) : null;
          })()
        : null}
      <p className="terms-print-only terms-signature">{t('terms.statement.signature')}</p>
    </section>
  );
}
