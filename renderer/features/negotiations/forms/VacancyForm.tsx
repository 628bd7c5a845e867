// 代表出缺 (REP-08, CCR 30–31): a representative's seat falls vacant and is refilled within 15 days, by
// the same way the side chose its representatives. The form records who left, since when, and who took
// the seat on which day; the representatives list itself is edited in the representatives form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/enterprise/model';
import { Field } from '../../../components/Field';
import '../peopleMessages';
import { DateInput } from './DateInput';
import { EventFormFrame, useEventSave, type EventFormProps } from './formKit';
import { vacancyRead } from './vacancyRead';

interface VacancyFormProps extends EventFormProps {
  readonly people: readonly Person[];
  /** Which vacancy to edit; null records a new one. */
  readonly vacancyIndex: number | null;
}

export function VacancyForm({ record, people, blockers, onSave, onClose, vacancyIndex }: VacancyFormProps) {
  const { t } = useTranslation();
  const v = vacancyIndex === null ? undefined : record.vacancies[vacancyIndex];
  const [personId, setPersonId] = useState(v?.personId ?? '');
  const [vacatedAt, setVacatedAt] = useState<string>(v?.vacatedAt ?? '');
  const [replacementId, setReplacementId] = useState(v?.replacementId ?? '');
  const [filledAt, setFilledAt] = useState<string>(v?.filledAt ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const vacancy = vacancyRead({ personId, vacatedAt, replacementId, filledAt }, record.representatives, errors);
    if (!vacancy) return null;
    const list = vacancyIndex === null ? [...record.vacancies, vacancy] : record.vacancies.map((old, i) => (i === vacancyIndex ? vacancy : old));
    return { ...record, vacancies: [...list].sort((a, b) => a.vacatedAt.localeCompare(b.vacatedAt)) };
  });

  const left = record.representatives.find((r) => r.personId === personId);
  // The replacement comes from the same side: the enterprise's people of that side, and anyone already recorded.
  const candidates = people.filter((p) => p.id !== personId && (!left || p.side === left.side));
  const options = replacementId === '' || candidates.some((p) => p.id === replacementId) ? candidates : [...candidates, { id: replacementId, name: replacementId }];
  const title = vacancyIndex === null ? t('negotiations.people.vacancy.formTitleNew') : t('negotiations.people.vacancy.formTitleEdit', { n: vacancyIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      {record.representatives.length === 0 ? <p className="muted">{t('negotiations.people.vacancy.noRepresentatives')}</p> : null}
      <div className="field-grid">
        <Field label={t('negotiations.people.vacancy.person')} required error={errorOf('personId')}>
          {(p) => (
            <select {...p} value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('negotiations.people.vacancy.choose')}</option>
              {record.representatives.map((r) => (
                <option key={r.personId} value={r.personId}>{`${r.name || r.personId}（${t(`negotiations.side.${r.side}`)}）`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('negotiations.people.vacancy.vacatedAt')} required error={errorOf('vacatedAt')}>
          {(p) => <DateInput {...p} value={vacatedAt} onChange={(e) => setVacatedAt(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.people.vacancy.replacement')} error={errorOf('replacementId')}>
          {(p) => (
            <select {...p} value={replacementId} onChange={(e) => setReplacementId(e.target.value)}>
              <option value="">{t('negotiations.people.vacancy.noReplacement')}</option>
              {options.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('negotiations.people.vacancy.filledAt')} hint={t('negotiations.people.vacancy.filledAtHint')} error={errorOf('filledAt')}>
          {(p) => <DateInput {...p} value={filledAt} onChange={(e) => setFilledAt(e.target.value)} />}
        </Field>
      </div>
    </EventFormFrame>
  );
}
