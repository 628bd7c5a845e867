// 期限与续订 (TRM-01, TRM-03): the agreement's term, and the request for the next round before it ends.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

export function RenewalForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string>(record.term?.from ?? '');
  const [to, setTo] = useState<string>(record.term?.to ?? '');
  const [requestedAt, setRequestedAt] = useState<string>(record.renewal?.requestedAt ?? '');
  const [signedAt, setSignedAt] = useState<string>(record.renewal?.nextAgreementSignedAt ?? '');
  const [note, setNote] = useState(record.renewal?.note ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const termFrom = dateRead(from, 'from', errors, to.trim() !== '');
    const termTo = dateRead(to, 'to', errors, from.trim() !== '');
    const requested = dateRead(requestedAt, 'requestedAt', errors, false);
    const signed = dateRead(signedAt, 'signedAt', errors, false);
    if (termFrom && termTo && termTo < termFrom) errors.to = 'negotiations.errors.termEndsBeforeStart';
    if (Object.keys(errors).length > 0) return null;
    const term = termFrom && termTo ? { from: termFrom, to: termTo } : null;
    const hasRenewal = requested !== null || signed !== null || note.trim() !== '';
    return { ...record, term, renewal: hasRenewal ? { requestedAt: requested, nextAgreementSignedAt: signed, note } : null };
  });

  return (
    <EventFormFrame title={t('negotiations.renewal.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.renewal.termFrom')} error={errorOf('from')}>
          {(p) => <DateInput {...p} value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.renewal.termTo')} error={errorOf('to')}>
          {(p) => <DateInput {...p} value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.renewal.requestedAt')} error={errorOf('requestedAt')}>
          {(p) => <DateInput {...p} value={requestedAt} onChange={(e) => setRequestedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.renewal.signedAt')} error={errorOf('signedAt')}>
          {(p) => <DateInput {...p} value={signedAt} onChange={(e) => setSignedAt(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('negotiations.renewal.note')}>
        {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </EventFormFrame>
  );
}
