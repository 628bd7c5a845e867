// 见证密钥: the federation's Ed25519 key. The screen holds only its public fields: signing, export and
// import happen in the data layer. The words say where the secret lives (WitnessKeyWhere.tsx) and that
// backups do not carry it (docs/security.md, "Witness key"). The fingerprint is grouped in fours so it can be read over the phone.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoResult, WitnessKeyInfo } from '../../data/types';
import { utf8Bytes } from '../../../shared/bundle/bytes';
import { witnessPublicKeyExport, type WitnessPublicKey } from '../../../shared/witness/identity';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { federationErrorText } from './federationErrorText';
import { WitnessKeyCreateForm, WitnessKeyExportForm, WitnessKeyImportForm } from './WitnessKeyForms';
import { WitnessKeyWhere } from './WitnessKeyWhere';

/** 64 hex digits as 16 groups of four. */
export function fingerprintGroups(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}

interface WitnessCardProps {
  readonly identity: WitnessKeyInfo | null;
  readonly onCreate: (name: string, passphrase: string) => Promise<RepoResult<WitnessKeyInfo>>;
  readonly onImport: (file: unknown, passphrase: string) => Promise<RepoResult<WitnessKeyInfo>>;
}

export function WitnessCard({ identity, onCreate, onImport }: WitnessCardProps) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [publicKey, setPublicKey] = useState<WitnessPublicKey | null>(null);

  useEffect(() => {
    let live = true;
    if (identity) void witnessPublicKeyExport(identity).then((key) => live && setPublicKey(key));
    else setPublicKey(null);
    return () => {
      live = false;
    };
  }, [identity]);

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
          <WitnessKeyWhere store={identity.store} />
          <p className="muted">{t('federation.witness.backupNote')}</p>
          {identity.origin === 'migrated' ? <p className="federation-private" role="note">{t('federation.witness.migrated')}</p> : null}
          <button type="button" disabled={!publicKey} onClick={() => void exportPublic()}>{t('federation.witness.exportPublic')}</button>
          {identity.exportable ? <WitnessKeyExportForm name={identity.name} /> : null}
        </>
      ) : (
        <>
          <WitnessKeyCreateForm onCreate={onCreate} />
          <WitnessKeyImportForm onImport={onImport} />
        </>
      )}
    </section>
  );
}
