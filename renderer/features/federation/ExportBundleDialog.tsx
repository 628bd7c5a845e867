// 导出报送包: the enterprise's bundle as the federation holds it (every version, the witness keys),
// made by 'federation', optionally encrypted. Nothing is written while the two passwords differ.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleBuild } from '../../../shared/bundle/format';
import { registryBundleContents, type BundleRegistry } from '../../../shared/bundle/registry';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { bundlePersonalData, personalDataAny } from '../../../shared/privacy/personalData';
import { Field } from '../../components/Field';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { federationErrorText } from './federationErrorText';

interface ExportBundleDialogProps {
  readonly registry: BundleRegistry;
  readonly creditCode: string;
  readonly name: string;
  readonly onClose: () => void;
}

export function ExportBundleDialog({ registry, creditCode, name, onClose }: ExportBundleDialogProps) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const ref = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // What the file will say about people, counted from the same contents the export builds (time aside).
  const personal = useMemo(() => {
    const contents = registryBundleContents(registry, creditCode, 'federation', new Date().toISOString());
    return contents.ok ? bundlePersonalData(contents.value) : null;
  }, [registry, creditCode]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  async function exportBundle() {
    if (password !== repeat) {
      setError(t('federation.exportBundle.mismatch'));
      return;
    }
    setBusy(true);
    try {
      const contents = registryBundleContents(registry, creditCode, 'federation', new Date().toISOString());
      if (!contents.ok) {
        setError(federationErrorText(contents.error));
        return;
      }
      const built = await bundleBuild(contents.value, password === '' ? {} : { password });
      if (!built.ok) {
        setError(federationErrorText(built.error));
        return;
      }
      const saved = await platform().saveFile({
        suggestedName: t('federation.exportBundle.fileName', { name, date: isoDateToday() }),
        data: built.value,
        mimeType: 'application/octet-stream',
        extensions: ['wdbundle'],
      });
      if (!saved.ok) {
        setError(federationErrorText(saved.error));
        return;
      }
      if (saved.value.saved) noticeShow({ tone: 'info', text: t('federation.exportBundle.done', { path: saved.value.path }) });
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="federation-export-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void exportBundle();
        }}
      >
        <h2 id="federation-export-title">{t('federation.exportBundle.title', { name })}</h2>
        <p>{t('federation.exportBundle.body')}</p>
        {personal ? (
          <p className="federation-private" data-testid="bundle-personal-data">
            {personalDataAny(personal) ? t('federation.exportBundle.personalData', { ...personal }) : t('federation.exportBundle.personalDataNone')}
          </p>
        ) : null}
        <Field label={t('federation.exportBundle.password')}>
          {(props) => <input {...props} type="password" autoComplete="new-password" value={password} onChange={(e) => { setPassword(e.target.value); setError(undefined); }} />}
        </Field>
        <Field label={t('federation.exportBundle.passwordRepeat')} error={error}>
          {(props) => <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => { setRepeat(e.target.value); setError(undefined); }} />}
        </Field>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="button-primary" disabled={busy}>{busy ? t('federation.exportBundle.exporting') : t('federation.exportBundle.export')}</button>
        </div>
      </form>
    </dialog>
  );
}
