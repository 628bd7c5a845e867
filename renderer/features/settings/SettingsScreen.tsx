// Settings: language, what this machine promises about keeping the data, where automatic backups go,
// and the backup card itself (download, restore).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSwitch, languages, type Language } from '../../i18n';
import { RoleSetting } from '../audit/RoleSetting';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { send } from '../../data/send';
import type { PersistenceOutcome, StorageUse } from '../../data/types';
import { formatBytes } from './formatBytes';
import { BackupCard } from './BackupCard';
import { BackupDestinationSection } from './BackupDestinationSection';
import { CalendarCard } from '../calendar/CalendarCard';
import { MinimumWageCard } from '../minimumWage/MinimumWageCard';
import { EconomyCard } from '../economy/EconomyCard';

export function SettingsScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [persistence, setPersistence] = useState<PersistenceOutcome | null>(null);
  const [usage, setUsage] = useState<StorageUse | null>(null);
  const kind = platform().kind;

  useEffect(() => {
    let live = true;
    void send('storagePersist').then((p) => live && p.ok && setPersistence(p.value));
    void send('storageEstimate').then((e) => live && e.ok && setUsage(e.value));
    return () => {
      live = false;
    };
  }, []);

  const persistenceText =
    persistence === 'granted' ? t('settings.persisted') : persistence === 'denied' ? t('settings.notPersisted') : persistence ? t('settings.unsupported') : t('app.loading');

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="card">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select name="language" value={locale} onChange={(e) => void languageSwitch(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>{l === 'en' ? 'English' : '中文（简体）'}</option>
            ))}
          </select>
        </label>
        <RoleSetting />
      </div>
      <div className="card">
        <h2>{t('settings.storage')}</h2>
        <p>{persistenceText}</p>
        {usage ? <p className="muted">{t('settings.usage', { used: formatBytes(usage.usage, locale), quota: formatBytes(usage.quota, locale) })}</p> : null}
        <BackupDestinationSection />
        <p className="muted">{t('settings.edition', { edition: kind === 'desktop' ? t('settings.desktop') : t('settings.browser') })}</p>
      </div>
      <BackupCard />
      <CalendarCard />
      <MinimumWageCard />
      <EconomyCard />
    </section>
  );
}
