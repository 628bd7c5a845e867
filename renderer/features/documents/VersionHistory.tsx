// Every version of one agreement, newest first: its fingerprint, whether it is current or void, and its
// signatures (struck through once a later version voids them). A version can be saved as JSON to verify.
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort, type AgreementVersion } from '../../../shared/bundle/agreement';
import type { AgreementSignature } from '../../../shared/bundle/signature';

function instantText(instant: string, language: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function signatureWhen(version: AgreementVersion, language: string): string | null {
  const last = [...version.signatures].sort((a, b) => (a.signedAt < b.signedAt ? 1 : -1))[0];
  return last ? instantText(last.signedAt, language) : null;
}

function SignatureLine({ signature, voided }: { readonly signature: AgreementSignature; readonly voided: boolean }) {
  const { t, i18n } = useTranslation();
  const text = t('documents.versions.signedAt', {
    name: signature.name,
    role: t(`documents.roles.${signature.role}`),
    kind: t(`documents.versions.${signature.kind}`),
    when: instantText(signature.signedAt, i18n.language),
  });
  return <li className="version-signature">{voided ? <s>{text}</s> : text}</li>;
}

export function VersionHistory({ versions, onExport }: { readonly versions: readonly AgreementVersion[]; readonly onExport: (v: AgreementVersion) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card version-history" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('documents.versions.title')}</h2>
      {versions.length === 0 ? <p className="muted">{t('documents.versions.none')}</p> : null}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.version} className={v.voided ? 'version-voided' : 'version-current'}>
            <div className="version-head">
              <strong>{t('documents.versions.version', { version: v.version })}</strong>
              <span className={`badge${v.voided ? ' badge-void' : ' badge-current'}`}>{t(v.voided ? 'documents.versions.voided' : 'documents.versions.current')}</span>
              <code className="version-fingerprint" title={v.fingerprint}>{agreementFingerprintShort(v.fingerprint)}</code>
              <button type="button" className="button-link" onClick={() => onExport(v)}>{t('documents.exportJson')}</button>
            </div>
            {v.signatures.length === 0 ? (
              <p className="muted">{t('documents.versions.unsigned')}</p>
            ) : (
              <ul className="version-signatures">
                {v.signatures.map((s) => (
                  <SignatureLine key={`${s.role}-${s.signedAt}`} signature={s} voided={v.voided} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
