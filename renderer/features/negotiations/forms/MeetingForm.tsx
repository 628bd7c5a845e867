// 协商会议 (MTG-01, MTG-04): one meeting with its minutes: who chaired (in turn), who attended, and item
// by item the workers' ask, the employer's offer and where it stands (open / agreed / withdrawn).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/procedure/record';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, textRequired, useEventSave, type EventFormProps } from './formKit';

type ItemStatus = 'open' | 'agreed' | 'withdrawn';
interface ItemRow { topic: string; workersAsk: string; employerOffer: string; status: ItemStatus; text: string }

interface MeetingFormProps extends EventFormProps {
  /** Which meeting to edit; null records a new one. */
  readonly meetingIndex: number | null;
}

/** A new meeting starts from the last one's items: the talks carry on where they stopped. */
function itemsInitial(meeting: Meeting | undefined, previous: Meeting | undefined): ItemRow[] {
  const source = meeting ?? previous;
  return (source?.minutes?.items ?? []).map((item) => ({ ...item }));
}

export function MeetingForm({ record, blockers, onSave, onClose, meetingIndex }: MeetingFormProps) {
  const { t } = useTranslation();
  const m = meetingIndex === null ? undefined : record.meetings[meetingIndex];
  const last = record.meetings.at(-1);
  const [date, setDate] = useState<string>(m?.date ?? '');
  const [place, setPlace] = useState(m?.place ?? last?.place ?? record.request?.place ?? '');
  const [chair, setChair] = useState<'workers' | 'employer'>(m?.chair ?? (last ? (last.chair === 'workers' ? 'employer' : 'workers') : 'workers'));
  const [attendees, setAttendees] = useState<string[]>(m?.attendees ?? record.representatives.map((r) => r.personId));
  const [items, setItems] = useState<ItemRow[]>(() => itemsInitial(m, last));
  const [notes, setNotes] = useState(m?.minutes?.text ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const itemUpdate = (i: number, change: Partial<ItemRow>) => setItems((old) => old.map((it, j) => (j === i ? { ...it, ...change } : it)));

  const onSubmit = () => void submit((errors) => {
    const day = dateRead(date, 'date', errors, true);
    items.forEach((it, i) => textRequired(it.topic, `item${i}`, errors));
    if (!day || Object.keys(errors).length > 0) return null;
    const minutes = { recorderId: m?.minutes?.recorderId ?? record.recorder?.personId ?? null, items, text: notes };
    const meeting = { date: day, place, chair, attendees, minutes };
    const meetings = meetingIndex === null ? [...record.meetings, meeting] : record.meetings.map((old, i) => (i === meetingIndex ? meeting : old));
    return { ...record, meetings: [...meetings].sort((a, b) => a.date.localeCompare(b.date)) };
  });

  const title = meetingIndex === null ? t('negotiations.meeting.formTitleNew') : t('negotiations.meeting.formTitleEdit', { n: meetingIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.meeting.date')} required error={errorOf('date')}>
          {(p) => <DateInput {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.meeting.place')}>
          {(p) => <input {...p} value={place} onChange={(e) => setPlace(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.meeting.chair')} hint={t('negotiations.meeting.chairHint')}>
          {(p) => (
            <select {...p} value={chair} onChange={(e) => setChair(e.target.value as 'workers' | 'employer')}>
              <option value="workers">{t('negotiations.side.workers')}</option>
              <option value="employer">{t('negotiations.side.employer')}</option>
            </select>
          )}
        </Field>
      </div>
      <fieldset className="attendees">
        <legend>{t('negotiations.meeting.attendees')}</legend>
        {record.representatives.length === 0 ? <p className="muted">{t('negotiations.meeting.noRepresentatives')}</p> : null}
        {record.representatives.map((rep) => (
          <label key={rep.personId} className="check-inline">
            <input
              type="checkbox"
              checked={attendees.includes(rep.personId)}
              onChange={(e) => setAttendees((old) => (e.target.checked ? [...old, rep.personId] : old.filter((id) => id !== rep.personId)))}
            />
            {rep.name || rep.personId}
          </label>
        ))}
      </fieldset>
      <h4>{t('negotiations.meeting.items')}</h4>
      {items.map((it, i) => (
        <div key={i} className="meeting-item">
          <Field label={t('negotiations.meeting.topic', { n: i + 1 })} required error={errorOf(`item${i}`)}>
            {(p) => <input {...p} value={it.topic} onChange={(e) => itemUpdate(i, { topic: e.target.value })} />}
          </Field>
          <Field label={t('negotiations.meeting.workersAsk', { n: i + 1 })}>
            {(p) => <input {...p} value={it.workersAsk} onChange={(e) => itemUpdate(i, { workersAsk: e.target.value })} />}
          </Field>
          <Field label={t('negotiations.meeting.employerOffer', { n: i + 1 })}>
            {(p) => <input {...p} value={it.employerOffer} onChange={(e) => itemUpdate(i, { employerOffer: e.target.value })} />}
          </Field>
          <Field label={t('negotiations.meeting.status', { n: i + 1 })}>
            {(p) => (
              <select {...p} value={it.status} onChange={(e) => itemUpdate(i, { status: e.target.value as ItemStatus })}>
                <option value="open">{t('negotiations.itemStatus.open')}</option>
                <option value="agreed">{t('negotiations.itemStatus.agreed')}</option>
                <option value="withdrawn">{t('negotiations.itemStatus.withdrawn')}</option>
              </select>
            )}
          </Field>
          <button type="button" className="item-remove" onClick={() => setItems((old) => old.filter((_, j) => j !== i))}>
            {t('negotiations.meeting.removeItem', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setItems((old) => [...old, { topic: '', workersAsk: '', employerOffer: '', status: 'open', text: '' }])}>
        {t('negotiations.meeting.addItem')}
      </button>
      <Field label={t('negotiations.meeting.notes')}>
        {(p) => <textarea {...p} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
    </EventFormFrame>
  );
}
