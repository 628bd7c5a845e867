// 协议文书 of one round: every document its data can make (Word download, A4 print view, signing), what
// each still needs (linked to where it is entered), the details only the documents use, the bundle for
// the federation, the filing package for the labour administration (报送材料包), the comparison with the
// previous round's agreement (与上一份协议比较), and 核验 —
// checking a printed or downloaded text's fingerprint against this store.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import type { RoundClauseOverride } from '../../../shared/case/round';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { deadlineRulesDefault } from '../../../shared/procedure/deadlineRules';
import type { AppError } from '../../../shared/result';
import { caseDocuments, type CaseContext, type CaseData } from '../../../templates/caseViewModel';
import { documentsWithChosenExplanation, explanationChosen } from '../../../templates/case/explanationChosen';
import { filingPackage } from '../../../templates/filing/filingPackage';
import type { TemplateName } from '../../../templates/registry';
import { useAppStore } from '../../app/store';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { RoundScope, type RoundScopeValue } from '../case/RoundScope';
import { useCalendar } from '../calendar/calendarLoad';
import { useMinimumWage } from '../minimumWage/minimumWageLoad';
import { useEconomy } from '../economy/economyLoad';
import { clauseOverridesWith } from './clauseEdits';
import { DetailsForm } from './DetailsForm';
import { DocumentPreview } from './DocumentPreview';
import { FilingPackageView } from './filing/FilingPackageView';
import { documentsEn, documentsZh } from './messages';
import { RoundAssumptions } from './RoundAssumptions';
import { RedlineButton } from './RedlineButton';
import { useRedlineOffer } from './redlineOffer';
import { RedlineView } from './RedlineView';
import { RoundBundleDialog } from './RoundBundleDialog';
import { TemplateList } from './TemplateList';
import { templateRows } from './templateRows';
import { VerifyPanel } from './VerifyPanel';
import { WorkerSheetsView } from '../workerSheets/WorkerSheetsView';
import './documents.css';

featureMessagesRegister('documents', documentsZh, documentsEn);

function RoundDocuments({ enterprise, people, data }: RoundScopeValue) {
  const { t } = useTranslation();
  const minimumWage = useMinimumWage();
  const calendar = useCalendar();
  const economy = useEconomy();
  const reload = useAppStore((s) => s.caseReload);
  const saveWith = useAppStore((s) => s.roundSaveWith);
  const [open, setOpen] = useState<TemplateName | null>(null);
  const [details, setDetails] = useState(false);
  const [bundling, setBundling] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [filing, setFiling] = useState(false);
  const [sheets, setSheets] = useState(false);
  // Back from the comparison, the keyboard lands on the button that opened it.
  const [compared, setCompared] = useState(false);
  const round = data.round;

  const ctx: CaseContext = useMemo(() => ({ minimumWage, calendar, deadlineRules: deadlineRulesDefault }), [minimumWage, calendar]);
  const current: CaseData = useMemo(() => ({ enterprise, people, round, earlier: data.earlier, roster: data.roster }), [enterprise, people, round, data.earlier, data.roster]);
  const redline = useRedlineOffer({ current, ctx, enterprise, people });
  const made = useMemo(() => caseDocuments(current, ctx), [current, ctx]);
  // Only the request letter's annex reads the economy figures: their arrival does not remake every document.
  const explainCtx = useMemo(() => ({ ...ctx, economy }), [ctx, economy]);
  const chosen = useMemo(() => explanationChosen(current, explainCtx), [current, explainCtx]);
  const rows = useMemo(() => {
    const documents = documentsWithChosenExplanation(made.documents, chosen);
    return templateRows(round.kind, round.id, documents, made.views, data.agreements, isoDateToday());
  }, [made, chosen, round, data.agreements]);
  const openRow = rows.find((r) => r.name === open) ?? null;
  const explain = useMemo(
    () => ({
      data: current,
      chosen,
      choose: (scenario: string) => saveWith((r) => ({ ...r, details: { ...r.details, explainScenario: scenario } })),
    }),
    [current, chosen, saveWith],
  );
  const pkg = useMemo(() => (filing ? filingPackage(current, ctx, { agreements: data.agreements, today: isoDateToday() }) : null), [filing, current, ctx, data.agreements]);

  async function save(versions: readonly AgreementVersion[]): Promise<AppError | null> {
    const saved = await send('agreementsSave', { enterpriseId: enterprise.id as EnterpriseId, versions });
    if (!saved.ok) return saved.error;
    await reload();
    return null;
  }

  function clauseSave(name: TemplateName, clauseId: string, text: string | null): Promise<AppError | null> {
    return saveWith((r) => {
      const list: readonly RoundClauseOverride[] = r.details.clauseOverrides[name] ?? [];
      return { ...r, details: { ...r.details, clauseOverrides: { ...r.details.clauseOverrides, [name]: clauseOverridesWith(list, clauseId, text, new Date().toISOString()) } } };
    });
  }

  if (openRow && (openRow.live || openRow.versions.length > 0)) {
    return (
      <div aria-label={openRow.titleZh} className="documents documents-preview">
        <DocumentPreview
          row={openRow}
          enterprise={enterprise}
          roundId={round.id}
          save={save}
          clauseSave={clauseSave}
          onBack={() => setOpen(null)}
          {...(openRow.name === 'request-letter' ? { explain } : {})}
        />
      </div>
    );
  }
  if (pkg) {
    return (
      <div aria-label={t('filing.open')} className="documents documents-filing">
        <FilingPackageView
          pkg={pkg}
          enterprise={enterprise}
          onBack={() => setFiling(false)}
          onDetails={() => { setFiling(false); setDetails(true); }}
          onSign={() => { setFiling(false); setOpen(rows.find((r) => r.main)!.name); }}
        />
      </div>
    );
  }
  if (comparing && redline.kind === 'ready') {
    return (
      <div aria-label={t('documents.redline.title', { title: redline.made.next.live.titleZh })} className="documents documents-redline">
        <RedlineView offer={redline} enterprise={enterprise} onBack={() => { setComparing(false); setCompared(true); }} />
      </div>
    );
  }
  if (details) return <DetailsForm round={round} onDone={() => setDetails(false)} />;
  if (sheets) return <WorkerSheetsView enterpriseId={enterprise.id as EnterpriseId} data={current} calendar={calendar} onBack={() => setSheets(false)} />;
  const main = rows.find((r) => r.main)!;
  return (
    <>
      <div className="documents-actions">
        <button type="button" onClick={() => setDetails(true)}>{t('documents.details.open')}</button>
        <button type="button" onClick={() => setBundling(true)}>{t('documents.bundle.open')}</button>
        <button type="button" onClick={() => setFiling(true)}>{t('filing.open')}</button>
        <button type="button" onClick={() => setSheets(true)}>{t('workerSheets.open')}</button>
      </div>
      <RoundAssumptions assumptions={round.assumptions} />
      <TemplateList
        rows={rows}
        enterprise={enterprise}
        onOpen={(row) => setOpen(row.name)}
        onDetails={() => setDetails(true)}
        mainExtra={<RedlineButton offer={redline} title={main.titleZh} focus={compared} onOpen={() => setComparing(true)} />}
      />
      {bundling ? <RoundBundleDialog enterprise={enterprise} round={round} main={main} ctx={ctx} onClose={() => setBundling(false)} /> : null}
    </>
  );
}

export function DocumentsScreen() {
  const { t } = useTranslation();
  const enterprises = useAppStore((s) => s.enterprises);
  const [tab, setTab] = useState<'list' | 'verify'>('list');
  const tabs = (
    <div className="doc-tabs" role="group" aria-label={t('documents.tabs.label')}>
      <button type="button" aria-pressed={tab === 'list'} onClick={() => setTab('list')}>{t('documents.tabs.list')}</button>
      <button type="button" aria-pressed={tab === 'verify'} onClick={() => setTab('verify')}>{t('documents.tabs.verify')}</button>
    </div>
  );
  return (
    <div className="documents">
      <RoundScope area="documents" title={t('documents.title')} toolbar={tabs}>
        {(scope) => (tab === 'verify' ? <VerifyPanel enterprises={enterprises} /> : <RoundDocuments key={scope.data.round.id} {...scope} />)}
      </RoundScope>
    </div>
  );
}
