// The minimum-wage check of every base wage (rule CNT-02, 《最低工资规定》第十二条): below the floor in
// red, exactly on it in amber, both with the two figures side by side; where the county's tier or table
// is not known the app asks rather than guesses (once, listing the base wages it could not check).
import { useTranslation } from 'react-i18next';
import type { Fen } from '../../../shared/money/fen';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Quarter } from '../../../shared/dates/quarter';
import { formatDateLong, formatQuarter } from '../../../shared/format/date';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { regionByCode } from '../../../shared/regions/region';
import { minimumWageStaleness } from '../../../shared/regions/minimumWageStaleness';
import type { FloorFinding } from '../../../shared/wage/floor';
import type { WageModelResult } from '../../../shared/wage/model';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { useMinimumWage } from '../minimumWage/minimumWageLoad';
import { minimumWageMessagesEn, minimumWageMessagesZh } from '../minimumWage/messages';
import { featureMessagesRegister } from '../../i18n/featureMessages';

// The source kinds' names live with the minimum-wage card's text.
featureMessagesRegister('minimumWage', minimumWageMessagesZh, minimumWageMessagesEn);

/** The warning when the date lies more than two years after the province's last known adjustment (MWR art 10). */
function StaleNote({ regionCode, date }: { readonly regionCode: string; readonly date: IsoDate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useMinimumWage();
  const staleness = minimumWageStaleness(regionCode, date, data.tables);
  if (!staleness.stale || staleness.lastAdjustment === null) return null;
  return (
    <p className="finding-stale" role="note">
      {t('scenarios.findings.stale', { date: formatDateLong(date, locale), last: formatDateLong(staleness.lastAdjustment, locale) })}
    </p>
  );
}

function FigurePair({ wage, floor }: { readonly wage: Fen; readonly floor: Fen }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="figure-pair">
      <div>
        <dt>{t('scenarios.findings.baseWage')}</dt>
        <dd className="big-number">{formatYuanPlain(wage, locale)}</dd>
      </div>
      <div>
        <dt>{t('scenarios.findings.floor')}</dt>
        <dd className="big-number">{formatYuanPlain(floor, locale)}</dd>
      </div>
    </dl>
  );
}

type AskFinding = Extract<FloorFinding, { action: 'ask' }>;
type FloorFindingKnown = Exclude<FloorFinding, AskFinding>;

/** The questions, one per reason: the same unknown tier repeats for every quarter, so it is asked once. */
function AskItem({ reason, findings, regionName }: { readonly reason: AskFinding['reason']; readonly findings: readonly AskFinding[]; readonly regionName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useAppStore((s) => s.navigate);
  return (
    <li className="finding finding-ask">
      <p className="finding-head">
        <span className="finding-tag">{t('scenarios.findings.askTag')}</span>
      </p>
      <p>{reason === 'table-superseded' ? t('scenarios.findings.askSuperseded', { region: regionName, date: formatDateLong(findings[0]!.confirmedTo!, locale) }) : t(reason === 'tier-unknown' ? 'scenarios.findings.askTier' : 'scenarios.findings.askTable', { region: regionName })}</p>
      <ul className="finding-asks">
        {findings.map((f) => (
          <li key={`${f.scenario}:${f.quarter}`}>
            {t('scenarios.findings.askItem', {
              where: t('scenarios.findings.where', { quarter: formatQuarter(f.quarter as Quarter, locale), scenario: f.scenario }),
              wage: formatYuanPlain(f.baseWage, locale),
            })}
          </li>
        ))}
      </ul>
      <p>
        {/* The data lives in Settings → 最低工资标准: the user enters the tier or table there. */}
        <a href="#/settings" onClick={(e) => { e.preventDefault(); navigate({ area: 'settings' }); }}>{t('scenarios.findings.askEnter')}</a>
      </p>
      <p className="finding-rule">{t('scenarios.findings.rule')}</p>
      {findings[0] ? <StaleNote regionCode={findings[0].regionCode} date={findings[findings.length - 1]!.date as IsoDate} /> : null}
    </li>
  );
}

function FindingItem({ finding, regionName }: { readonly finding: FloorFindingKnown; readonly regionName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const where = t('scenarios.findings.where', { quarter: formatQuarter(finding.quarter as Quarter, locale), scenario: finding.scenario });
  const blocked = finding.action === 'block';
  const source = t('scenarios.findings.source', {
    basis: finding.table.basis,
    date: formatDateLong(finding.date as IsoDate, locale),
    tier: finding.tier,
    region: regionName,
  });
  return (
    <li className={blocked ? 'finding finding-block' : 'finding finding-warn'}>
      <p className="finding-head">
        <span className="finding-tag">{t(blocked ? 'scenarios.findings.blockedTag' : 'scenarios.findings.atFloorTag')}</span>
        {where}
      </p>
      <FigurePair wage={finding.baseWage} floor={finding.floor} />
      <p>{t(blocked ? 'scenarios.findings.blocked' : 'scenarios.findings.atFloor')}</p>
      <p className="finding-rule">{t('scenarios.findings.rule')}</p>
      <p className="finding-source">
        {source}
        {finding.includesSocialInsurance ? t('scenarios.findings.includesSocialInsurance') : ''}
        {finding.table.verified && finding.table.tierVerified ? '' : t('scenarios.findings.unverified')}
      </p>
      {finding.table.source ? (
        <p className="finding-source">
          {t('scenarios.findings.sourceRead', {
            title: finding.table.source.title,
            number: finding.table.source.number ? ` ${finding.table.source.number}` : '',
            kind: t(`minimumWage.sourceKind.${finding.table.source.kind}`),
            readAt: finding.table.source.readAt,
          })}
        </p>
      ) : null}
      <StaleNote regionCode={finding.regionCode} date={finding.date as IsoDate} />
    </li>
  );
}

export function FindingsPanel({ result }: { readonly result: WageModelResult }) {
  const { t } = useTranslation();
  const regionName = regionByCode(result.regionCode)?.fullName ?? result.regionCode;
  // Blocks first: they stop an agreement; then the floor warnings, then the questions.
  const known = result.floorFindings.filter((f): f is FloorFindingKnown => f.action !== 'ask');
  const findings = [...known.filter((f) => f.action === 'block'), ...known.filter((f) => f.action === 'warn')];
  const asks = result.floorFindings.filter((f): f is AskFinding => f.action === 'ask');
  const reasons = [...new Set(asks.map((f) => f.reason))];
  return (
    <section className="card findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('scenarios.findings.title')}</h2>
      {result.floorFindings.length === 0 ? (
        <p className="finding-ok">{t('scenarios.findings.allAbove', { region: regionName })}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((f) => (
            <FindingItem key={`${f.scenario}:${f.quarter}`} finding={f} regionName={regionName} />
          ))}
          {reasons.map((reason) => (
            <AskItem key={reason} reason={reason} findings={asks.filter((f) => f.reason === reason)} regionName={regionName} />
          ))}
        </ul>
      )}
    </section>
  );
}
