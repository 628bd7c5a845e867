// County picker: every county-level division of China grouped by its city, and the provinces last (for
// a county the list may lack). A search box narrows the list by name or code; the native <select> keeps
// it keyboard- and screen-reader-friendly.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { regionByCode, regionCounties, regionProvinceOf, regionProvinces, regionSearch, type Region } from '../../../shared/regions/region';

interface Group {
  readonly label: string;
  readonly regions: readonly Region[];
}

let groupsCache: Group[] | undefined;

/** Counties by city (a 直辖市's districts under the municipality), then the provinces themselves. */
function allGroups(otherLabel: string): Group[] {
  if (!groupsCache) {
    const byCity = new Map<string, Region[]>();
    for (const county of regionCounties()) {
      const key = county.parentCode ?? '';
      byCity.set(key, [...(byCity.get(key) ?? []), county]);
    }
    groupsCache = [...byCity.entries()].map(([city, regions]) => ({
      label: regionByCode(city)?.fullName ?? regionProvinceOf(city)?.fullName ?? city,
      regions,
    }));
  }
  return [...groupsCache, { label: otherLabel, regions: regionProvinces() }];
}

interface RegionPickerProps {
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (code: string) => void;
}

export function RegionPicker({ value, error, onChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const otherLabel = t('enterpriseForm.regionOtherProvinces');
  const groups = useMemo(() => {
    const base = allGroups(otherLabel);
    const q = query.trim();
    if (!q) return base;
    const hits = new Set(regionSearch(q).map((r) => r.code));
    return base
      .map((g) => ({ ...g, regions: g.regions.filter((r) => hits.has(r.code) || r.code === value) }))
      .filter((g) => g.regions.length > 0);
  }, [query, value, otherLabel]);
  const matches = groups.reduce((n, g) => n + g.regions.length, 0);
  const current = value ? regionByCode(value) : undefined;

  function onSearch(text: string) {
    setQuery(text);
    // One match: choose it, so typing "福鼎" is enough.
    const found = text.trim() ? regionSearch(text.trim()).filter((r) => r.level !== 'prefecture') : [];
    if (found.length === 1 && found[0]) onChange(found[0].code);
  }

  return (
    <div className="region-picker">
      <Field label={t('enterpriseForm.regionSearch')}>
        {(p) => (
          <input {...p} type="search" value={query} placeholder={t('enterpriseForm.regionSearchPlaceholder')} onChange={(e) => onSearch(e.target.value)} />
        )}
      </Field>
      <Field label={t('enterpriseForm.region')} error={error} required hint={current && query ? current.fullName : undefined}>
        {(p) => (
          <select {...p} name="regionCode" value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{matches === 0 ? t('enterpriseForm.regionNoMatch') : t('enterpriseForm.regionChoose')}</option>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.regions.map((r) => (
                  <option key={r.code} value={r.code}>{`${r.name} ${r.code}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
