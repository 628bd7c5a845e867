// One verify result: a problem sentence, or the fingerprint searched and the registered versions it names.
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../shared/enterprise/model';
import type { StoredAgreement } from '../../data/types';
import { signatureWhen } from './VersionHistory';

export type VerifyOutcomeValue =
  | { readonly kind: 'problem'; readonly text: string }
  | { readonly kind: 'result'; readonly searched: string; readonly matches: readonly StoredAgreement[] };

export function VerifyOutcome({ outcome, enterprises }: { readonly outcome: VerifyOutcomeValue; readonly enterprises: readonly Enterprise[] }) {
  const { t, i18n } = useTranslation();
  const enterpriseName = (id: string) => enterprises.find((e) => e.id === id)?.name ?? t('documents.verify.unknownEnterprise');
  if (outcome.kind === 'problem') return <p className="doc-banner doc-banner-warn">{outcome.text}</p>;
  return (
    <>
      <p className="muted verify-searched">{t('documents.verify.searched', { fingerprint: outcome.searched })}</p>
      {outcome.matches.length === 0 ? <p className="doc-banner doc-banner-bad">{t('documents.verify.noMatch')}</p> : null}
      {outcome.matches.map((m) => (
        <div key={m.id} className={`doc-banner ${m.version.voided ? 'doc-banner-warn' : 'doc-banner-ok'}`}>
          <p className="verify-match">{t('documents.verify.match')}</p>
          <dl className="facts">
            <dt>{t('documents.verify.enterprise')}</dt>
            <dd>{enterpriseName(m.enterpriseId)}</dd>
            <dt>{t('documents.verify.titleLabel')}</dt>
            <dd>{m.version.content.title}</dd>
            <dt>{t('documents.verify.version')}</dt>
            <dd>{t('documents.versions.version', { version: m.version.version })}</dd>
            <dt>{t('documents.verify.signedWhen')}</dt>
            <dd>{signatureWhen(m.version, i18n.language) ?? t('documents.verify.notSigned')}</dd>
            <dt>{t('documents.verify.state')}</dt>
            <dd>{t(m.version.voided ? 'documents.verify.voided' : 'documents.verify.current')}</dd>
            <dt>{t('documents.fingerprint')}</dt>
            <dd><code className="verify-fingerprint">{m.version.fingerprint}</code></dd>
          </dl>
        </div>
      ))}
    </>
  );
}
