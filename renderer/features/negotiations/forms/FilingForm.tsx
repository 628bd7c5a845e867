// 报送审查 (FIL-01, REV-02, EFF-01): the text filed with the labour administration, the day it received
// it (the 15-day review counts from then), and the review's objection, if one came.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, countRead, dateRead, useEventSave, type EventFormProps } from './formKit';

export function FilingForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const f = record.filing;
  const [submittedAt, setSubmittedAt] = useState<string>(f?.submittedAt ?? '');
  const [receivedAt, setReceivedAt] = useState<string>(f?.receivedAt ?? '');
  const [copies, setCopies] = useState(String(f?.copies ?? 3));
  const [note, setNote] = useState(f?.explanatoryNote ?? record.kind === 'wage-agreement');
  const [objected, setObjected] = useState(f?.objection != null);
  const [objectionAt, setObjectionAt] = useState<string>(f?.objection?.receivedAt ?? '');
  const [objectionText, setObjectionText] = useState(f?.objection?.text ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const submitted = dateRead(submittedAt, 'submittedAt', errors, true);
    const received = dateRead(receivedAt, 'receivedAt', errors, false);
    const n = countRead(copies, 'copies', errors);
    const objectionDay = objected ? dateRead(objectionAt, 'objectionAt', errors, true) : null;
    if (submitted && received && received < submitted) errors.receivedAt = 'negotiations.errors.receivedBeforeSubmitted';
    if (!submitted || n === null || (objected && !objectionDay)) return null;
    const objection = objected && objectionDay ? { receivedAt: objectionDay, text: objectionText } : null;
    return { ...record, filing: { submittedAt: submitted, receivedAt: received, copies: n, explanatoryNote: note, objection } };
  });

  return (
    <EventFormFrame title={t('negotiations.filing.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.filing.submittedAt')} required error={errorOf('submittedAt')}>
          {(p) => <DateInput {...p} value={submittedAt} onChange={(e) => setSubmittedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.filing.receivedAt')} hint={t('negotiations.filing.receivedAtHint')} error={errorOf('receivedAt')}>
          {(p) => <DateInput {...p} value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.filing.copies')} required error={errorOf('copies')}>
          {(p) => <input {...p} inputMode="numeric" value={copies} onChange={(e) => setCopies(e.target.value)} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={note} onChange={(e) => setNote(e.target.checked)} />
        {t('negotiations.filing.explanatoryNote')}
      </label>
      <label className="check">
        <input type="checkbox" checked={objected} onChange={(e) => setObjected(e.target.checked)} />
        {t('negotiations.filing.objected')}
      </label>
      {objected ? (
        <div className="field-grid">
          <Field label={t('negotiations.filing.objectionAt')} required error={errorOf('objectionAt')}>
            {(p) => <DateInput {...p} value={objectionAt} onChange={(e) => setObjectionAt(e.target.value)} />}
          </Field>
          <Field label={t('negotiations.filing.objectionText')}>
            {(p) => <input {...p} value={objectionText} onChange={(e) => setObjectionText(e.target.value)} />}
          </Field>
        </div>
      ) : null}
    </EventFormFrame>
  );
}
