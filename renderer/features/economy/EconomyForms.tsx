// The three small forms of Settings → 工资指导线与经济数据: a year's wage guideline, a year's CPI and a
// year's average wage. They read their fields only (economyForm.ts); the card checks and stores the file.
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AverageWage, ConsumerPrices, WageGuideline } from '../../../shared/economy/economy';
import { Field } from '../../components/Field';
import {
  type AverageForm,
  type CommonForm,
  type FormErrors,
  type GuidelineForm,
  type PricesForm,
  averageFormEmpty,
  averageFormRead,
  guidelineFormEmpty,
  guidelineFormRead,
  pricesFormEmpty,
  pricesFormRead,
} from './economyForm';

/** Whether the value was stored (then the form clears). */
type Save<T> = (value: T) => Promise<boolean>;
type Read<F, T> = (form: F) => { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FormErrors };

interface FormShellProps<F extends CommonForm, T> {
  readonly id: string;
  readonly title: string;
  readonly empty: F;
  readonly read: Read<F, T>;
  readonly onSave: Save<T>;
  readonly busy: boolean;
  readonly fields: (form: F, set: (patch: Partial<F>) => void, error: (field: string) => string | undefined) => ReactNode;
}

function FormShell<F extends CommonForm, T>({ id, title, empty, read, onSave, busy, fields }: FormShellProps<F, T>) {
  const { t } = useTranslation();
  const [form, setForm] = useState<F>(empty);
  const [errors, setErrors] = useState<FormErrors>({});
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const set = (patch: Partial<F>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = read(form);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    if (await onSave(r.value)) setForm(empty);
  }

  return (
    <form className="economy-form" aria-labelledby={id} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={id}>{title}</h3>
      <div className="economy-form-fields">
        <Field label={t('economy.region')} error={error('region')} required>
          {(p) => <input {...p} value={form.region} inputMode="numeric" onChange={(e) => set({ region: e.target.value } as Partial<F>)} />}
        </Field>
        <Field label={t('economy.year')} error={error('year')} required>
          {(p) => <input {...p} value={form.year} inputMode="numeric" onChange={(e) => set({ year: e.target.value } as Partial<F>)} />}
        </Field>
        {fields(form, set, error)}
        <Field label={t('economy.sourceTitle')} error={error('sourceTitle')} required>
          {(p) => <input {...p} value={form.sourceTitle} onChange={(e) => set({ sourceTitle: e.target.value } as Partial<F>)} />}
        </Field>
        <Field label={t('economy.sourceAt')}>
          {(p) => <input {...p} value={form.sourceAt} onChange={(e) => set({ sourceAt: e.target.value } as Partial<F>)} />}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={form.verified} onChange={(e) => set({ verified: e.target.checked } as Partial<F>)} />
        {t('economy.verifiedCheck')}
      </label>
      {Object.keys(errors).length > 0 ? <p className="form-summary">{t('economy.formInvalid')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>{t('economy.add')}</button>
      </div>
    </form>
  );
}

type Props<T> = { readonly onSave: Save<T>; readonly busy: boolean };

export function GuidelineAddForm({ onSave, busy }: Props<WageGuideline>) {
  const { t } = useTranslation();
  return (
    <FormShell<GuidelineForm, WageGuideline>
      id="economy-add-guideline"
      title={t('economy.addGuidelineTitle')}
      empty={guidelineFormEmpty}
      read={guidelineFormRead}
      onSave={onSave}
      busy={busy}
      fields={(form, set, error) => (
        <>
          <Field label={t('economy.effectiveFrom')} error={error('effectiveFrom')} required>
            {(p) => <input {...p} value={form.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />}
          </Field>
          <Field label={t('economy.effectiveTo')} error={error('effectiveTo')}>
            {(p) => <input {...p} value={form.effectiveTo} onChange={(e) => set({ effectiveTo: e.target.value })} />}
          </Field>
          <Field label={t('economy.baseline')} error={error('baseline')} required>
            {(p) => <input {...p} value={form.baseline} inputMode="decimal" onChange={(e) => set({ baseline: e.target.value })} />}
          </Field>
          <Field label={t('economy.upper')} error={error('upper')}>
            {(p) => <input {...p} value={form.upper} inputMode="decimal" onChange={(e) => set({ upper: e.target.value })} />}
          </Field>
          <Field label={t('economy.lower')} error={error('lower')}>
            {(p) => <input {...p} value={form.lower} inputMode="decimal" onChange={(e) => set({ lower: e.target.value })} />}
          </Field>
        </>
      )}
    />
  );
}

export function PricesAddForm({ onSave, busy }: Props<ConsumerPrices>) {
  const { t } = useTranslation();
  return (
    <FormShell<PricesForm, ConsumerPrices>
      id="economy-add-prices"
      title={t('economy.addPricesTitle')}
      empty={pricesFormEmpty}
      read={pricesFormRead}
      onSave={onSave}
      busy={busy}
      fields={(form, set, error) => (
        <Field label={t('economy.change')} error={error('change')} required>
          {(p) => <input {...p} value={form.change} inputMode="decimal" onChange={(e) => set({ change: e.target.value })} />}
        </Field>
      )}
    />
  );
}

export function AverageAddForm({ onSave, busy }: Props<AverageWage>) {
  const { t } = useTranslation();
  return (
    <FormShell<AverageForm, AverageWage>
      id="economy-add-average"
      title={t('economy.addAverageTitle')}
      empty={averageFormEmpty}
      read={averageFormRead}
      onSave={onSave}
      busy={busy}
      fields={(form, set, error) => (
        <Field label={t('economy.annual')} error={error('annual')} required>
          {(p) => <input {...p} value={form.annual} inputMode="decimal" onChange={(e) => set({ annual: e.target.value })} />}
        </Field>
      )}
    />
  );
}
