// On the federation workbench: how many members and workers the sector and regional agreements in force
// cover today, and every member checked against them from the registry's figures (its own agreement's
// base wage and raise, an occupational-health contract), with a printable notice per member.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { sectorCheck, sectorCoverage, type MemberReport } from '../../../shared/sector/memberCheck';
import type { MemberFacts } from '../../../shared/sector/memberCheck';
import { memberFactsFromRegistry, memberFactsJoin } from '../../../shared/sector/memberFacts';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';
import { sectorFindingText } from '../../../shared/sector/findingText';
import { useAppStore } from '../../app/store';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { useLocale } from '../../i18n/useLocale';
import { sectorEn, sectorZh } from './messages';
import './sector.css';

featureMessagesRegister('sector', sectorZh, sectorEn);

/** A member's notice to print: its report and the titles of the sector agreements it cites. */
export interface SectorNoticeRequest {
  readonly report: MemberReport;
  readonly titles: ReadonlyMap<string, string>;
  readonly federationName: string;
}

interface Props {
  readonly registry: BundleRegistry;
  readonly federationName: string | null;
  /** The workbench shows the notice alone, so that it prints alone. */
  readonly onNotice: (request: SectorNoticeRequest) => void;
}

export function SectorCoverageCard({ registry, federationName, onNotice }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useAppStore((s) => s.navigate);
  const [agreements, setAgreements] = useState<readonly SectorAgreement[]>([]);
  const [local, setLocal] = useState<readonly MemberFacts[]>([]);
  const today = isoDateToday();

  useEffect(() => {
    let live = true;
    void send('sectorList').then(async (r) => {
      if (!live || !r.ok) return;
      setAgreements(r.value.items);
      // Members whose enterprise is kept on this machine are checked on their own rounds too.
      const codes = [...new Set(r.value.items.flatMap((a) => a.members.map((m) => m.creditCode)))];
      const rounds = await send('sectorMemberRounds', { creditCodes: codes });
      if (live && rounds.ok) setLocal(rounds.value);
    });
    return () => {
      live = false;
    };
  }, []);

  const reports = useMemo(
    () =>
      sectorCheck(agreements, (code) => {
        const fromRegistry = memberFactsFromRegistry(registry, code);
        return memberFactsJoin([...local.filter((f) => f.creditCode === code), ...(fromRegistry ? [fromRegistry] : [])]);
      }),
    [agreements, registry, local],
  );
  const coverage = sectorCoverage(agreements, today);
  const titles = new Map(agreements.map((a) => [a.id, a.title]));

  return (
    <section className="card sector-coverage" aria-labelledby="sector-coverage-title">
      <div className="toolbar">
        <h2 id="sector-coverage-title">{t('sector.coverage.title')}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => navigate({ area: 'sector' })}>{t('sector.open')}</button>
      </div>
      {agreements.length === 0 ? <p className="muted">{t('sector.coverage.none')}</p> : (
        <>
          <p>{t('sector.coverage.summary', { ...coverage })}</p>
          <table className="sector-table" aria-label={t('sector.coverage.title')}>
            <thead>
              <tr><th>{t('sector.coverage.member')}</th><th>{t('sector.coverage.findings')}</th><th /></tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.member.creditCode} data-member={r.member.creditCode}>
                  <td>{r.member.name}</td>
                  <td>
                    {r.findings.length === 0 ? t('sector.coverage.ok') : (
                      <ul>
                        {r.findings.map((f, i) => (
                          <li key={i} className={f.action === 'block' ? 'finding-block' : undefined}>
                            [{t(`sector.actions.${f.action}`)}] {titles.get(f.sectorId) ?? f.sectorId}：{sectorFindingText(f, locale)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <button type="button" aria-label={`${t('sector.coverage.notice')}：${r.member.name}`} onClick={() => onNotice({ report: r, titles, federationName: federationName ?? agreements[0]?.workersParty.name ?? '' })}>{t('sector.coverage.notice')}</button>
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
