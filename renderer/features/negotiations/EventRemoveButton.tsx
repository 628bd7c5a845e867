// 删除这一项: takes the event whose form is open out of the record (a meeting entered twice, a signing
// recorded too early). No dialog: the removal is saved at once and the notice offers to undo it, putting
// the event back into the record as it is by then.
import { useTranslation } from 'react-i18next';
import { procedureEventExists, procedureEventOf, procedureEventRemoved, procedureEventRestored, type ProcedureEventRef } from '../../../shared/procedure/eventRemove';
import type { ProcedureRecord, ProcedureRecordInput } from '../../../shared/procedure/record';
import type { Result } from '../../../shared/result';
import type { Notice } from '../../app/uiSlice';

interface EventRemoveButtonProps {
  readonly record: ProcedureRecord;
  readonly event: ProcedureEventRef | null;
  readonly latest: () => ProcedureRecord;
  readonly onSave: (next: ProcedureRecordInput) => Promise<Result<unknown>>;
  readonly onRemoved: () => void;
  readonly noticeShow: (notice: Omit<Notice, 'id'>) => void;
}

export function EventRemoveButton({ record, event, latest, onSave, onRemoved, noticeShow }: EventRemoveButtonProps) {
  const { t } = useTranslation();
  if (event === null || !procedureEventExists(record, event)) return null;
  const what = 'single' in event ? t(`negotiations.eventRemove.single.${event.single}`) : t(`negotiations.eventRemove.list.${event.list}`, { n: event.index + 1 });

  async function remove(ref: ProcedureEventRef) {
    const kept = procedureEventOf(record, ref);
    const next = procedureEventRemoved(record, ref);
    if (next === null) return;
    const saved = await onSave(next);
    if (!saved.ok) return;
    onRemoved();
    noticeShow({
      tone: 'info',
      text: t('negotiations.eventRemove.done', { what }),
      undo: async () => {
        const back = procedureEventRestored(latest(), ref, kept);
        if (back === null) return noticeShow({ tone: 'error', text: t('negotiations.eventRemove.undoRefused', { what }) });
        await onSave(back);
      },
    });
  }

  return (
    <p className="event-remove">
      <button type="button" className="button-danger" onClick={() => void remove(event)}>
        {t('negotiations.eventRemove.button', { what })}
      </button>
    </p>
  );
}
