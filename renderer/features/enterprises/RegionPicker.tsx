// County picker: every county-level division of China grouped by its city, and the provinces last (for
// a county the list may lack). A search box ranks divisions by code, name or pinyin initials ('fd' →
// 福鼎市); the native <select> keeps it keyboard- and screen-reader-friendly. With `onTownChange`, a
// chosen county also offers its towns (TownPicker, loaded on demand); the town is not stored.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { regionByCode } from '../../../shared/regions/region';
import type { Town } from '../../../shared/regions/town';
import { pickerSearchKeyDown } from './pickerSearchKeys';
import { regionGroupsAll, regionPickerMatches, type RegionGroup } from './regionPickerOptions';
import './regionPickerMessages';
import { TownPicker } from './TownPicker';

interface RegionPickerProps {
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (code: string) => void;
  /** The town chosen in the county, when the form offers towns. */
  readonly town?: Town | null;
  readonly onTownChange?: (town: Town | null) => void;
}

export function RegionPicker({ value, error, onChange, town = null, onTownChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLSelectElement | null>(null);
  const otherLabel = t('enterpriseForm.regionOtherProvinces');
  const current = value ? regionByCode(value) : undefined;
  const matches = useMemo(() => (query.trim() ? regionPickerMatches(query) : null), [query]);
  const groups = useMemo((): RegionGroup[] => {
    if (!matches) return regionGroupsAll(otherLabel);
    const label = t(matches.truncated ? 'regionPicker.resultsTruncated' : 'regionPicker.results', { count: matches.regions.length });
    // The chosen division stays listed, so the select still shows it.
    const kept = current && !matches.regions.includes(current) ? [current] : [];
    return matches.regions.length + kept.length > 0 ? [{ key: 'matches', label, regions: [...kept, ...matches.regions] }] : [];
  }, [matches, current, otherLabel, t]);

  function choose(code: string) {
    onChange(code);
    if (town && town.countyCode !== code) onTownChange?.(null);
  }

  function onSearch(text: string) {
    setQuery(text);
    // One match: choose it, so typing "福鼎" is enough.
    const found = text.trim() ? regionPickerMatches(text, 2).regions : [];
    if (found.length === 1 && found[0]) choose(found[0].code);
  }

  const first = matches?.regions[0];
  return (
    <div className="region-picker">
      <Field label={t('enterpriseForm.regionSearch')} hint={t('regionPicker.searchHelp')}>
        {(p) => (
          <input
            {...p}
            type="search"
            value={query}
            autoComplete="off"
            placeholder={t('regionPicker.searchPlaceholder')}
            onChange={(e) => onSearch(e.target.value)}
            onKeyDown={(e) => pickerSearchKeyDown(e, first ? () => choose(first.code) : undefined, listRef.current)}
          />
        )}
      </Field>
      <Field label={t('enterpriseForm.region')} error={error} required hint={current && query ? current.fullName : undefined}>
        {(p) => (
          <select {...p} ref={listRef} name="regionCode" value={value} onChange={(e) => choose(e.target.value)}>
            <option value="">{groups.length === 0 ? t('enterpriseForm.regionNoMatch') : t('enterpriseForm.regionChoose')}</option>
            {groups.map((g) => (
              <optgroup key={g.key} label={g.label}>
                {g.regions.map((r) => (
                  <option key={r.code} value={r.code}>{`${matches ? r.fullName : r.name} ${r.code}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {onTownChange && current && current.level !== 'province' ? (
        <TownPicker key={current.code} countyCode={current.code} value={town} onChange={onTownChange} />
      ) : null}
    </div>
  );
}
