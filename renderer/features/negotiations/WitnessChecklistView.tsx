// 见证核对表: the federation's yes/no list for a signing, one question per rule that binds the record,
// answered by the same checks as the timeline (witnessChecklist). Printable on one sheet.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import type { ProcedureRecord } from '../../../shared/procedure/record';
import type { WitnessItem } from '../../../shared/procedure/rules';
import { agreementKindLabel } from '../../../shared/procedure/deadlineText';
import { errorText } from '../../app/errorText';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';

interface WitnessChecklistViewProps {
  readonly record: ProcedureRecord;
  readonly items: readonly WitnessItem[];
  readonly today: IsoDate;
  readonly federation: string;
}

export function WitnessChecklistView({ record, items, today, federation }: WitnessChecklistViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const count = (status: WitnessItem['status']) => items.filter((i) => i.status === status).length;

  async function print() {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: errorText(printed.error) });
  }

  return (
    <section className="card witness" aria-labelledby="witness-title">
      <div className="witness-head">
        <h2 id="witness-title">{t('negotiations.witness.title')}</h2>
        <span className="spacer" />
        <button type="button" className="no-print" onClick={() => void print()}>{t('negotiations.witness.print')}</button>
      </div>
      <dl className="witness-facts">
        <dt>{t('negotiations.witness.enterprise')}</dt>
        <dd>{record.enterpriseName || '—'}</dd>
        <dt>{t('negotiations.witness.agreement')}</dt>
        <dd>{`${record.title || '—'}（${agreementKindLabel(record.kind, locale)}）`}</dd>
        <dt>{t('negotiations.witness.federation')}</dt>
        <dd>{federation || '—'}</dd>
        <dt>{t('negotiations.witness.date')}</dt>
        <dd>{formatDateLong(today, locale)}</dd>
      </dl>
      <p className="witness-counts">{t('negotiations.witness.counts', { ok: count('ok'), problem: count('problem'), unknown: count('unknown') })}</p>
      <table className="witness-table">
        <thead>
          <tr>
            <th scope="col">{t('negotiations.witness.colStatus')}</th>
            <th scope="col">{t('negotiations.witness.colRule')}</th>
            <th scope="col">{t('negotiations.witness.colQuestion')}</th>
            <th scope="col">{t('negotiations.witness.colNotes')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.ruleId} className={`witness-${item.status}`}>
              <td><span className={`witness-pill witness-pill-${item.status}`}>{t(`negotiations.witness.status.${item.status}`)}</span></td>
              <td className="witness-rule">{item.ruleId}</td>
              <td>
                <p>{locale === 'en' ? item.questionEn : item.questionZh}</p>
                <p className="witness-source">{item.source}</p>
              </td>
              <td>
                {item.findings.filter((f) => f.action !== 'info' || item.status !== 'ok').map((f, i) => (
                  <p key={i} className={`witness-note witness-note-${f.action}`}>{locale === 'en' ? f.messageEn : f.messageZh}</p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="witness-sign">
        <p>{t('negotiations.witness.signWitness')}</p>
        <p>{t('negotiations.witness.signDate')}</p>
      </div>
    </section>
  );
}
