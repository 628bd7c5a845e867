// 点名: the roll read in (pasted from a spreadsheet or typed), then ticked off with the quorum shown live.
// Every name is a native checkbox, so Tab and Space go through the roll without a mouse; the search
// narrows the list and "all present" marks those shown (a whole workshop at once).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CongressJudgment, type CongressMember, congressRollDuplicates, congressRollParse } from '../../../shared/procedure/congress';
import { Field } from '../../components/Field';

interface Props {
  readonly roll: readonly CongressMember[];
  readonly judged: CongressJudgment;
  readonly onRoll: (roll: CongressMember[]) => void;
  /** Marks the members at these places on the roll present or absent. */
  readonly onPresent: (indexes: readonly number[], present: boolean) => void;
  /** The roster's workers still employed, for an all-worker meeting; empty when no roster is imported. */
  readonly fromRoster: readonly CongressMember[];
}

export function CongressQuorum({ judged }: { readonly judged: CongressJudgment }) {
  const { t } = useTranslation();
  const short = Math.max(0, judged.quorumNeeded - judged.present);
  return (
    <div className={judged.quorum ? 'congress-quorum congress-ok' : 'congress-quorum congress-short'} role="status" aria-live="polite" data-testid="congress-quorum">
      <p className="congress-quorum-figure">{t('negotiations.congress.quorum.figure', { present: judged.present, total: judged.total })}</p>
      <p>{t('negotiations.congress.quorum.needed', { needed: judged.quorumNeeded })}</p>
      <p className="congress-quorum-state">{judged.quorum ? t('negotiations.congress.quorum.met') : t('negotiations.congress.quorum.notMet', { short })}</p>
    </div>
  );
}

function RollPaste({ onRoll, fromRoster }: Pick<Props, 'onRoll' | 'fromRoster'>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const read = congressRollParse(text);
  return (
    <div className="congress-paste">
      <Field label={t('negotiations.congress.rollPasteLabel')} hint={t('negotiations.congress.rollPasteHint')} error={error}>
        {(p) => <textarea {...p} rows={8} value={text} onChange={(e) => { setText(e.target.value); setError(undefined); }} />}
      </Field>
      <button
        type="button"
        onClick={() => (read.length === 0 ? setError(t('negotiations.congress.rollEmpty')) : onRoll(read))}
      >
        {t('negotiations.congress.rollRead')}
      </button>
      <span className="muted">{read.length > 0 ? t('negotiations.congress.rollReadCount', { count: read.length }) : null}</span>
      {fromRoster.length > 0 ? (
        <button type="button" onClick={() => onRoll([...fromRoster])}>{t('negotiations.congress.rollFromRoster', { count: fromRoster.length })}</button>
      ) : null}
    </div>
  );
}

export function CongressRoll({ roll, judged, onRoll, onPresent, fromRoster }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [replacing, setReplacing] = useState(false);
  if (roll.length === 0 || replacing) {
    return <RollPaste fromRoster={fromRoster} onRoll={(next) => { setReplacing(false); onRoll(next); }} />;
  }
  const q = query.trim();
  const shown = roll.map((m, i) => ({ m, i })).filter(({ m }) => q === '' || m.name.includes(q) || m.group.includes(q));
  const twice = congressRollDuplicates(roll);
  return (
    <div className="congress-roll">
      <CongressQuorum judged={judged} />
      <div className="congress-roll-tools">
        <input type="search" aria-label={t('negotiations.congress.search')} placeholder={t('negotiations.congress.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" onClick={() => onPresent(shown.map((s) => s.i), true)}>{t('negotiations.congress.allPresent')}</button>
        <button type="button" onClick={() => onPresent(shown.map((s) => s.i), false)}>{t('negotiations.congress.nonePresent')}</button>
        <span className="muted">{t('negotiations.congress.shown', { shown: shown.length, total: roll.length })}</span>
        <span className="spacer" />
        <button type="button" className="congress-link" onClick={() => setReplacing(true)}>{t('negotiations.congress.rollReplace')}</button>
      </div>
      {twice.length > 0 ? <p className="congress-note">{t('negotiations.congress.rollDuplicates', { names: twice.join('、') })}</p> : null}
      <ol className="congress-names" aria-label={t('negotiations.congress.rollTitle')}>
        {shown.map(({ m, i }) => (
          <li key={i} className={m.present ? 'congress-name congress-here' : 'congress-name'}>
            <label>
              <input type="checkbox" checked={m.present} onChange={(e) => onPresent([i], e.target.checked)} />
              <span className="congress-no">{i + 1}</span>
              <span>{m.name}</span>
              {m.group ? <span className="muted congress-group">{m.group}</span> : null}
            </label>
          </li>
        ))}
      </ol>
    </div>
  );
}
