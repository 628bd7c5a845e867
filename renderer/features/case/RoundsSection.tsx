// 协商轮次 on the enterprise page: every round in the order it happened with its status and term; open
// one, start a new one (blank or continued from the latest), export one as a case file, import one, or
// delete one (asked first, undoable).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../shared/case/caseFile';
import type { RoundId } from '../../../shared/case/round';
import type { Enterprise, EnterpriseId } from '../../../shared/enterprise/model';
import { formatDateLong } from '../../../shared/format/date';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FilePicker } from '../../components/FilePicker';
import type { RoundListing, RoundSummary } from '../../data/caseHandlers';
import { send } from '../../data/send';
import { useLocale } from '../../i18n/useLocale';
import { caseFiguresReload, caseFileErrorText, caseFileExport, caseFileRead, caseImportedText } from './caseFileTransfer';
import { NewRoundDialog } from './NewRoundDialog';
import './messages';
import './rounds.css';

export function RoundsSection({ enterprise }: { readonly enterprise: Enterprise }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useAppStore((s) => s.navigate);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [listing, setListing] = useState<RoundListing | null>(null);
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<RoundSummary | null>(null);
  const [replacing, setReplacing] = useState<CaseFile | null>(null);
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const enterpriseId = enterprise.id as EnterpriseId;

  async function load() {
    const listed = await send('roundsList', { enterpriseId });
    if (listed.ok) setListing(listed.value);
    else noticeShow({ tone: 'error', text: errorText(listed.error) });
  }
  useEffect(() => {
    void load();
  }, [enterpriseId]);

  async function remove(round: RoundSummary) {
    setRemoving(null);
    const removed = await send('roundRemove', { roundId: round.id });
    if (!removed.ok) return noticeShow({ tone: 'error', text: errorText(removed.error) });
    await load();
    noticeShow({
      tone: 'info',
      text: t('rounds.deleted', { title: round.title }),
      undo: async () => {
        const back = await send('roundRestore', { removal: removed.value });
        if (!back.ok) noticeShow({ tone: 'error', text: errorText(back.error) });
        await load();
      },
    });
  }

  async function importFile(file: CaseFile) {
    setReplacing(null);
    setBusy(true);
    try {
      const imported = await send('caseImport', { file, enterpriseId });
      if (!imported.ok) return noticeShow({ tone: 'error', text: caseFileErrorText(imported.error) });
      await load();
      const { counts } = imported.value;
      await caseFiguresReload(counts);
      noticeShow({
        tone: 'info',
        text: caseImportedText(file.round.title, counts),
        undo: async () => {
          const back = await send('caseImportUndo', { undo: imported.value.undo });
          if (!back.ok) noticeShow({ tone: 'error', text: errorText(back.error) });
          await load();
          await caseFiguresReload(counts);
        },
      });
    } finally {
      setBusy(false);
    }
  }

  async function picked(file: File) {
    const read = await caseFileRead(file);
    if (!read.ok) return noticeShow({ tone: 'error', text: caseFileErrorText(read.error) });
    if (listing?.rounds.some((r) => r.id === read.value.round.id)) setReplacing(read.value);
    else await importFile(read.value);
  }

  const open = (id: RoundId) => navigate({ area: 'scenarios', enterpriseId, roundId: id });
  const term = (r: RoundSummary) => (r.term ? t('rounds.termText', { from: formatDateLong(r.term.from, locale), to: formatDateLong(r.term.to, locale) }) : t('rounds.noTerm'));
  return (
    <section className="card" aria-labelledby="rounds-title">
      <div className="card-head">
        <h2 id="rounds-title">{t('rounds.listTitle')}</h2>
        <div className="rounds-actions">
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>{t('rounds.new')}</button>
          <button type="button" disabled={busy} onClick={() => picker.current?.click()}>{busy ? t('rounds.importing') : t('rounds.importCase')}</button>
        </div>
      </div>
      <FilePicker inputRef={picker} accept=".json,application/json" label={t('rounds.importCase')} onFile={(f) => void picked(f)} />
      {listing && listing.rounds.length === 0 ? <p className="empty">{t('rounds.noRounds', { name: enterprise.name })}</p> : null}
      {listing && listing.rounds.length > 0 ? (
        <div className="table-scroll">
          <table className="data rounds-table">
            <caption className="visually-hidden">{t('rounds.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.colTitle')}</th>
                <th scope="col">{t('rounds.colKind')}</th>
                <th scope="col">{t('rounds.colTerm')}</th>
                <th scope="col">{t('rounds.colStatus')}</th>
                <th scope="col">{t('rounds.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.rounds.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <a href={`#/e/${encodeURIComponent(enterpriseId)}/${encodeURIComponent(r.id)}/scenarios`} onClick={(e) => { e.preventDefault(); open(r.id); }}>{r.title}</a>
                  </th>
                  <td>{t(`rounds.kinds.${r.kind}`)}</td>
                  <td>{term(r)}</td>
                  <td><span className={`round-status round-status-${r.status}`}>{t(`rounds.status.${r.status}`)}</span></td>
                  <td>
                    <div className="rounds-actions">
                      <button type="button" aria-label={t('rounds.openFor', { title: r.title })} onClick={() => open(r.id)}>{t('rounds.open')}</button>
                      <button
                        type="button"
                        aria-label={t('rounds.exportFor', { title: r.title })}
                        onClick={() => void caseFileExport(enterpriseId, r.id, `${enterprise.name}-${r.title}.json`).then((n) => n && noticeShow(n))}
                      >
                        {t('rounds.exportCase')}
                      </button>
                      <button type="button" className="button-danger" aria-label={t('rounds.deleteFor', { title: r.title })} onClick={() => setRemoving(r)}>{t('rounds.delete')}</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {creating ? (
        <NewRoundDialog
          enterprise={enterprise}
          rounds={listing?.rounds ?? []}
          onCreated={(id) => {
            setCreating(false);
            open(id);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('rounds.deleteTitle')}
          body={t('rounds.deleteBody', { title: removing.title })}
          confirmLabel={t('rounds.delete')}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
      {replacing ? (
        <ConfirmDialog
          title={t('rounds.importReplaceTitle')}
          body={t('rounds.importReplaceBody', { title: replacing.round.title })}
          confirmLabel={t('rounds.importReplace')}
          danger
          onConfirm={() => void importFile(replacing)}
          onCancel={() => setReplacing(null)}
        />
      ) : null}
    </section>
  );
}
