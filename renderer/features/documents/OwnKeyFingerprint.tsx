// The enterprise's own bundle-signing key, as its people read it out when the federation phones to compare
// (docs/bundle-format.md, "Trust"): the fingerprint grouped exactly as the federation's screen groups it,
// copied or printed on a small sheet with the enterprise's name and credit code for sending on paper.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintGroups } from '../../../shared/bundle/trust';
import { useAppStore } from '../../app/store';
import { send } from '../../data/send';
import type { OwnEnterpriseKey } from '../../data/types';
import { platform } from '../../platform';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { ownKeyEn, ownKeyZh } from './ownKeyMessages';
import './ownKey.css';

featureMessagesRegister('ownKey', ownKeyZh, ownKeyEn);

interface Props {
  readonly name: string;
  readonly creditCode: string;
}

/** What is copied or printed: enough to compare without the app, one fact a line. */
export function ownKeyText(t: (key: string, params?: Record<string, unknown>) => string, name: string, creditCode: string, fingerprint: string): string {
  return [t('ownKey.printTitle'), `${t('ownKey.enterprise')}${name}`, `${t('ownKey.creditCode')}${creditCode}`, `${t('ownKey.fingerprint')}${fingerprintGroups(fingerprint)}`].join('\n');
}

export function OwnKeyFingerprint({ name, creditCode }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  // undefined while reading; null before the first export makes the key.
  const [key, setKey] = useState<OwnEnterpriseKey | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void send('enterpriseKeyRead', { creditCode }).then((read) => live && setKey(read.ok ? read.value : null));
    return () => {
      live = false;
    };
  }, [creditCode]);

  async function copy(fingerprint: string) {
    try {
      await navigator.clipboard.writeText(ownKeyText(t, name, creditCode, fingerprint));
      noticeShow({ tone: 'info', text: t('ownKey.copied') });
    } catch {
      noticeShow({ tone: 'error', text: t('ownKey.copyFailed') });
    }
  }

  async function print() {
    // Only the sheet prints while this class is on the page (documents.css).
    document.body.classList.add('printing-own-key');
    try {
      await platform().print();
    } finally {
      document.body.classList.remove('printing-own-key');
    }
  }

  if (key === undefined) return null;
  return (
    <section className="own-key" aria-label={t('ownKey.title')}>
      <h3>{t('ownKey.title')}</h3>
      {key === null ? (
        <p className="muted" data-testid="own-key-none">{t('ownKey.none')}</p>
      ) : (
        <>
          <p>
            {t('ownKey.fingerprint')}
            <code className="own-key-fingerprint" data-testid="own-key-fingerprint">{fingerprintGroups(key.fingerprint)}</code>
          </p>
          <p className="muted">{t('ownKey.purpose')}</p>
          <div className="dialog-actions own-key-actions">
            <button type="button" onClick={() => void copy(key.fingerprint)}>{t('ownKey.copy')}</button>
            <button type="button" onClick={() => void print()}>{t('ownKey.print')}</button>
          </div>
          <pre className="own-key-print" aria-hidden="true">{ownKeyText(t, name, creditCode, key.fingerprint)}</pre>
        </>
      )}
    </section>
  );
}
