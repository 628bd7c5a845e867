// "用口令加密这份备份": the downloaded file sealed with a passphrase the user chooses (shared/backup/
// encrypted.ts); and, when an encrypted backup is chosen for restoring, the field that opens it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface EncryptChoice {
  readonly encrypt: boolean;
  readonly passphrase: string;
  readonly repeat: string;
}
export const encryptChoiceNone: EncryptChoice = { encrypt: false, passphrase: '', repeat: '' };

/** The passphrase to encrypt with, or undefined (not ticked), or null (ticked, but the two differ or are empty). */
export function encryptPassphrase(choice: EncryptChoice): string | undefined | null {
  if (!choice.encrypt) return undefined;
  return choice.passphrase !== '' && choice.passphrase === choice.repeat ? choice.passphrase : null;
}

export function BackupEncryptOption({ choice, onChange }: { readonly choice: EncryptChoice; readonly onChange: (next: EncryptChoice) => void }) {
  const { t } = useTranslation();
  const differ = choice.repeat !== '' && choice.passphrase !== choice.repeat;
  return (
    <div className="backup-encrypt-option">
      <label>
        <input type="checkbox" checked={choice.encrypt} onChange={(e) => onChange({ ...encryptChoiceNone, encrypt: e.target.checked })} />
        {t('backup.encrypt')}
      </label>
      {choice.encrypt ? (
        <>
          <p className="muted">{t('backup.encryptHint')}</p>
          <Field label={t('backup.encryptPassphrase')} required>
            {(props) => <input {...props} type="password" autoComplete="new-password" value={choice.passphrase} onChange={(e) => onChange({ ...choice, passphrase: e.target.value })} />}
          </Field>
          <Field label={t('backup.encryptRepeat')} error={differ ? t('backup.encryptMismatch') : undefined} required>
            {(props) => <input {...props} type="password" autoComplete="new-password" value={choice.repeat} onChange={(e) => onChange({ ...choice, repeat: e.target.value })} />}
          </Field>
        </>
      ) : null}
    </div>
  );
}

export function BackupUnlockForm({ busy, onUnlock, onCancel }: { readonly busy: boolean; readonly onUnlock: (passphrase: string) => void; readonly onCancel: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onUnlock(passphrase); }}>
      <p>{t('backup.lockedHint')}</p>
      <Field label={t('backup.unlockPassphrase')} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || passphrase === ''}>{t('backup.unlock')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
