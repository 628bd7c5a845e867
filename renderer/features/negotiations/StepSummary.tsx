// One line or two per timeline step: what the record says happened, in words and figures.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import type { ProcedureRecord } from '../../../shared/procedure/record';
import { useLocale } from '../../i18n/useLocale';
import type { TimelineStep } from './timeline';
import './talksMessages';
import './peopleMessages';

export function StepSummary({ step, record, effective }: { readonly step: TimelineStep; readonly record: ProcedureRecord; readonly effective: IsoDate | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = (d: IsoDate | null | undefined) => (d ? formatDateLong(d, locale) : t('negotiations.summary.noDate'));
  const lines: string[] = [];
  switch (step) {
    case 'request': {
      const r = record.request;
      if (r) {
        lines.push(t('negotiations.summary.request', { side: t(`negotiations.side.${r.from}`), sent: day(r.sentAt), received: day(r.receivedAt) }));
        if (r.time || r.place) lines.push(t('negotiations.summary.requestWhere', { time: r.time || '—', place: r.place || '—' }));
        if (r.content) lines.push(r.content);
      }
      break;
    }
    case 'reply': {
      const r = record.reply;
      if (r) lines.push(t(r.accepted ? 'negotiations.summary.replyAccepted' : 'negotiations.summary.replyRefused', { date: day(r.repliedAt), reason: r.refusalReason }));
      break;
    }
    case 'representatives': {
      for (const side of ['workers', 'employer'] as const) {
        const reps = record.representatives.filter((r) => r.side === side);
        if (reps.length === 0) continue;
        const chief = reps.find((r) => r.role === 'chief');
        lines.push(t('negotiations.summary.side', { side: t(`negotiations.side.${side}`), count: reps.length, chief: chief?.name || '—', names: reps.map((r) => r.name || r.personId).join('、') }));
      }
      if (record.recorder) lines.push(t('negotiations.summary.recorder', { name: record.recorder.name || record.recorder.personId }));
      if (record.vacancies.length > 0) {
        lines.push(t('negotiations.people.vacancy.summary', { count: record.vacancies.length, filled: record.vacancies.filter((v) => v.filledAt !== null).length }));
      }
      if (record.statusChanges.length > 0) lines.push(t('negotiations.people.status.summary', { count: record.statusChanges.length }));
      break;
    }
    case 'meetings':
      if (record.informationRequests.length > 0) {
        const provided = record.informationRequests.filter((r) => r.providedAt !== null).length;
        lines.push(t('negotiations.talks.info.summary', { count: record.informationRequests.length, provided }));
      }
      if (record.meetings.length > 0) lines.push(t('negotiations.summary.meetings', { count: record.meetings.length, last: day(record.meetings.at(-1)?.date) }));
      if (record.suspensions.length > 0) lines.push(t('negotiations.summary.suspensions', { count: record.suspensions.length }));
      if (record.disputes.length > 0) {
        lines.push(t('negotiations.people.dispute.summary', { count: record.disputes.length, resolved: record.disputes.filter((d) => d.resolvedAt !== null).length }));
      }
      break;
    case 'vote': {
      const v = record.votes.at(-1);
      if (v) {
        lines.push(t('negotiations.summary.vote', {
          date: day(v.date), body: t(`negotiations.vote.bodies.${v.body}`), total: v.total, present: v.present,
          for: v.for, against: v.against, abstaining: v.abstaining, method: t(`negotiations.vote.methods.${v.method}`),
        }));
        if (record.votes.length > 1) lines.push(t('negotiations.summary.votesEarlier', { count: record.votes.length - 1 }));
      }
      break;
    }
    case 'signing': {
      const s = record.signing;
      if (record.draft && record.kind === 'wage-agreement') lines.push(t('negotiations.talks.draft.summary', { count: record.draft.clauses.length }));
      if (s) lines.push(t('negotiations.summary.signing', { date: day(s.date), workers: t(s.chiefsSigned.workers ? 'common.yes' : 'common.no'), employer: t(s.chiefsSigned.employer ? 'common.yes' : 'common.no') }));
      break;
    }
    case 'filing': {
      const f = record.filing;
      if (f) {
        lines.push(t('negotiations.summary.filing', { submitted: day(f.submittedAt), copies: f.copies, received: day(f.receivedAt) }));
        lines.push(f.objection ? t('negotiations.summary.objection', { date: day(f.objection.receivedAt), text: f.objection.text }) : t('negotiations.summary.noObjection'));
      }
      break;
    }
    case 'effective':
      lines.push(effective ? t('negotiations.summary.effective', { date: day(effective) }) : t('negotiations.summary.notEffective'));
      break;
    case 'publication':
      if (record.publication) lines.push(t('negotiations.summary.publication', { date: day(record.publication.date), method: record.publication.method || '—' }));
      break;
    case 'renewal':
      if (record.term) lines.push(t('negotiations.summary.term', { from: day(record.term.from), to: day(record.term.to) }));
      if (record.renewal?.requestedAt) lines.push(t('negotiations.summary.renewal', { date: day(record.renewal.requestedAt) }));
      if (record.renewal?.nextAgreementSignedAt) lines.push(t('negotiations.summary.nextSigned', { date: day(record.renewal.nextAgreementSignedAt) }));
      break;
  }
  if (lines.length === 0) return <p className="muted step-summary">{t('negotiations.summary.nothing')}</p>;
  return (
    <div className="step-summary">
      {lines.map((line, i) => <p key={i}>{line}</p>)}
    </div>
  );
}
