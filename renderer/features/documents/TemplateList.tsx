// The documents of the round, each with its state, a .docx download and the print view.
// A document whose data is missing lists what it needs, each linked to where it is entered.
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../shared/enterprise/model';
import { useAppStore } from '../../app/store';
import { templateSignable } from '../../../templates/agreement/content';
import { docxSave } from './documentFiles';
import { documentFileName, rowDocument, type TemplateRow } from './templateRows';
import { MissingList } from './MissingList';

function StatusText({ row }: { readonly row: TemplateRow }) {
  const { t } = useTranslation();
  if (!row.live && row.versions.length === 0) return <span className="doc-status doc-status-missing">{t('documents.status.missing')}</span>;
  const s = row.state;
  if (s.kind === 'outdated') return <span className="doc-status doc-status-warn">{t('documents.status.outdated', { version: s.latest.version })}</span>;
  if (s.kind === 'frozen') return <span className="doc-status doc-status-ok">{t(s.signed ? 'documents.status.signed' : 'documents.status.frozen', { version: s.latest.version })}</span>;
  return <span className="doc-status">{t(templateSignable(row.name) ? 'documents.status.ready' : 'documents.status.notSignable')}</span>;
}

interface Props {
  readonly rows: readonly TemplateRow[];
  readonly enterprise: Enterprise;
  readonly onOpen: (row: TemplateRow) => void;
  /** Opens the document details form (a missing item entered there). */
  readonly onDetails: () => void;
  /** Shown on the round's own agreement's row, under its actions (与上一份协议比较). */
  readonly mainExtra?: ReactNode;
}

export function TemplateList({ rows, enterprise, onOpen, onDetails, mainExtra }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(row: TemplateRow): Promise<void> {
    const shown = rowDocument(row);
    if (!shown) return;
    setBusy(row.name);
    try {
      const notice = await docxSave(shown.doc, documentFileName(enterprise.name, row, shown.version, 'docx'));
      if (notice) noticeShow(notice);
    } finally {
      setBusy(null);
    }
  }

  return (
    <table className="data doc-list">
      <caption className="doc-visually-hidden">{t('documents.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('documents.colDocument')}</th>
          <th scope="col">{t('documents.colStatus')}</th>
          <th scope="col">{t('documents.colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row" className="doc-list-title">
              {row.titleZh}
              {row.main ? <span className="doc-main-label">{t('documents.mainLabel')}</span> : null}
            </th>
            <td>
              <StatusText row={row} />
            </td>
            <td>
              {rowDocument(row) ? (
                <div className="doc-list-actions">
                  <button type="button" aria-label={t('documents.downloadFor', { title: row.titleZh })} disabled={busy === row.name} onClick={() => void download(row)}>
                    {busy === row.name ? t('documents.downloading') : t('documents.download')}
                  </button>
                  <button type="button" aria-label={t('documents.previewFor', { title: row.titleZh })} onClick={() => onOpen(row)}>
                    {t('documents.preview')}
                  </button>
                </div>
              ) : null}
              {row.main && mainExtra ? <div className="doc-list-actions doc-list-extra">{mainExtra}</div> : null}
              {row.missing.length > 0 ? (
                <details className="doc-needs" open={row.main}>
                  <summary>{t('documents.needs')}{row.missing.map((m) => t(`documents.need.${m.what}`)).join('、')}</summary>
                  <MissingList missing={row.missing} onDetails={onDetails} />
                </details>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
