// The three deliberate acts on the witness key: make it (with the passphrase that alone lets it be
// exported), export it sealed under that passphrase, and import a sealed key file on a second machine.
// A wrong passphrase writes nothing and says so in the user's language (witness.wrongPassphrase).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../data/send';
import type { RepoResult, WitnessKeyInfo } from '../../data/types';
import { utf8Bytes, utf8Text } from '../../../shared/bundle/bytes';
import { Field } from '../../components/Field';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { federationErrorText } from './federationErrorText';
import { WitnessKeyWhere } from './WitnessKeyWhere';

export function WitnessKeyCreateForm({ onCreate }: { readonly onCreate: (name: string, passphrase: string) => Promise<RepoResult<WitnessKeyInfo>> }) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ name?: string; passphrase?: string; again?: string }>({});
  const [busy, setBusy] = useState(false);

  async function create() {
    if (name.trim() === '') return setErrors({ name: t('validation.required') });
    if (passphrase !== again) return setErrors({ again: t('federation.witness.passphraseMismatch') });
    setBusy(true);
    const made = await onCreate(name, passphrase);
    setBusy(false);
    if (made.ok) {
      noticeShow({ tone: 'info', text: t('federation.witness.created') });
      return undefined;
    }
    if (made.error.code === 'validation') return setErrors({ name: t(made.error.fields?.name ?? 'validation.required') });
    return setErrors(made.error.code === 'witness.passphraseShort' ? { passphrase: federationErrorText(made.error) } : { name: federationErrorText(made.error) });
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void create(); }}>
      <p className="muted">{t('federation.witness.none')}</p>
      <Field label={t('federation.witness.name')} hint={t('federation.witness.nameHint')} error={errors.name} required>
        {(props) => <input {...props} value={name} maxLength={100} onChange={(e) => { setName(e.target.value); setErrors({}); }} />}
      </Field>
      <Field label={t('federation.witness.passphraseNew')} hint={t('federation.witness.passphraseHint')} error={errors.passphrase} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => { setPassphrase(e.target.value); setErrors({}); }} />}
      </Field>
      <Field label={t('federation.witness.passphraseAgain')} error={errors.again} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={again} onChange={(e) => { setAgain(e.target.value); setErrors({}); }} />}
      </Field>
      <WitnessKeyWhere />
      <button type="submit" className="button-primary" disabled={busy}>{busy ? t('federation.witness.creating') : t('federation.witness.create')}</button>
    </form>
  );
}

export function WitnessKeyExportForm({ name }: { readonly name: string }) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function exportKey() {
    setBusy(true);
    const sealed = await send('witnessKeyExport', { passphrase });
    setBusy(false);
    if (!sealed.ok) return setError(federationErrorText(sealed.error));
    setPassphrase('');
    const data = utf8Bytes(`${JSON.stringify(sealed.value, null, 2)}\n`);
    const saved = await platform().saveFile({ suggestedName: t('federation.witness.keyFileName', { name }), data, mimeType: 'application/json', extensions: ['json'] });
    if (!saved.ok) noticeShow({ tone: 'error', text: federationErrorText(saved.error) });
    else if (saved.value.saved) noticeShow({ tone: 'info', text: t('federation.witness.exportedKey', { path: saved.value.path }) });
    return undefined;
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void exportKey(); }}>
      <h3>{t('federation.witness.exportTitle')}</h3>
      <Field label={t('federation.witness.passphrase')} hint={t('federation.witness.exportHint')} error={error} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => { setPassphrase(e.target.value); setError(undefined); }} />}
      </Field>
      <button type="submit" disabled={busy || passphrase === ''}>{t('federation.witness.exportKey')}</button>
    </form>
  );
}

/** The sealed key a file holds: a key file itself, or the `witnessKey` of a backup (format 2). */
function sealedKeyIn(text: string): unknown {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    return raw.format === 'wagedesk-backup' ? (raw.witnessKey ?? null) : raw;
  } catch {
    return text;
  }
}

export function WitnessKeyImportForm({ onImport }: { readonly onImport: (file: unknown, passphrase: string) => Promise<RepoResult<WitnessKeyInfo>> }) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function importKey() {
    if (!file) return setError(t('validation.required'));
    setBusy(true);
    const sealed = sealedKeyIn(utf8Text(new Uint8Array(await file.arrayBuffer())) ?? '');
    const taken = sealed === null ? null : await onImport(sealed, passphrase);
    setBusy(false);
    if (taken === null) return setError(t('federation.witness.importNoKey'));
    if (!taken.ok) return setError(federationErrorText(taken.error));
    noticeShow({ tone: 'info', text: t('federation.witness.imported') });
    return undefined;
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void importKey(); }}>
      <h3>{t('federation.witness.importTitle')}</h3>
      <p className="muted">{t('federation.witness.importHint')}</p>
      <Field label={t('federation.witness.importFile')} required>
        {(props) => <input {...props} type="file" accept=".json,application/json" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setError(undefined); }} />}
      </Field>
      <Field label={t('federation.witness.passphrase')} error={error} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => { setPassphrase(e.target.value); setError(undefined); }} />}
      </Field>
      <button type="submit" disabled={busy || passphrase === ''}>{t('federation.witness.importKey')}</button>
    </form>
  );
}
