// 职工花名册: ID numbers and phone numbers masked (enough to tell people apart, not to reuse the
// number); search; open a worker's statement; import from Excel/CSV; export to .xlsx.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuanNumber } from '../../../shared/format/yuan';
import { maskIdNumber, maskPhone } from '../../../shared/roster/mask';
import type { Worker } from '../../../shared/roster/worker';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { rosterSearch, workerNumberShown } from './rosterSearch';
import { termsErrorText } from './termsErrorText';

/** Rows drawn at once; a search narrows a big roster down. */
const ROWS_SHOWN = 200;

interface Props {
  readonly roster: readonly Worker[];
  readonly enterpriseName: string;
  readonly onOpen: (workerId: string) => void;
  readonly onImport: () => void;
}

export function RosterList({ roster, enterpriseName, onOpen, onImport }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [query, setQuery] = useState('');
  const [exporting, setExporting] = useState(false);
  const searchId = useId();
  const found = rosterSearch(roster, query);

  async function exportXlsx() {
    setExporting(true);
    try {
      const { rosterWorkbook } = await import('./rosterWorkbook');
      const data = await rosterWorkbook(roster, t);
      const saved = await platform().saveFile({
        suggestedName: t('terms.roster.fileName', { name: enterpriseName }),
        data,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extensions: ['xlsx'],
      });
      if (!saved.ok) noticeShow({ tone: 'error', text: termsErrorText(saved.error) });
      else if (saved.value.saved) noticeShow({ tone: 'info', text: t('terms.roster.exported', { path: saved.value.path }) });
    } catch (error) {
      noticeShow({ tone: 'error', text: t('terms.roster.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="terms-roster-title">
      <div className="card-head">
        <h2 id="terms-roster-title">{t('terms.roster.title', { count: roster.length })}</h2>
        <div className="row-actions">
          <button type="button" className="button-primary" onClick={onImport}>{t('terms.roster.import')}</button>
          <button type="button" disabled={exporting || roster.length === 0} onClick={() => void exportXlsx()}>
            {exporting ? t('terms.roster.exporting') : t('terms.roster.export')}
          </button>
        </div>
      </div>
      <div className="terms-search">
        <label htmlFor={searchId}>{t('terms.roster.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('terms.roster.searchHint')} />
        <span className="muted" aria-live="polite">{t('terms.roster.found', { count: found.length })}</span>
      </div>
      <p className="muted">{t('terms.roster.maskNote')}</p>
      {roster.length === 0 ? <p className="empty">{t('terms.roster.none')}</p> : (
        <div className="table-scroll">
          <table className="data terms-roster">
            <thead>
              <tr>
                <th scope="col">{t('terms.field.id')}</th>
                <th scope="col">{t('terms.field.name')}</th>
                <th scope="col">{t('terms.field.idNumber')}</th>
                <th scope="col">{t('terms.field.phone')}</th>
                <th scope="col">{t('terms.field.group')}</th>
                <th scope="col">{t('terms.field.status')}</th>
                <th scope="col">{t('terms.field.homeProvince')}</th>
                <th scope="col" className="num">{t('terms.roster.fareYuan')}</th>
                <th scope="col"><span className="visually-hidden">{t('terms.statement.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {found.slice(0, ROWS_SHOWN).map((w) => (
                <tr key={w.id}>
                  <td className="mono">{workerNumberShown(w) ?? t('terms.roster.noNumber')}</td>
                  <th scope="row">{w.name}</th>
                  <td className="mono">{maskIdNumber(w.idNumber)}</td>
                  <td className="mono">{w.phone ? maskPhone(w.phone) : t('common.none')}</td>
                  <td>{w.group || t('common.none')}</td>
                  <td>{t(`terms.status.${w.status}`)}</td>
                  <td>{w.homeProvince ?? t('common.none')}</td>
                  <td className="num">{w.fareFen === null ? t('common.none') : formatYuanNumber(w.fareFen, locale)}</td>
                  <td>
                    <button type="button" className="button-link" onClick={() => onOpen(w.id)} aria-label={t('terms.roster.openFor', { name: w.name })}>
                      {t('terms.roster.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {found.length > ROWS_SHOWN ? <p className="muted">{t('terms.roster.more', { shown: ROWS_SHOWN, count: found.length })}</p> : null}
    </section>
  );
}
