// 协商代表 (REP-01..09): who sits at the table, picked from the enterprise's people, with each one's role,
// whether they are an outsider and hold a written authorization, how they were chosen; the neutral
// recorder; and when the workers' side was named. The rules judge the result (equal sides, one chief…).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/enterprise/model';
import type { Representative } from '../../../../shared/procedure/record';
import { Field } from '../../../components/Field';
import { DateInput } from './DateInput';
import { EventFormFrame, dateRead, useEventSave, type EventFormProps } from './formKit';

interface Row {
  readonly personId: string;
  readonly name: string;
  readonly side: 'workers' | 'employer';
  selected: boolean;
  role: Representative['role'];
  /** workers: 工会主席; employer: 法定代表人. */
  head: boolean;
  isOutsider: boolean;
  authorizationLetter: boolean;
  chosenBy: Representative['chosenBy'];
}

function rowsInitial(people: readonly Person[], reps: readonly Representative[]): Row[] {
  const rows: Row[] = [];
  for (const rep of reps) {
    rows.push({
      personId: rep.personId, name: people.find((p) => p.id === rep.personId)?.name ?? rep.name, side: rep.side, selected: true, role: rep.role,
      head: rep.side === 'workers' ? rep.isUnionChair : rep.isLegalRepresentative,
      isOutsider: rep.isOutsider, authorizationLetter: rep.authorizationLetter, chosenBy: rep.chosenBy,
    });
  }
  for (const p of people) {
    if (p.side === 'neutral' || rows.some((r) => r.personId === p.id)) continue;
    rows.push({
      personId: p.id, name: p.name, side: p.side, selected: false, role: p.role === 'recorder' ? 'member' : p.role,
      head: p.side === 'workers' && p.role === 'chief' && p.post.includes('工会主席'),
      isOutsider: p.role === 'expert', authorizationLetter: p.hasAuthorization, chosenBy: p.side === 'workers' ? 'union' : 'appointment',
    });
  }
  return rows;
}

interface RepresentativesFormProps extends EventFormProps {
  readonly people: readonly Person[];
}

export function RepresentativesForm({ record, people, blockers, onSave, onClose }: RepresentativesFormProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsInitial(people, record.representatives));
  const neutral = people.filter((p) => p.side === 'neutral');
  const [recorderId, setRecorderId] = useState(record.recorder?.personId ?? '');
  const [jointly, setJointly] = useState(record.recorder?.chosenJointly ?? true);
  const [confidential, setConfidential] = useState(record.recorder?.confidentiality ?? true);
  const approval = record.workerRepresentativesApproval;
  const [approvalBody, setApprovalBody] = useState<'union' | 'all_workers'>(approval?.body ?? 'union');
  const [approvalDate, setApprovalDate] = useState<string>(approval?.date ?? '');
  const { submit, errorOf, failure, saving } = useEventSave(onSave, onClose);

  const update = (i: number, change: Partial<Row>) => setRows((old) => old.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const onSubmit = () => void submit((errors) => {
    const chosen = rows.filter((r) => r.selected);
    if (chosen.length === 0) errors.rows = 'negotiations.errors.noRepresentatives';
    const date = dateRead(approvalDate, 'approvalDate', errors, false);
    if (Object.keys(errors).length > 0) return null;
    const representatives = chosen.map((r) => ({
      personId: r.personId, name: r.name, side: r.side, role: r.role,
      isUnionChair: r.side === 'workers' && r.head, isLegalRepresentative: r.side === 'employer' && r.head,
      isOutsider: r.isOutsider || r.role === 'expert', authorizationLetter: r.authorizationLetter, chosenBy: r.chosenBy,
    }));
    const recorderPerson = people.find((p) => p.id === recorderId);
    const recorder = recorderId === '' ? null : {
      personId: recorderId, name: recorderPerson?.name ?? record.recorder?.name ?? '', chosenJointly: jointly, confidentiality: confidential,
    };
    const keepApproval = approval && approval.body === approvalBody && approval.date === date ? approval : null;
    const workerRepresentativesApproval = date ? keepApproval ?? { body: approvalBody, date } : null;
    return { ...record, representatives, recorder, workerRepresentativesApproval };
  });

  const recorderOptions = neutral.some((p) => p.id === recorderId) || recorderId === '' ? neutral : [...neutral, { id: recorderId, name: record.recorder?.name ?? recorderId }];
  return (
    <EventFormFrame title={t('negotiations.reps.formTitle')} blockers={blockers} failure={failure} saving={saving} onSubmit={onSubmit} onClose={onClose}>
      {rows.length === 0 ? <p className="muted">{t('negotiations.reps.noPeople')}</p> : null}
      {errorOf('rows') ? <p className="field-error" role="alert">{errorOf('rows')}</p> : null}
      <div className="table-scroll">
        <table className="reps-table">
          <thead>
            <tr>
              <th scope="col">{t('negotiations.reps.selected')}</th>
              <th scope="col">{t('negotiations.reps.name')}</th>
              <th scope="col">{t('negotiations.reps.side')}</th>
              <th scope="col">{t('negotiations.reps.role')}</th>
              <th scope="col">{t('negotiations.reps.head')}</th>
              <th scope="col">{t('negotiations.reps.outsider')}</th>
              <th scope="col">{t('negotiations.reps.authorization')}</th>
              <th scope="col">{t('negotiations.reps.chosenBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.personId} className={r.selected ? undefined : 'row-off'}>
                <td>
                  <input type="checkbox" checked={r.selected} aria-label={t('negotiations.reps.selectPerson', { name: r.name })} onChange={(e) => update(i, { selected: e.target.checked })} />
                </td>
                <th scope="row">{r.name}</th>
                <td>{t(`negotiations.side.${r.side}`)}</td>
                <td>
                  <select value={r.role} aria-label={t('negotiations.reps.roleOf', { name: r.name })} onChange={(e) => update(i, { role: e.target.value as Row['role'] })}>
                    <option value="chief">{t('negotiations.reps.roles.chief')}</option>
                    <option value="member">{t('negotiations.reps.roles.member')}</option>
                    <option value="expert">{t('negotiations.reps.roles.expert')}</option>
                  </select>
                </td>
                <td>
                  <label className="check-inline">
                    <input type="checkbox" checked={r.head} onChange={(e) => update(i, { head: e.target.checked })} />
                    {r.side === 'workers' ? t('negotiations.reps.unionChair') : t('negotiations.reps.legalRep')}
                  </label>
                </td>
                <td>
                  <input type="checkbox" checked={r.isOutsider} aria-label={t('negotiations.reps.outsiderOf', { name: r.name })} onChange={(e) => update(i, { isOutsider: e.target.checked })} />
                </td>
                <td>
                  <input type="checkbox" checked={r.authorizationLetter} aria-label={t('negotiations.reps.authorizationOf', { name: r.name })} onChange={(e) => update(i, { authorizationLetter: e.target.checked })} />
                </td>
                <td>
                  <select value={r.chosenBy} aria-label={t('negotiations.reps.chosenByOf', { name: r.name })} onChange={(e) => update(i, { chosenBy: e.target.value as Row['chosenBy'] })}>
                    <option value="union">{t('negotiations.reps.choices.union')}</option>
                    <option value="election">{t('negotiations.reps.choices.election')}</option>
                    <option value="appointment">{t('negotiations.reps.choices.appointment')}</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field-grid">
        <Field label={t('negotiations.reps.recorder')} hint={t('negotiations.reps.recorderHint')}>
          {(p) => (
            <select {...p} value={recorderId} onChange={(e) => setRecorderId(e.target.value)}>
              <option value="">{t('negotiations.reps.noRecorder')}</option>
              {recorderOptions.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('negotiations.reps.approvalBody')}>
          {(p) => (
            <select {...p} value={approvalBody} onChange={(e) => setApprovalBody(e.target.value as 'union' | 'all_workers')}>
              <option value="union">{t('negotiations.reps.approvalBodies.union')}</option>
              <option value="all_workers">{t('negotiations.reps.approvalBodies.all_workers')}</option>
            </select>
          )}
        </Field>
        <Field label={t('negotiations.reps.approvalDate')} error={errorOf('approvalDate')}>
          {(p) => <DateInput {...p} value={approvalDate} onChange={(e) => setApprovalDate(e.target.value)} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={jointly} onChange={(e) => setJointly(e.target.checked)} />
        {t('negotiations.reps.recorderJointly')}
      </label>
      <label className="check">
        <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
        {t('negotiations.reps.recorderConfidential')}
      </label>
    </EventFormFrame>
  );
}
