// A text input for a number typed as text (元, %): it keeps what was typed, hands the parsed value up on
// every change, and says so when the text is not a number, so nothing wrong reaches the agreement.
import { useState } from 'react';
import { Field } from '../../components/Field';

interface Props {
  readonly label: string;
  readonly value: number | null;
  readonly toText: (value: number | null) => string;
  readonly parse: (text: string) => number | null | undefined;
  readonly invalidText: string;
  readonly onChange: (value: number | null) => void;
  readonly hint?: string;
  readonly disabled?: boolean;
}

export function ParsedInput({ label, value, toText, parse, invalidText, onChange, hint, disabled }: Props) {
  const [text, setText] = useState(() => toText(value));
  const parsed = parse(text);
  return (
    <Field label={label} hint={hint} error={parsed === undefined ? invalidText : undefined}>
      {(p) => (
        <input
          {...p}
          inputMode="decimal"
          value={text}
          disabled={disabled}
          onChange={(e) => {
            setText(e.target.value);
            const next = parse(e.target.value);
            if (next !== undefined) onChange(next);
          }}
        />
      )}
    </Field>
  );
}
