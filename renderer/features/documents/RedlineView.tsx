// 与上一份协议比较: the round's agreement against the previous round's (its signed text when it has one),
// as the parties read a redline: which text it is compared with, a short summary (articles changed,
// added, dropped; the amounts old → new), then the text with deletions struck and insertions underlined.
// It downloads as a .docx with Word tracked changes and prints through the same print path as the sheet.
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../shared/enterprise/model';
import { redlineAmountChanges } from '../../../templates/redline/amountChanges';
import { revisionDateFromMs } from '../../../templates/redline/revisions';
import { redlineEmpty, redlineSummary } from '../../../templates/redline/summary';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { documentsErrorText, redlineDocxSave } from './documentFiles';
import { pageNumberContent } from './printText';
import { Mark, RedlineSheet } from './RedlineBlocks';
import type { RedlineBasis, RedlineOffer } from './redlineOffer';
import './redline.css';

type Ready = Extract<RedlineOffer, { kind: 'ready' }>;

interface Props {
  readonly offer: Ready;
  readonly enterprise: Enterprise;
  readonly onBack: () => void;
}

/** A4 with the sheet's margins (docs/templates.md) and page numbers; no fingerprint: a redline is never a signed text. */
const REDLINE_PAGE = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: ${pageNumberContent}; font-size: 9pt; } }`;

function basisText(t: TFunction, basis: RedlineBasis, round: string): string {
  if (basis.kind === 'draft') return t('documents.redline.basisDraft', { round });
  return t(basis.signed ? 'documents.redline.basisSigned' : 'documents.redline.basisFrozen', { version: basis.version, round });
}

function Summary({ offer }: { readonly offer: Ready }) {
  const { t } = useTranslation();
  const redline = offer.made.redline;
  const s = redlineSummary(redline);
  const amounts = redlineAmountChanges(redline);
  return (
    <section className="doc-redline-summary" aria-labelledby="redline-summary-title">
      <h3 id="redline-summary-title">{t('documents.redline.summaryTitle')}</h3>
      {redlineEmpty(redline) ? (
        <p>{t('documents.redline.summaryNone')}</p>
      ) : (
        <ul className="doc-redline-counts">
          <li>
            {t('documents.redline.summaryClauses', s.clauses)}
            {s.clauses.renumbered > 0 ? `；${t('documents.redline.summaryRenumbered', { count: s.clauses.renumbered })}` : ''}
          </li>
          {s.cells > 0 ? <li>{t('documents.redline.summaryCells', { count: s.cells })}</li> : null}
          {s.otherBlocks > 0 ? <li>{t('documents.redline.summaryOther', { count: s.otherBlocks })}</li> : null}
        </ul>
      )}
      {amounts.length > 0 ? (
        <>
          <h4>{t('documents.redline.amountsTitle')}</h4>
          <ul className="doc-redline-amounts">
            {amounts.map((a, i) => (
              <li key={i}>
                <span className="doc-redline-amount-label">{a.context ? t('documents.redline.amountLabel', { label: a.label, context: a.context }) : a.label}</span>{' '}
                <Mark kind="deleted">{a.previous}</Mark>
                <span aria-hidden="true">{' → '}</span>
                <Mark kind="inserted">{a.next}</Mark>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function RedlineView({ offer, enterprise, onBack }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [unfolded, setUnfolded] = useState(false);
  const [busy, setBusy] = useState(false);
  const title = offer.made.next.live.titleZh;
  const heading = useRef<HTMLHeadingElement>(null);
  // The view replaces the list: the keyboard starts at its heading, not at the top of the page.
  useEffect(() => heading.current?.focus(), []);

  async function download(): Promise<void> {
    setBusy(true);
    try {
      const by = { author: offer.author, date: revisionDateFromMs(Date.now()) };
      const notice = await redlineDocxSave(offer.made.redline, by, t('documents.redline.fileName', { name: enterprise.name, title }));
      if (notice) noticeShow(notice);
    } finally {
      setBusy(false);
    }
  }

  async function print(): Promise<void> {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: documentsErrorText(printed.error) });
  }

  return (
    <div className="doc-preview doc-redline-view">
      <style>{REDLINE_PAGE}</style>
      <div className="doc-preview-chrome">
        <div className="toolbar doc-preview-toolbar">
          <button type="button" onClick={onBack}>{t('documents.back')}</button>
          <h2 ref={heading} tabIndex={-1} className="doc-preview-title">{t('documents.redline.title', { title })}</h2>
          <span className="spacer" />
          <button type="button" disabled={busy} onClick={() => void download()}>{busy ? t('documents.redline.downloading') : t('documents.redline.download')}</button>
          <button type="button" onClick={() => void print()}>{t('documents.print')}</button>
        </div>
      </div>
      <div className="doc-redline-head">
        <p className={`doc-banner doc-banner-${offer.basis.kind === 'draft' ? 'warn' : 'ok'}`} role="status">{basisText(t, offer.basis, offer.previousTitle)}</p>
        <p className="doc-redline-note">{t('documents.redline.workingCopy')}</p>
        <Summary offer={offer} />
      </div>
      <div className="doc-redline-controls">
        <h3 className="doc-redline-text-title">{t('documents.redline.textTitle')}</h3>
        <button type="button" aria-pressed={unfolded} onClick={() => setUnfolded(!unfolded)}>
          {t(unfolded ? 'documents.redline.hideSame' : 'documents.redline.showSame')}
        </button>
      </div>
      <div className="doc-sheet-wrap">
        <RedlineSheet redline={offer.made.redline} unfolded={unfolded} />
      </div>
    </div>
  );
}
