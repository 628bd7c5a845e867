// Which event of the record an open timeline form is about, so that it can be removed (EventRemoveButton).
import type { ProcedureEventRef } from '../../../shared/procedure/eventRemove';
import type { TimelineStep } from './timeline';

/**
 * The forms beside a step's own: information asked for, suspensions and disputes (争议处理, where DSP-01's
 * findings show) under the meetings; vacant seats and status changes under the representatives; the
 * draft under signing.
 */
export type ExtraForm = 'information' | 'suspension' | 'draft' | 'dispute' | 'vacancy' | 'status';

export interface OpenForm {
  /** The step the form opens under. */
  readonly step: TimelineStep;
  /** Which of that step's forms: its own (null) or an extra one. */
  readonly extra: ExtraForm | null;
  /** The meeting, vote, request or suspension edited; null for a new one (and for steps with one form). */
  readonly index: number | null;
}

/** The stored event the form edits; null for a new one, and for the representatives (edited as a list). */
export function openFormEvent(form: OpenForm): ProcedureEventRef | null {
  const at = (list: Extract<ProcedureEventRef, { list: unknown }>['list']) => (form.index === null ? null : { list, index: form.index });
  switch (form.extra) {
    case 'information': return at('informationRequests');
    case 'suspension': return at('suspensions');
    case 'dispute': return at('disputes');
    case 'vacancy': return at('vacancies');
    case 'status': return at('statusChanges');
    case 'draft': return { single: 'draft' };
    case null: break;
  }
  switch (form.step) {
    case 'meetings': return at('meetings');
    case 'vote': return at('votes');
    case 'request':
    case 'reply':
    case 'signing':
    case 'filing':
    case 'publication':
    case 'renewal':
      return { single: form.step };
    case 'representatives':
    case 'effective':
      return null;
  }
}
