// The save conflict on screen: another tab (or screen) saved the round after this one loaded it, so the
// autosave was refused and nothing was overwritten. Both versions' differing figures side by side, in
// words, and the choice: keep this window's (saved over theirs) or take the saved one. Either is undoable.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarter } from '../../../shared/format/date';
import { formatPercent } from '../../../shared/format/ratio';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { Fen } from '../../../shared/money/fen';
import { roundDifferences, type RoundDifference, type WageStepShown } from '../../../shared/case/roundDiff';
import './conflictMessages';

export function ConflictBar() {
  const { t } = useTranslation();
  const locale = useLocale();
  const conflict = useAppStore((s) => s.roundConflict);
  const mine = useAppStore((s) => s.caseData?.round);
  const keepMine = useAppStore((s) => s.roundConflictKeepMine);
  const takeTheirs = useAppStore((s) => s.roundConflictTakeTheirs);
  if (!conflict || !mine) return null;

  const absent = t('conflict.absent');
  const money = (fen: Fen | null) => (fen === null ? absent : formatYuanPlain(fen, locale));
  const step = (s: WageStepShown | null) => {
    if (s === null) return absent;
    if (s.kind === 'amount') return formatYuanPlain(s.fen, locale);
    if (s.kind === 'raiseAmount') return t('conflict.raiseAmount', { amount: formatYuanPlain(s.fen, locale) });
    return t('conflict.raiseRate', { rate: formatPercent(s.bp, locale) });
  };
  const line = (d: RoundDifference): string => {
    switch (d.kind) {
      case 'scenarioWage': {
        const quarter = d.quarter === null ? t('conflict.startingWage') : formatQuarter(d.quarter, locale);
        return t('conflict.both', { what: t('conflict.scenarioWage', { scenario: d.scenario, quarter }), mine: step(d.mine), theirs: step(d.theirs) });
      }
      case 'agreedWage':
        return t('conflict.both', { what: t('conflict.agreedWage', { period: d.period, appliesTo: d.appliesTo }), mine: money(d.mine), theirs: money(d.theirs) });
      case 'termAmount':
        return t('conflict.both', { what: t('conflict.termAmount', { term: d.term, field: d.field }), mine: money(d.mine), theirs: money(d.theirs) });
      case 'section':
        return t('conflict.section', { what: t(`conflict.sections.${d.section}`) });
    }
  };
  const differences = roundDifferences(mine, conflict.theirs);

  return (
    <section className="conflict-bar" role="alert" aria-label={t('conflict.label')}>
      <h2>{t('conflict.title')}</h2>
      <p>{t('conflict.intro')}</p>
      {differences.length === 0 ? (
        <p>{t('conflict.none')}</p>
      ) : (
        <ul>
          {differences.map((d, i) => (
            <li key={i}>{line(d)}</li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => void keepMine()}>{t('conflict.keepMine')}</button>
        <button type="button" onClick={() => void takeTheirs()}>{t('conflict.takeTheirs')}</button>
      </div>
    </section>
  );
}
