// The sector round's representatives and procedure, as two tabs under the agreement. They go on after
// signing, so they stay open on a signed agreement, and are saved on their own (sectorProcedureSave).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureRecordInput } from '../../../shared/procedure/record';
import type { SectorAgreement, SectorPersonInput } from '../../../shared/sector/sectorAgreement';
import type { RepoResult } from '../../data/types';
import { useAppStore } from '../../app/store';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { negotiationsEn, negotiationsZh } from '../negotiations/messages';
import '../negotiations/negotiations.css';
import '../negotiations/peopleMessages';
import '../negotiations/talksMessages';
import './roundMessages';
import { SectorPeopleSection } from './SectorPeopleSection';
import { SectorProcedureSection } from './SectorProcedureSection';

// The procedure view's own text, for when the enterprise procedure screen has not been opened.
featureMessagesRegister('negotiations', negotiationsZh, negotiationsEn);

export interface SectorRoundPatch {
  readonly people: readonly SectorPersonInput[];
  readonly procedure: ProcedureRecordInput | null;
}
export type SectorRoundSave = (patch: SectorRoundPatch) => Promise<RepoResult<SectorAgreement>>;

const tabs = ['people', 'procedure'] as const;

interface SectorRoundSectionsProps {
  readonly agreement: SectorAgreement;
  readonly onSaved: (agreement: SectorAgreement) => void | Promise<void>;
  /** Reads the stored agreement again (after another window saved it). */
  readonly onReload: () => void | Promise<void>;
}

export function SectorRoundSections({ agreement, onSaved, onReload }: SectorRoundSectionsProps) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [tab, setTab] = useState<(typeof tabs)[number]>('people');

  const save: SectorRoundSave = async (patch) => {
    const base = { people: agreement.people, procedure: agreement.procedure };
    const saved = await send('sectorProcedureSave', { id: agreement.id, people: patch.people, procedure: patch.procedure, base });
    if (saved.ok) await onSaved(saved.value);
    // Saved in another window meanwhile: said here, and the screen reads the stored version again.
    else if (saved.error.code === 'sector.conflict') {
      noticeShow({ tone: 'error', text: t('sectorRound.conflict', { title: agreement.title }) });
      await onReload();
    }
    return saved;
  };

  return (
    <div className="sector-round">
      {agreement.signedAt !== null ? <p className="muted">{t('sectorRound.afterSigning')}</p> : null}
      <div className="proc-tabs" role="tablist" aria-label={t('sectorRound.tabs.label')}>
        {tabs.map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'proc-tab proc-tab-on' : 'proc-tab'} onClick={() => setTab(key)}>
            {t(`sectorRound.tabs.${key}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'people' ? <SectorPeopleSection agreement={agreement} onSave={save} /> : <SectorProcedureSection agreement={agreement} onSave={save} />}
      </div>
    </div>
  );
}
