// Where an agreement stands on a given day, from what the bundle carries: the signed content's term and
// signing date, and the record summary's events (rules.md FIL-01, EFF-01, TRM-03). The federation sees
// only what the enterprise reported, so "filed" means the record summary names a filing (or a review or
// the day it took effect) for this agreement; nothing else is inferred.
import type { AgreementKind as BundleAgreementKind, AgreementVersion } from '../../../shared/bundle/agreement';
import type { RecordSummary } from '../../../shared/bundle/contents';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDateDiffDays, isoDateParse, type IsoDate } from '../../../shared/dates/isoDate';
import { deadlineCompute, deadlineRulesApplying, type DeadlineQuery } from '../../../shared/procedure/deadline';
import { deadlineRulesDefault, type AgreementKind as ProcedureKind } from '../../../shared/procedure/deadlineRules';
import { periodEnd } from '../../../shared/procedure/period';

export const agreementStatuses = ['draft', 'signed', 'filed', 'inForce', 'expiring', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** An agreement in force with this many days or fewer left counts as expiring. */
export const expiringWithinDays = 90;

/** The procedure's kind of agreement for a bundle's kind (deadlineRules.ts). */
export function procedureKindOf(kind: BundleAgreementKind): ProcedureKind {
  if (kind === 'wage') return 'wage-agreement';
  if (kind === 'other') return 'collective-contract';
  return 'special-contract';
}

const filedKinds: ReadonlySet<string> = new Set(['filing', 'review', 'effective']);

/** The earliest day the record summary says this agreement was filed (or reviewed, or took effect). */
export function agreementFiledOn(agreementId: string, summary: RecordSummary): IsoDate | null {
  const days = summary.events.filter((e) => e.agreementId === agreementId && filedKinds.has(e.kind)).map((e) => e.date).sort();
  return days[0] ? isoDateParse(days[0]) : null;
}

export function agreementStatusOf(version: AgreementVersion, summary: RecordSummary, today: IsoDate): AgreementStatus {
  const { term, signedAt } = version.content;
  if (signedAt === null) return 'draft';
  if (today > term.to) return 'expired';
  if (agreementFiledOn(version.agreementId, summary) === null) return 'signed';
  if (today < term.from) return 'filed';
  return isoDateDiffDays(term.to as IsoDate, today) <= expiringWithinDays ? 'expiring' : 'inForce';
}

/**
 * The due day of `query`: the procedure's own computation (holidays move it), or, when the shipped
 * calendar does not reach that year, the plain count of the earliest rule (never later than the law's day
 * by more than a holiday). null when no rule applies.
 */
export function dueDateOf(query: DeadlineQuery): IsoDate | null {
  const computed = deadlineCompute(query, deadlineRulesDefault, holidayCalendarCn);
  if (computed.ok) return computed.value.dueDate;
  const plain = deadlineRulesApplying(query, deadlineRulesDefault).map((rule) => periodEnd(query.date, rule.period, rule.direction)).sort();
  return plain[0] ?? null;
}

export interface FilingCheck {
  readonly dueDate: IsoDate | null;
  readonly filedOn: IsoDate | null;
  /** Filed after the due day, or not filed and the due day has passed. */
  readonly late: boolean;
}

/** FIL-01: filed within 7 days (wage) or 10 days (other contracts) of signing. */
export function filingCheck(version: AgreementVersion, summary: RecordSummary, regionCode: string, today: IsoDate): FilingCheck | null {
  const signedAt = version.content.signedAt === null ? null : isoDateParse(version.content.signedAt);
  if (signedAt === null) return null;
  const dueDate = dueDateOf({ kind: procedureKindOf(version.kind), event: 'signed', date: signedAt, regionCode, due: 'file' });
  const filedOn = agreementFiledOn(version.agreementId, summary);
  const late = dueDate !== null && (filedOn === null ? today > dueDate : filedOn > dueDate);
  return { dueDate, filedOn, late };
}

export interface RenewalCheck {
  readonly dueDate: IsoDate | null;
  /** The day to have asked for the next round has passed and no request was recorded after this agreement. */
  readonly missed: boolean;
}

/**
 * TRM-03: the request for the next round is due before the term ends (60 days for wage agreements, 90 in
 * Fujian). A request counts when the record summary has one dated after this agreement was signed (and
 * not belonging to it), or the enterprise holds a later agreement of the same kind. `later` says whether
 * such an agreement exists.
 */
export function renewalCheck(version: AgreementVersion, summary: RecordSummary, regionCode: string, today: IsoDate, later: boolean): RenewalCheck | null {
  const to = isoDateParse(version.content.term.to);
  const signedAt = version.content.signedAt;
  if (to === null || signedAt === null) return null;
  const dueDate = dueDateOf({ kind: procedureKindOf(version.kind), event: 'expiry', date: to, regionCode, due: 'renewal-request' });
  const requested = later || summary.events.some((e) => e.kind === 'request' && e.date > signedAt && e.agreementId !== version.agreementId);
  return { dueDate, missed: !requested && dueDate !== null && today > dueDate };
}
