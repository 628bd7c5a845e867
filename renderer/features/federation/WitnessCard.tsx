// 见证密钥: the federation's Ed25519 identity. Made once on this machine; only the public key is shown
// and exported. The fingerprint is grouped in fours so it can be read aloud over the phone.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoResult } from '../../data/types';
import { utf8Bytes } from '../../../shared/bundle/bytes';
import { witnessPublicKeyExport, type WitnessIdentity, type WitnessPublicKey } from '../../../shared/witness/identity';
import { Field } from '../../components/Field';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { federationErrorText } from './federationErrorText';

/** 64 hex digits as 16 groups of four. */
export function fingerprintGroups(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}

interface WitnessCardProps {
  readonly identity: WitnessIdentity | null;
  readonly onCreate: (name: string) => Promise<RepoResult<WitnessIdentity>>;
}

export function WitnessCard({ identity, onCreate }: WitnessCardProps) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [publicKey, setPublicKey] = useState<WitnessPublicKey | null>(null);

  useEffect(() => {
    let live = true;
    if (identity) void witnessPublicKeyExport(identity).then((key) => live && setPublicKey(key));
    else setPublicKey(null);
    return () => {
      live = false;
    };
  }, [identity]);

  async function create() {
    if (name.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    const made = await onCreate(name);
    setBusy(false);
    if (!made.ok) setError(made.error.code === 'validation' ? t(made.error.fields?.name ?? 'validation.required') : federationErrorText(made.error));
    else noticeShow({ tone: 'info', text: t('federation.witness.created') });
  }

  async function exportPublic() {
    if (!publicKey) return;
    const data = utf8Bytes(`${JSON.stringify(publicKey, null, 2)}\n`);
    const saved = await platform().saveFile({ suggestedName: t('federation.witness.fileName', { name: publicKey.name }), data, mimeType: 'application/json', extensions: ['json'] });
    if (!saved.ok) noticeShow({ tone: 'error', text: federationErrorText(saved.error) });
    else if (saved.value.saved) noticeShow({ tone: 'info', text: t('federation.witness.exported', { path: saved.value.path }) });
  }

  return (
    <section className="card federation-card" aria-labelledby="federation-witness-title">
      <h2 id="federation-witness-title">{t('federation.witness.title')}</h2>
      {identity ? (
        <>
          <dl className="facts">
            <dt>{t('federation.witness.holder')}</dt>
            <dd>{identity.name}</dd>
            <dt>{t('federation.witness.fingerprint')}</dt>
            <dd className="federation-fingerprint" data-testid="witness-fingerprint">{publicKey ? fingerprintGroups(publicKey.fingerprint) : ''}</dd>
            <dt>{t('federation.witness.createdAt')}</dt>
            <dd>{identity.createdAt.slice(0, 10)}</dd>
          </dl>
          <p className="federation-private">{t('federation.witness.privateLocal')}</p>
          <button type="button" disabled={!publicKey} onClick={() => void exportPublic()}>{t('federation.witness.exportPublic')}</button>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <p className="muted">{t('federation.witness.none')}</p>
          <Field label={t('federation.witness.name')} hint={t('federation.witness.nameHint')} error={error} required>
            {(props) => <input {...props} value={name} maxLength={100} onChange={(e) => { setName(e.target.value); setError(undefined); }} />}
          </Field>
          <p className="federation-private">{t('federation.witness.privateLocal')}</p>
          <button type="submit" className="button-primary" disabled={busy}>{busy ? t('federation.witness.creating') : t('federation.witness.create')}</button>
        </form>
      )}
    </section>
  );
}
