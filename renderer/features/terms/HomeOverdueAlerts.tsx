// The home screen's overdue alerts: enterprises whose negotiated payments are past due and unpaid, with
// the amount, one line each, linking to 协议条款与兑现. Loaded after the list, from the terms repositories.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { fenSum, type Fen } from '../../../shared/money/fen';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { ledgerOverdueAlerts } from '../../../shared/terms/ledgerSummary';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { termsDataRead } from './useTermsData';
import { homeAlertsMessagesRegister } from './homeAlertsMessages';

homeAlertsMessagesRegister();

interface EnterpriseOverdue {
  readonly id: string;
  readonly name: string;
  readonly items: number;
  readonly amount: Fen;
}

export function HomeOverdueAlerts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const enterprises = useAppStore((s) => s.enterprises);
  const navigate = useAppStore((s) => s.navigate);
  const [overdue, setOverdue] = useState<readonly EnterpriseOverdue[]>([]);

  useEffect(() => {
    let live = true;
    const today = isoDateToday();
    void Promise.all(
      enterprises.map(async (e) => {
        const read = await termsDataRead(e.id);
        if (read.status !== 'ready') return null;
        const alerts = ledgerOverdueAlerts(read.data.terms, read.data.ledger, today);
        const found: EnterpriseOverdue | null = alerts.length === 0 ? null : { id: e.id, name: e.name, items: alerts.length, amount: fenSum(alerts.map((a) => a.outstandingFen)) };
        return found;
      }),
    ).then((rows) => {
      if (live) setOverdue(rows.filter((r): r is EnterpriseOverdue => r !== null));
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
          <li key={o.id}>
            <a
              href="#/terms"
              onClick={(ev) => {
                ev.preventDefault();
                navigate({ area: 'terms' });
              }}
            >
              {t('homeAlerts.line', { name: o.name, count: o.items, amount: formatYuanPlain(o.amount, locale) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
