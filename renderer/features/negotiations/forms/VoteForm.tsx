// 职代会表决 (RAT-01..05): one sitting of the workers' congress (or all-workers meeting). The counts are
// checked here against each other; whether the draft passed is the rules' call (RAT-03 counts against
// ALL representatives, not those present), shown on the timeline after saving.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../../shared/procedure/record';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, countRead, dateRead, useEventSave, type EventFormProps } from './formKit';

interface VoteFormProps extends EventFormProps {
  /** Which vote to edit; null records a new one (a draft brought back after a failed vote). */
  readonly voteIndex: number | null;
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function VoteForm({ record, blockers, onSave, onClose, voteIndex }: VoteFormProps) {
  const { t } = useTranslation();
  const v: Vote | undefined = voteIndex === null ? undefined : record.votes[voteIndex];
  const [date, setDate] = useState<string>(v?.date ?? '');
  const [body, setBody] = useState<Vote['body']>(v?.body ?? 'workers_congress');
  const [total, setTotal] = useState(str(v?.total));
  const [present, setPresent] = useState(str(v?.present));
  const [votesFor, setVotesFor] = useState(str(v?.for));
  const [against, setAgainst] = useState(str(v?.against));
  const [abstaining, setAbstaining] = useState(str(v?.abstaining ?? 0));
  const [method, setMethod] = useState<Vote['method']>(v?.method ?? 'secret_ballot');
  const [itemByItem, setItemByItem] = useState(v?.itemByItem ?? false);
  const [resolution, setResolution] = useState(v?.resolutionWritten ?? false);
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const onSubmit = () => void submit((errors) => {
    const day = dateRead(date, 'date', errors, true);
    const all = countRead(total, 'total', errors, 1);
    const here = countRead(present, 'present', errors);
    const yes = countRead(votesFor, 'for', errors);
    const no = countRead(against, 'against', errors);
    const abstain = countRead(abstaining, 'abstaining', errors);
    if (all !== null && here !== null && here > all) errors.present = 'negotiations.errors.presentAboveTotal';
    if (here !== null && yes !== null && no !== null && abstain !== null && yes + no + abstain > here) errors.for = 'negotiations.errors.votesAbovePresent';
    if (!day || all === null || here === null || yes === null || no === null || abstain === null) return null;
    const vote = { date: day, body, total: all, present: here, for: yes, against: no, abstaining: abstain, method, itemByItem, resolutionWritten: resolution };
    const votes = voteIndex === null ? [...record.votes, vote] : record.votes.map((old, i) => (i === voteIndex ? vote : old));
    return { ...record, votes };
  });

  const title = voteIndex === null ? t('negotiations.vote.formTitleNew') : t('negotiations.vote.formTitleEdit', { n: voteIndex + 1 });
  return (
    <EventFormFrame title={title} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      <div className="field-grid">
        <Field label={t('negotiations.vote.date')} required error={errorOf('date')}>
          {(p) => <DateInput {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.vote.body')}>
          {(p) => (
            <select {...p} value={body} onChange={(e) => setBody(e.target.value as Vote['body'])}>
              <option value="workers_congress">{t('negotiations.vote.bodies.workers_congress')}</option>
              <option value="all_workers_meeting">{t('negotiations.vote.bodies.all_workers_meeting')}</option>
            </select>
          )}
        </Field>
        <Field label={t('negotiations.vote.total')} hint={t('negotiations.vote.totalHint')} required error={errorOf('total')}>
          {(p) => <input {...p} inputMode="numeric" value={total} onChange={(e) => setTotal(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.vote.present')} required error={errorOf('present')}>
          {(p) => <input {...p} inputMode="numeric" value={present} onChange={(e) => setPresent(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.vote.for')} required error={errorOf('for')}>
          {(p) => <input {...p} inputMode="numeric" value={votesFor} onChange={(e) => setVotesFor(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.vote.against')} required error={errorOf('against')}>
          {(p) => <input {...p} inputMode="numeric" value={against} onChange={(e) => setAgainst(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.vote.abstaining')} required error={errorOf('abstaining')}>
          {(p) => <input {...p} inputMode="numeric" value={abstaining} onChange={(e) => setAbstaining(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.vote.method')}>
          {(p) => (
            <select {...p} value={method} onChange={(e) => setMethod(e.target.value as Vote['method'])}>
              <option value="secret_ballot">{t('negotiations.vote.methods.secret_ballot')}</option>
              <option value="show_of_hands">{t('negotiations.vote.methods.show_of_hands')}</option>
            </select>
          )}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={itemByItem} onChange={(e) => setItemByItem(e.target.checked)} />
        {t('negotiations.vote.itemByItem')}
      </label>
      <label className="check">
        <input type="checkbox" checked={resolution} onChange={(e) => setResolution(e.target.checked)} />
        {t('negotiations.vote.resolutionWritten')}
      </label>
    </EventFormFrame>
  );
}
