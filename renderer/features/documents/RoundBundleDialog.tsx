// 导出报送包: the round as the bundle its enterprise sends the federation (docs/bundle-format.md), built by
// the same path as the command line's `bundle case.json`: the round exported as a case file, its frozen
// agreement versions with their signatures, the procedure in brief; optionally encrypted. The round's
// agreement must be frozen first, so the federation holds the very text and fingerprint the pages print.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleBuild } from '../../../shared/bundle/format';
import { caseFileParse } from '../../../shared/case/caseFile';
import type { Round } from '../../../shared/case/round';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { bundlePersonalData, personalDataAny, type BundlePersonalData } from '../../../shared/privacy/personalData';
import type { Enterprise } from '../../../shared/enterprise/model';
import { caseBundleContents } from '../../../templates/caseBundle';
import type { CaseContext } from '../../../templates/caseViewModel';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { send } from '../../data/send';
import { platform } from '../../platform';
import { minimumWageUserCurrent } from '../minimumWage/minimumWageLoad';
import { documentsErrorText } from './documentFiles';
import { OwnKeyFingerprint } from './OwnKeyFingerprint';
import type { TemplateRow } from './templateRows';

interface Props {
  readonly enterprise: Enterprise;
  readonly round: Round;
  /** The round's own agreement. */
  readonly main: TemplateRow;
  readonly ctx: CaseContext;
  readonly onClose: () => void;
}

export function RoundBundleDialog({ enterprise, round, main, ctx, onClose }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const ref = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const frozen = main.versions.length > 0;
  const [personal, setPersonal] = useState<BundlePersonalData | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  /** The bundle's contents, built the way the command line's `bundle case.json` builds them. */
  const contentsBuild = useCallback(async () => {
    const exported = await send('caseExport', { enterpriseId: enterprise.id, roundId: round.id, minimumWage: minimumWageUserCurrent() });
    if (!exported.ok) return exported;
    const file = caseFileParse(exported.value);
    if (!file.ok) return file;
    return caseBundleContents(file.value, ctx, { createdAt: new Date().toISOString(), today: isoDateToday() });
  }, [enterprise.id, round.id, ctx]);

  // What the file will say about people, shown before anything is written (counts only).
  useEffect(() => {
    let live = true;
    if (frozen) void contentsBuild().then((contents) => live && setPersonal(contents.ok ? bundlePersonalData(contents.value) : null));
    return () => {
      live = false;
    };
  }, [frozen, contentsBuild]);

  async function exportBundle() {
    if (password !== repeat) return setError(t('documents.bundle.mismatch'));
    setBusy(true);
    try {
      const contents = await contentsBuild();
      if (!contents.ok) return setError(documentsErrorText(contents.error));
      // Signed with the enterprise's own key (made on its first export), so the federation can tell this
      // enterprise's bundles from anyone else's (docs/bundle-format.md, "Trust").
      const signed = await send('bundleSignAsEnterprise', { contents: contents.value });
      if (!signed.ok) return setError(documentsErrorText(signed.error));
      const built = await bundleBuild(signed.value, password === '' ? {} : { password });
      if (!built.ok) return setError(documentsErrorText(built.error));
      const saved = await platform().saveFile({
        suggestedName: t('documents.bundle.fileName', { name: enterprise.name, title: round.title }).replace(/[\\/:*?"<>|]/g, '_'),
        data: built.value,
        mimeType: 'application/octet-stream',
        extensions: ['wdbundle'],
      });
      if (!saved.ok) return setError(documentsErrorText(saved.error));
      if (saved.value.saved) noticeShow({ tone: 'info', text: t('documents.bundle.done', { path: saved.value.path }) });
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="round-bundle-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form onSubmit={(e) => { e.preventDefault(); void exportBundle(); }}>
        <h2 id="round-bundle-title">{t('documents.bundle.title', { title: round.title })}</h2>
        <p>{t('documents.bundle.body')}</p>
        <OwnKeyFingerprint name={enterprise.name} creditCode={enterprise.creditCode} />
        {frozen ? (
          <>
            {personal ? (
              <p className="doc-banner" data-testid="bundle-personal-data">
                {personalDataAny(personal) ? t('documents.bundle.personalData', { ...personal }) : t('documents.bundle.personalDataNone')}
              </p>
            ) : null}
            <Field label={t('documents.bundle.password')}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => { setPassword(e.target.value); setError(undefined); }} />}
            </Field>
            <Field label={t('documents.bundle.passwordRepeat')} error={error}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={repeat} onChange={(e) => { setRepeat(e.target.value); setError(undefined); }} />}
            </Field>
          </>
        ) : (
          <p className="doc-banner doc-banner-warn" role="alert">{t('documents.bundle.needFrozen', { title: main.titleZh })}</p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="button-primary" disabled={busy || !frozen}>{busy ? t('documents.bundle.exporting') : t('documents.bundle.export')}</button>
        </div>
      </form>
    </dialog>
  );
}
