// 校验报送包: check one file without importing it. Says plainly whether it is intact, and if not, why.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { fileRead } from '../../platform/fileRead/fileRead';
import { fingerprintGroups, type TrustedKey } from '../../../shared/bundle/trust';
import { bundleSignerOf, type BundleSigner } from './bundleSigner';
import { federationErrorText } from './federationErrorText';

type Verdict = { readonly tone: 'ok' | 'bad' | 'info'; readonly text: string } | null;

interface Props {
  /** This machine's pinned keys: who signed a bundle is told against them. */
  readonly pinned: readonly TrustedKey[];
  /** True when the registry already holds the enterprise with this credit code. */
  readonly known: (creditCode: string) => boolean;
}

export function VerifyBox({ pinned, known }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const input = useRef<HTMLInputElement>(null);
  const passwordId = useId();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [password, setPassword] = useState('');
  const [needsPassword, setNeedsPassword] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [signer, setSigner] = useState<BundleSigner | null>(null);
  const [busy, setBusy] = useState(false);
  const [percent, setPercent] = useState<number | null>(null);

  // The read going on: a new file picked, or the box closed, gives it up and ends its worker.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  /** Reads and checks the picked file (or its bytes again, with a password) off the UI thread. */
  async function check(name: string, source: Blob | Uint8Array, pw?: string) {
    reading.current?.abort();
    const read = (reading.current = new AbortController());
    setBusy(true);
    setSigner(null);
    const outcome = await fileRead({ kind: 'bundle', source, ...(pw === undefined ? {} : { password: pw }) }, setPercent, { signal: read.signal });
    if (read.signal.aborted) return;
    setBusy(false);
    setPercent(null);
    if (outcome.kind !== 'bundle') return;
    const opened = outcome.opened;
    // The file could not be read (or its read stalled): nothing is known about the bundle itself.
    if (!opened.ok && opened.error.code.startsWith('file.')) {
      noticeShow({ tone: 'error', text: federationErrorText(opened.error) });
      return;
    }
    if (outcome.bytes) setFile({ name, bytes: outcome.bytes });
    if (opened.ok) {
      const { contents } = opened.value;
      const signatures = contents.agreements.reduce((n, a) => n + a.signatures.filter((s) => s.kind === 'ed25519').length, 0);
      setNeedsPassword(false);
      setSigner(await bundleSignerOf(contents, known(contents.enterprise.profile.creditCode), pinned));
      setVerdict({ tone: 'ok', text: t(signatures > 0 ? 'federation.verify.intactSigned' : 'federation.verify.intact', { file: name, name: contents.enterprise.profile.name, agreements: contents.agreements.length, signatures }) });
    } else if (opened.error.code === 'bundle.passwordRequired') {
      setNeedsPassword(true);
      setVerdict({ tone: 'info', text: t('federation.verify.encryptedIntact', { file: name }) });
    } else {
      setNeedsPassword(opened.error.code === 'bundle.wrongPassword');
      setVerdict({ tone: 'bad', text: t('federation.verify.broken', { file: name, reason: federationErrorText(opened.error) }) });
    }
  }

  async function pick(list: FileList | null) {
    const chosen = list?.[0];
    if (input.current) input.current.value = '';
    if (!chosen) return;
    setFile(null);
    setPassword('');
    await check(chosen.name, chosen);
  }

  return (
    <section className="card federation-card" aria-labelledby="federation-verify-title">
      <h2 id="federation-verify-title">{t('federation.verify.title')}</h2>
      <p className="muted">{t('federation.verify.hint')}</p>
      <button type="button" onClick={() => input.current?.click()}>{t('federation.verify.pick')}</button>
      <input ref={input} hidden type="file" accept=".wdbundle,application/octet-stream" aria-label={t('federation.verify.fileLabel')} onChange={(e) => void pick(e.target.files)} />
      {busy ? <p className="muted">{percent === null || percent === 100 ? t('federation.verify.checking') : t('federation.import.readingPercent', { percent })}</p> : null}
      {verdict && !busy ? (
        <p className={`federation-verdict federation-verdict-${verdict.tone}`} role="status">{verdict.text}</p>
      ) : null}
      {signer && !busy ? (
        <p className="muted federation-trust" data-testid="verify-signer" data-signer={signer.standing}>
          {signer.fingerprint ? t('federation.verify.signer', { fingerprint: fingerprintGroups(signer.fingerprint) }) : null}{' '}
          {t(`federation.verify.standing.${signer.standing}`, { pinned: fingerprintGroups(signer.pinnedFingerprint ?? '') })}
        </p>
      ) : null}
      {needsPassword && file ? (
        <form
          className="federation-password"
          onSubmit={(e) => {
            e.preventDefault();
            if (password !== '') void check(file.name, file.bytes, password);
          }}
        >
          <label htmlFor={passwordId}>{t('federation.verify.password')}</label>
          <input id={passwordId} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
          <button type="submit" disabled={password === ''}>{t('federation.verify.check')}</button>
        </form>
      ) : null}
    </section>
  );
}
