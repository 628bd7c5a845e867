// The pure parts of the vacancy (REP-08) and status-change (REP-10) forms: the fields read into the
// record's shapes, or field errors. A seat refilled late or not at all is the rule's to judge; only what
// cannot be (refilled before it fell vacant, a refill with no one or no date) is refused here.
import type { IsoDate } from '../../../../shared/dates/isoDate';
import type { NegotiatingSide, Representative } from '../../../../shared/procedure/record';
import { type FieldErrors, dateRead } from './formKit';

export interface VacancyFields {
  readonly personId: string;
  readonly vacatedAt: string;
  readonly replacementId: string;
  readonly filledAt: string;
}

export interface VacancyRead {
  readonly personId: string;
  readonly side: NegotiatingSide;
  readonly vacatedAt: IsoDate;
  readonly filledAt: IsoDate | null;
  readonly replacementId: string | null;
}

/** `representatives` are the record's: the side is the vacated representative's. */
export function vacancyRead(fields: VacancyFields, representatives: readonly Representative[], errors: FieldErrors): VacancyRead | null {
  const rep = representatives.find((r) => r.personId === fields.personId);
  if (!rep) errors.personId = 'negotiations.errors.required';
  const vacatedAt = dateRead(fields.vacatedAt, 'vacatedAt', errors, true);
  const filledAt = dateRead(fields.filledAt, 'filledAt', errors, false);
  const replacementId = fields.replacementId.trim() === '' ? null : fields.replacementId.trim();
  if (vacatedAt && filledAt && filledAt < vacatedAt) errors.filledAt = 'negotiations.people.errors.filledBeforeVacated';
  if (replacementId !== null && filledAt === null && !errors.filledAt) errors.filledAt = 'negotiations.people.errors.filledDateMissing';
  if (filledAt !== null && replacementId === null) errors.replacementId = 'negotiations.people.errors.replacementMissing';
  if (replacementId !== null && replacementId === fields.personId) errors.replacementId = 'negotiations.people.errors.replacementSame';
  if (!rep || !vacatedAt || Object.keys(errors).length > 0) return null;
  return { personId: rep.personId, side: rep.side, vacatedAt, filledAt, replacementId };
}

export const statusChangeKinds = ['contract-expiry', 'dismissal', 'job-change', 'other'] as const;
export type StatusChangeKind = (typeof statusChangeKinds)[number];

export interface StatusChangeFields {
  readonly personId: string;
  readonly date: string;
  readonly change: StatusChangeKind;
  readonly note: string;
}

/** Only a workers' representative is protected (REP-10): the choice is among them. */
export function statusChangeRead(fields: StatusChangeFields, representatives: readonly Representative[], errors: FieldErrors) {
  const rep = representatives.find((r) => r.personId === fields.personId && r.side === 'workers');
  if (!rep) errors.personId = 'negotiations.errors.required';
  const date = dateRead(fields.date, 'date', errors, true);
  if (!rep || !date || Object.keys(errors).length > 0) return null;
  return { personId: rep.personId, date, change: fields.change, note: fields.note.trim() };
}
