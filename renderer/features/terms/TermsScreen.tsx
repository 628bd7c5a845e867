// 协议条款与兑现 of one round: what was promised and paid per agreement with the overdue items, the
// enterprise's roster (masked) with each worker's statement, and the round's terms of every kind.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IsoDate, isoDateParse, isoDateToday } from '../../../shared/dates/isoDate';
import { useAppStore } from '../../app/store';
import { RoundScope } from '../case/RoundScope';
import { LedgerView } from './LedgerView';
import { RosterImport } from './RosterImport';
import { RosterList } from './RosterList';
import { TermsList } from './TermsList';
import { termsDataOf } from './termsData';
import { WorkerStatementPanel } from './WorkerStatementPanel';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { termsMessagesEn, termsMessagesZh } from './messages';
import './terms.css';

featureMessagesRegister('terms', termsMessagesZh, termsMessagesEn);

const tabs = ['ledger', 'roster', 'terms'] as const;
type Tab = (typeof tabs)[number];

function AsOfPicker({ value, onChange }: { readonly value: string; readonly onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="enterprise-pick">
      <label htmlFor={id}>{t('terms.asOf')}</label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={isoDateParse(value) === null} />
    </div>
  );
}

export function TermsScreen() {
  const { t } = useTranslation();
  const reload = useAppStore((s) => s.caseReload);
  const roundId = useAppStore((s) => s.caseRoundId);
  const [asOfText, setAsOfText] = useState<string>(() => isoDateToday());
  const [tab, setTab] = useState<Tab>('ledger');
  const [openWorker, setOpenWorker] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const asOf: IsoDate = isoDateParse(asOfText) ?? isoDateToday();
  useEffect(() => {
    setOpenWorker(null);
    setImporting(false);
    setAdding(false);
  }, [roundId]);

  return (
    <RoundScope area="terms" title={t('terms.title')} toolbar={<AsOfPicker value={asOfText} onChange={setAsOfText} />}>
      {({ enterprise, data: loaded }) => {
        const data = termsDataOf(loaded);
        const empty = data.terms.length === 0 && data.roster.length === 0;
        return (
          <div className={openWorker && tab === 'roster' && !importing ? 'terms terms-has-statement' : 'terms'}>
            {isoDateParse(asOfText) === null ? <p className="field-error">{t('terms.asOfInvalid', { date: asOf })}</p> : null}
            {data.skipped > 0 ? <p className="assumptions" role="status">{t('terms.skipped', { count: data.skipped })}</p> : null}
            {empty && !importing && !adding ? (
              <div className="empty terms-empty">
                <p>{t('terms.empty', { name: loaded.round.title })}</p>
                <div className="terms-empty-actions">
                  <button type="button" className="button-primary" onClick={() => { setTab('terms'); setAdding(true); }}>{t('terms.addFirst')}</button>
                  <button type="button" onClick={() => { setTab('roster'); setImporting(true); }}>{t('terms.roster.import')}</button>
                </div>
              </div>
            ) : (
              <>
                <div role="tablist" className="terms-tabs" aria-label={t('terms.tabsLabel')}>
                  {tabs.map((k) => (
                    <button key={k} type="button" role="tab" id={`terms-tab-${k}`} aria-selected={tab === k} aria-controls={`terms-panel-${k}`} onClick={() => setTab(k)}>
                      {t(`terms.tab.${k}`)}
                    </button>
                  ))}
                </div>
                <div role="tabpanel" id={`terms-panel-${tab}`} aria-labelledby={`terms-tab-${tab}`} className="terms-panel">
                  {tab === 'ledger' ? <LedgerView data={data} asOf={asOf} /> : null}
                  {tab === 'roster' && importing ? (
                    <RosterImport
                      enterpriseId={enterprise.id}
                      existing={data.roster}
                      onDone={async () => { setImporting(false); await reload(); }}
                      onCancel={() => setImporting(false)}
                    />
                  ) : null}
                  {tab === 'roster' && !importing && openWorker ? (
                    <WorkerStatementPanel
                      key={openWorker}
                      enterpriseId={enterprise.id}
                      enterpriseName={enterprise.name}
                      data={data}
                      workerId={openWorker}
                      asOf={asOf}
                      onClose={() => setOpenWorker(null)}
                      onChanged={reload}
                    />
                  ) : null}
                  {tab === 'roster' && !importing ? <RosterList roster={data.roster} enterpriseName={enterprise.name} onOpen={setOpenWorker} onImport={() => setImporting(true)} /> : null}
                  {tab === 'terms' ? <TermsList data={data} asOf={asOf} adding={adding} onAdding={setAdding} /> : null}
                </div>
              </>
            )}
          </div>
        );
      }}
    </RoundScope>
  );
}
