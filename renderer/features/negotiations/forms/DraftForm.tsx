// 协议草案 (CNT-07, WCM 7 and 20): who drafted it and which of the nine clauses it has. The base wages
// and the text already on the record are kept as they are (they come from the terms and documents).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type WageClauseKey, wageClauseKeys } from '../../../../shared/procedure/record';
import { Field } from '../../../components/Field';
import '../talksMessages';
import { EventFormFrame, useEventSave, type EventFormProps } from './formKit';

type Drafter = 'workers' | 'employer' | '';

export function DraftForm({ record, blockers, onSave, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const d = record.draft;
  // WCM 20: the employer prepares a wage agreement's text, so that is the likely answer.
  const [preparedBy, setPreparedBy] = useState<Drafter>(d ? d.preparedBy ?? '' : 'employer');
  const [clauses, setClauses] = useState<ReadonlySet<WageClauseKey>>(new Set(d?.clauses ?? []));
  const { submit, failure, saving } = useEventSave(onSave, onClose);

  const toggle = (key: WageClauseKey, on: boolean) => setClauses((old) => {
    const next = new Set(old);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  });

  const onSubmit = () => void submit(() => ({
    ...record,
    draft: {
      preparedBy: preparedBy === '' ? null : preparedBy,
      clauses: wageClauseKeys.filter((k) => clauses.has(k)),
      baseWages: d?.baseWages ?? [],
      text: d?.text ?? '',
    },
  }));

  return (
    <EventFormFrame title={t('negotiations.talks.draft.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.talks.draft.preparedBy')}>
          {(p) => (
            <select {...p} value={preparedBy} onChange={(e) => setPreparedBy(e.target.value as Drafter)}>
              <option value="">{t('negotiations.talks.draft.preparedByNone')}</option>
              <option value="employer">{t('negotiations.side.employer')}</option>
              <option value="workers">{t('negotiations.side.workers')}</option>
            </select>
          )}
        </Field>
      </div>
      <fieldset className="attendees">
        <legend>{t('negotiations.talks.draft.clausesLegend')}</legend>
        <p className="muted">{t('negotiations.talks.draft.clausesHint')}</p>
        {wageClauseKeys.map((key) => (
          <label key={key} className="check">
            <input type="checkbox" checked={clauses.has(key)} onChange={(e) => toggle(key, e.target.checked)} />
            {t(`negotiations.talks.draft.clauses.${key}`)}
          </label>
        ))}
      </fieldset>
    </EventFormFrame>
  );
}
