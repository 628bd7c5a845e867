// 总工会工作台: import the bundles enterprises file, read the registry (status, coverage, the base wage
// against the minimum, late filings and missed renewals), witness-sign and send bundles back, verify a
// file. Charts, Excel and Word load only when used.
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort } from '../../../shared/bundle/agreement';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../app/store';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { ExportBundleDialog } from './ExportBundleDialog';
import { federationErrorText } from './federationErrorText';
import { ImportPanel } from './ImportPanel';
import { federationEn, federationZh } from './messages';
import { TrustedKeysCard } from './TrustedKeysCard';
import { trustEn, trustZh } from './trustMessages';
import { registryOverview, type AgreementOverview, type EnterpriseOverview } from './registryOverview';
import { RegistrySummary } from './RegistrySummary';
import { RegistryTable } from './RegistryTable';
import { useFederation } from './useFederation';
import { VerifyBox } from './VerifyBox';
import { WitnessCard } from './WitnessCard';
import type { SectorNoticeRequest } from '../sector/SectorCoverageCard';
import { useSectorCheck } from '../sector/useSectorCheck';
import type { MemberReport } from '../../../shared/sector/memberCheck';
import './federation.css';
import { LoadingNote } from '../../components/LoadingNote';

featureMessagesRegister('federation', federationZh, federationEn);
featureMessagesRegister('federation', trustZh, trustEn);

// The agreement text brings the print view with it: loaded when a text is opened.
const AgreementText = lazy(() => import('./AgreementText').then((m) => ({ default: m.AgreementText })));
const SectorNotice = lazy(() => import('../sector/SectorNotice').then((m) => ({ default: m.SectorNotice })));
const SectorCoverageCard = lazy(() => import('../sector/SectorCoverageCard').then((m) => ({ default: m.SectorCoverageCard })));
const RegistryCharts = lazy(() => import('./RegistryCharts').then((m) => ({ default: m.RegistryCharts })));

export function FederationScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const data = useFederation();
  const [signing, setSigning] = useState<AgreementOverview | null>(null);
  const [reading, setReading] = useState<AgreementOverview | null>(null);
  const [exportFor, setExportFor] = useState<EnterpriseOverview | null>(null);
  const [exporting, setExporting] = useState(false);
  const [sectorNotice, setSectorNotice] = useState<SectorNoticeRequest | null>(null);
  const today = isoDateToday();
  const ourKey = data.identity?.publicKeyHex ?? null;
  const overview = useMemo(() => (data.registry ? registryOverview(data.registry, today, ourKey, data.trust) : null), [data.registry, today, ourKey, data.trust]);
  // One sector check per registry read: the coverage card and the registry rows show the same findings.
  const sector = useSectorCheck(data.registry);

  function sectorNoticeOpen(report: MemberReport) {
    // Signed by our witness identity's name, else by the workers' party of the member's first sector agreement.
    const first = sector.agreements.find((a) => a.id === report.sectorIds[0]);
    setSectorNotice({ report, titles: sector.check.titles, federationName: data.identity?.name ?? first?.workersParty.name ?? '' });
  }

  async function save(make: () => Promise<Uint8Array<ArrayBuffer>>, suggestedName: string, mimeType: string, extension: string) {
    setExporting(true);
    try {
      const saved = await platform().saveFile({ suggestedName, data: await make(), mimeType, extensions: [extension] });
      if (!saved.ok) noticeShow({ tone: 'error', text: federationErrorText(saved.error) });
      else if (saved.value.saved) noticeShow({ tone: 'info', text: t('federation.exported', { path: saved.value.path }) });
    } catch (error) {
      noticeShow({ tone: 'error', text: t('federation.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setExporting(false);
    }
  }

  function exportXlsx() {
    if (!overview) return;
    void save(
      async () => (await import('./registryWorkbook')).registryWorkbook(overview, t),
      t('federation.xlsx.fileName', { date: today }),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
    );
  }

  function exportDocx() {
    if (!overview) return;
    void save(
      async () => (await import('./registryReport')).registryReportDocx(overview, data.identity?.name ?? null, t, locale),
      t('federation.report.fileName', { date: today }),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    );
  }

  async function sign(agreement: AgreementOverview) {
    setSigning(null);
    const signed = await data.witnessSign(agreement.agreementId);
    if (!signed.ok) noticeShow({ tone: 'error', text: federationErrorText(signed.error) });
    else noticeShow({ tone: 'info', text: t('federation.sign.done', { title: agreement.title, version: agreement.version }) });
  }

  const empty = !overview || overview.enterprises.length === 0;
  const readVersion = reading && data.registry ? data.registry.agreements[reading.agreementId]?.versions.at(-1) : undefined;
  if (readVersion) {
    return (
      <Suspense fallback={<LoadingNote />}>
        <AgreementText version={readVersion} onBack={() => setReading(null)} />
      </Suspense>
    );
  }
  if (sectorNotice) {
    return (
      <Suspense fallback={<LoadingNote />}>
        <SectorNotice {...sectorNotice} onBack={() => setSectorNotice(null)} />
      </Suspense>
    );
  }
  return (
    <section aria-labelledby="federation-title" className="federation">
      <div className="toolbar">
        <h1 id="federation-title">{t('federation.title')}</h1>
        <span className="spacer" />
        <button type="button" disabled={empty || exporting} onClick={exportXlsx}>{t('federation.xlsx.export')}</button>
        <button type="button" disabled={empty || exporting} onClick={exportDocx}>{t('federation.report.export')}</button>
      </div>
      <p className="muted">{t('federation.intro')}</p>
      {data.status === 'loading' ? <LoadingNote /> : null}
      {data.loadError ? <p className="field-error" role="alert">{t('federation.loadFailed', { reason: federationErrorText(data.loadError) })}</p> : null}
      {data.skipped.length > 0 ? <p className="assumptions">{t('federation.skipped', { count: data.skipped.length })}</p> : null}
      {data.registry ? (
        <div className="federation-cards">
          <ImportPanel registry={data.registry} pinned={data.pinned} onImport={data.importApply} />
          <WitnessCard identity={data.identity} onCreate={data.identityCreate} onImport={data.identityImport} />
          <TrustedKeysCard pinned={data.pinned} onAdd={data.federationTrust} onRemove={data.keyRemove} />
          <VerifyBox pinned={data.pinned} known={(code) => !!data.registry?.enterprises[code]} />
        </div>
      ) : null}
      {data.registry ? (
        <Suspense fallback={<LoadingNote />}>
          <SectorCoverageCard sector={sector} onNotice={sectorNoticeOpen} />
        </Suspense>
      ) : null}
      {overview && !empty ? (
        <>
          <RegistrySummary overview={overview} />
          <Suspense fallback={<p className="muted">{t('federation.charts.loading')}</p>}>
            <RegistryCharts overview={overview} />
          </Suspense>
        </>
      ) : null}
      {overview ? <RegistryTable overview={overview} canSign={data.identity !== null} onSign={setSigning} onRead={setReading} onExport={setExportFor} sector={sector.check} onSectorNotice={sectorNoticeOpen} /> : null}
      {signing && data.identity ? (
        <ConfirmDialog
          title={t('federation.sign.confirmTitle')}
          body={t('federation.sign.confirmBody', { name: data.identity.name, title: signing.title, version: signing.version, short: agreementFingerprintShort(signing.fingerprint) })}
          confirmLabel={t('federation.sign.confirm')}
          onConfirm={() => void sign(signing)}
          onCancel={() => setSigning(null)}
        />
      ) : null}
      {exportFor && data.registry ? (
        <ExportBundleDialog registry={data.registry} creditCode={exportFor.creditCode} name={exportFor.name} onClose={() => setExportFor(null)} />
      ) : null}
    </section>
  );
}
