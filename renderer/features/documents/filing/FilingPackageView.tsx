// 报送材料包: what the labour administration receives for the round (templates/filing), on one screen: the
// checklist of the five parts (ready, or what each still needs, linked to where it is entered), the filing
// deadline from the procedure clock, 打印全部 (every part in order as one print job, the agreement once per
// filing copy, each copy whole) and 导出 .docx (one .zip of the numbered parts, to carry on a USB stick).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../../shared/enterprise/model';
import { isoDateToday } from '../../../../shared/dates/isoDate';
import { clockDueText } from '../../../../shared/procedure/rules/clock';
import type { FilingDeadline } from '../../../../templates/filing/filingDeadline';
import { type FilingPackage, type FilingPart, filingPrintOrder } from '../../../../templates/filing/filingPackage';
import { useAppStore } from '../../../app/store';
import { featureMessagesRegister } from '../../../i18n/featureMessages';
import { platform } from '../../../platform';
import { documentsErrorText } from '../documentFiles';
import { MissingList } from '../MissingList';
import { PrintSheet } from '../PrintSheet';
import { filingZipSave } from './filingFiles';
import { filingEn, filingZh } from './filingMessages';
import './filing.css';

featureMessagesRegister('filing', filingZh, filingEn);

type Tone = 'ok' | 'warn' | 'bad' | 'draft' | 'info';

function DeadlineBanner({ deadline }: { readonly deadline: FilingDeadline }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  let tone: Tone = 'info';
  let text: string;
  if (deadline.kind === 'unsigned') text = t('filing.deadline.unsigned');
  else if (deadline.kind === 'unknown') {
    tone = 'warn';
    text = t('filing.deadline.unknown', { message: documentsErrorText(deadline.error) });
  } else {
    const due = clockDueText(deadline.deadline, locale);
    const source = locale === 'en' ? deadline.deadline.rule.source : deadline.source;
    const s = deadline.status;
    if (s.state === 'on-time') [tone, text] = ['ok', t('filing.deadline.onTime', { date: s.doneAt, due: s.dueDate })];
    else if (s.state === 'late') [tone, text] = ['warn', t('filing.deadline.late', { date: s.doneAt, days: s.daysLate, due: s.dueDate })];
    else if (s.state === 'overdue') [tone, text] = ['bad', t('filing.deadline.overdue', { days: s.daysLate, due, source })];
    else [tone, text] = [s.state === 'near' ? 'warn' : 'info', t(`filing.deadline.${s.state}`, { days: s.daysLeft, due, source })];
  }
  return <p className={`doc-banner doc-banner-${tone} filing-deadline`} role="status">{text}</p>;
}

function PartStatus({ part, onDetails, onSign }: { readonly part: FilingPart; readonly onDetails: () => void; readonly onSign: () => void }) {
  const { t } = useTranslation();
  if (part.status === 'ready') return <span className="doc-status doc-status-ok">{t('filing.status.ready')}</span>;
  if (part.status === 'unsigned') {
    return (
      <div className="filing-status-unsigned">
        <span className="doc-status doc-status-warn">{t('filing.status.unsigned')}</span>
        <button type="button" onClick={onSign}>{t('filing.signAgreement')}</button>
      </div>
    );
  }
  return (
    <div>
      <span className="doc-status doc-status-warn">{t('filing.status.missing')}</span>
      <MissingList missing={part.missing} onDetails={onDetails} />
    </div>
  );
}

interface Props {
  readonly pkg: FilingPackage;
  readonly enterprise: Enterprise;
  readonly onBack: () => void;
  /** Opens the document details form (a missing item entered there). */
  readonly onDetails: () => void;
  /** Opens the round's agreement to freeze and sign it. */
  readonly onSign: () => void;
}

export function FilingPackageView({ pkg, enterprise, onBack, onDetails, onSign }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [busy, setBusy] = useState(false);
  const printed = filingPrintOrder(pkg);
  const copies = pkg.parts.find((p) => p.kind === 'agreement')?.copies ?? 0;

  async function print(): Promise<void> {
    const done = await platform().print();
    if (!done.ok) noticeShow({ tone: 'error', text: documentsErrorText(done.error) });
  }

  async function exportZip(): Promise<void> {
    setBusy(true);
    try {
      const notice = await filingZipSave(pkg, enterprise.name, isoDateToday());
      if (notice) noticeShow(notice);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="filing">
      <div className="filing-chrome">
        <div className="toolbar doc-preview-toolbar">
          <button type="button" onClick={onBack}>{t('filing.back')}</button>
          <h2 className="doc-preview-title">{t('filing.title')}</h2>
          <span className="spacer" />
          <button type="button" disabled={busy || printed.length === 0} onClick={() => void exportZip()}>{busy ? t('filing.exporting') : t('filing.exportDocx')}</button>
          <button type="button" className="button-primary" disabled={printed.length === 0} onClick={() => void print()}>{t('filing.printAll')}</button>
        </div>
        <DeadlineBanner deadline={pkg.deadline} />
        <p className={`doc-banner doc-banner-${pkg.ready ? 'ok' : 'warn'}`}>{t(pkg.ready ? 'filing.allReady' : 'filing.notReady')}</p>
        <p>{t('filing.intro', { copies })}<br /><small>{t('filing.copiesNote')}</small></p>
        <table className="data filing-checklist">
          <caption>{t('filing.checklistCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filing.colNumber')}</th>
              <th scope="col">{t('filing.colPart')}</th>
              <th scope="col">{t('filing.colCopies')}</th>
              <th scope="col">{t('filing.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {pkg.parts.map((part) => (
              <tr key={part.kind}>
                <td>{part.number}</td>
                <th scope="row" className="doc-list-title">{part.titleZh}</th>
                <td>{t('filing.copies', { count: part.copies })}</td>
                <td><PartStatus part={part} onDetails={onDetails} onSign={onSign} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="filing-sheets" aria-label={t('filing.sheetsLabel')} role="region">
        {printed.map(({ part, doc, copy }) => (
          <section key={`${part.kind}-${copy}`} className="filing-sheet" aria-label={part.copies > 1 ? `${part.titleZh} ${t('filing.copyOf', { copy, count: part.copies })}` : part.titleZh}>
            <PrintSheet doc={doc} signatures={part.signatures} page={`filing-part-${part.number}`} />
          </section>
        ))}
      </div>
    </div>
  );
}
