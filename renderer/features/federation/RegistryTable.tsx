// 登记簿: each enterprise with its agreements (current version, status, term, late filing and missed
// renewal), the base wage against the county's minimum, and the witness and export actions; for a member
// of a sector or regional agreement, the sector check's findings and its notice.
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort } from '../../../shared/bundle/agreement';
import { formatInteger } from '../../../shared/format/integer';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { MemberReport } from '../../../shared/sector/memberCheck';
import type { SectorRegistryCheck } from '../../../shared/sector/registryCheck';
import { useLocale } from '../../i18n/useLocale';
import { RegistrySectorLine } from './RegistrySectorLine';
import type { AgreementOverview, BaseWageCheck, EnterpriseOverview, RegistryOverview } from './registryOverview';

interface RegistryTableProps {
  readonly overview: RegistryOverview;
  readonly canSign: boolean;
  readonly onSign: (agreement: AgreementOverview) => void;
  /** Opens the agreement's frozen text (what the federation witnesses). */
  readonly onRead: (agreement: AgreementOverview) => void;
  readonly onExport: (enterprise: EnterpriseOverview) => void;
  /** The sector check of this registry read (the coverage card shows the same); null while it loads. */
  readonly sector: SectorRegistryCheck | null;
  readonly onSectorNotice: (report: MemberReport) => void;
}

function BaseWageText({ check }: { readonly check: BaseWageCheck | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!check) return <span className="muted">{t('federation.table.noBaseWage')}</span>;
  const wage = formatYuanPlain(check.baseWage, locale);
  const floor = check.floor === null ? '' : formatYuanPlain(check.floor, locale);
  const key = { above: 'floorAbove', at: 'floorAt', below: 'floorBelow', unknown: 'floorUnknown' }[check.verdict];
  return <span className={`federation-floor federation-floor-${check.verdict}`}>{t(`federation.table.${key}`, { wage, floor })}</span>;
}

function Flags({ agreement }: { readonly agreement: AgreementOverview }) {
  const { t } = useTranslation();
  const flags: { key: string; text: string; tone: 'warn' | 'ok' }[] = [];
  const { filing, renewal } = agreement;
  if (filing?.late && filing.dueDate) {
    flags.push({ key: 'late', tone: 'warn', text: filing.filedOn ? t('federation.table.lateFilingDone', { filed: filing.filedOn, due: filing.dueDate }) : t('federation.table.lateFiling', { due: filing.dueDate }) });
  }
  if (renewal?.missed && renewal.dueDate) flags.push({ key: 'renewal', tone: 'warn', text: t('federation.table.missedRenewal', { due: renewal.dueDate }) });
  // The witness standing as checked on this read (shared/bundle/trust.ts): only ours and trusted federations' count.
  if (agreement.witness !== 'none') flags.push({ key: 'witness', tone: agreement.witnessed ? 'ok' : 'warn', text: t(`federation.trust.${agreement.witness}`) });
  return (
    <ul className="federation-flags">
      {flags.map((f) => (
        <li key={f.key} className={`federation-flag federation-flag-${f.tone}`}>{f.text}</li>
      ))}
    </ul>
  );
}

function EnterpriseBlock({ enterprise, canSign, onSign, onRead, onExport, sector, onSectorNotice }: { readonly enterprise: EnterpriseOverview } & Omit<RegistryTableProps, 'overview'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sectorReport = sector?.byMember.get(enterprise.creditCode);
  const headingId = `federation-enterprise-${enterprise.creditCode}`;
  return (
    <article className="card federation-enterprise" aria-labelledby={headingId}>
      <div className="federation-enterprise-head">
        <h3 id={headingId}>{enterprise.name}</h3>
        <span className="spacer" />
        <button type="button" onClick={() => onExport(enterprise)} aria-label={t('federation.table.exportBundleFor', { name: enterprise.name })}>
          {t('federation.table.exportBundle')}
        </button>
      </div>
      <dl className="federation-enterprise-facts">
        <div><dt>{t('federation.table.creditCode')}</dt><dd className="mono">{enterprise.creditCode}</dd></div>
        <div><dt>{t('federation.table.headcount')}</dt><dd>{formatInteger(enterprise.headcount, locale)}</dd></div>
        <div><dt>{t('federation.table.covered')}</dt><dd>{formatInteger(enterprise.workersCovered, locale)}</dd></div>
        <div><dt>{t('federation.table.baseWage')}</dt><dd><BaseWageText check={enterprise.baseWage} /></dd></div>
      </dl>
      {sectorReport && sector ? <RegistrySectorLine report={sectorReport} titles={sector.titles} name={enterprise.name} onNotice={onSectorNotice} /> : null}
      {enterprise.agreements.length === 0 ? (
        <p className="muted">{t('federation.table.noAgreements')}</p>
      ) : (
        <table className="data federation-agreements" aria-label={enterprise.name}>
          <thead>
            <tr>
              <th scope="col">{t('federation.table.agreement')}</th>
              <th scope="col">{t('federation.table.status')}</th>
              <th scope="col">{t('federation.table.term')}</th>
              <th scope="col">{t('federation.table.flags')}</th>
              <th scope="col">{t('federation.table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {enterprise.agreements.map((a) => (
              <tr key={a.agreementId}>
                <td>
                  <div>{a.title}</div>
                  <div className="muted small">
                    {t('federation.table.version', { version: a.version })}
                    {a.versionsHeld > 1 ? t('federation.table.versionsHeld', { count: a.versionsHeld }) : ''}
                    {' · '}
                    <span className="mono">{t('federation.table.fingerprint', { short: agreementFingerprintShort(a.fingerprint) })}</span>
                  </div>
                </td>
                <td><span className={`federation-status federation-status-${a.status}`}>{t(`federation.status.${a.status}`)}</span></td>
                <td>
                  <div className="nowrap">{t('federation.table.termText', { from: a.termFrom, to: a.termTo })}</div>
                  {a.status === 'expiring' || a.status === 'inForce' ? <div className="muted small">{t('federation.table.daysLeft', { days: a.daysLeft })}</div> : null}
                </td>
                <td><Flags agreement={a} /></td>
                <td className="nowrap">
                  <button type="button" onClick={() => onRead(a)} aria-label={t('federation.table.readFor', { title: a.title })}>
                    {t('federation.table.read')}
                  </button>{' '}
                  <button
                    type="button"
                    disabled={!canSign || a.witnessedByUs || a.status === 'draft'}
                    title={canSign ? undefined : t('federation.sign.needKey')}
                    onClick={() => onSign(a)}
                    aria-label={t('federation.table.witnessSignFor', { title: a.title })}
                  >
                    {t('federation.table.witnessSign')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

export function RegistryTable({ overview, ...actions }: RegistryTableProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="federation-registry-title">
      <h2 id="federation-registry-title">{t('federation.table.title')}</h2>
      {overview.enterprises.length === 0 ? <p className="empty">{t('federation.table.empty')}</p> : null}
      {overview.enterprises.map((e) => (
        <EnterpriseBlock key={e.creditCode} enterprise={e} {...actions} />
      ))}
    </section>
  );
}
