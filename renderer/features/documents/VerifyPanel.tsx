// 核验: does a fingerprint (typed from a printed page, or carried by a .docx or version file) name an
// agreement version registered in this store, and which one — enterprise, title, version, when it was
// signed, and whether it is still current or was voided by a later version.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../shared/enterprise/model';
import type { StoredAgreement } from '../../data/types';
import { documentsErrorText } from './documentFiles';
import { send } from '../../data/send';
import { fileFingerprint, fingerprintMatches, fingerprintQueryParse, type FingerprintQuery } from './verify';
import { signatureWhen } from './VersionHistory';

type Outcome =
  | { readonly kind: 'problem'; readonly text: string }
  | { readonly kind: 'result'; readonly searched: string; readonly matches: readonly StoredAgreement[] };

export function VerifyPanel({ enterprises }: { readonly enterprises: readonly Enterprise[] }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputId = useId();
  const fileId = useId();

  async function search(query: FingerprintQuery): Promise<void> {
    const listed = await send('agreementsAll');
    if (!listed.ok) return setOutcome({ kind: 'problem', text: documentsErrorText(listed.error) });
    const searched = query.kind === 'full' ? query.fingerprint : query.prefix;
    setOutcome({ kind: 'result', searched, matches: fingerprintMatches(listed.value.items, query) });
  }

  function submit(e: FormEvent): void {
    e.preventDefault();
    const query = fingerprintQueryParse(text);
    if (!query) return setOutcome({ kind: 'problem', text: t('documents.verify.badQuery') });
    void search(query);
  }

  async function pick(file: File): Promise<void> {
    const found = await fileFingerprint(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!found.ok) {
      const key = found.error.code === 'verify.tampered' ? 'tampered' : found.error.code === 'verify.noFingerprint' ? 'noFingerprintInFile' : 'fileUnreadable';
      return setOutcome({ kind: 'problem', text: t(`documents.verify.${key}`, { message: found.error.message }) });
    }
    setText(found.value);
    await search({ kind: 'full', fingerprint: found.value });
  }

  const enterpriseName = (id: string) => enterprises.find((e) => e.id === id)?.name ?? t('documents.verify.unknownEnterprise');

  return (
    <section className="card verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('documents.verify.title')}</h2>
      <p className="muted">{t('documents.verify.intro')}</p>
      <form className="verify-form" onSubmit={submit}>
        <label htmlFor={inputId}>{t('documents.verify.input')}</label>
        <input id={inputId} className="verify-input" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" className="button-primary">{t('documents.verify.check')}</button>
      </form>
      <div className="verify-file">
        {/* The native input's own button speaks the browser's language, not the app's: it is hidden and its label is the button. */}
        <label htmlFor={fileId} className="verify-file-button">{t('documents.verify.file')}</label>
        <input
          id={fileId}
          className="doc-visually-hidden"
          type="file"
          accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void pick(file);
            e.target.value = '';
          }}
        />
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'problem' ? <p className="doc-banner doc-banner-warn">{outcome.text}</p> : null}
        {outcome?.kind === 'result' ? (
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
        ) : null}
      </div>
    </section>
  );
}
