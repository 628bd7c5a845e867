// 职代会现场: the sitting that adopts the draft, run from the screen. The sitting is kept with the round
// (round.congress, autosaved with undo as it is ticked and typed); "记录到程序" writes it as the vote of
// the procedure record through the round's save, where the record guard refuses an impossible count, so
// the timeline, the rules and the resolution all read the same figures.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureRecord } from '../../../shared/procedure/record';
import {
  type CongressSession,
  congressBodies,
  congressJudge,
  congressMethods,
  congressRecordWith,
  congressRollFromRoster,
  congressSessionNew,
  congressVote,
} from '../../../shared/procedure/congress';
import type { Enterprise } from '../../../shared/enterprise/model';
import { roundAgreementTitle } from '../../../templates/case/dossierViews';
import { congressBallots, congressTally } from '../../../templates/documents/congressSheets';
import { errorText } from '../../app/errorText';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { CongressBallot, CongressResult } from './CongressBallot';
import { CongressPrint } from './CongressPrint';
import { CongressRoll } from './CongressRoll';
import { congressSheetView } from './congressSheets';
import { DateInput } from './forms/DateInput';
import { dateTextParse } from './forms/formKit';
import './congressMessages';
import './congress.css';

/** The sitting is what the record's vote says already: nothing to record again. */
function voteMatches(record: ProcedureRecord, session: CongressSession): boolean {
  const built = congressVote(session);
  const at = session.recordedVote;
  if (!built.ok || at === null) return false;
  const stored = record.votes[at];
  if (!stored) return false;
  const { resolutionWritten: _a, ...mine } = built.vote;
  const { resolutionWritten: _b, ...theirs } = stored;
  return JSON.stringify(mine) === JSON.stringify(theirs);
}

interface Props {
  readonly record: ProcedureRecord;
  readonly enterprise: Enterprise;
}

export function CongressView({ record, enterprise }: Props) {
  const { t } = useTranslation();
  const stored = useAppStore((s) => s.caseData?.round.congress ?? null);
  const round = useAppStore((s) => s.caseData?.round ?? null);
  // The resolution prints the place from the round's document details: one value, edited here or there.
  const place = useAppStore((s) => s.caseData?.round.details.congressPlace ?? '');
  const roster = useAppStore((s) => s.caseData?.roster);
  const roundUpdate = useAppStore((s) => s.roundUpdate);
  const saveWith = useAppStore((s) => s.roundSaveWith);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const session = stored ?? congressSessionNew();
  const judged = congressJudge(session);
  const fromRoster = useMemo(() => (roster && session.body === 'all_workers_meeting' ? congressRollFromRoster(roster) : []), [roster, session.body]);
  const [dateText, setDateText] = useState<string>(session.date ?? '');
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState<'ballots' | 'tally' | null>(null);

  const update = (edit: (s: CongressSession) => CongressSession, coalesce?: string) => {
    setError(null);
    roundUpdate((r) => ({ ...r, congress: edit(r.congress ?? congressSessionNew()) }), coalesce ? { coalesce } : {});
  };

  function dateChange(text: string) {
    setDateText(text);
    const parsed = text.trim() === '' ? null : dateTextParse(text);
    if (text.trim() === '' || parsed !== null) update((s) => ({ ...s, date: parsed }), 'congress-date');
  }

  async function recordVote() {
    const built = congressVote(session);
    if (!built.ok) return setError(t(`negotiations.congress.errors.${built.error}`));
    let index = 0;
    const failed = await saveWith((r) => {
      const written = congressRecordWith(r.procedure, session, built.vote);
      index = written.index;
      return { ...r, procedure: written.record, congress: { ...session, recordedVote: written.index } };
    });
    if (failed) return setError(errorText(failed));
    setError(null);
    noticeShow({ tone: 'info', text: t('negotiations.congress.recorded', { n: index + 1 }) });
  }

  if (printing && round) {
    // The agreement named as the resolution names it, so the ballot, the tally and the resolution agree.
    const agreementTitle = roundAgreementTitle({ enterprise, people: [], round, earlier: [], roster: [] });
    const view = congressSheetView(session, judged, enterprise.name, agreementTitle);
    return <CongressPrint doc={printing === 'ballots' ? congressBallots(view) : congressTally(view)} onBack={() => setPrinting(null)} />;
  }

  const dateBad = dateText.trim() !== '' && dateTextParse(dateText) === null;
  const upToDate = voteMatches(record, session);
  return (
    <section className="card congress" aria-labelledby="congress-title">
      <h2 id="congress-title">{t('negotiations.congress.title')}</h2>
      <p className="muted">{t('negotiations.congress.intro')}</p>
      <div className="field-grid">
        <Field label={t('negotiations.congress.date')} required error={dateBad ? t('negotiations.congress.errors.date') : undefined}>
          {(p) => <DateInput {...p} value={dateText} onChange={(e) => dateChange(e.target.value)} />}
        </Field>
        <Field label={t('negotiations.congress.place')} hint={t('negotiations.congress.placeHint')}>
          {(p) => (
            <input {...p} value={place} maxLength={200} onChange={(e) => {
              const congressPlace = e.target.value;
              roundUpdate((r) => ({ ...r, details: { ...r.details, congressPlace } }), { coalesce: 'congress-place' });
            }} />
          )}
        </Field>
        <Field label={t('negotiations.congress.body')}>
          {(p) => (
            <select {...p} value={session.body} onChange={(e) => update((s) => ({ ...s, body: e.target.value as CongressSession['body'] }))}>
              {congressBodies.map((b) => <option key={b} value={b}>{t(`negotiations.vote.bodies.${b}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('negotiations.congress.method')}>
          {(p) => (
            <select {...p} value={session.method} onChange={(e) => update((s) => ({ ...s, method: e.target.value as CongressSession['method'] }))}>
              {congressMethods.map((m) => <option key={m} value={m}>{t(`negotiations.vote.methods.${m}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={session.itemByItem} onChange={(e) => update((s) => ({ ...s, itemByItem: e.target.checked }))} />
        {t('negotiations.congress.itemByItem')}
      </label>

      <h3>{t('negotiations.congress.rollTitle')}</h3>
      <CongressRoll
        roll={session.roll}
        judged={judged}
        fromRoster={fromRoster}
        onRoll={(roll) => update((s) => ({ ...s, roll, count: null }))}
        onPresent={(indexes, present) => {
          const at = new Set(indexes);
          update((s) => ({ ...s, roll: s.roll.map((m, i) => (at.has(i) ? { ...m, present } : m)) }), 'congress-roll');
        }}
      />

      {session.roll.length > 0 ? (
        <>
          <h3>{t('negotiations.congress.ballotTitle')}</h3>
          <CongressBallot key={session.method} session={session} judged={judged} onCount={(count) => update((s) => ({ ...s, count }), 'congress-count')} />
          <CongressResult session={session} judged={judged} />
        </>
      ) : null}

      {error ? <p className="congress-error" role="alert">{error}</p> : null}
      <div className="congress-actions">
        <button type="button" className="button-primary" onClick={() => void recordVote()} disabled={upToDate}>
          {upToDate ? t('negotiations.congress.recordDone') : session.recordedVote === null ? t('negotiations.congress.record') : t('negotiations.congress.recordUpdate')}
        </button>
        {session.recordedVote !== null && upToDate ? <span className="muted">{t('negotiations.congress.recordedAs', { n: session.recordedVote + 1 })}</span> : null}
        <span className="spacer" />
        <button type="button" onClick={() => setPrinting('ballots')} disabled={session.roll.length === 0}>{t('negotiations.congress.print.ballots')}</button>
        <button type="button" onClick={() => setPrinting('tally')} disabled={session.roll.length === 0}>{t('negotiations.congress.print.tally')}</button>
      </div>
    </section>
  );
}
