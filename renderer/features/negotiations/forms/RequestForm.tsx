// 要约 (OFR-01): the written request to negotiate, with the proposed time, place and content, and the day
// the other side received it (the reply period counts from that day, OFR-02).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

export function RequestForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const r = record.request;
  const [from, setFrom] = useState<'workers' | 'employer'>(r?.from ?? 'workers');
  const [sentAt, setSentAt] = useState<string>(r?.sentAt ?? '');
  const [receivedAt, setReceivedAt] = useState<string>(r?.receivedAt ?? '');
  const [written, setWritten] = useState(r?.written ?? true);
  const [time, setTime] = useState(r?.time ?? '');
  const [place, setPlace] = useState(r?.place ?? '');
  const [content, setContent] = useState(r?.content ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const sent = dateRead(sentAt, 'sentAt', errors, true);
    const received = dateRead(receivedAt, 'receivedAt', errors, false);
    if (sent && received && received < sent) errors.receivedAt = 'negotiations.errors.receivedBeforeSent';
    if (!sent) return null;
    return { ...record, request: { from, sentAt: sent, receivedAt: received, written, time, place, content } };
  });

  return (
    <EventFormFrame title={t('negotiations.request.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.request.from')}>
          {(p) => (
            <select {...p} value={from} onChange={(e) => setFrom(e.target.value as 'workers' | 'employer')}>
              <option value="workers">{t('negotiations.side.workers')}</option>
              <option value="employer">{t('negotiations.side.employer')}</option>
            </select>
          )}
        </Field>
        <Field label={t('negotiations.request.sentAt')} required error={errorOf('sentAt')}>
          {(p) => <DateInput {...p} value={sentAt} onChange={(e) => setSentAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.request.receivedAt')} hint={t('negotiations.request.receivedAtHint')} error={errorOf('receivedAt')}>
          {(p) => <DateInput {...p} value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.request.time')}>
          {(p) => <input {...p} value={time} onChange={(e) => setTime(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.request.place')}>
          {(p) => <input {...p} value={place} onChange={(e) => setPlace(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('negotiations.request.content')}>
        {(p) => <textarea {...p} rows={3} value={content} onChange={(e) => setContent(e.target.value)} />}
      </Field>
      <label className="check">
        <input type="checkbox" checked={written} onChange={(e) => setWritten(e.target.checked)} />
        {t('negotiations.request.written')}
      </label>
    </EventFormFrame>
  );
}
