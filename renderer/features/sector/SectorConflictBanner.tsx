// The sector agreement was saved in another window after this one read it: nothing was written here and
// the form keeps its edits. The user takes the stored version, or keeps this window's edits by saving over
// it knowingly.
import { useTranslation } from 'react-i18next';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';

interface Props {
  /** The version stored meanwhile (null: it was deleted there). */
  readonly stored: SectorAgreement | null;
  readonly onTakeStored: () => void;
  readonly onKeepMine: () => void;
}

export function SectorConflictBanner({ stored, onTakeStored, onKeepMine }: Props) {
  const { t } = useTranslation();
  return (
    <div className="doc-banner sector-conflict" role="alert">
      <p>{stored ? t('sector.conflict.text', { title: stored.title }) : t('sector.conflict.deleted')}</p>
      {stored ? <button type="button" onClick={onTakeStored}>{t('sector.conflict.takeStored')}</button> : null}
      <button type="button" onClick={onKeepMine}>{t('sector.conflict.keepMine')}</button>
    </div>
  );
}
