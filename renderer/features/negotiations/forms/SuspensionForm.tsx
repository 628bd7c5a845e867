// 中止协商 (MTG-03, CCR 35): talks paused at a meeting, for how long and why, and the next meeting's
// date, place and topics. A suspension saved without the next date is the rule's to judge (it blocks
// the vote), so the form takes it; only dates that cannot be (next before the pause) are refused here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import '../talksMessages';
import { DateInput } from './DateInput';
import { EventFormFrame, countRead, dateRead, useEventSave, type EventFormProps } from './formKit';

interface SuspensionFormProps extends EventFormProps {
  /** Which suspension to edit; null records a new one. */
  readonly suspensionIndex: number | null;
}

/** One topic a line; blank lines dropped. */
const topicsRead = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

export function SuspensionForm({ record, blockers, onSave, onClose, suspensionIndex }: SuspensionFormProps) {
  const { t } = useTranslation();
  const s = suspensionIndex === null ? undefined : record.suspensions[suspensionIndex];
  const last = record.meetings.at(-1);
  const [date, setDate] = useState<string>(s?.date ?? last?.date ?? '');
  const [lengthDays, setLengthDays] = useState(s?.lengthDays == null ? '' : String(s.lengthDays));
  const [reason, setReason] = useState(s?.reason ?? '');
  const [nextDate, setNextDate] = useState<string>(s?.nextMeeting.date ?? '');
  const [nextPlace, setNextPlace] = useState(s?.nextMeeting.place ?? last?.place ?? record.request?.place ?? '');
  const [topics, setTopics] = useState((s?.nextMeeting.topics ?? last?.minutes?.items.filter((i) => i.status === 'open').map((i) => i.topic) ?? []).join('\n'));
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const day = dateRead(date, 'date', errors, true);
    const next = dateRead(nextDate, 'nextDate', errors, false);
    const days = lengthDays.trim() === '' ? null : countRead(lengthDays, 'lengthDays', errors, 1);
    if (errors.lengthDays) errors.lengthDays = 'negotiations.talks.errors.days';
    if (day && next && next < day) errors.nextDate = 'negotiations.talks.errors.nextBeforeSuspension';
    if (!day || Object.keys(errors).length > 0) return null;
    const suspension = { date: day, lengthDays: days, reason: reason.trim(), nextMeeting: { date: next, place: nextPlace.trim(), topics: topicsRead(topics) } };
    const list = suspensionIndex === null ? [...record.suspensions, suspension] : record.suspensions.map((old, i) => (i === suspensionIndex ? suspension : old));
    return { ...record, suspensions: [...list].sort((a, b) => a.date.localeCompare(b.date)) };
  });

  const title = suspensionIndex === null ? t('negotiations.talks.suspension.formTitleNew') : t('negotiations.talks.suspension.formTitleEdit', { n: suspensionIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.talks.suspension.date')} required error={errorOf('date')}>
          {(p) => <DateInput {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.talks.suspension.lengthDays')} error={errorOf('lengthDays')}>
          {(p) => <input {...p} inputMode="numeric" value={lengthDays} onChange={(e) => setLengthDays(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.talks.suspension.nextDate')} hint={t('negotiations.talks.suspension.nextDateHint')} error={errorOf('nextDate')}>
          {(p) => <DateInput {...p} value={nextDate} onChange={(e) => setNextDate(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.talks.suspension.nextPlace')}>
          {(p) => <input {...p} value={nextPlace} onChange={(e) => setNextPlace(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('negotiations.talks.suspension.topics')} hint={t('negotiations.talks.suspension.topicsHint')}>
        {(p) => <textarea {...p} rows={3} value={topics} onChange={(e) => setTopics(e.target.value)} />}
      </Field>
      <Field label={t('negotiations.talks.suspension.reason')}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </EventFormFrame>
  );
}
