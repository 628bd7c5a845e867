// 协商程序 of one round: its procedure record with the timeline, the next deadline, the findings, the
// forms, the item board and the witness checklist. Each form saves the round at once.
import { useTranslation } from 'react-i18next';
import { procedureRecordParse, type ProcedureRecordInput } from '../../../shared/procedure/record';
import type { AppError, Result } from '../../../shared/result';
import { useAppStore } from '../../app/store';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { RoundScope } from '../case/RoundScope';
import { negotiationsEn, negotiationsZh } from './messages';
import { RecordView } from './RecordView';
import './negotiations.css';

featureMessagesRegister('negotiations', negotiationsZh, negotiationsEn);

export function NegotiationsScreen() {
  const { t } = useTranslation();
  const saveWith = useAppStore((s) => s.roundSaveWith);

  /** A form's record: checked (record.invalid names the field), then saved with the round. */
  async function save(next: ProcedureRecordInput): Promise<Result<null>> {
    const parsed = procedureRecordParse(next);
    if (!parsed.ok) return parsed;
    const error: AppError | null = await saveWith((r) => ({ ...r, procedure: parsed.value }));
    return error ? { ok: false, error } : { ok: true, value: null };
  }

  return (
    <RoundScope area="negotiations" title={t('negotiations.title')}>
      {({ enterprise, people, data }) => <RecordView key={data.round.id} enterprise={enterprise} people={people} record={data.round.procedure} onSave={save} />}
    </RoundScope>
  );
}
