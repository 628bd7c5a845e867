// 协议条款与兑现: pick an enterprise and a day; see what was promised and paid per agreement with the
// overdue items, the roster (masked) with each worker's statement, and the terms themselves.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IsoDate, isoDateParse, isoDateToday } from '../../../shared/dates/isoDate';
import { useAppStore } from '../../app/store';
import { LedgerView } from './LedgerView';
import { ReferenceLoadButton } from './ReferenceLoadButton';
import { RosterImport } from './RosterImport';
import { RosterList } from './RosterList';
import { TermsList } from './TermsList';
import { termsErrorText } from './termsErrorText';
import { useTermsData } from './useTermsData';
import { WorkerStatementPanel } from './WorkerStatementPanel';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { termsMessagesEn, termsMessagesZh } from './messages';
import './terms.css';

featureMessagesRegister('terms', termsMessagesZh, termsMessagesEn);

const tabs = ['ledger', 'roster', 'terms'] as const;
type Tab = (typeof tabs)[number];

export function TermsScreen() {
  const { t } = useTranslation();
  const enterprises = useAppStore((s) => s.enterprises);
  const enterprisesStatus = useAppStore((s) => s.enterprisesStatus);
  const navigate = useAppStore((s) => s.navigate);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [asOfText, setAsOfText] = useState<string>(() => isoDateToday());
  const [tab, setTab] = useState<Tab>('ledger');
  const [openWorker, setOpenWorker] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const pickId = useId();
  const dateId = useId();

  const selected = enterprises.find((e) => e.id === pickedId) ?? enterprises[0] ?? null;
  const { state, reload } = useTermsData(selected?.id ?? null);
  const asOf: IsoDate = isoDateParse(asOfText) ?? isoDateToday();
  useEffect(() => {
    setOpenWorker(null);
    setImporting(false);
  }, [selected?.id]);

  if (!selected) {
    return (
      <section aria-labelledby="terms-title">
        <h1 id="terms-title">{t('terms.title')}</h1>
        {enterprisesStatus === 'loading' ? <p className="muted">{t('app.loading')}</p> : (
          <div className="empty">
            <p>{t('terms.noEnterprises')}</p>
            <a href="#/enterprises" onClick={(e) => { e.preventDefault(); navigate({ area: 'enterprises', view: 'list' }); }}>{t('terms.goToEnterprises')}</a>
          </div>
        )}
      </section>
    );
  }

  const data = state.status === 'ready' ? state.data : null;
  const empty = data !== null && data.terms.length === 0 && data.roster.length === 0;

  return (
    <section aria-labelledby="terms-title" className={openWorker && tab === 'roster' && !importing ? 'terms terms-has-statement' : 'terms'}>
      <div className="toolbar terms-toolbar">
        <h1 id="terms-title">{t('terms.title')}</h1>
        <div className="enterprise-pick">
          <label htmlFor={pickId}>{t('terms.enterprise')}</label>
          <select id={pickId} value={selected.id} onChange={(e) => setPickedId(e.target.value)}>
            {enterprises.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </div>
        <div className="enterprise-pick">
          <label htmlFor={dateId}>{t('terms.asOf')}</label>
          <input id={dateId} type="date" value={asOfText} onChange={(e) => setAsOfText(e.target.value)} aria-invalid={isoDateParse(asOfText) === null} />
        </div>
        <span className="spacer" />
        {data && !empty ? <ReferenceLoadButton enterpriseId={selected.id} enterpriseName={selected.name} onLoaded={reload} /> : null}
      </div>
      {isoDateParse(asOfText) === null ? <p className="field-error">{t('terms.asOfInvalid', { date: asOf })}</p> : null}
      {state.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {state.status === 'error' ? <p className="form-summary" role="alert">{termsErrorText(state.error)}</p> : null}
      {data && data.skipped > 0 ? <p className="assumptions" role="status">{t('terms.skipped', { count: data.skipped })}</p> : null}
      {empty ? (
        <div className="empty terms-empty">
          <p>{t('terms.empty', { name: selected.name })}</p>
          <div className="terms-empty-actions">
            <ReferenceLoadButton enterpriseId={selected.id} enterpriseName={selected.name} primary onLoaded={reload} />
            <button type="button" onClick={() => { setTab('roster'); setImporting(true); }}>{t('terms.roster.import')}</button>
          </div>
        </div>
      ) : null}
      {data && (!empty || importing) ? (
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
                enterpriseId={selected.id}
                existing={data.roster}
                onDone={async () => { setImporting(false); await reload(); }}
                onCancel={() => setImporting(false)}
              />
            ) : null}
            {tab === 'roster' && !importing && openWorker ? (
              <WorkerStatementPanel
                key={openWorker}
                enterpriseId={selected.id}
                enterpriseName={selected.name}
                data={data}
                workerId={openWorker}
                asOf={asOf}
                onClose={() => setOpenWorker(null)}
                onChanged={reload}
              />
            ) : null}
            {tab === 'roster' && !importing ? <RosterList roster={data.roster} enterpriseName={selected.name} onOpen={setOpenWorker} onImport={() => setImporting(true)} /> : null}
            {tab === 'terms' ? <TermsList enterpriseId={selected.id} terms={data.terms} roster={data.roster} asOf={asOf} onChanged={reload} /> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
