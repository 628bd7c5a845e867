// 职工方代表身份变动 (REP-10, CCR 28; WCM 14): a workers' representative's contract ends, they are
// dismissed or moved during the mandate. The form records what happened; the rule warns that the law
// protects them (a contract expiring mid-mandate extends; dismissal only on statutory grounds).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import '../peopleMessages';
import { DateInput } from './DateInput';
import { EventFormFrame, useEventSave, type EventFormProps } from './formKit';
import { type StatusChangeKind, statusChangeKinds, statusChangeRead } from './vacancyRead';

interface StatusChangeFormProps extends EventFormProps {
  /** Which change to edit; null records a new one. */
  readonly changeIndex: number | null;
}

export function StatusChangeForm({ record, blockers, onSave, onClose, changeIndex }: StatusChangeFormProps) {
  const { t } = useTranslation();
  const c = changeIndex === null ? undefined : record.statusChanges[changeIndex];
  const workers = record.representatives.filter((r) => r.side === 'workers');
  const [personId, setPersonId] = useState(c?.personId ?? '');
  const [date, setDate] = useState<string>(c?.date ?? '');
  const [change, setChange] = useState<StatusChangeKind>(c?.change ?? 'contract-expiry');
  const [note, setNote] = useState(c?.note ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const read = statusChangeRead({ personId, date, change, note }, record.representatives, errors);
    if (!read) return null;
    const list = changeIndex === null ? [...record.statusChanges, read] : record.statusChanges.map((old, i) => (i === changeIndex ? read : old));
    return { ...record, statusChanges: [...list].sort((a, b) => a.date.localeCompare(b.date)) };
  });

  const title = changeIndex === null ? t('negotiations.people.status.formTitleNew') : t('negotiations.people.status.formTitleEdit', { n: changeIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <p className="muted">{workers.length === 0 ? t('negotiations.people.status.noWorkers') : t('negotiations.people.status.hint')}</p>
      <div className="field-grid">
        <Field label={t('negotiations.people.status.person')} required error={errorOf('personId')}>
          {(p) => (
            <select {...p} value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('negotiations.people.vacancy.choose')}</option>
              {workers.map((r) => <option key={r.personId} value={r.personId}>{r.name || r.personId}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('negotiations.people.status.date')} required error={errorOf('date')}>
          {(p) => <DateInput {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.people.status.change')}>
          {(p) => (
            <select {...p} value={change} onChange={(e) => setChange(e.target.value as StatusChangeKind)}>
              {statusChangeKinds.map((k) => <option key={k} value={k}>{t(`negotiations.people.status.changes.${k}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('negotiations.people.status.note')}>
        {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </EventFormFrame>
  );
}
