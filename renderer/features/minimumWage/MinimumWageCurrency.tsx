// How current each province's minimum-wage data is (the shipped tables with the user's over them): the
// latest adjustment the app knows, its document, how much of it was read in a source, and a warning
// when today lies more than two years after that adjustment (最低工资规定 art 10: revised at least every
// two years), because a newer table is then probably in force and the app does not have it.
import { useTranslation } from 'react-i18next';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import { minimumWageProvinceCurrency } from '../../../shared/regions/minimumWageShipped';
import { minimumWageStaleness } from '../../../shared/regions/minimumWageStaleness';
import { regionProvinces } from '../../../shared/regions/region';
import { useLocale } from '../../i18n/useLocale';
import { useMinimumWage } from './minimumWageLoad';

export function MinimumWageCurrency() {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useMinimumWage();
  const today = isoDateToday();
  return (
    <>
      <h3>{t('minimumWage.currencyTitle')}</h3>
      <p>{t('minimumWage.currencyIntro')}</p>
      <div className="table-scroll">
        <table className="data minimum-wage-currency" aria-label={t('minimumWage.currencyTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('minimumWage.currencyProvince')}</th>
              <th scope="col">{t('minimumWage.currencyLatest')}</th>
              <th scope="col">{t('minimumWage.tableBasis')}</th>
              <th scope="col">{t('minimumWage.currencyVerified')}</th>
              <th scope="col">{t('minimumWage.currencyState')}</th>
            </tr>
          </thead>
          <tbody>
            {regionProvinces().map((province) => {
              const prefix = province.code.slice(0, 2);
              const c = minimumWageProvinceCurrency(prefix, data);
              const staleness = minimumWageStaleness(province.code, today, data.tables);
              const state =
                c.latestAdjustment === null ? 'currencyNone'
                : c.latestConfirmedTo !== null && c.latestConfirmedTo < today ? 'currencySuperseded'
                : staleness.stale ? 'currencyStale'
                : 'currencyCurrent';
              return (
                <tr key={province.code} className={state === 'currencyCurrent' ? undefined : 'minimum-wage-stale'}>
                  <th scope="row">{province.name}</th>
                  <td>{c.latestAdjustment ? formatDateLong(c.latestAdjustment, locale) : t('minimumWage.currencyUnknown')}</td>
                  <td>{c.latestBasis ?? '—'}</td>
                  <td>{t('minimumWage.currencyCounts', { tablesVerified: c.tablesVerified, tables: c.tables, tiersVerified: c.countyTiersVerified, tiers: c.countyTiers })}</td>
                  <td>
                    {t(`minimumWage.${state}`, {
                      dueBy: staleness.dueBy ? formatDateLong(staleness.dueBy, locale) : '',
                      confirmedTo: c.latestConfirmedTo ? formatDateLong(c.latestConfirmedTo, locale) : '',
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
