// 回应 (OFR-02): the written reply to the request; a refusal needs a reason (CCR 32, 56).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

export function ReplyForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const r = record.reply;
  const [repliedAt, setRepliedAt] = useState<string>(r?.repliedAt ?? '');
  const [written, setWritten] = useState(r?.written ?? true);
  const [accepted, setAccepted] = useState(r?.accepted ?? true);
  const [reason, setReason] = useState(r?.refusalReason ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const replied = dateRead(repliedAt, 'repliedAt', errors, true);
    if (!accepted && reason.trim() === '') errors.reason = 'negotiations.errors.refusalReason';
    if (!replied) return null;
    return { ...record, reply: { repliedAt: replied, written, accepted, refusalReason: accepted ? '' : reason } };
  });

  return (
    <EventFormFrame title={t('negotiations.reply.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.reply.repliedAt')} required error={errorOf('repliedAt')}>
          {(p) => <DateInput {...p} value={repliedAt} onChange={(e) => setRepliedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.reply.accepted')}>
          {(p) => (
            <select {...p} value={accepted ? 'yes' : 'no'} onChange={(e) => setAccepted(e.target.value === 'yes')}>
              <option value="yes">{t('negotiations.reply.acceptedYes')}</option>
              <option value="no">{t('negotiations.reply.acceptedNo')}</option>
            </select>
          )}
        </Field>
      </div>
      {accepted ? null : (
        <Field label={t('negotiations.reply.reason')} required error={errorOf('reason')}>
          {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      )}
      <label className="check">
        <input type="checkbox" checked={written} onChange={(e) => setWritten(e.target.checked)} />
        {t('negotiations.reply.written')}
      </label>
    </EventFormFrame>
  );
}
