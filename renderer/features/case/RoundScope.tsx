// The frame of every round area (测算, 程序, 条款, 文书): the one enterprise-and-round picker, the choice
// carried in the route (#/e/<enterprise>/<round>/<area>), and the states before a round is on screen. A
// route without a choice opens the round last used, else the first enterprise's latest round.
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise, EnterpriseId, Person } from '../../../shared/enterprise/model';
import type { RoundId } from '../../../shared/case/round';
import type { CaseLoaded } from '../../data/caseHandlers';
import { useAppStore } from '../../app/store';
import type { RoundArea } from '../../app/route';
import { LoadingNote } from '../../components/LoadingNote';
import { ConflictBar } from './ConflictBar';
import { NewRoundDialog } from './NewRoundDialog';
import './messages';
import './rounds.css';

export interface RoundScopeValue {
  readonly enterprise: Enterprise;
  readonly people: readonly Person[];
  readonly data: CaseLoaded;
}

interface Props {
  readonly area: RoundArea;
  readonly title: string;
  /** Extra toolbar content (save status, undo) shown beside the picker. */
  readonly toolbar?: ReactNode;
  readonly children: (scope: RoundScopeValue) => ReactNode;
}

function useRouteIds(area: RoundArea) {
  const route = useAppStore((s) => s.route);
  const inArea = route.area === area && 'enterpriseId' in route;
  return { enterpriseId: inArea ? route.enterpriseId : null, roundId: inArea ? route.roundId : null };
}

export function RoundScope({ area, title, toolbar, children }: Props) {
  const { t } = useTranslation();
  const { enterpriseId, roundId } = useRouteIds(area);
  const enterprises = useAppStore((s) => s.enterprises);
  const enterprisesStatus = useAppStore((s) => s.enterprisesStatus);
  const lastEnterprise = useAppStore((s) => s.caseEnterpriseId);
  const lastRound = useAppStore((s) => s.caseRoundId);
  const rounds = useAppStore((s) => s.caseRounds);
  const caseEnterprise = useAppStore((s) => s.caseEnterpriseId);
  const data = useAppStore((s) => s.caseData);
  const status = useAppStore((s) => s.caseStatus);
  const select = useAppStore((s) => s.caseSelect);
  const navigate = useAppStore((s) => s.navigate);
  const peopleByEnterprise = useAppStore((s) => s.people);
  const peopleLoad = useAppStore((s) => s.peopleLoad);
  const [creating, setCreating] = useState(false);
  const enterprisePick = useId();
  const roundPick = useId();

  const enterprise = enterprises.find((e) => e.id === enterpriseId) ?? null;
  const people = enterpriseId ? peopleByEnterprise[enterpriseId] : undefined;

  // No choice in the route: the round last used, else the first enterprise (its latest round follows below).
  useEffect(() => {
    if (enterpriseId !== null || enterprisesStatus !== 'ready' || enterprises.length === 0) return;
    const known = enterprises.some((e) => e.id === lastEnterprise);
    navigate({ area, enterpriseId: known ? lastEnterprise : enterprises[0]!.id, roundId: known ? lastRound : null });
  }, [area, enterpriseId, enterprises, enterprisesStatus, lastEnterprise, lastRound, navigate]);

  useEffect(() => {
    if (enterpriseId !== null) void select(enterpriseId as EnterpriseId, roundId as RoundId | null);
  }, [enterpriseId, roundId, select]);

  useEffect(() => {
    if (enterpriseId !== null && people === undefined) void peopleLoad(enterpriseId);
  }, [enterpriseId, people, peopleLoad]);

  // An enterprise without a round in the route: its latest round.
  const latest = rounds?.rounds.at(-1);
  useEffect(() => {
    if (enterpriseId !== null && roundId === null && caseEnterprise === enterpriseId && latest) navigate({ area, enterpriseId, roundId: latest.id });
  }, [area, enterpriseId, roundId, caseEnterprise, latest, navigate]);

  const heading = <h1 id={`${area}-title`}>{title}</h1>;
  if (enterprises.length === 0) {
    return (
      <section aria-labelledby={`${area}-title`}>
        {heading}
        {enterprisesStatus === 'loading' ? (
          <LoadingNote />
        ) : (
          <div className="empty">
            <p>{t('rounds.noEnterprises')}</p>
            <a href="#/enterprises" onClick={(e) => { e.preventDefault(); navigate({ area: 'enterprises', view: 'list' }); }}>{t('rounds.goToEnterprises')}</a>
          </div>
        )}
      </section>
    );
  }

  const roundsHere = caseEnterprise === enterpriseId ? rounds?.rounds ?? null : null;
  return (
    <section aria-labelledby={`${area}-title`} className={`round-scope round-scope-${area}`}>
      <div className="toolbar round-toolbar">
        {heading}
        <div className="enterprise-pick">
          <label htmlFor={enterprisePick}>{t('rounds.enterprise')}</label>
          <select id={enterprisePick} value={enterpriseId ?? ''} onChange={(e) => navigate({ area, enterpriseId: e.target.value, roundId: null })}>
            {enterpriseId !== null && !enterprise ? <option value={enterpriseId}>{'—'}</option> : null}
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>{e.name}</option>
            ))}
          </select>
        </div>
        {roundsHere && roundsHere.length > 0 ? (
          <div className="enterprise-pick">
            <label htmlFor={roundPick}>{t('rounds.round')}</label>
            <select id={roundPick} value={roundId ?? ''} onChange={(e) => navigate({ area, enterpriseId, roundId: e.target.value })}>
              {roundId === null || !roundsHere.some((r) => r.id === roundId) ? <option value="">{t('rounds.chooseRound')}</option> : null}
              {roundsHere.map((r) => (
                <option key={r.id} value={r.id}>{`${r.title}（${t(`rounds.status.${r.status}`)}）`}</option>
              ))}
            </select>
          </div>
        ) : null}
        {enterprise ? (
          <button type="button" onClick={() => setCreating(true)}>{t('rounds.new')}</button>
        ) : null}
        <span className="spacer" />
        {toolbar}
      </div>
      {enterpriseId !== null && enterprisesStatus === 'ready' && !enterprise ? <p className="empty">{t('rounds.enterpriseMissing')}</p> : null}
      {enterprise && roundsHere && roundsHere.length === 0 ? (
        <div className="empty">
          <p>{t('rounds.noRounds', { name: enterprise.name })}</p>
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>{t('rounds.new')}</button>
        </div>
      ) : null}
      {status === 'loading' || (enterprise && roundsHere === null) ? <LoadingNote /> : null}
      {status === 'missing' ? <p className="empty">{t('rounds.roundMissing')}</p> : null}
      {status === 'error' ? <p className="empty">{t('errors.storage.corrupt')}</p> : null}
      {status === 'ready' && data?.round.id === roundId ? <ConflictBar /> : null}
      {enterprise && people && data && status === 'ready' && data.round.id === roundId ? children({ enterprise, people, data }) : null}
      {creating && enterprise ? (
        <NewRoundDialog
          enterprise={enterprise}
          rounds={roundsHere ?? []}
          onCreated={(id) => {
            setCreating(false);
            navigate({ area, enterpriseId: enterprise.id, roundId: id });
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
    </section>
  );
}
