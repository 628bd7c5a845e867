// The small banner on the home screen, where backups are not written automatically: "已有 N 天没有备份",
// with a button that downloads one. Loaded on demand (EnterpriseListScreen), with the backup code.
import { useTranslation } from 'react-i18next';
import { backupErrorText } from './backupText';
import { useBackup } from './useBackup';
import { useBackupReminder } from './useBackupReminder';

export function BackupReminderBanner() {
  const { t } = useTranslation();
  const reminder = useBackupReminder();
  const backup = useBackup();
  if (!reminder?.banner) return null;
  return (
    <aside className="backup-banner" aria-label={t('autoBackup.bannerLabel')} data-testid="backup-banner">
      <span>{reminder.days === null ? t('autoBackup.bannerNever') : t('autoBackup.bannerDays', { count: reminder.days })}</span>
      <button type="button" disabled={backup.busy} onClick={() => void backup.download()}>
        {t('autoBackup.bannerDownload')}
      </button>
      {backup.error ? <span className="field-error">{backupErrorText(backup.error, t)}</span> : null}
    </aside>
  );
}
