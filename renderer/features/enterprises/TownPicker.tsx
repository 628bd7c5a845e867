// The towns and streets (乡镇/街道) of the chosen county, loaded with its province's file on demand, searched
// by name, code or initials the way the county is. Optional: the enterprise stores its county only.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { regionTowns, townMatches, type Town } from '../../../shared/regions/town';
import { pickerSearchKeyDown } from './pickerSearchKeys';
import './regionPickerMessages';

type TownsLoad = { readonly status: 'loading' } | { readonly status: 'failed' } | { readonly status: 'ready'; readonly towns: readonly Town[] };

/** Towns listed for a query: a county has a few dozen at most, so a search returns them all. */
const townListLimit = 200;

interface TownPickerProps {
  readonly countyCode: string;
  readonly value: Town | null;
  readonly onChange: (town: Town | null) => void;
}

export function TownPicker({ countyCode, value, onChange }: TownPickerProps) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<TownsLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLSelectElement | null>(null);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    regionTowns(countyCode).then(
      (towns) => {
        if (live) setLoad({ status: 'ready', towns });
      },
      () => {
        if (live) setLoad({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [countyCode, attempt]);

  const towns = load.status === 'ready' ? load.towns : [];
  const shown = useMemo(() => (query.trim() ? townMatches(towns, query, townListLimit) : towns), [towns, query]);
  // The chosen town stays listed, so the select still shows it.
  const options = value && !shown.some((town) => town.code === value.code) ? [value, ...shown] : shown;

  function choose(code: string) {
    onChange(towns.find((town) => town.code === code) ?? null);
  }

  function onSearch(text: string) {
    setQuery(text);
    const found = text.trim() ? townMatches(towns, text, 2) : [];
    if (found.length === 1 && found[0]) onChange(found[0]);
  }

  const placeholder =
    load.status === 'loading' ? t('regionPicker.townLoading')
    : load.status === 'failed' ? t('regionPicker.townFailed')
    : towns.length === 0 ? t('regionPicker.townEmpty')
    : shown.length === 0 ? t('regionPicker.townNoMatch')
    : t('regionPicker.townNone');
  const first = shown[0];
  return (
    <>
      <Field label={t('regionPicker.townSearch')}>
        {(p) => (
          <input
            {...p}
            type="search"
            value={query}
            autoComplete="off"
            disabled={load.status !== 'ready' || towns.length === 0}
            placeholder={t('regionPicker.townSearchPlaceholder')}
            onChange={(e) => onSearch(e.target.value)}
            onKeyDown={(e) => pickerSearchKeyDown(e, first ? () => onChange(first) : undefined, listRef.current)}
          />
        )}
      </Field>
      <Field label={t('regionPicker.town')} hint={t('regionPicker.townHint')}>
        {(p) => (
          <select {...p} ref={listRef} value={value?.code ?? ''} aria-busy={load.status === 'loading'} onChange={(e) => choose(e.target.value)}>
            <option value="">{placeholder}</option>
            {options.map((town) => (
              <option key={town.code} value={town.code}>{`${town.name} ${town.code}`}</option>
            ))}
          </select>
        )}
      </Field>
      {load.status === 'failed' ? (
        <button type="button" className="button-link" onClick={() => setAttempt((n) => n + 1)}>
          {t('regionPicker.townRetry')}
        </button>
      ) : null}
    </>
  );
}
