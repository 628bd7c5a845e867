// A figure typed as text ("1,570.5", "-70%", "2700万元"): read on every keystroke, committed when it
// reads, otherwise the error shows under the field and the store holds back saving until it is fixed.
// The text follows the value when the value changes from elsewhere (a slider, undo).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';

/** What a field's text reads as: a value (null = left blank), or the i18n key of the error. */
export type FigureRead = { readonly value: number | null } | { readonly error: string };

interface FigureInputProps {
  /** Unique on the screen: the key under which the store counts this field's error. */
  readonly field: string;
  /** Visible label; when absent, `ariaLabel` names the field (inside tables). */
  readonly label?: string;
  readonly ariaLabel?: string;
  readonly hint?: string;
  readonly value: number | null;
  readonly text: (value: number | null) => string;
  readonly read: (text: string) => FigureRead;
  readonly onCommit: (value: number | null) => void;
  readonly inputMode?: 'decimal' | 'numeric';
  readonly className?: string;
}

export function FigureInput({ field, label, ariaLabel, hint, value, text, read, onCommit, inputMode = 'decimal', className }: FigureInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const fieldErrorSet = useAppStore((s) => s.roundFieldErrorSet);
  const [draft, setDraft] = useState(() => text(value));
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(value);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(text(value));
      setError(null);
      fieldErrorSet(field, null);
    }
  }, [value, text, field, fieldErrorSet]);

  // A field that goes away (a removed scenario or quarter) takes its error with it.
  useEffect(() => () => fieldErrorSet(field, null), [field, fieldErrorSet]);

  function onChange(next: string) {
    setDraft(next);
    const outcome = read(next);
    if ('error' in outcome) {
      setError(outcome.error);
      fieldErrorSet(field, outcome.error);
      return;
    }
    setError(null);
    fieldErrorSet(field, null);
    if (outcome.value !== committed.current) {
      committed.current = outcome.value;
      onCommit(outcome.value);
    }
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={['figure', error ? 'figure-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      {label ? <label htmlFor={id}>{label}</label> : null}
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={draft}
        aria-label={label ? undefined : ariaLabel}
        aria-invalid={error !== null}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? <div className="field-hint" id={`${id}-hint`}>{hint}</div> : null}
      {error ? <div className="field-error" id={`${id}-error`} role="alert">{t(error)}</div> : null}
    </div>
  );
}
