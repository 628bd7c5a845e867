// 协商程序 of a sector round: the county whose rules and calendar apply (the first member's by default),
// then the one-enterprise procedure view over the round's record, judged with the sector rule
// adjustments, and the sector rules beside it. Every form saves the record through the facade.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { procedureRecordParse, type ProcedureRecordInput } from '../../../shared/procedure/record';
import type { Result } from '../../../shared/result';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';
import { sectorRuleAdjustments } from '../../../shared/sector/sectorRules';
import { RegionPicker } from '../enterprises/RegionPicker';
import { RecordView } from '../negotiations/RecordView';
import type { SectorRoundSave } from './SectorRoundSections';
import { SectorRulesAside } from './SectorRulesAside';
import { sectorRoundCounty, sectorRoundEnterprise, sectorRoundPeople, sectorRoundRecordNew } from './sectorRoundEnterprise';

interface SectorProcedureSectionProps {
  readonly agreement: SectorAgreement;
  readonly onSave: SectorRoundSave;
}

export function SectorProcedureSection({ agreement, onSave }: SectorProcedureSectionProps) {
  const { t } = useTranslation();
  const [county, setCounty] = useState(() => sectorRoundCounty(agreement));
  const [countyError, setCountyError] = useState<string | undefined>(undefined);
  const record = agreement.procedure;

  /** A form's record: checked (record.invalid names the field), then saved with the round's people. */
  async function save(next: ProcedureRecordInput): Promise<Result<null>> {
    const parsed = procedureRecordParse(next);
    if (!parsed.ok) return parsed;
    const saved = await onSave({ people: agreement.people, procedure: parsed.value });
    return saved.ok ? { ok: true, value: null } : saved;
  }

  async function countyChange(code: string) {
    setCounty(code);
    if (record === null || code === record.regionCode || !/^\d{6}$/.test(code)) return;
    const saved = await save({ ...record, regionCode: code });
    setCountyError(saved.ok ? undefined : t('sectorRound.failed', { reason: saved.error.message }));
  }

  async function start() {
    if (!/^\d{6}$/.test(county)) {
      setCountyError(t('sectorRound.startNeedsCounty'));
      return;
    }
    const saved = await save(sectorRoundRecordNew(agreement, county));
    setCountyError(saved.ok ? undefined : t('sectorRound.failed', { reason: saved.error.message }));
  }

  return (
    <section aria-labelledby="sector-procedure-title" className="sector-procedure">
      <h2 id="sector-procedure-title">{t('sectorRound.tabs.procedure')}</h2>
      <div className="sector-procedure-county">
        <p className="muted">{t('sectorRound.county')}：{t('sectorRound.countyHint')}</p>
        <RegionPicker value={county} error={countyError} onChange={(code) => void countyChange(code)} />
        {record === null ? <button type="button" className="button-primary" onClick={() => void start()}>{t('sectorRound.start')}</button> : null}
      </div>
      <div className="sector-procedure-body">
        {record === null ? null : (
          <RecordView
            key={`${agreement.id}-${record.regionCode}`}
            enterprise={sectorRoundEnterprise(agreement, record.regionCode)}
            people={sectorRoundPeople(agreement)}
            record={record}
            onSave={save}
            adjustments={sectorRuleAdjustments}
          />
        )}
        <SectorRulesAside />
      </div>
    </section>
  );
}
