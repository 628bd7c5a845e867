// On the federation workbench: how many members and workers the sector and regional agreements in force
// cover today, and every member checked against them from the registry's figures (its own agreement's
// base wage and raise, an occupational-health contract), with a printable notice per member. The check
// comes from the workbench (useSectorCheck), which shows the same findings on the registry rows.
import { useTranslation } from 'react-i18next';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { sectorCoverage, type MemberReport } from '../../../shared/sector/memberCheck';
import { useAppStore } from '../../app/store';
import { SectorFindingList } from './SectorFindingList';
import type { SectorWorkbench } from './useSectorCheck';
import './sector.css';

/** A member's notice to print: its report and the titles of the sector agreements it cites. */
export interface SectorNoticeRequest {
  readonly report: MemberReport;
  readonly titles: ReadonlyMap<string, string>;
  readonly federationName: string;
}

interface Props {
  readonly sector: SectorWorkbench;
  /** The workbench shows the notice alone, so that it prints alone. */
  readonly onNotice: (report: MemberReport) => void;
}

export function SectorCoverageCard({ sector, onNotice }: Props) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const { agreements, drafts, check } = sector;
  const coverage = sectorCoverage(agreements, isoDateToday());

  return (
    <section className="card sector-coverage" aria-labelledby="sector-coverage-title">
      <div className="toolbar">
        <h2 id="sector-coverage-title">{t('sector.coverage.title')}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => navigate({ area: 'sector' })}>{t('sector.open')}</button>
      </div>
      {drafts > 0 ? <p className="muted">{t('sector.coverage.drafts', { count: drafts })}</p> : null}
      {agreements.length === 0 ? <p className="muted">{t('sector.coverage.none')}</p> : (
        <>
          <p>{t('sector.coverage.summary', { ...coverage })}</p>
          <table className="sector-table" aria-label={t('sector.coverage.title')}>
            <thead>
              <tr><th>{t('sector.coverage.member')}</th><th>{t('sector.coverage.findings')}</th><th /></tr>
            </thead>
            <tbody>
              {check.reports.map((r) => (
                <tr key={r.member.creditCode} data-member={r.member.creditCode}>
                  <td>{r.member.name}</td>
                  <td><SectorFindingList report={r} titles={check.titles} /></td>
                  <td>
                    <button type="button" aria-label={`${t('sector.coverage.notice')}：${r.member.name}`} onClick={() => onNotice(r)}>{t('sector.coverage.notice')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
