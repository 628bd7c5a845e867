// 公布 (PUB-01): the agreement in force is made known to all staff, and how.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

export function PublicationForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState<string>(record.publication?.date ?? '');
  const [method, setMethod] = useState(record.publication?.method ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const day = dateRead(date, 'date', errors, true);
    if (!day) return null;
    return { ...record, publication: { date: day, method } };
  });

  return (
    <EventFormFrame title={t('negotiations.publication.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.publication.date')} required error={errorOf('date')}>
          {(p) => <DateInput {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.publication.method')} hint={t('negotiations.publication.methodHint')}>
          {(p) => <input {...p} value={method} onChange={(e) => setMethod(e.target.value)} />}
        </Field>
      </div>
    </EventFormFrame>
  );
}
