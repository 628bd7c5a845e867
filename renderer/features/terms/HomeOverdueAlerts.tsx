// The home screen's overdue alerts: enterprises whose negotiated payments are past due and unpaid, with
// the amount, one line each, linking to the round in 协议条款与兑现. Loaded after the list, through the data facade.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import type { EnterpriseOverdue } from '../../data/fulfilmentHandlers';
import { routeHash } from '../../app/route';
import { send } from '../../data/send';
import { homeAlertsMessagesRegister } from './homeAlertsMessages';

homeAlertsMessagesRegister();

export function HomeOverdueAlerts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const enterprises = useAppStore((s) => s.enterprises);
  const navigate = useAppStore((s) => s.navigate);
  const [overdue, setOverdue] = useState<readonly EnterpriseOverdue[]>([]);

  useEffect(() => {
    let live = true;
    // Loads after the list; an enterprise deleted since is not named.
    void send('overdueAll', { today: isoDateToday() }).then((rows) => {
      if (live) setOverdue(rows.ok ? rows.value.filter((r) => enterprises.some((e) => e.id === r.enterpriseId)) : []);
    });
    return () => {
      live = false;
    };
  }, [enterprises]);

  if (overdue.length === 0) return null;
  return (
    <div className="card home-overdue" role="status" aria-label={t('homeAlerts.title')}>
      <strong>{t('homeAlerts.title')}</strong>
      <ul>
        {overdue.map((o) => (
          <li key={o.enterpriseId}>
            <a
              href={routeHash({ area: 'terms', enterpriseId: o.enterpriseId, roundId: o.roundId })}
              onClick={(ev) => {
                ev.preventDefault();
                navigate({ area: 'terms', enterpriseId: o.enterpriseId, roundId: o.roundId });
              }}
            >
              {t('homeAlerts.line', { name: enterprises.find((e) => e.id === o.enterpriseId)?.name ?? '', count: o.items, amount: formatYuanPlain(o.amount, locale) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
