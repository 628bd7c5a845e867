// Named workers of a term, picked from the roster by search. Rosters reach 5,000 workers: at most
// PICKER_SHOWN matches are rendered (and the rest counted), so typing stays quick.
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Worker } from '../../../shared/roster/worker';
import { rosterSearch, workerNumberShown } from './rosterSearch';

export const PICKER_SHOWN = 200;

interface Props {
  readonly roster: readonly Worker[];
  readonly workerIds: readonly string[];
  readonly onChange: (workerIds: readonly string[]) => void;
}

export function TermFormWorkerPicker({ roster, workerIds, onChange }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const chosen = useMemo(() => new Set(workerIds), [workerIds]);
  const matches = useMemo(() => rosterSearch(roster, query), [roster, query]);
  const offRoster = useMemo(() => {
    const onRoster = new Set(roster.map((w) => w.id));
    return workerIds.filter((id) => !onRoster.has(id)).length;
  }, [roster, workerIds]);
  const shown = matches.slice(0, PICKER_SHOWN);

  const toggle = (id: string) => onChange(chosen.has(id) ? workerIds.filter((x) => x !== id) : [...workerIds, id]);
  const chooseShown = () => onChange([...workerIds, ...shown.filter((w) => !chosen.has(w.id)).map((w) => w.id)]);

  // Enter in the search box would submit the whole term mid-search; Esc clears the search before it
  // would cancel the form (the form's own Esc handler sees it only once the box is empty).
  function searchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') e.preventDefault();
    if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
    }
  }

  const label = (w: Worker) => {
    const number = workerNumberShown(w) ?? t('terms.roster.noNumber');
    return w.group === '' ? t('terms.form.scope.worker', { name: w.name, number }) : t('terms.form.scope.workerInGroup', { name: w.name, number, group: w.group });
  };

  return (
    <fieldset className="terms-form-workers">
      <legend>{t('terms.form.scope.workers')}</legend>
      <div className="terms-search">
        <input type="search" aria-label={t('terms.form.scope.search')} placeholder={t('terms.form.scope.search')} value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={searchKey} />
        <span role="status">
          {t('terms.form.scope.chosen', { count: workerIds.length })}
          {offRoster > 0 ? t('terms.form.scope.notOnRoster', { count: offRoster }) : null}
        </span>
        <button type="button" onClick={chooseShown} disabled={shown.every((w) => chosen.has(w.id))}>
          {t('terms.form.scope.selectShown', { count: shown.length })}
        </button>
        <button type="button" onClick={() => onChange([])} disabled={workerIds.length === 0}>
          {t('terms.form.scope.clear')}
        </button>
      </div>
      {/* Inline: the list must scroll even where the area's stylesheet has no rule for it. */}
      <ul className="terms-form-worker-list" style={{ listStyle: 'none', paddingLeft: 0, maxHeight: '16rem', overflowY: 'auto' }}>
        {shown.map((w) => (
          <li key={w.id}>
            <label className="field-check">
              <input type="checkbox" checked={chosen.has(w.id)} onChange={() => toggle(w.id)} />
              {label(w)}
            </label>
          </li>
        ))}
      </ul>
      {matches.length === 0 ? <p className="muted">{t('terms.form.scope.noMatch')}</p> : null}
      {matches.length > shown.length ? <p className="muted">{t('terms.form.scope.more', { count: matches.length - shown.length })}</p> : null}
    </fieldset>
  );
}
