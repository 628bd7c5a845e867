// The home screen's overdue alerts: enterprises whose negotiated payments are past due and unpaid, with
// the amount, one line each, linking to 协议条款与兑现. Loaded after the list, from the terms repositories.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateToday, type IsoDate } from '../../../shared/dates/isoDate';
import { fenSum, type Fen } from '../../../shared/money/fen';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { ledgerOverdueAlerts } from '../../../shared/terms/ledgerSummary';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { termsDataRead } from './useTermsData';
import { servicesReady } from '../../app/servicesLazy';
import { homeAlertsMessagesRegister } from './homeAlertsMessages';

homeAlertsMessagesRegister();

interface EnterpriseOverdue {
  readonly id: string;
  readonly name: string;
  readonly items: number;
  readonly amount: Fen;
}

async function overdueOf(enterprise: { readonly id: string; readonly name: string }, today: IsoDate): Promise<EnterpriseOverdue | null> {
  const read = await termsDataRead(enterprise.id);
  if (read.status !== 'ready') return null;
  const alerts = ledgerOverdueAlerts(read.data.terms, read.data.ledger, today);
  if (alerts.length === 0) return null;
  return { id: enterprise.id, name: enterprise.name, items: alerts.length, amount: fenSum(alerts.map((a) => a.outstandingFen)) };
}

async function overdueByEnterprise(enterprises: readonly { readonly id: string; readonly name: string }[]): Promise<EnterpriseOverdue[]> {
  const { db } = await servicesReady();
  // Most stores (a federation's, a new one) hold no terms: one count instead of a read per enterprise.
  if ((await db.terms.count()) === 0) return [];
  const today = isoDateToday();
  const rows = await Promise.all(enterprises.map((e) => overdueOf(e, today)));
  return rows.filter((r): r is EnterpriseOverdue => r !== null);
}

export function HomeOverdueAlerts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const enterprises = useAppStore((s) => s.enterprises);
  const navigate = useAppStore((s) => s.navigate);
  const [overdue, setOverdue] = useState<readonly EnterpriseOverdue[]>([]);

  useEffect(() => {
    let live = true;
    void overdueByEnterprise(enterprises).then((rows) => {
      if (live) setOverdue(rows);
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
