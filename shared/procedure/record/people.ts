// Who sits at the table (rules.md §1.1): the representatives of each side, how they were chosen, the
// neutral recorder, seats that fell vacant, and changes to a workers' representative's job (REP-10).
import { z } from 'zod';
import { countField, isoDateField, optionalDate, personIdField, sideField, text } from './fields';

/** chief = 首席代表; member = 协商代表; expert = outside professional (外聘, CCR 23). */
export const representativeRoles = ['chief', 'member', 'expert'] as const;
/** union = 工会选派; election = 民主推举; appointment = 指派 (the employer's side, or by the chief in writing). */
export const representativeChoices = ['union', 'election', 'appointment'] as const;

export const representativeSchema = z.strictObject({
  personId: personIdField,
  /** Shown in findings; when empty the rules look the id up in the context's people list. */
  name: text(50),
  side: sideField,
  role: z.enum(representativeRoles),
  isUnionChair: z.boolean().default(false),
  /** The union's main officer, who leads the workers' side while the chair's post is vacant (CCR 20). */
  isUnionMainOfficer: z.boolean().default(false),
  isLegalRepresentative: z.boolean().default(false),
  /** Not on the enterprise's staff (CCR 23); an 'expert' is always an outsider. */
  isOutsider: z.boolean().default(false),
  /** A written appointment (委托书) is on file: for an appointed chief (CCR 20–21) or an outsider (CCR 23). */
  authorizationLetter: z.boolean().default(false),
  chosenBy: z.enum(representativeChoices),
});
export type Representative = z.output<typeof representativeSchema>;

export const unionSchema = z.strictObject({
  /** false: the enterprise has no union, and the workers elect their side (CCR 20; WCM 9). */
  exists: z.boolean().default(true),
  chairVacant: z.boolean().default(false),
});

/** The record of how the workers' side was chosen (REP-07). */
export const workerRepresentativesApprovalSchema = z.strictObject({
  /** union: the union chose them; all_workers: recommended and approved by the workforce. */
  body: z.enum(['union', 'all_workers']),
  date: isoDateField,
  /** Workers in favour and all workers, when the workforce approved (more than half of all needed). */
  approvedBy: countField.nullable().default(null),
  totalWorkers: countField.nullable().default(null),
});

/** 记录员 (CCR 33(5)): one person, not a negotiator, chosen jointly, neutral, bound to confidentiality. */
export const recorderSchema = z.strictObject({
  personId: personIdField,
  name: text(50),
  chosenJointly: z.boolean().default(false),
  confidentiality: z.boolean().default(false),
});

/** A seat that fell vacant and its refilling within 15 days (REP-08, CCR 30–31). */
export const vacancySchema = z.strictObject({
  personId: personIdField,
  side: sideField,
  vacatedAt: isoDateField,
  filledAt: optionalDate,
  replacementId: personIdField.nullable().default(null),
});

/** A change to a workers' representative's status during the mandate (REP-10, CCR 28; WCM 14). */
export const statusChangeSchema = z.strictObject({
  personId: personIdField,
  date: isoDateField,
  change: z.enum(['dismissal', 'job-change', 'contract-expiry', 'other']),
  note: text(500),
});
