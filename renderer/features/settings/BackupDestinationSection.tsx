// Settings → 本机存储 → 备份位置: where automatic backups go (desktop: the app's folder and its recent
// files; browser: the chosen folder, or none), what went wrong with the last one, and the reminder.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errorText';
import type { Language } from '../../i18n';
import { useLocale } from '../../i18n/useLocale';
import type { BackupDestination, BackupFileInfo } from '../../platform';
import { backupInstantText } from './backupText';
import { backupReminderDays, type BackupReminder } from './backupReminder';
import { formatBytes } from './formatBytes';
import { useBackupDestination, type BackupDestinationState } from './useBackupDestination';
import { useBackupReminder } from './useBackupReminder';
import { LoadingNote } from '../../components/LoadingNote';

/** Recent files listed; the rest are counted. */
const filesShown = 10;

function BackupFiles({ files, locale }: { readonly files: readonly BackupFileInfo[]; readonly locale: Language }) {
  const { t } = useTranslation();
  if (files.length === 0) return <p className="muted">{t('autoBackup.noFiles')}</p>;
  return (
    <>
      <p>{t('autoBackup.lastAuto', { when: backupInstantText(files[0]!.modifiedAt, locale) })}</p>
      <ul className="backup-files" aria-label={t('autoBackup.filesLabel')}>
        {files.slice(0, filesShown).map((file) => (
          <li key={file.name}>
            {t('autoBackup.file', { name: file.name, size: formatBytes(file.bytes, locale), when: backupInstantText(file.modifiedAt, locale) })}
          </li>
        ))}
      </ul>
      {files.length > filesShown ? <p className="muted">{t('autoBackup.moreFiles', { count: files.length - filesShown })}</p> : null}
    </>
  );
}

function FolderActions({ destination, state }: { readonly destination: BackupDestination; readonly state: BackupDestinationState }) {
  const { t } = useTranslation();
  const needsPermit = destination.kind === 'chosenFolder' && !destination.writable && state.permit;
  if (!state.choose && !needsPermit) return null;
  return (
    <div className="form-actions">
      {needsPermit ? (
        <button type="button" className="button-primary" disabled={state.busy} onClick={() => void state.permit?.()}>
          {t('autoBackup.permit')}
        </button>
      ) : null}
      {state.choose ? (
        <button type="button" disabled={state.busy} onClick={() => void state.choose?.()}>
          {destination.kind === 'chosenFolder' ? t('autoBackup.chooseOther') : t('autoBackup.choose')}
        </button>
      ) : null}
    </div>
  );
}

function DestinationText({ destination, locale }: { readonly destination: BackupDestination; readonly locale: Language }) {
  const { t } = useTranslation();
  switch (destination.kind) {
    case 'appFolder':
      return (
        <>
          <p className="backup-path" data-testid="backup-where">{destination.where}</p>
          <p className="muted">{t('autoBackup.rule')}</p>
          <BackupFiles files={destination.files} locale={locale} />
        </>
      );
    case 'chosenFolder':
      return (
        <>
          <p data-testid="backup-where">{t('autoBackup.folderChosen', { name: destination.where })}</p>
          <p className="muted">{destination.writable ? t('autoBackup.rule') : t('autoBackup.needsPermission')}</p>
        </>
      );
    case 'none':
      return (
        <>
          <p data-testid="backup-where">{t('autoBackup.noFolder')}</p>
          <p className="muted">{destination.canChoose ? t('autoBackup.chooseHint') : t('autoBackup.unsupported')}</p>
        </>
      );
  }
}

function reminderText(reminder: BackupReminder, t: TFunction): string {
  if (reminder.days === null) return t('autoBackup.reminderNever');
  if (reminder.days >= backupReminderDays) return t('autoBackup.reminderDays', { count: reminder.days });
  return t('autoBackup.reminderChanged');
}

export function BackupDestinationSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useBackupDestination();
  const reminder = useBackupReminder();
  const { destination } = state;

  return (
    <div aria-busy={state.busy}>
      <h3>{t('settings.backups')}</h3>
      {destination === undefined ? <LoadingNote /> : null}
      {destination && !destination.ok ? <p className="form-summary">{errorText(destination.error)}</p> : null}
      {destination?.ok ? (
        <>
          <DestinationText destination={destination.value} locale={locale} />
          <FolderActions destination={destination.value} state={state} />
        </>
      ) : null}
      {reminder?.due ? <p className="backup-reminder" data-testid="backup-reminder">{reminderText(reminder, t)}</p> : null}
      {state.failure ? <p className="form-summary" role="alert">{t('autoBackup.failed', { reason: errorText(state.failure) })}</p> : null}
      {state.error ? <p className="form-summary" role="alert">{errorText(state.error)}</p> : null}
    </div>
  );
}
