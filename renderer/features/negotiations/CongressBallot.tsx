// 计票: the ballot entered as totals (secret paper ballots, with the spoilt ones) or as hands counted, and
// the result judged by shared/procedure/congress.ts in plain words: more than half of ALL, not of those
// present; exactly half is said apart, as a warning.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CongressCount, CongressJudgment, CongressSession } from '../../../shared/procedure/congress';
import { Field } from '../../components/Field';

const fields = ['for', 'against', 'abstaining', 'invalid'] as const;
type CountField = (typeof fields)[number];

interface Props {
  readonly session: CongressSession;
  readonly judged: CongressJudgment;
  readonly onCount: (count: CongressCount | null) => void;
}

const figure = (text: string): number | null | 'bad' => {
  const s = text.trim();
  if (s === '') return null;
  return /^\d{1,7}$/.test(s) ? Number(s) : 'bad';
};

export function CongressBallot({ session, judged, onCount }: Props) {
  const { t } = useTranslation();
  const secret = session.method === 'secret_ballot';
  const [texts, setTexts] = useState<Record<CountField, string>>(() => {
    const c = session.count;
    return { for: c ? String(c.for) : '', against: c ? String(c.against) : '', abstaining: c ? String(c.abstaining) : '', invalid: c ? String(c.invalid) : '' };
  });

  function change(field: CountField, value: string) {
    const next = { ...texts, [field]: value };
    setTexts(next);
    const read = Object.fromEntries(fields.map((f) => [f, figure(next[f])])) as Record<CountField, number | null | 'bad'>;
    const bad = fields.some((f) => read[f] === 'bad');
    const needed = fields.filter((f) => f !== 'invalid');
    if (bad || needed.some((f) => read[f] === null)) return onCount(null);
    const n = (f: CountField) => (typeof read[f] === 'number' ? read[f] : 0);
    onCount({ for: n('for'), against: n('against'), abstaining: n('abstaining'), invalid: secret ? n('invalid') : 0 });
  }

  const shown = secret ? fields : fields.filter((f) => f !== 'invalid');
  return (
    <div className="congress-ballot">
      <p className="muted">{t('negotiations.congress.majority', { needed: judged.majorityNeeded, total: judged.total })}</p>
      <div className="congress-counts">
        {shown.map((f) => (
          <Field key={f} label={t(`negotiations.congress.${f}`)} error={figure(texts[f]) === 'bad' ? t('negotiations.congress.errors.count') : undefined}>
            {(p) => <input {...p} inputMode="numeric" className="congress-count-input" value={texts[f]} onChange={(e) => change(f, e.target.value)} />}
          </Field>
        ))}
      </div>
      {judged.cast !== null ? <p className="muted">{t('negotiations.congress.cast', { cast: judged.cast, present: judged.present })}</p> : null}
    </div>
  );
}

/** The judged result in plain words, coloured by what it means for signing. */
export function CongressResult({ session, judged }: { readonly session: CongressSession; readonly judged: CongressJudgment }) {
  const { t } = useTranslation();
  const tone = judged.outcome === 'adopted' ? 'ok' : judged.outcome === 'exactlyHalf' || judged.outcome === 'awaitingCount' || judged.outcome === 'noRoll' ? 'warn' : 'block';
  return (
    <p className={`congress-result congress-result-${tone}`} role="status" aria-live="polite" data-testid="congress-result" data-outcome={judged.outcome}>
      {t(`negotiations.congress.result.${judged.outcome}`, {
        present: judged.present,
        total: judged.total,
        needed: judged.outcome === 'noQuorum' ? judged.quorumNeeded : judged.majorityNeeded,
        cast: judged.cast ?? 0,
        for: session.count?.for ?? 0,
      })}
    </p>
  );
}
