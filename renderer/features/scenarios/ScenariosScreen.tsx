// 产值与工资测算: pick an enterprise, then model its output against base-wage scenarios. The case is
// saved a moment after each edit; big edits can be undone from the notice, and Ctrl+Z outside a field
// undoes the last edit.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { CaseView } from './CaseView';
import { SaveStatus } from './SaveStatus';
import './scenarios.css';
import { scenariosMessagesRegister } from './messages';
import { LoadingNote } from '../../components/LoadingNote';

scenariosMessagesRegister();

function useUndoShortcut() {
  const undo = useAppStore((s) => s.scenarioUndo);
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

export function ScenariosScreen() {
  const { t } = useTranslation();
  const enterprises = useAppStore((s) => s.enterprises);
  const enterprisesStatus = useAppStore((s) => s.enterprisesStatus);
  const selectedId = useAppStore((s) => s.scenarioEnterpriseId);
  const select = useAppStore((s) => s.scenarioEnterpriseSelect);
  const caseStatus = useAppStore((s) => s.scenarioCaseStatus);
  const file = useAppStore((s) => s.scenarioCase);
  const revision = useAppStore((s) => s.scenarioCaseRevision);
  const canUndo = useAppStore((s) => s.scenarioUndoStack.length > 0);
  const undo = useAppStore((s) => s.scenarioUndo);
  const referenceLoad = useAppStore((s) => s.scenarioReferenceLoad);
  const blankCreate = useAppStore((s) => s.scenarioBlankCreate);
  const navigate = useAppStore((s) => s.navigate);
  const pickId = useId();
  useUndoShortcut();

  // The first enterprise is chosen until the user picks one; a deleted one is let go.
  const selected = enterprises.find((e) => e.id === selectedId);
  useEffect(() => {
    if (enterprisesStatus === 'loading') return;
    const target = selected?.id ?? enterprises[0]?.id ?? null;
    if (target !== selectedId || (target !== null && caseStatus === 'idle')) void select(target);
  }, [enterprisesStatus, enterprises, selected, selectedId, caseStatus, select]);

  if (enterprises.length === 0) {
    return (
      <section aria-labelledby="scenarios-title">
        <h1 id="scenarios-title">{t('scenarios.title')}</h1>
        {enterprisesStatus === 'loading' ? (
          <LoadingNote />
        ) : (
          <div className="empty">
            <p>{t('scenarios.noEnterprises')}</p>
            <a
              href="#/enterprises"
              onClick={(e) => {
                e.preventDefault();
                navigate({ area: 'enterprises', view: 'list' });
              }}
            >
              {t('scenarios.goToEnterprises')}
            </a>
          </div>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="scenarios-title" className="scenarios">
      <div className="toolbar scenarios-toolbar">
        <h1 id="scenarios-title">{t('scenarios.title')}</h1>
        <div className="enterprise-pick">
          <label htmlFor={pickId}>{t('scenarios.enterprise')}</label>
          <select id={pickId} value={selected?.id ?? ''} onChange={(e) => void select(e.target.value || null)}>
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>{e.name}</option>
            ))}
          </select>
        </div>
        <span className="spacer" />
        {file ? <SaveStatus /> : null}
        <button type="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
          {t('scenarios.undo')}
        </button>
        {file ? (
          <button type="button" onClick={() => void referenceLoad()}>
            {t('scenarios.loadReference')}
          </button>
        ) : null}
      </div>
      {caseStatus === 'loading' ? <LoadingNote /> : null}
      {caseStatus === 'error' ? <p className="empty">{t('errors.storage.corrupt')}</p> : null}
      {caseStatus === 'ready' && file === null ? (
        <div className="empty scenarios-empty">
          <p>{t('scenarios.noCase', { name: selected?.name ?? '' })}</p>
          <div className="scenarios-empty-actions">
            <button type="button" className="button-primary" onClick={() => void referenceLoad()}>{t('scenarios.loadReference')}</button>
            <button type="button" onClick={() => void blankCreate()}>{t('scenarios.newBlank')}</button>
          </div>
        </div>
      ) : null}
      {caseStatus === 'ready' && file !== null ? <CaseView key={revision} file={file} enterpriseName={selected?.name ?? ''} enterpriseId={selected?.id ?? null} /> : null}
    </section>
  );
}
