// 签字 (SIG-01): both chiefs sign, and the parties seal, after the draft has passed the vote.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

export function SigningForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const s = record.signing;
  const [date, setDate] = useState<string>(s?.date ?? '');
  const [workers, setWorkers] = useState(s?.chiefsSigned.workers ?? true);
  const [employer, setEmployer] = useState(s?.chiefsSigned.employer ?? true);
  const [sealWorkers, setSealWorkers] = useState(s?.seals.workers ?? true);
  const [sealEmployer, setSealEmployer] = useState(s?.seals.employer ?? true);
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const day = dateRead(date, 'date', errors, true);
    if (!day) return null;
    return { ...record, signing: { date: day, chiefsSigned: { workers, employer }, seals: { workers: sealWorkers, employer: sealEmployer } } };
  });

  const check = (label: string, value: boolean, set: (v: boolean) => void) => (
    <label className="check">
      <input type="checkbox" checked={value} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );
  return (
    <EventFormFrame title={t('negotiations.signing.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.signing.date')} required error={errorOf('date')}>
          {(p) => <DateInput {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
      </div>
      {check(t('negotiations.signing.workersSigned'), workers, setWorkers)}
      {check(t('negotiations.signing.employerSigned'), employer, setEmployer)}
      {check(t('negotiations.signing.workersSeal'), sealWorkers, setSealWorkers)}
      {check(t('negotiations.signing.employerSeal'), sealEmployer, setSealEmployer)}
    </EventFormFrame>
  );
}
