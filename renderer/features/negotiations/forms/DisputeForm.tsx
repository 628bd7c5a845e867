// 协商争议 (DSP-01, CCR 49–54): talks that cannot agree go to the labour administration on a written
// application; it settles them within 30 days of acceptance, extendable by at most 15. The form records
// the dates and who coordinated; the rule judges an open dispute past its deadline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import '../peopleMessages';
import { DateInput } from './DateInput';
import { disputeRead } from './disputeRead';
import { EventFormFrame, useEventSave, type EventFormProps } from './formKit';

interface DisputeFormProps extends EventFormProps {
  /** Which dispute to edit; null records a new one. */
  readonly disputeIndex: number | null;
}

export function DisputeForm({ record, blockers, onSave, onClose, disputeIndex }: DisputeFormProps) {
  const { t } = useTranslation();
  const d = disputeIndex === null ? undefined : record.disputes[disputeIndex];
  const [appliedAt, setAppliedAt] = useState<string>(d?.appliedAt ?? '');
  const [acceptedAt, setAcceptedAt] = useState<string>(d?.acceptedAt ?? '');
  const [extended, setExtended] = useState(d?.extended ?? false);
  const [resolvedAt, setResolvedAt] = useState<string>(d?.resolvedAt ?? '');
  const [note, setNote] = useState(d?.note ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const dispute = disputeRead({ appliedAt, acceptedAt, extended, resolvedAt, note }, errors);
    if (!dispute) return null;
    const list = disputeIndex === null ? [...record.disputes, dispute] : record.disputes.map((old, i) => (i === disputeIndex ? dispute : old));
    return { ...record, disputes: [...list].sort((a, b) => a.appliedAt.localeCompare(b.appliedAt)) };
  });

  const title = disputeIndex === null ? t('negotiations.people.dispute.formTitleNew') : t('negotiations.people.dispute.formTitleEdit', { n: disputeIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.people.dispute.appliedAt')} required error={errorOf('appliedAt')}>
          {(p) => <DateInput {...p} value={appliedAt} onChange={(e) => setAppliedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.people.dispute.acceptedAt')} hint={t('negotiations.people.dispute.acceptedAtHint')} error={errorOf('acceptedAt')}>
          {(p) => <DateInput {...p} value={acceptedAt} onChange={(e) => setAcceptedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.people.dispute.resolvedAt')} hint={t('negotiations.people.dispute.resolvedAtHint')} error={errorOf('resolvedAt')}>
          {(p) => <DateInput {...p} value={resolvedAt} onChange={(e) => setResolvedAt(e.target.value)} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={extended} onChange={(e) => setExtended(e.target.checked)} />
        {t('negotiations.people.dispute.extended')}
      </label>
      <Field label={t('negotiations.people.dispute.note')}>
        {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </EventFormFrame>
  );
}
