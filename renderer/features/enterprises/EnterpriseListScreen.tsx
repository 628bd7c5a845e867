// The list of enterprises: the home of the enterprise union chair and the federation alike.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { RegionName } from './RegionName';
import { formatInteger } from '../../../shared/format/integer';
import { useLocale } from '../../i18n/useLocale';
import { LoadingNote } from '../../components/LoadingNote';
import { firstPaint } from '../../app/servicesLazy';

// The backup reminder brings the backup code with it, so it loads after the list is on screen, and
// only when there is data a backup would keep (with none, the reminder never shows).
const BackupReminderBanner = lazy(() => import('../settings/BackupReminderBanner').then((m) => ({ default: m.BackupReminderBanner })));
// Overdue agreed payments (协议条款与兑现) read the terms repositories: loaded after the list too.
const HomeOverdueAlerts = lazy(() => import('../terms/HomeOverdueAlerts').then((m) => ({ default: m.HomeOverdueAlerts })));
// Importing a case file: its button and texts load once the first frame is painted (React starts a lazy
// import as it renders, and evaluating the chunk then held the list's first frame back).
const CaseImportButton = lazy(() => firstPaint().then(() => import('../case/CaseImportButton')).then((m) => ({ default: m.CaseImportButton })));

export function EnterpriseListScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const enterprises = useAppStore((s) => s.enterprises);
  const status = useAppStore((s) => s.enterprisesStatus);
  const navigate = useAppStore((s) => s.navigate);
  const sampleLoad = useAppStore((s) => s.sampleLoad);

  return (
    <section aria-labelledby="enterprises-title">
      <div className="toolbar">
        <h1 id="enterprises-title">{t('enterprises.title')}</h1>
        <span className="spacer" />
        <Suspense fallback={null}>
          <CaseImportButton />
        </Suspense>
        <button type="button" onClick={() => void sampleLoad()}>{t('enterprises.loadSample')}</button>
        <button type="button" className="button-primary" onClick={() => navigate({ area: 'enterprises', view: 'new' })}>
          {t('enterprises.new')}
        </button>
      </div>
      {enterprises.length > 0 ? (
        <Suspense fallback={null}>
          <BackupReminderBanner />
          <HomeOverdueAlerts />
        </Suspense>
      ) : null}
      {status === 'loading' && enterprises.length === 0 ? <LoadingNote /> : null}
      {status !== 'loading' && enterprises.length === 0 ? <p className="empty">{t('enterprises.empty')}</p> : null}
      {enterprises.length > 0 ? (
        <>
          <p className="muted">{t('enterprises.count', { count: enterprises.length })}</p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('enterprises.colName')}</th>
                <th scope="col">{t('enterprises.colRegion')}</th>
                <th scope="col" className="num">{t('enterprises.colHeadcount')}</th>
                <th scope="col">{t('enterprises.colUnionChair')}</th>
              </tr>
            </thead>
            <tbody>
              {enterprises.map((e) => (
                <tr key={e.id}>
                  <td>
                    <a
                      href={`#/enterprises/${encodeURIComponent(e.id)}`}
                      aria-label={t('enterprises.open', { name: e.name })}
                      onClick={(ev) => {
                        ev.preventDefault();
                        navigate({ area: 'enterprises', view: 'detail', id: e.id });
                      }}
                    >
                      {e.name}
                    </a>
                  </td>
                  <td><RegionName code={e.regionCode} /></td>
                  <td className="num">{formatInteger(e.headcount, locale)}</td>
                  <td>{e.unionChair || t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
