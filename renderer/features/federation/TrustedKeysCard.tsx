// 受信任的总工会: the federations whose witness signatures count here besides our own. A key is added by
// pasting its public-key file (the witness card's 导出公钥, or the bare key) or reading the file, and shown with its fingerprint in
// groups of four for comparing by phone or on paper; removing one can be undone from the notice.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintGroups, type TrustedKey } from '../../../shared/bundle/trust';
import { useAppStore } from '../../app/store';
import type { FederationKeyInput, RepoResult } from '../../data/types';
import { federationErrorText } from './federationErrorText';

interface Props {
  readonly pinned: readonly TrustedKey[];
  readonly onAdd: (input: FederationKeyInput) => Promise<RepoResult<TrustedKey>>;
  readonly onRemove: (id: string) => Promise<RepoResult<{ readonly key: TrustedKey; readonly undo: () => Promise<void> }>>;
}

export function TrustedKeysCard({ pinned, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  const k = (key: string, params: Record<string, unknown> = {}) => t(`federation.trust.keys.${key}`, params);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const ids = { text: useId(), name: useId() };
  const file = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const federations = pinned.filter((p) => p.role === 'federation' && p.decision === 'trusted');
  const enterprises = new Set(pinned.filter((p) => p.role === 'enterprise' && p.decision === 'trusted').map((p) => p.creditCode)).size;

  async function add() {
    const added = await onAdd(name.trim() === '' ? { text } : { text, name });
    if (!added.ok) return setError(added.error.code === 'validation' ? k('name') : federationErrorText(added.error));
    setError(null);
    setText('');
    setName('');
    noticeShow({ tone: 'info', text: k('added', { name: added.value.name }) });
  }

  async function remove(key: TrustedKey) {
    const removed = await onRemove(key.id);
    if (!removed.ok) return noticeShow({ tone: 'error', text: federationErrorText(removed.error) });
    noticeShow({ tone: 'info', text: k('removed', { name: key.name }), undo: removed.value.undo });
  }

  async function read(list: FileList | null) {
    const picked = list?.[0];
    if (file.current) file.current.value = '';
    if (picked) setText(await picked.text());
  }

  return (
    <section className="card federation-card" aria-labelledby="federation-trusted-title">
      <h2 id="federation-trusted-title">{k('title')}</h2>
      <p className="muted">{k('intro')}</p>
      {federations.length === 0 ? <p className="muted">{k('none')}</p> : (
        <ul className="federation-trusted">
          {federations.map((key) => (
            <li key={key.id}>
              <strong>{key.name}</strong>
              <span className="federation-fingerprint">{k('fingerprint')} {fingerprintGroups(key.fingerprint)}</span>
              <button type="button" aria-label={k('removeFor', { name: key.name })} onClick={() => void remove(key)}>{k('remove')}</button>
            </li>
          ))}
        </ul>
      )}
      {enterprises > 0 ? <p className="muted">{k('enterprisePins', { count: enterprises })}</p> : null}
      <form onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <label htmlFor={ids.text}>{k('paste')}</label>
        <textarea id={ids.text} rows={3} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <label htmlFor={ids.name}>{k('name')}</label>
        <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        {error ? <p className="field-error" role="alert">{error}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={() => file.current?.click()}>{k('pick')}</button>
          <input ref={file} hidden type="file" accept=".json,application/json,text/plain" aria-label={k('fileLabel')} onChange={(e) => void read(e.target.files)} />
          <button type="submit" className="button-primary" disabled={text.trim() === ''}>{k('add')}</button>
        </div>
      </form>
    </section>
  );
}
