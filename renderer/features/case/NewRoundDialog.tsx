// 新建协商轮次: a name, the kind of agreement, and where it starts: blank, or continued from an earlier
// round (the latest by default), which carries over the people at the table, the scenarios, the terms and
// the document details, so next year's talks begin from last year's agreement.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundKinds, type RoundId, type RoundKind } from '../../../shared/case/round';
import type { Enterprise } from '../../../shared/enterprise/model';
import { textLimits } from '../../../shared/text/textLimits';
import type { RoundSummary } from '../../data/caseHandlers';
import { send } from '../../data/send';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';
import { Field } from '../../components/Field';

interface Props {
  readonly enterprise: Enterprise;
  readonly rounds: readonly RoundSummary[];
  readonly onCreated: (id: RoundId) => void;
  readonly onCancel: () => void;
}

export function NewRoundDialog({ enterprise, rounds, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const ref = useRef<HTMLDialogElement>(null);
  const latest = rounds.at(-1) ?? null;
  const [title, setTitle] = useState(() => t('rounds.titleDefault', { year: new Date().getFullYear() }));
  const [kind, setKind] = useState<RoundKind>(latest?.kind ?? 'wage');
  const [from, setFrom] = useState<string>(latest?.id ?? '');
  // The round list may arrive after the dialog opened (a busy machine): until the user picks a start, the
  // default follows it and continues from the latest round, as when the list was there from the start.
  const [startPicked, setStartPicked] = useState(false);
  const latestId = latest?.id ?? null;
  const latestKind = latest?.kind ?? null;
  useEffect(() => {
    if (startPicked || latestId === null || latestKind === null) return;
    setFrom(latestId);
    setKind(latestKind);
  }, [startPicked, latestId, latestKind]);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const titleError = title.trim() === '' ? t('rounds.titleRequired') : title.trim().length > textLimits.title ? t('validation.tooLong') : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setShown(true);
    if (titleError) return;
    setBusy(true);
    try {
      // A round continued from the one on screen copies it as stored: an edit inside the autosave delay
      // (a model just made, figures just typed) is saved first, or the new round would start without it.
      await useAppStore.getState().roundFlush();
      const created = await send('roundCreate', { enterpriseId: enterprise.id, title: title.trim(), kind, copyFrom: from === '' ? null : (from as RoundId) });
      if (!created.ok) return setError(errorText(created.error));
      noticeShow({ tone: 'info', text: t('rounds.created', { title: created.value.round.title }) });
      onCreated(created.value.round.id);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="new-round-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-round-title">
        <h2 id="new-round-title">{t('rounds.newTitle')}</h2>
        <Field label={t('rounds.titleLabel')} required error={shown ? titleError : undefined}>
          {(p) => <input {...p} value={title} maxLength={textLimits.title} autoFocus onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('rounds.kindLabel')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => { setStartPicked(true); setKind(e.target.value as RoundKind); }}>
              {roundKinds.map((k) => (
                <option key={k} value={k}>{t(`rounds.kinds.${k}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('rounds.startLabel')}>
          {(p) => (
            <select {...p} value={from} onChange={(e) => { setStartPicked(true); setFrom(e.target.value); }}>
              <option value="">{t('rounds.startBlank')}</option>
              {[...rounds].reverse().map((r) => (
                <option key={r.id} value={r.id}>{t('rounds.startFrom', { title: r.title })}</option>
              ))}
            </select>
          )}
        </Field>
        {error ? <p className="form-summary" role="alert">{error}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="button-primary" disabled={busy}>{busy ? t('rounds.creating') : t('rounds.create')}</button>
        </div>
      </form>
    </dialog>
  );
}
