// 核验: does a fingerprint (typed from a printed page, or carried by a .docx or version file) name an
// agreement version registered in this store, and which one — enterprise, title, version, when it was
// signed, and whether it is still current or was voided by a later version. Files are read off the UI
// thread, each with its own progress and result (useVerifyFiles.ts).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../shared/enterprise/model';
import type { Result } from '../../../shared/result';
import { documentsErrorText } from './documentFiles';
import { send } from '../../data/send';
import { fingerprintMatches, fingerprintQueryParse, type FingerprintQuery } from './verify';
import { VerifyOutcome, type VerifyOutcomeValue } from './VerifyOutcome';
import { useVerifyFiles } from './useVerifyFiles';

const fileProblemKey: Readonly<Record<string, string>> = {
  'verify.tampered': 'documents.verify.tampered',
  'verify.noFingerprint': 'documents.verify.noFingerprintInFile',
  'verify.unreadable': 'documents.verify.fileUnreadable',
};

export function VerifyPanel({ enterprises }: { readonly enterprises: readonly Enterprise[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<VerifyOutcomeValue | null>(null);
  const inputId = useId();
  const fileId = useId();

  async function search(query: FingerprintQuery): Promise<VerifyOutcomeValue> {
    const listed = await send('agreementsAll');
    if (!listed.ok) return { kind: 'problem', text: documentsErrorText(listed.error) };
    const searched = query.kind === 'full' ? query.fingerprint : query.prefix;
    return { kind: 'result', searched, matches: fingerprintMatches(listed.value.items, query) };
  }

  const files = useVerifyFiles(async (found: Result<string>): Promise<VerifyOutcomeValue> => {
    if (found.ok) return search({ kind: 'full', fingerprint: found.value });
    const key = fileProblemKey[found.error.code];
    // A read that failed or stalled says so in the app's own words (errors.file.*).
    return { kind: 'problem', text: key ? t(key, { message: found.error.message }) : documentsErrorText(found.error) };
  });

  function submit(e: FormEvent): void {
    e.preventDefault();
    const query = fingerprintQueryParse(text);
    if (!query) return setOutcome({ kind: 'problem', text: t('documents.verify.badQuery') });
    void search(query).then(setOutcome);
  }

  return (
    <section className="card verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('documents.verify.title')}</h2>
      <p className="muted">{t('documents.verify.intro')}</p>
      <form className="verify-form" onSubmit={submit}>
        <label htmlFor={inputId}>{t('documents.verify.input')}</label>
        <input id={inputId} className="verify-input" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" className="button-primary">{t('documents.verify.check')}</button>
      </form>
      <div aria-live="polite">{outcome ? <VerifyOutcome outcome={outcome} enterprises={enterprises} /> : null}</div>
      <div className="verify-file">
        {/* The native input's own button speaks the browser's language, not the app's: it is hidden and its label is the button. */}
        <label htmlFor={fileId} className="verify-file-button">{t('documents.verify.file')}</label>
        <input
          id={fileId}
          className="doc-visually-hidden"
          type="file"
          multiple
          accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            if (e.target.files?.length) files.pick([...e.target.files]);
            e.target.value = ''; // the same file can be picked again
          }}
        />
      </div>
      {files.rows.length > 0 ? (
        <ul className="verify-files">
          {files.rows.map((row) => (
            <li key={row.id} className="verify-file-row" aria-label={row.name}>
              <div className="verify-file-head">
                <strong>{row.name}</strong>
                <button type="button" onClick={() => files.remove(row.id)} aria-label={`${t('documents.verify.remove')} ${row.name}`}>
                  {t('documents.verify.remove')}
                </button>
              </div>
              <div aria-live="polite">
                {row.state.kind === 'reading' ? (
                  <p className="muted" role="status">{row.state.percent === undefined ? t('documents.verify.reading') : t('documents.verify.readingPercent', { percent: row.state.percent })}</p>
                ) : (
                  <VerifyOutcome outcome={row.state.outcome} enterprises={enterprises} />
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
