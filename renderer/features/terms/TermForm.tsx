// 添加/修改条款: one inline form for a negotiated term of any kind. The kind comes first (fixed once the
// term is stored: its ledger entries were made for that kind), then the kind's fields, then who it is
// for. Nothing reaches onSubmit while a field is wrong, and what does has passed termSchema.
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Worker } from '../../../shared/roster/worker';
import { type Term, type TermBasis, type TermInput, type TermKind, termBases, termKinds, termSchema } from '../../../shared/terms/term';
import { textLimits } from '../../../shared/text/textLimits';
import { Field } from '../../components/Field';
import { EligibilityFields } from './EligibilityFields';
import { StateField, TermKindFields, type TermFormPartProps } from './termFormKinds';
import {
  type TermFormState,
  termFormInput,
  termFormStateFromTerm,
  termFormStateNew,
  termScopeFields,
  termScopeIsDefault,
} from './termFormState';

export interface TermFormProps {
  /** null: a new term; otherwise the stored term, whose id and kind are kept. */
  readonly initial: Term | null;
  readonly roster: readonly Worker[];
  /** Agreements the enterprise's terms already name, offered as suggestions. */
  readonly agreements: readonly string[];
  /** Resolves to an error text to show, or null once saved. */
  readonly onSubmit: (term: TermInput) => Promise<string | null>;
  readonly onCancel: () => void;
}

/** Kinds without money paid to workers: the base-building choice means nothing for them. */
const NO_BASIS: readonly TermKind[] = ['deferred_leave', 'commitment'];

function dueDateLabel(kind: TermKind): string {
  if (kind === 'deferred_leave') return 'terms.form.leaveDueDate';
  return kind === 'commitment' ? 'terms.form.commitmentDueDate' : 'terms.form.dueDate';
}

/** A schema issue as text: its message is an i18n key where the schema gives one (terms.*, validation.*). */
function issueText(issue: { path: PropertyKey[]; message: string }): string {
  const message = i18next.exists(issue.message) ? i18next.t(issue.message) : issue.message;
  return i18next.t('terms.form.schemaIssue', { field: issue.path.map(String).join('.'), message });
}

export function TermForm({ initial, roster, agreements, onSubmit, onCancel }: TermFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<TermFormState>(() => (initial ? termFormStateFromTerm(initial) : termFormStateNew()));
  const [scopeOpen, setScopeOpen] = useState(() => !termScopeIsDefault(state.scope));
  const [shown, setShown] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const result = useMemo(() => termFormInput(state), [state]);
  const errors = result.ok ? {} : result.errors;
  const errorCount = Object.keys(errors).length;
  const editing = initial !== null;

  // After a refused submit, take the keyboard to the first field to fix.
  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const part: TermFormPartProps = {
    state,
    set: (patch) => setState((s) => ({ ...s, ...patch })),
    err: (field) => {
      const key = (errors as Record<string, string | undefined>)[field];
      return shown && key ? t(key) : undefined;
    },
  };

  // A kind without money to workers takes no basis: it would otherwise keep one chosen for another kind.
  const kindChange = (kind: TermKind) => part.set(NO_BASIS.includes(kind) ? { kind, basis: 'one_off' } : { kind });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setShown(true);
    setFormError(null);
    if (!result.ok) {
      if (termScopeFields.some((f) => f in result.errors)) setScopeOpen(true);
      setAttempts((n) => n + 1);
      return;
    }
    const parsed = termSchema.safeParse(result.value);
    if (!parsed.success) return setFormError(issueText(parsed.error.issues[0] ?? { path: [], message: t('terms.errors.validation') }));
    setSaving(true);
    try {
      const failure = await onSubmit(parsed.data);
      if (failure !== null) setFormError(failure);
    } catch (error) {
      // onSubmit should answer with a value; a rejection still must not escape the form.
      setFormError(t('terms.form.submitFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  }

  // Esc cancels (the form is inline, not a dialog); Enter on a select or checkbox submits as it does in a text box.
  function keyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.nativeEvent.isComposing || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (target.tagName === 'SELECT' || (target instanceof HTMLInputElement && target.type === 'checkbox'))) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const headingId = editing ? 'term-form-edit' : 'term-form-new';
  return (
    <form ref={formRef} className="form terms-form" onSubmit={(e) => void submit(e)} onKeyDown={keyDown} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{editing ? t('terms.form.editTitle', { title: initial.title }) : t('terms.form.newTitle')}</h2>
      <div className="field-grid">
        <Field label={t('terms.form.kind')} hint={editing ? t('terms.form.kindLocked') : undefined}>
          {(p) => (
            <select {...p} value={state.kind} disabled={editing} onChange={(e) => kindChange(e.target.value as TermKind)} autoFocus={!editing}>
              {termKinds.map((k) => <option key={k} value={k}>{t(`terms.kind.${k}`)}</option>)}
            </select>
          )}
        </Field>
        <StateField {...part} name="title" label={t('terms.form.title')} maxLength={textLimits.title} required />
        <StateField {...part} name="dueDate" label={t(dueDateLabel(state.kind))} input="date" required />
        {NO_BASIS.includes(state.kind) ? null : (
          <Field label={t('terms.form.basis')} hint={t('terms.form.basisHint')}>
            {(p) => (
              <select {...p} value={state.basis} onChange={(e) => part.set({ basis: e.target.value as TermBasis })}>
                {termBases.map((b) => <option key={b} value={b}>{t(`terms.basis.${b}`)}</option>)}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="field-grid">
        <TermKindFields {...part} />
      </div>
      <div className="field-grid">
        <StateField {...part} name="agreement" label={t('terms.form.agreement')} maxLength={200} list="term-form-agreements" />
        <StateField {...part} name="clause" label={t('terms.form.clause')} maxLength={500} />
      </div>
      <datalist id="term-form-agreements">
        {agreements.map((a) => <option key={a} value={a} />)}
      </datalist>
      <EligibilityFields
        scope={state.scope}
        onChange={(scope) => part.set({ scope })}
        roster={roster}
        err={part.err}
        open={scopeOpen}
        onOpenChange={setScopeOpen}
      />
      <StateField {...part} name="note" label={t('terms.form.note')} input="textarea" maxLength={2000} />
      {shown && errorCount > 0 ? <p className="form-summary" role="alert">{t('common.fixErrors', { count: errorCount })}</p> : null}
      {formError ? <p className="form-summary" role="alert">{formError}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>{saving ? t('terms.form.saving') : t('terms.form.save')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
