// The procedure's ten steps in order, each with the day it was done, what the record says, the findings
// that concern it, and the form that records it. A blocking finding from an earlier step disables the
// form of the step it guards and says why (e.g. no signing while the vote has not carried, RAT-03).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/enterprise/model';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import type { ProcedureRecord, ProcedureRecordInput } from '../../../shared/procedure/record';
import type { Result } from '../../../shared/result';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { EventRemoveButton } from './EventRemoveButton';
import { openFormEvent, type ExtraForm, type OpenForm } from './openFormEvent';
import { FindingList } from './FindingList';
import { StepSummary } from './StepSummary';
import type { TimelineEntry } from './timeline';
import { DisputeForm } from './forms/DisputeForm';
import { DraftForm } from './forms/DraftForm';
import { FilingForm } from './forms/FilingForm';
import { InformationRequestForm } from './forms/InformationRequestForm';
import { MeetingForm } from './forms/MeetingForm';
import { PublicationForm } from './forms/PublicationForm';
import { RenewalForm } from './forms/RenewalForm';
import { ReplyForm } from './forms/ReplyForm';
import { RepresentativesForm } from './forms/RepresentativesForm';
import { RequestForm } from './forms/RequestForm';
import { SigningForm } from './forms/SigningForm';
import { StatusChangeForm } from './forms/StatusChangeForm';
import { SuspensionForm } from './forms/SuspensionForm';
import { VacancyForm } from './forms/VacancyForm';
import { VoteForm } from './forms/VoteForm';

interface TimelineViewProps {
  readonly record: ProcedureRecord;
  readonly people: readonly Person[];
  readonly entries: readonly TimelineEntry[];
  /** The day the agreement takes (or took) effect, when known. */
  readonly effective: IsoDate | null;
  readonly onSave: (next: ProcedureRecordInput) => Promise<Result<unknown>>;
}

export function TimelineView({ record, people, entries, effective, onSave }: TimelineViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const close = () => setOpen(null);
  // The record as it is when an undo runs, which may be later than the removal.
  const latest = useRef(record);
  latest.current = record;
  const noticeShow = useAppStore((s) => s.noticeShow);

  function formFor(entry: TimelineEntry, form: OpenForm) {
    const props = { record, blockers: entry.blockers, onSave, onClose: close };
    // Information requests and the draft are not held up by the step's blocks: they come before the
    // meetings, or are what a CNT-07 block is fixed with. A suspension happens at a meeting: its blocks.
    if (form.extra === 'information') return <InformationRequestForm key={form.index ?? 'new'} {...props} blockers={[]} requestIndex={form.index} />;
    if (form.extra === 'draft') return <DraftForm {...props} blockers={[]} />;
    // A dispute is what talks that cannot go on turn to, and seats change whatever the table's state: never held up.
    if (form.extra === 'dispute') return <DisputeForm key={form.index ?? 'new'} {...props} blockers={[]} disputeIndex={form.index} />;
    if (form.extra === 'vacancy') return <VacancyForm key={form.index ?? 'new'} {...props} blockers={[]} people={people} vacancyIndex={form.index} />;
    if (form.extra === 'status') return <StatusChangeForm key={form.index ?? 'new'} {...props} blockers={[]} changeIndex={form.index} />;
    if (form.extra === 'suspension') return <SuspensionForm key={form.index ?? 'new'} {...props} suspensionIndex={form.index} />;
    switch (form.step) {
      case 'request': return <RequestForm {...props} />;
      case 'reply': return <ReplyForm {...props} />;
      case 'representatives': return <RepresentativesForm {...props} people={people} />;
      case 'meetings': return <MeetingForm key={form.index ?? 'new'} {...props} meetingIndex={form.index} />;
      case 'vote': return <VoteForm key={form.index ?? 'new'} {...props} voteIndex={form.index} />;
      case 'signing': return <SigningForm {...props} />;
      case 'filing': return <FilingForm {...props} />;
      case 'publication': return <PublicationForm {...props} />;
      case 'renewal': return <RenewalForm {...props} />;
      case 'effective': return null;
    }
  }

  function actions(entry: TimelineEntry) {
    const step = entry.step;
    const button = (label: string, index: number | null, key: string, extra: ExtraForm | null = null) => (
      <button key={key} type="button" aria-expanded={open?.step === step && open.extra === extra && open.index === index} onClick={() => setOpen({ step, extra, index })}>
        {label}
      </button>
    );
    if (step === 'effective') return null;
    if (step === 'meetings') {
      return [
        ...record.informationRequests.map((r, i) => button(t('negotiations.talks.info.edit', { n: i + 1, date: r.requestedAt }), i, `i${i}`, 'information')),
        button(t('negotiations.talks.info.add'), null, 'i-new', 'information'),
        ...record.meetings.map((m, i) => button(t('negotiations.meeting.edit', { n: i + 1, date: m.date }), i, `m${i}`)),
        button(t('negotiations.meeting.add'), null, 'new'),
        ...record.suspensions.map((s, i) => button(t('negotiations.talks.suspension.edit', { n: i + 1, date: s.date }), i, `s${i}`, 'suspension')),
        ...(record.meetings.length > 0 ? [button(t('negotiations.talks.suspension.add'), null, 's-new', 'suspension')] : []),
        ...record.disputes.map((d, i) => button(t('negotiations.people.dispute.edit', { n: i + 1, date: d.appliedAt }), i, `d${i}`, 'dispute')),
        button(t('negotiations.people.dispute.add'), null, 'd-new', 'dispute'),
      ];
    }
    if (step === 'representatives') {
      const nameOf = (id: string) => record.representatives.find((r) => r.personId === id)?.name || id;
      return [
        button(entry.done ? t('negotiations.timeline.edit', { step: t('negotiations.steps.representatives') }) : t('negotiations.timeline.record', { step: t('negotiations.steps.representatives') }), null, 'one'),
        ...record.vacancies.map((v, i) => button(t('negotiations.people.vacancy.edit', { n: i + 1, name: nameOf(v.personId) }), i, `v${i}`, 'vacancy')),
        ...record.statusChanges.map((c, i) => button(t('negotiations.people.status.edit', { n: i + 1, name: nameOf(c.personId) }), i, `c${i}`, 'status')),
        ...(record.representatives.length > 0 ? [
          button(t('negotiations.people.vacancy.add'), null, 'v-new', 'vacancy'),
          button(t('negotiations.people.status.add'), null, 'c-new', 'status'),
        ] : []),
      ];
    }
    if (step === 'signing' && record.kind === 'wage-agreement') {
      return [
        button(record.draft ? t('negotiations.talks.draft.edit') : t('negotiations.talks.draft.record'), null, 'draft', 'draft'),
        button(entry.done ? t('negotiations.timeline.edit', { step: t('negotiations.steps.signing') }) : t('negotiations.timeline.record', { step: t('negotiations.steps.signing') }), null, 'one'),
      ];
    }
    if (step === 'vote') {
      const last = record.votes.length - 1;
      return [
        ...(last >= 0 ? [button(t('negotiations.vote.edit', { n: last + 1 }), last, 'last')] : []),
        button(last >= 0 ? t('negotiations.vote.addAgain') : t('negotiations.vote.add'), null, 'new'),
      ];
    }
    return [button(entry.done ? t('negotiations.timeline.edit', { step: t(`negotiations.steps.${step}`) }) : t('negotiations.timeline.record', { step: t(`negotiations.steps.${step}`) }), null, 'one')];
  }

  return (
    <ol className="timeline">
      {entries.map((entry, i) => {
        const blocked = entry.blockers.length > 0;
        const state = blocked ? 'blocked' : entry.done ? 'done' : 'todo';
        return (
          <li key={entry.step} className={`timeline-step timeline-${state}`} aria-labelledby={`step-${entry.step}`}>
            <div className="timeline-marker" aria-hidden="true">{i + 1}</div>
            <div className="timeline-body">
              <div className="timeline-head">
                <h3 id={`step-${entry.step}`}>{t(`negotiations.steps.${entry.step}`)}</h3>
                <span className={`timeline-state timeline-state-${state}`}>
                  {state === 'blocked' ? t('negotiations.timeline.blocked') : state === 'done' ? t('negotiations.timeline.done') : t('negotiations.timeline.todo')}
                </span>
                {entry.date ? <span className="timeline-date">{formatDateLong(entry.date, locale)}</span> : null}
                <span className="spacer" />
                <div className="timeline-actions">{actions(entry)}</div>
              </div>
              <StepSummary step={entry.step} record={record} effective={effective} />
              <FindingList findings={entry.findings} />
              {open?.step === entry.step ? formFor(entry, open) : null}
              {open?.step === entry.step ? (
                <EventRemoveButton
                  record={record}
                  event={openFormEvent(open)}
                  latest={() => latest.current}
                  onSave={onSave}
                  onRemoved={close}
                  noticeShow={noticeShow}
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
