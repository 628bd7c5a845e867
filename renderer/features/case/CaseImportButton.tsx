// 导入个案文件 on the enterprise list: a case file brings its round, and its enterprise when this store
// does not have it yet (found by credit code). Loaded after the list, so start-up does not carry it; the
// case format's checks (the round's schemas, the regions) load only when a file is picked.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';
import { FilePicker } from '../../components/FilePicker';
import { send } from '../../data/send';
import './messages';

export function CaseImportButton() {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const navigate = useAppStore((s) => s.navigate);
  const reload = useAppStore((s) => s.enterprisesLoad);
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function picked(file: File) {
    setBusy(true);
    try {
      const { caseFiguresReload, caseFileErrorText, caseFileRead, caseImportedText } = await import('./caseFileTransfer');
      const read = await caseFileRead(file);
      if (!read.ok) return noticeShow({ tone: 'error', text: caseFileErrorText(read.error) });
      const imported = await send('caseImport', { file: read.value, enterpriseId: null });
      if (!imported.ok) return noticeShow({ tone: 'error', text: caseFileErrorText(imported.error) });
      await reload();
      const { enterpriseId, roundId, undo, counts } = imported.value;
      await caseFiguresReload(counts);
      navigate({ area: 'scenarios', enterpriseId, roundId });
      noticeShow({
        tone: 'info',
        text: caseImportedText(read.value.round.title, counts),
        undo: async () => {
          const back = await send('caseImportUndo', { undo });
          if (!back.ok) noticeShow({ tone: 'error', text: errorText(back.error) });
          await reload();
          await caseFiguresReload(counts);
          navigate({ area: 'enterprises', view: 'list' });
        },
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" disabled={busy} onClick={() => picker.current?.click()}>{busy ? t('rounds.importing') : t('rounds.importCase')}</button>
      <FilePicker inputRef={picker} accept=".json,application/json" label={t('rounds.importCase')} onFile={(f) => void picked(f)} />
    </>
  );
}
