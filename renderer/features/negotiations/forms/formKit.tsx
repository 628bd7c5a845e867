// What every event form shares: reading dates and counts from inputs into field errors (i18n keys under
// negotiations.errors), the frame with the blocked reason, the error summary and save/cancel, and the
// save itself: nothing is written while any field is invalid, and the repository validates the whole
// record again (procedureRecordParse) before it writes.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type IsoDate, isoDateParse } from '../../../../shared/dates/isoDate';
import type { ProcedureRecord, ProcedureRecordInput } from '../../../../shared/procedure/record';
import type { Finding } from '../../../../shared/procedure/rules';
import { errorText } from '../../../app/errorText';
import type { Result } from '../../../../shared/result';
import { useLocale } from '../../../i18n/useLocale';

export type FieldErrors = Record<string, string>;

/** The props every event form takes. */
export interface EventFormProps {
  readonly record: ProcedureRecord;
  /** Blocking findings that stop this step: the form is disabled and says why. */
  readonly blockers: readonly Finding[];
  readonly onSave: (next: ProcedureRecordInput) => Promise<Result<unknown>>;
  readonly onClose: () => void;
}

/** 2021-01-28, 2021-1-28, 2021/1/28, 2021.1.28 or 2021年1月28日 as an ISO date; null when not a calendar day. */
export function dateTextParse(value: string): IsoDate | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return isoDateParse(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/** An ISO date from a date field; '' is null (or 'required' when it must be given). */
export function dateRead(value: string, field: string, errors: FieldErrors, required: boolean): IsoDate | null {
  const text = value.trim();
  if (text === '') {
    if (required) errors[field] = 'negotiations.errors.required';
    return null;
  }
  const date = dateTextParse(text);
  if (date === null) errors[field] = 'negotiations.errors.date';
  return date;
}

/** A whole number ≥ min from a text input, or null with the error set. */
export function countRead(value: string, field: string, errors: FieldErrors, min = 0): number | null {
  const text = value.trim().replace(/[,，\s]/g, '');
  if (text === '') {
    errors[field] = 'negotiations.errors.required';
    return null;
  }
  if (!/^\d+$/.test(text)) {
    errors[field] = 'negotiations.errors.count';
    return null;
  }
  const n = Number(text);
  if (n < min) {
    errors[field] = min === 1 ? 'negotiations.errors.positive' : 'negotiations.errors.count';
    return null;
  }
  if (n > 1_000_000) {
    errors[field] = 'negotiations.errors.tooLarge';
    return null;
  }
  return n;
}

export function textRequired(value: string, field: string, errors: FieldErrors): string {
  const text = value.trim();
  if (text === '') errors[field] = 'negotiations.errors.required';
  return text;
}

/** Submit handling: field errors first, then the repository's own check; closes the form once saved. */
export function useEventSave(onSave: EventFormProps['onSave'], onClose: () => void) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(build: (errors: FieldErrors) => ProcedureRecordInput | null) {
    const found: FieldErrors = {};
    const next = build(found);
    setErrors(found);
    if (Object.keys(found).length > 0 || next === null) {
      setFailure(t('common.fixErrors', { count: Object.keys(found).length }));
      return;
    }
    setSaving(true);
    const saved = await onSave(next);
    setSaving(false);
    if (saved.ok) {
      setFailure(null);
      onClose();
      return;
    }
    if (saved.error.code === 'record.invalid') {
      const field = String(saved.error.params?.field ?? '');
      const section = field.split('.')[0] ?? '';
      setFailure(t('negotiations.errors.recordInvalid', { field: t(`negotiations.fieldNames.${section}`, { defaultValue: field }), detail: field }));
    } else if (saved.error.code === 'procedure.blocked') {
      // The data layer refused a record that would contradict itself (recordGuard.ts): say which rule, keep the input.
      const params = saved.error.params ?? {};
      const detail = String((locale === 'en' ? params.detailEn : params.detailZh) ?? '');
      setFailure(t('negotiations.errors.procedureBlocked', { rules: String(params.rules ?? ''), detail }));
    } else {
      setFailure(errorText(saved.error));
    }
  }

  /** The i18n text of a field's error, for <Field error=…>. */
  const errorOf = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  return { submit, errorOf, failure, saving };
}

interface EventFormFrameProps {
  readonly title: string;
  readonly blockers: readonly Finding[];
  readonly failure: string | null;
  readonly saving: boolean;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function EventFormFrame({ title, blockers, failure, saving, onSubmit, onClose, children }: EventFormFrameProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const blocked = blockers.length > 0;
  const ref = useRef<HTMLFormElement>(null);
  // Opening a form moves the keyboard to it: its first field, or (when blocked) the form with the reason.
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled)');
    (first ?? ref.current)?.focus({ preventScroll: false });
  }, []);
  function handle(e: FormEvent) {
    e.preventDefault();
    if (!blocked) onSubmit();
  }
  return (
    <form ref={ref} tabIndex={-1} className="event-form" aria-label={title} onSubmit={handle} noValidate>
      <h3>{title}</h3>
      {blocked ? (
        <div className="event-blocked" role="note">
          <p className="event-blocked-head">{t('negotiations.form.blocked')}</p>
          <ul>
            {blockers.map((f, i) => (
              <li key={`${f.ruleId}-${i}`}>{`${f.ruleId}：${locale === 'en' ? f.messageEn : f.messageZh}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {failure ? <p className="form-summary" role="alert">{failure}</p> : null}
      <fieldset disabled={blocked || saving} className="event-fieldset">
        {children}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={blocked || saving}>{saving ? t('common.saving') : t('common.save')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
