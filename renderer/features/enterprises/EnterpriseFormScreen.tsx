// Create or edit an enterprise. Nothing is saved while the form is invalid; errors say what to fix,
// in the user's language, next to the field and in a summary that takes focus.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { RegionPicker } from './RegionPicker';
import { creditCodeNormalize } from '../../../shared/enterprise/creditCode';
import { townFederationName, type Town } from '../../../shared/regions/town';
import {
  enterpriseFormEmpty, enterpriseFormFrom, enterpriseInputFrom,
  type EnterpriseFormField, type EnterpriseFormState,
} from './enterpriseFormState';

export function EnterpriseFormScreen({ id }: { readonly id: string | null }) {
  const { t } = useTranslation();
  const existing = useAppStore((s) => (id ? s.enterprises.find((e) => e.id === id) : undefined));
  const save = useAppStore((s) => s.enterpriseSave);
  const navigate = useAppStore((s) => s.navigate);
  const [form, setForm] = useState<EnterpriseFormState>(() => (existing ? enterpriseFormFrom(existing) : enterpriseFormEmpty()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // The town helps name the witness (镇总工会); it is not part of the stored enterprise.
  const [town, setTown] = useState<Town | null>(null);
  const townFederation = town ? townFederationName(town) : null;
  const summaryRef = useRef<HTMLDivElement>(null);
  const loadedId = useRef<string | null>(existing?.id ?? null);

  // The list may finish loading after a reload straight onto the edit URL.
  useEffect(() => {
    if (existing && loadedId.current !== existing.id) {
      loadedId.current = existing.id;
      setForm(enterpriseFormFrom(existing));
    }
  }, [existing]);

  const errorCount = Object.keys(errors).length;
  useEffect(() => {
    if (errorCount > 0) summaryRef.current?.focus();
  }, [errors, errorCount]);

  function set(field: EnterpriseFormField, value: string) {
    setForm((f) => ({ ...f, [field]: value }));
  }

  function message(field: string): string | undefined {
    const key = errors[field];
    if (!key) return undefined;
    return t(key, { length: creditCodeNormalize(form.creditCode).length });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await save(id, enterpriseInputFrom(form));
    setSaving(false);
    if (outcome.ok) {
      navigate({ area: 'enterprises', view: 'detail', id: outcome.id });
    } else {
      setErrors(outcome.fields ?? {});
    }
  }

  const text = (field: EnterpriseFormField, opts: { required?: boolean; hint?: string; inputMode?: 'numeric' } = {}) => (
    <Field label={t(`enterpriseForm.${field}`)} error={message(field)} hint={opts.hint} required={opts.required ?? false}>
      {(p) => (
        <input
          {...p}
          name={field}
          value={form[field]}
          inputMode={opts.inputMode}
          autoComplete="off"
          onChange={(ev) => set(field, ev.target.value)}
        />
      )}
    </Field>
  );

  const title = id ? t('enterprises.editTitle') : t('enterprises.newTitle');
  return (
    <section aria-labelledby="enterprise-form-title">
      <h1 id="enterprise-form-title">{title}</h1>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {errorCount > 0 ? (
          <div className="form-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            {t('common.fixErrors', { count: errorCount })}
          </div>
        ) : null}
        <fieldset>
          <legend>{t('enterpriseForm.sectionBasic')}</legend>
          <div className="field-grid">
            {text('name', { required: true })}
            {text('creditCode', { required: true, hint: t('enterpriseForm.creditCodeHint') })}
            <RegionPicker
              value={form.regionCode}
              error={message('regionCode')}
              onChange={(code) => set('regionCode', code)}
              town={town}
              onTownChange={setTown}
            />
            {text('industry')}
            {text('headcount', { required: true, inputMode: 'numeric' })}
            {text('womenCount', { inputMode: 'numeric' })}
            {text('legalRepresentative', { required: true })}
            {text('economicType')}
            {text('address')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('enterpriseForm.sectionUnion')}</legend>
          <div className="field-grid">
            {text('unionName')}
            {text('unionChair')}
            {text('witnessFederation')}
            {townFederation && form.witnessFederation.trim() !== townFederation ? (
              <div>
                <button type="button" className="button-link" onClick={() => set('witnessFederation', townFederation)}>
                  {t('regionPicker.witnessSuggest', { name: townFederation })}
                </button>
              </div>
            ) : null}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <button
            type="button"
            onClick={() => navigate(id ? { area: 'enterprises', view: 'detail', id } : { area: 'enterprises', view: 'list' })}
          >
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
