// 适用范围与条件: who a term is for (description, groups, statuses, named workers, hire date) and what a
// worker must meet (back by, employed on), with a live count of the roster workers it covers, so a
// restriction that leaves nobody shows before the term is saved.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Worker, workerStatuses } from '../../../shared/roster/worker';
import { eligibilityPredicate } from '../../../shared/terms/eligibility';
import { Field } from '../../components/Field';
import { type TermFormField, type TermScopeState, termFormEligibility, termScopeStatusesToggle } from './termFormState';
import { TermFormWorkerPicker } from './TermFormWorkerPicker';

interface Props {
  readonly scope: TermScopeState;
  readonly onChange: (scope: TermScopeState) => void;
  readonly roster: readonly Worker[];
  readonly err: (field: TermFormField) => string | undefined;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

type ScopeDateKey = 'hiredOnOrBefore' | 'backBy' | 'employedOn';

/** The roster's groups, plus any the term names that the roster no longer has (so they can be unticked). */
function groupChoices(roster: readonly Worker[], chosen: readonly string[]): string[] {
  const groups = new Set(roster.map((w) => w.group).filter((g) => g !== ''));
  for (const g of chosen) groups.add(g);
  return [...groups].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export function EligibilityFields({ scope, onChange, roster, err, open, onOpenChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TermScopeState>) => onChange({ ...scope, ...patch });
  const covered = useMemo(() => roster.filter(eligibilityPredicate(termFormEligibility(scope))).length, [roster, scope]);
  const groups = useMemo(() => groupChoices(roster, scope.groups), [roster, scope.groups]);
  const toggleGroup = (g: string) => set({ groups: scope.groups.includes(g) ? scope.groups.filter((x) => x !== g) : [...scope.groups, g] });

  const dateField = (key: ScopeDateKey) => (
    <Field label={t(`terms.form.scope.${key}`)} error={err(key)}>
      {(p) => <input {...p} type="date" value={scope[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <details className="terms-form-scope" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)}>
      <summary>
        {t('terms.form.scope.title')}
        {' · '}
        <span role="status">{t('terms.form.scope.covered', { count: covered, total: roster.length })}</span>
      </summary>
      <div className="field-grid">
        <Field label={t('terms.form.scope.description')} hint={t('terms.form.scope.descriptionHint')}>
          {(p) => <input {...p} value={scope.description} onChange={(e) => set({ description: e.target.value })} maxLength={200} />}
        </Field>
        {dateField('hiredOnOrBefore')}
      </div>
      <fieldset className="terms-form-checks">
        <legend>{t('terms.form.scope.groups')}</legend>
        {groups.length === 0 ? <p className="muted">{t('terms.form.scope.noGroups')}</p> : null}
        {groups.map((g) => (
          <label key={g} className="field-check">
            <input type="checkbox" checked={scope.groups.includes(g)} onChange={() => toggleGroup(g)} />
            {g}
          </label>
        ))}
      </fieldset>
      <fieldset className="terms-form-checks">
        <legend>{t('terms.form.scope.statuses')}</legend>
        {workerStatuses.map((s) => (
          <label key={s} className="field-check">
            <input type="checkbox" checked={scope.statuses.includes(s)} onChange={() => set({ statuses: termScopeStatusesToggle(scope.statuses, s) })} />
            {t(`terms.status.${s}`)}
          </label>
        ))}
      </fieldset>
      <TermFormWorkerPicker roster={roster} workerIds={scope.workerIds} onChange={(workerIds) => set({ workerIds })} />
      <fieldset>
        <legend>{t('terms.form.scope.conditions')}</legend>
        <div className="field-grid">
          {dateField('backBy')}
          {dateField('employedOn')}
        </div>
      </fieldset>
    </details>
  );
}
