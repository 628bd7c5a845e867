// The pure part of the dispute form (DSP-01, CCR 49–54): the typed dates read into a dispute, or field
// errors. Only dates that cannot be are refused here (accepted before applied, resolved before either);
// a dispute still open past its 30 (+15) days is the rule's to judge, so the form takes it.
import type { IsoDate } from '../../../../shared/dates/isoDate';
import { type FieldErrors, dateRead } from './formKit';

export interface DisputeFields {
  readonly appliedAt: string;
  readonly acceptedAt: string;
  readonly extended: boolean;
  readonly resolvedAt: string;
  readonly note: string;
}

export interface DisputeRead {
  readonly appliedAt: IsoDate;
  readonly acceptedAt: IsoDate | null;
  readonly extended: boolean;
  readonly resolvedAt: IsoDate | null;
  readonly note: string;
}

export function disputeRead(fields: DisputeFields, errors: FieldErrors): DisputeRead | null {
  const appliedAt = dateRead(fields.appliedAt, 'appliedAt', errors, true);
  const acceptedAt = dateRead(fields.acceptedAt, 'acceptedAt', errors, false);
  const resolvedAt = dateRead(fields.resolvedAt, 'resolvedAt', errors, false);
  if (appliedAt && acceptedAt && acceptedAt < appliedAt) errors.acceptedAt = 'negotiations.people.errors.acceptedBeforeApplied';
  const start = acceptedAt ?? appliedAt;
  if (start && resolvedAt && resolvedAt < start) errors.resolvedAt = 'negotiations.people.errors.resolvedBeforeStart';
  // The 15 days are an extension of the 30 that run from acceptance (CCR 52): nothing to extend before it.
  if (fields.extended && acceptedAt === null && !errors.acceptedAt) errors.acceptedAt = 'negotiations.people.errors.extendedNotAccepted';
  if (!appliedAt || Object.keys(errors).length > 0) return null;
  return { appliedAt, acceptedAt, extended: fields.extended, resolvedAt, note: fields.note.trim() };
}
