// 产值与工资测算 of one round: model its output against base-wage scenarios and mark the one the parties
// agree. The round is saved a moment after each edit; big edits can be undone from the notice, and
// Ctrl+Z outside a field undoes the last edit.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { useAppStore } from '../../app/store';
import { RoundScope } from '../case/RoundScope';
import { useMinimumWage } from '../minimumWage/minimumWageLoad';
import { AgreedPanel } from './AgreedPanel';
import { CaseView } from './CaseView';
import { wageCaseBlank } from './caseNew';
import { SaveStatus } from './SaveStatus';
import './scenarios.css';
import { scenariosMessagesRegister } from './messages';

scenariosMessagesRegister();

function useUndoShortcut() {
  const undo = useAppStore((s) => s.roundUndo);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return; // the field's own undo
      if (useAppStore.getState().notice?.undo) return; // the notice bar's undo handles this one
      e.preventDefault();
      undo();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);
}

function Toolbar() {
  const { t } = useTranslation();
  const canUndo = useAppStore((s) => s.roundUndoStack.length > 0);
  const undo = useAppStore((s) => s.roundUndo);
  const hasRound = useAppStore((s) => s.caseData !== null);
  if (!hasRound) return null;
  return (
    <>
      <SaveStatus />
      <button type="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
        {t('scenarios.undo')}
      </button>
    </>
  );
}

export function ScenariosScreen() {
  const { t } = useTranslation();
  const revision = useAppStore((s) => s.caseRevision);
  const replace = useAppStore((s) => s.roundReplace);
  const minimumWage = useMinimumWage();
  useUndoShortcut();

  return (
    <RoundScope area="scenarios" title={t('scenarios.title')} toolbar={<Toolbar />}>
      {({ enterprise, data }) =>
        data.round.wage === null ? (
          <div className="empty scenarios-empty">
            <p>{t('scenarios.noCase', { name: data.round.title })}</p>
            <div className="scenarios-empty-actions">
              <button
                type="button"
                className="button-primary"
                onClick={() =>
                  replace(
                    (r) => ({ ...r, wage: wageCaseBlank(enterprise, isoDateToday(), i18next.t('scenarios.scenarioDefaultName', { n: 1 }), minimumWage) }),
                    t('scenarios.blankCreated'),
                  )
                }
              >
                {t('scenarios.newBlank')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <AgreedPanel />
            <CaseView key={revision} file={data.round.wage} enterpriseName={enterprise.name} data={data} />
          </>
        )
      }
    </RoundScope>
  );
}
