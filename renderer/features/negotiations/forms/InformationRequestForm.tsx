// 资料要求 (OFR-03, WCM 18): one side asks for the wage bill, costs or business results before the talks;
// the other provides them (due 5 days before the first meeting, where the kind has that rule).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import '../talksMessages';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

interface InformationRequestFormProps extends EventFormProps {
  /** Which request to edit; null records a new one. */
  readonly requestIndex: number | null;
}

export function InformationRequestForm({ record, blockers, onSave, onClose, requestIndex }: InformationRequestFormProps) {
  const { t } = useTranslation();
  const r = requestIndex === null ? undefined : record.informationRequests[requestIndex];
  const [requestedBy, setRequestedBy] = useState<'workers' | 'employer'>(r?.requestedBy ?? 'workers');
  const [requestedAt, setRequestedAt] = useState<string>(r?.requestedAt ?? '');
  const [items, setItems] = useState(r?.items ?? '');
  const [providedAt, setProvidedAt] = useState<string>(r?.providedAt ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const asked = dateRead(requestedAt, 'requestedAt', errors, true);
    const provided = dateRead(providedAt, 'providedAt', errors, false);
    if (asked && provided && provided < asked) errors.providedAt = 'negotiations.talks.errors.providedBeforeRequested';
    if (!asked || Object.keys(errors).length > 0) return null;
    const request = { requestedBy, requestedAt: asked, items: items.trim(), providedAt: provided };
    const list = requestIndex === null ? [...record.informationRequests, request] : record.informationRequests.map((old, i) => (i === requestIndex ? request : old));
    return { ...record, informationRequests: [...list].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)) };
  });

  const title = requestIndex === null ? t('negotiations.talks.info.formTitleNew') : t('negotiations.talks.info.formTitleEdit', { n: requestIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.talks.info.requestedBy')}>
          {(p) => (
            <select {...p} value={requestedBy} onChange={(e) => setRequestedBy(e.target.value as 'workers' | 'employer')}>
              <option value="workers">{t('negotiations.side.workers')}</option>
              <option value="employer">{t('negotiations.side.employer')}</option>
            </select>
          )}
        </Field>
        <Field label={t('negotiations.talks.info.requestedAt')} required error={errorOf('requestedAt')}>
          {(p) => <DateInput {...p} value={requestedAt} onChange={(e) => setRequestedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.talks.info.providedAt')} hint={t('negotiations.talks.info.providedAtHint')} error={errorOf('providedAt')}>
          {(p) => <DateInput {...p} value={providedAt} onChange={(e) => setProvidedAt(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('negotiations.talks.info.items')} hint={t('negotiations.talks.info.itemsHint')}>
        {(p) => <textarea {...p} rows={2} value={items} onChange={(e) => setItems(e.target.value)} />}
      </Field>
    </EventFormFrame>
  );
}
