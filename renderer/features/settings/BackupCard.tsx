// The "数据备份" card: download a backup, restore one after seeing what it will change.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLocale } from '../../i18n/useLocale';
import { backupErrorText, backupInstantText, backupPlanText } from './backupText';
import { useBackup } from './useBackup';
import { FilePicker } from '../../components/FilePicker';
import { BackupWitnessKeyOption, type WitnessKeyChoice } from './BackupWitnessKeyOption';
import { BackupPersonalDataNote } from './BackupPersonalDataNote';
import { BackupEncryptOption, BackupUnlockForm, encryptChoiceNone, encryptPassphrase, type EncryptChoice } from './BackupEncryptOption';

export function BackupCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const backup = useBackup();
  const fileInput = useRef<HTMLInputElement>(null);
  const [witnessKey, setWitnessKey] = useState<WitnessKeyChoice>({ include: false, passphrase: '' });
  const withKey = witnessKey.include;
  const [encryption, setEncryption] = useState<EncryptChoice>(encryptChoiceNone);
  const passphrase = encryptPassphrase(encryption);

  const lastText =
    backup.lastAt === undefined ? t('app.loading') : backup.lastAt === null ? t('backup.never') : t('backup.lastAt', { when: backupInstantText(backup.lastAt, locale) });

  return (
    <section className="card" aria-labelledby="backup-title" aria-busy={backup.busy}>
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p className="muted" data-testid="backup-last">{lastText}</p>
      <BackupPersonalDataNote />
      <p className="muted">{t('backup.witnessNote')}</p>
      <BackupEncryptOption choice={encryption} onChange={setEncryption} />
      <BackupWitnessKeyOption choice={witnessKey} onChange={setWitnessKey} />
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={backup.busy || (withKey && witnessKey.passphrase === '') || passphrase === null}
          onClick={() =>
            void backup
              .download({ ...(withKey ? { witnessKeyPassphrase: witnessKey.passphrase } : {}), ...(passphrase ? { passphrase } : {}) })
              .then(() => {
                setWitnessKey({ include: false, passphrase: '' });
                setEncryption(encryptChoiceNone);
              })
          }
        >
          {t('backup.download')}
        </button>
        <button type="button" disabled={backup.busy} onClick={() => fileInput.current?.click()}>
          {t('backup.restore')}
        </button>
        <FilePicker inputRef={fileInput} accept=".json,application/json" label={t('backup.restoreFile')} onFile={(file) => void backup.open(file)} />
      </div>
      <p className="muted">{t('backup.restoreHint')}</p>
      {backup.locked !== null ? <BackupUnlockForm busy={backup.busy} onUnlock={(p) => void backup.unlock(p)} onCancel={backup.cancel} /> : null}
      {backup.busy ? <p className="muted">{backup.readPercent === null ? t('backup.working') : t('backup.readingPercent', { percent: backup.readPercent })}</p> : null}
      {backup.error ? <p className="form-summary" role="alert">{backupErrorText(backup.error, t)}</p> : null}
      {backup.pending ? (
        <ConfirmDialog
          title={t('backup.planTitle')}
          body={backupPlanText(backup.pending.plan, t, locale)}
          confirmLabel={t('backup.planConfirm')}
          danger={!backup.pending.plan.noChange}
          onConfirm={() => void backup.confirm()}
          onCancel={backup.cancel}
        />
      ) : null}
    </section>
  );
}
