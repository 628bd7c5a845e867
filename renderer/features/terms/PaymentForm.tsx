// 登记发放: a payment against one worker's entitlement under one term. Nothing is saved while the form
// is invalid; more than is outstanding is refused (the ledger never records overpayment).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IsoDate, isoDateParse } from '../../../shared/dates/isoDate';
import { type Fen, fenFromYuanText } from '../../../shared/money/fen';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { yuanInputText } from '../../../shared/format/inputText';
import { Field } from '../../components/Field';
import { useLocale } from '../../i18n/useLocale';

export interface PaymentDraft {
  readonly amountFen: Fen;
  readonly date: IsoDate;
  readonly note: string;
}

type Errors = Partial<Record<'amount' | 'date' | 'note', string>>;

/** The draft or the field errors (i18n keys). */
export function paymentDraftCheck(amountText: string, dateText: string, note: string, outstanding: Fen): { draft: PaymentDraft | null; errors: Errors } {
  const errors: Errors = {};
  const amount = fenFromYuanText(amountText);
  if (amountText.trim() === '') errors.amount = 'terms.payment.errors.required';
  else if (amount === null) errors.amount = 'terms.payment.errors.amount';
  else if (amount <= 0) errors.amount = 'terms.payment.errors.positive';
  else if (amount > outstanding) errors.amount = 'terms.payment.errors.overpaid';
  const date = isoDateParse(dateText.trim());
  if (date === null) errors.date = 'terms.payment.errors.date';
  if (note.length > 500) errors.note = 'terms.payment.errors.note';
  const ok = Object.keys(errors).length === 0 && amount !== null && date !== null;
  return { draft: ok ? { amountFen: amount, date, note: note.trim() } : null, errors };
}

interface PaymentFormProps {
  readonly title: string;
  readonly outstanding: Fen;
  readonly defaultDate: IsoDate;
  readonly onSave: (draft: PaymentDraft) => Promise<string | null>;
  readonly onCancel: () => void;
}

export function PaymentForm({ title, outstanding, defaultDate, onSave, onCancel }: PaymentFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [amount, setAmount] = useState(yuanInputText(outstanding));
  const [date, setDate] = useState<string>(defaultDate);
  const [note, setNote] = useState('');
  const [shown, setShown] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { draft, errors } = paymentDraftCheck(amount, date, note, outstanding);
  const err = (k: keyof Errors) => (shown && errors[k] ? t(errors[k], { max: formatYuanPlain(outstanding, locale) }) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setShown(true);
    if (!draft) return;
    setSaving(true);
    const failure = await onSave(draft);
    setSaving(false);
    setSaveError(failure);
  }

  return (
    <form className="form terms-payment" onSubmit={(e) => void submit(e)} noValidate aria-label={t('terms.payment.title', { title })}>
      <h3>{t('terms.payment.title', { title })}</h3>
      <p className="muted">{t('terms.payment.outstanding', { amount: formatYuanPlain(outstanding, locale) })}</p>
      <div className="field-grid">
        <Field label={t('terms.payment.amount')} required error={err('amount')}>
          {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoFocus />}
        </Field>
        <Field label={t('terms.payment.date')} required error={err('date')}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('terms.payment.note')} error={err('note')}>
          {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      {saveError ? <p className="form-summary" role="alert">{saveError}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>{t('terms.payment.save')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
