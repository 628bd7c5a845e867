// 载入参考案例条款与台账: the reference case's terms, roster and ledger (shared/terms/referenceTerms.ts)
// into the chosen enterprise, in one transaction. If the enterprise already has any, the user is asked
// first, and the replacement can be undone from the notice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../app/store';
import { servicesReady } from '../../app/servicesLazy';
import { termsCaseCounts, termsCaseReplace, termsRowsRestore } from '../../db/termsCaseStore';
import { termsErrorText } from './termsErrorText';

interface Props {
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly primary?: boolean;
  readonly onLoaded: () => Promise<void>;
}

export function ReferenceLoadButton({ enterpriseId, enterpriseName, primary, onLoaded }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [asking, setAsking] = useState<{ terms: number; workers: number } | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    const { db } = await servicesReady();
    const counts = await termsCaseCounts(db, enterpriseId);
    if (!counts.ok) return noticeShow({ tone: 'error', text: termsErrorText(counts.error) });
    const { terms, workers, ledgerEntries } = counts.value;
    if (terms + workers + ledgerEntries > 0) setAsking({ terms, workers });
    else await load();
  }

  async function load() {
    setAsking(null);
    setBusy(true);
    try {
      const [{ db }, { referenceTermsCase }] = await Promise.all([servicesReady(), import('../../../shared/sample/referenceTerms')]);
      const c = referenceTermsCase();
      const replaced = await termsCaseReplace(db, enterpriseId, c);
      if (!replaced.ok) return noticeShow({ tone: 'error', text: termsErrorText(replaced.error) });
      await onLoaded();
      const before = replaced.value;
      const hadData = before.terms.length + before.workers.length + before.ledgerEntries.length > 0;
      noticeShow({
        tone: 'info',
        text: t('terms.reference.loaded', { name: enterpriseName, terms: c.terms.length, workers: c.roster.length }),
        ...(hadData
          ? {
              undo: async () => {
                const restored = await termsRowsRestore(db, before);
                if (!restored.ok) noticeShow({ tone: 'error', text: termsErrorText(restored.error) });
                await onLoaded();
              },
            }
          : {}),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={primary ? 'button-primary' : undefined} disabled={busy} onClick={() => void start()}>
        {busy ? t('terms.reference.loading') : t('terms.reference.load')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('terms.reference.replaceTitle')}
          body={t('terms.reference.replaceBody', { name: enterpriseName, terms: asking.terms, workers: asking.workers })}
          confirmLabel={t('terms.reference.replace')}
          danger
          onConfirm={() => void load()}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
