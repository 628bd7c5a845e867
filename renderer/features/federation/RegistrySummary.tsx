// 辖区概况: the counts a federation reports upward, at a glance.
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../shared/format/integer';
import { useLocale } from '../../i18n/useLocale';
import { agreementStatuses } from './agreementStatus';
import type { RegistryOverview } from './registryOverview';

export function RegistrySummary({ overview }: { readonly overview: RegistryOverview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatInteger(value, locale);
  const agreements = agreementStatuses.reduce((sum, s) => sum + overview.statusCounts[s], 0);
  const tiles = [
    { key: 'enterprises', value: overview.enterprises.length, warn: false },
    { key: 'agreements', value: agreements, warn: false },
    { key: 'workersCovered', value: overview.workersCovered, warn: false },
    { key: 'lateFilings', value: overview.lateFilings, warn: overview.lateFilings > 0 },
    { key: 'missedRenewals', value: overview.missedRenewals, warn: overview.missedRenewals > 0 },
  ];
  return (
    <section className="card" aria-labelledby="federation-summary-title">
      <div className="federation-enterprise-head">
        <h2 id="federation-summary-title">{t('federation.summary.title')}</h2>
        <span className="spacer" />
        <span className="muted">{t('federation.summary.asOf', { date: overview.today })}</span>
      </div>
      <dl className="federation-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={tile.warn ? 'federation-tile federation-tile-warn' : 'federation-tile'}>
            <dt>{t(`federation.summary.${tile.key}`)}</dt>
            <dd>{n(tile.value)}</dd>
          </div>
        ))}
      </dl>
      <ul className="federation-status-counts" aria-label={t('federation.charts.byStatus')}>
        {agreementStatuses.map((s) => (
          <li key={s}>
            <span className={`federation-status federation-status-${s}`}>{t(`federation.status.${s}`)}</span> {n(overview.statusCounts[s])}
          </li>
        ))}
      </ul>
    </section>
  );
}
