// Says, before a backup is downloaded, what personal information it will hold (counts, never the data):
// backups are not encrypted, and a file with ID numbers should not travel by chat or e-mail.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../data/send';
import { personalDataAny, type BackupPersonalData } from '../../../shared/privacy/personalData';

export function BackupPersonalDataNote() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<BackupPersonalData | null>(null);

  useEffect(() => {
    let live = true;
    void send('backupPersonalData').then((read) => live && setCounts(read.ok ? read.value : null));
    return () => {
      live = false;
    };
  }, []);

  if (!counts) return null;
  return (
    <p className="muted" data-testid="backup-personal-data">
      {personalDataAny(counts) ? t('backup.personalData', { ...counts }) : t('backup.personalDataNone')}
    </p>
  );
}
