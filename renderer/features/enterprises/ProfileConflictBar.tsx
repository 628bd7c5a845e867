// The enterprise profile's save conflict: another tab (or screen) saved the profile after this form was
// filled, so this window's edit is not saved and nothing was overwritten. Each differing field in words,
// this window's value beside the saved one, and the same choice as a round's (ConflictBar.tsx).
import { useTranslation } from 'react-i18next';
import { enterpriseFormDifferences, type EnterpriseFormDifference, type EnterpriseFormState } from './enterpriseFormState';
import { regionLabel } from './regionLabel';
import '../case/conflictMessages';
import '../case/rounds.css';

interface Props {
  readonly mine: EnterpriseFormState;
  readonly theirs: EnterpriseFormState;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

export function ProfileConflictBar({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation();
  // The region is chosen from a list, so it reads as its name, not its code.
  const isRegion = (d: EnterpriseFormDifference) => d.field === 'regionCode';
  const shown = (d: EnterpriseFormDifference, value: string) => (value === '' ? t('conflict.absent') : isRegion(d) ? regionLabel(value) : value);
  const label = (d: EnterpriseFormDifference) => t(isRegion(d) ? 'enterpriseForm.region' : `enterpriseForm.${d.field}`);
  const differences = enterpriseFormDifferences(mine, theirs);
  return (
    <section className="conflict-bar" role="alert" aria-label={t('conflict.label')}>
      <h2>{t('conflict.profileTitle')}</h2>
      <p>{t('conflict.profileIntro')}</p>
      {differences.length === 0 ? (
        <p>{t('conflict.none')}</p>
      ) : (
        <ul>
          {differences.map((d) => (
            <li key={d.field}>{t('conflict.both', { what: label(d), mine: shown(d, d.mine), theirs: shown(d, d.theirs) })}</li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={onKeepMine}>{t('conflict.keepMine')}</button>
        <button type="button" onClick={onTakeTheirs}>{t('conflict.takeTheirs')}</button>
      </div>
    </section>
  );
}
