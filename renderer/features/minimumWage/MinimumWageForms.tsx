// The two small forms of Settings → 最低工资标准: a dated table and a county's tier from a date. They only
// read their fields (minimumWageForm.ts); the card checks the whole user file and stores it.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinimumWageTable, TierAssignment } from '../../../shared/regions/minimumWage';
import { Field } from '../../components/Field';
import { RegionPicker } from '../enterprises/RegionPicker';
import {
  type AssignmentForm,
  type FormErrors,
  FORM_TIERS,
  type TableForm,
  assignmentFormEmpty,
  assignmentFormRead,
  tableFormEmpty,
  tableFormRead,
} from './minimumWageForm';

/** Whether the value was stored (then the form clears). */
type Save<T> = (value: T) => Promise<boolean>;

function listSet(list: readonly string[], index: number, value: string): string[] {
  return list.map((v, i) => (i === index ? value : v));
}

export function TableAddForm({ onSave, busy }: { readonly onSave: Save<MinimumWageTable>; readonly busy: boolean }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<TableForm>(tableFormEmpty);
  const [errors, setErrors] = useState<FormErrors>({});
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const set = (patch: Partial<TableForm>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = tableFormRead(form);
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    if (await onSave(read.value)) setForm(tableFormEmpty);
  }

  return (
    <form className="minimum-wage-form" aria-labelledby="minimum-wage-add-table" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="minimum-wage-add-table">{t('minimumWage.addTableTitle')}</h3>
      <Field label={t('minimumWage.region')} error={error('region')} required>
        {(p) => <input {...p} value={form.region} inputMode="numeric" onChange={(e) => set({ region: e.target.value })} />}
      </Field>
      <Field label={t('minimumWage.effectiveFrom')} error={error('effectiveFrom')} required>
        {(p) => <input {...p} value={form.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />}
      </Field>
      <Field label={t('minimumWage.effectiveTo')} error={error('effectiveTo')}>
        {(p) => <input {...p} value={form.effectiveTo} onChange={(e) => set({ effectiveTo: e.target.value })} />}
      </Field>
      <Field label={t('minimumWage.basis')} error={error('basis')} required>
        {(p) => <input {...p} value={form.basis} onChange={(e) => set({ basis: e.target.value })} />}
      </Field>
      <div className="minimum-wage-tiers">
        {FORM_TIERS.map((tier, i) => (
          <div key={tier} className="minimum-wage-tier">
            <Field label={t('minimumWage.monthlyTier', { tier })} error={error(`monthly.${tier}`)}>
              {(p) => <input {...p} value={form.monthly[i]} inputMode="decimal" onChange={(e) => set({ monthly: listSet(form.monthly, i, e.target.value) })} />}
            </Field>
            <Field label={t('minimumWage.hourlyTier', { tier })} error={error(`hourly.${tier}`)}>
              {(p) => <input {...p} value={form.hourly[i]} inputMode="decimal" onChange={(e) => set({ hourly: listSet(form.hourly, i, e.target.value) })} />}
            </Field>
          </div>
        ))}
      </div>
      {Object.keys(errors).length > 0 ? <p className="form-summary">{t('minimumWage.formInvalid')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>{t('minimumWage.addTable')}</button>
      </div>
    </form>
  );
}

export function AssignmentAddForm({ onSave, busy }: { readonly onSave: Save<TierAssignment>; readonly busy: boolean }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AssignmentForm>(assignmentFormEmpty);
  const [errors, setErrors] = useState<FormErrors>({});
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const set = (patch: Partial<AssignmentForm>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = assignmentFormRead(form);
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    if (await onSave(read.value)) setForm(assignmentFormEmpty);
  }

  return (
    <form className="minimum-wage-form" aria-labelledby="minimum-wage-add-assignment" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="minimum-wage-add-assignment">{t('minimumWage.addAssignmentTitle')}</h3>
      <RegionPicker value={form.regionCode} error={error('regionCode')} onChange={(regionCode) => set({ regionCode })} />
      <Field label={t('minimumWage.tier')} error={error('tier')} required>
        {(p) => (
          <select {...p} value={form.tier} onChange={(e) => set({ tier: e.target.value })}>
            <option value="">{t('minimumWage.tierChoose')}</option>
            {FORM_TIERS.map((tier) => (
              <option key={tier} value={tier}>{t('minimumWage.tableTier', { tier })}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('minimumWage.assignmentFrom')} error={error('effectiveFrom')} required>
        {(p) => <input {...p} value={form.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />}
      </Field>
      {Object.keys(errors).length > 0 ? <p className="form-summary">{t('minimumWage.formInvalid')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>{t('minimumWage.addAssignment')}</button>
      </div>
    </form>
  );
}
