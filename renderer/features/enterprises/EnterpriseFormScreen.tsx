// Create or edit an enterprise. Nothing is saved while the form is invalid; errors say what to fix,
// in the user's language, next to the field and in a summary that takes focus. When another tab saves
// the profile meanwhile, an untouched form follows it and an edited one shows both (ProfileConflictBar).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { RegionPicker } from './RegionPicker';
import { ProfileConflictBar } from './ProfileConflictBar';
import { creditCodeNormalize } from '../../../shared/enterprise/creditCode';
import { townFederationName, type Town } from '../../../shared/regions/town';
import {
  enterpriseFormEmpty, enterpriseFormFrom, enterpriseFormUnchanged, enterpriseInputFrom,
  type EnterpriseFormField, type EnterpriseFormState,
} from './enterpriseFormState';

export function EnterpriseFormScreen({ id }: { readonly id: string | null }) {
  const { t } = useTranslation();
  const existing = useAppStore((s) => (id ? s.enterprises.find((e) => e.id === id) : undefined));
  const save = useAppStore((s) => s.enterpriseSave);
  const navigate = useAppStore((s) => s.navigate);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [form, setForm] = useState<EnterpriseFormState>(() => (existing ? enterpriseFormFrom(existing) : enterpriseFormEmpty()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // The town helps name the witness (镇总工会); it is not part of the stored enterprise.
  const [town, setTown] = useState<Town | null>(null);
  const townFederation = town ? townFederationName(town) : null;
  const summaryRef = useRef<HTMLDivElement>(null);
  // The stored profile the form was filled from: a save states its revision, so a newer one is not overwritten unseen.
  const [base, setBase] = useState(existing);
  // Another tab saved a newer profile while this form holds a different edit of the older one: both are shown.
  const moved = existing && base && existing.id === base.id && existing.revision !== base.revision;
  const theirs = moved && !enterpriseFormUnchanged(form, existing) ? existing : undefined;

  // The list may finish loading after a reload straight onto the edit URL; a form with nothing typed
  // follows another tab's save, and so does one that already holds what was saved (this tab's own save).
  useEffect(() => {
    if (!existing) return;
    const follows = existing.revision !== base?.revision && (enterpriseFormUnchanged(form, base ?? existing) || enterpriseFormUnchanged(form, existing));
    if (!base || base.id !== existing.id || follows) {
      setBase(existing);
      setForm(enterpriseFormFrom(existing));
    }
  }, [existing, base, form]);

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
    const outcome = await save(id, enterpriseInputFrom(form), { baseRevision: base?.revision ?? null });
    setSaving(false);
    if (outcome.ok) {
      navigate({ area: 'enterprises', view: 'detail', id: outcome.id });
    } else {
      setErrors(outcome.fields ?? {});
    }
  }

  async function keepMine() {
    if (!theirs || saving) return;
    setSaving(true);
    // Saved over exactly the profile shown as theirs; the notice's undo saves theirs back.
    const outcome = await save(id, enterpriseInputFrom(form), { baseRevision: theirs.revision ?? null, undoTo: enterpriseInputFrom(enterpriseFormFrom(theirs)) });
    setSaving(false);
    if (outcome.ok) navigate({ area: 'enterprises', view: 'detail', id: outcome.id });
    else setErrors(outcome.fields ?? {});
  }

  function takeTheirs() {
    if (!theirs) return;
    const mine = form;
    setBase(theirs);
    setForm(enterpriseFormFrom(theirs));
    setErrors({});
    // Undo puts this window's edit back in the form, now over theirs: saving it then overwrites knowingly.
    noticeShow({ tone: 'info', text: t('conflict.tookTheirs'), undo: async () => setForm(mine) });
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
      {theirs ? (
        <ProfileConflictBar mine={form} theirs={enterpriseFormFrom(theirs)} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
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
