// 协议文书: for the chosen enterprise, the documents its data can make (Word download, A4 print view,
// signing), and 核验 — checking a printed or downloaded text's fingerprint against this store.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { TemplateName } from '../../../templates/registry';
import { useAppStore } from '../../app/store';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { caseViewModelFor, enterpriseIsReference } from './caseViews';
import { DocumentPreview } from './DocumentPreview';
import { documentsErrorText } from './documentFiles';
import { documentsEn, documentsZh } from './messages';
import { TemplateList } from './TemplateList';
import { templateRows } from './templateRows';
import { useAgreements } from './useAgreements';
import { useClauseOverrides } from './useClauseOverrides';
import { VerifyPanel } from './VerifyPanel';
import './documents.css';

featureMessagesRegister('documents', documentsZh, documentsEn);

/** The enterprise last chosen here, kept while the app runs. */
let lastEnterpriseId: string | null = null;

export function DocumentsScreen() {
  const { t } = useTranslation();
  const enterprises = useAppStore((s) => s.enterprises);
  const enterprisesStatus = useAppStore((s) => s.enterprisesStatus);
  const peopleByEnterprise = useAppStore((s) => s.people);
  const peopleLoad = useAppStore((s) => s.peopleLoad);
  const navigate = useAppStore((s) => s.navigate);
  const [chosenId, setChosenId] = useState<string | null>(lastEnterpriseId);
  const [tab, setTab] = useState<'list' | 'verify'>('list');
  const [open, setOpen] = useState<TemplateName | null>(null);
  const pickId = useId();

  const enterprise = enterprises.find((e) => e.id === chosenId) ?? enterprises[0] ?? null;
  const enterpriseId = (enterprise?.id ?? null) as EnterpriseId | null;
  const people = enterpriseId ? peopleByEnterprise[enterpriseId] : undefined;
  useEffect(() => {
    if (enterpriseId && people === undefined) void peopleLoad(enterpriseId);
  }, [enterpriseId, people, peopleLoad]);
  const agreements = useAgreements(enterpriseId);
  const overrides = useClauseOverrides(enterpriseId);

  const vm = useMemo(() => (enterprise && people ? caseViewModelFor(enterprise, people) : null), [enterprise, people]);
  const rows = useMemo(
    () => (enterprise && vm && agreements.stored && overrides.byTemplate ? templateRows(enterprise, vm, agreements.stored, isoDateToday(), overrides.byTemplate) : null),
    [enterprise, vm, agreements.stored, overrides.byTemplate],
  );
  const openRow = rows?.find((r) => r.name === open && r.live) ?? null;

  if (enterprises.length === 0) {
    return (
      <section aria-labelledby="documents-title" className="documents">
        <h1 id="documents-title">{t('documents.title')}</h1>
        {enterprisesStatus === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <div className="empty">
            <p>{t('documents.noEnterprises')}</p>
            <a
              href="#/enterprises"
              onClick={(e) => {
                e.preventDefault();
                navigate({ area: 'enterprises', view: 'list' });
              }}
            >
              {t('documents.goToEnterprises')}
            </a>
          </div>
        )}
      </section>
    );
  }

  if (openRow && enterprise) {
    return (
      <section aria-label={openRow.titleZh} className="documents documents-preview">
        <DocumentPreview row={openRow} enterprise={enterprise} save={agreements.save} clauseSave={overrides.save} onBack={() => setOpen(null)} />
      </section>
    );
  }

  return (
    <section aria-labelledby="documents-title" className="documents">
      <div className="toolbar documents-toolbar">
        <h1 id="documents-title">{t('documents.title')}</h1>
        <div className="enterprise-pick">
          <label htmlFor={pickId}>{t('documents.enterprise')}</label>
          <select
            id={pickId}
            value={enterprise?.id ?? ''}
            onChange={(e) => {
              lastEnterpriseId = e.target.value;
              setChosenId(e.target.value);
            }}
          >
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>{e.name}</option>
            ))}
          </select>
        </div>
        <span className="spacer" />
        <div className="doc-tabs" role="group" aria-label={t('documents.tabs.label')}>
          <button type="button" aria-pressed={tab === 'list'} onClick={() => setTab('list')}>{t('documents.tabs.list')}</button>
          <button type="button" aria-pressed={tab === 'verify'} onClick={() => setTab('verify')}>{t('documents.tabs.verify')}</button>
        </div>
      </div>
      {tab === 'verify' ? <VerifyPanel enterprises={enterprises} /> : null}
      {tab === 'list' && enterprise ? (
        <>
          <p className="assumptions">
            {enterpriseIsReference(enterprise) ? t('documents.referenceNote', { count: vm?.assumptions.length ?? 0 }) : t('documents.otherNote')}
          </p>
          {agreements.error ? <p className="doc-banner doc-banner-bad" role="alert">{documentsErrorText(agreements.error)}</p> : null}
          {agreements.skipped.length > 0 ? <p className="doc-banner doc-banner-warn">{t('errors.storage.corrupt')}</p> : null}
          {overrides.error ? <p className="doc-banner doc-banner-bad" role="alert">{documentsErrorText(overrides.error)}</p> : null}
          {overrides.skipped.length > 0 ? <p className="doc-banner doc-banner-warn">{t('documents.clauses.unreadable', { count: overrides.skipped.length })}</p> : null}
          {rows ? <TemplateList rows={rows} enterprise={enterprise} onOpen={(row) => setOpen(row.name)} /> : <p className="muted">{t('app.loading')}</p>}
        </>
      ) : null}
    </section>
  );
}
