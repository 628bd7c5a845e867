// The negotiation record: one round of talks from the written request to the end of the agreement's
// term, as data the procedure rules check (rules/). The parts live in record/*.ts. Reading a file goes
// through `procedureRecordParse`: shape check, defaults restored, and on failure a Result naming the
// field (e.g. "votes.0.present").
import { z } from 'zod';
import { type Result, resultErr, resultOk } from '../result';
import { agreementKinds } from './deadlineRules';
import {
  recorderSchema,
  representativeSchema,
  statusChangeSchema,
  unionSchema,
  vacancySchema,
  workerRepresentativesApprovalSchema,
} from './record/people';
import { informationRequestSchema, meetingSchema, replySchema, requestSchema, suspensionSchema } from './record/talks';
import {
  disputeSchema,
  draftSchema,
  filingSchema,
  publicationSchema,
  renewalSchema,
  signingSchema,
  termSchema,
  voteSchema,
} from './record/outcome';

export type { NegotiatingSide } from './record/fields';
export type { Representative } from './record/people';
export type { Meeting } from './record/talks';
export type { Vote, WageClauseKey } from './record/outcome';
export { wageClauseKeys } from './record/outcome';

/** The file format and its version; a later incompatible shape gets a new number. */
export const PROCEDURE_RECORD_FORMAT = 'wagedesk-procedure-record/1';

export const procedureRecordSchema = z.strictObject({
  format: z.literal(PROCEDURE_RECORD_FORMAT).default(PROCEDURE_RECORD_FORMAT),
  title: z.string().trim().max(200).default(''),
  enterpriseName: z.string().trim().max(100).default(''),
  kind: z.enum(agreementKinds),
  /** GB/T 2260 county-level code: picks the regional rules (Fujian: 35xxxx) and the minimum wage. */
  regionCode: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  union: unionSchema.default({ exists: true, chairVacant: false }),
  representatives: z.array(representativeSchema).max(200).default([]),
  workerRepresentativesApproval: workerRepresentativesApprovalSchema.nullable().default(null),
  recorder: recorderSchema.nullable().default(null),
  vacancies: z.array(vacancySchema).max(200).default([]),
  statusChanges: z.array(statusChangeSchema).max(200).default([]),
  request: requestSchema.nullable().default(null),
  reply: replySchema.nullable().default(null),
  informationRequests: z.array(informationRequestSchema).max(100).default([]),
  meetings: z.array(meetingSchema).max(200).default([]),
  suspensions: z.array(suspensionSchema).max(200).default([]),
  draft: draftSchema.nullable().default(null),
  /** In the order held; the last is the one that counts, earlier ones are failed drafts (RAT-05). */
  votes: z.array(voteSchema).max(50).default([]),
  signing: signingSchema.nullable().default(null),
  filing: filingSchema.nullable().default(null),
  publication: publicationSchema.nullable().default(null),
  term: termSchema.nullable().default(null),
  renewal: renewalSchema.nullable().default(null),
  disputes: z.array(disputeSchema).max(50).default([]),
});

/** A record as read: every default filled in. */
export type ProcedureRecord = z.output<typeof procedureRecordSchema>;
/** A record as written in a file or built in code: defaults may be left out. */
export type ProcedureRecordInput = z.input<typeof procedureRecordSchema>;

type Issue = z.core.$ZodIssue;

/** The issue that reaches deepest into the input, so the field named is the one to fix. */
function issuePath(issue: Issue): PropertyKey[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const paths = issue.errors.flat().map(issuePath);
    return [...issue.path, ...paths.reduce((a, b) => (b.length > a.length ? b : a))];
  }
  if (issue.code === 'unrecognized_keys') return [...issue.path, ...issue.keys.slice(0, 1)];
  return issue.path;
}

/**
 * A record from parsed JSON, validated and restored, or 'record.invalid' with params.field (a dotted
 * path such as "votes.0.present") and params.issue (the zod issue code).
 */
export function procedureRecordParse(json: unknown): Result<ProcedureRecord> {
  const parsed = procedureRecordSchema.safeParse(json);
  if (parsed.success) return resultOk(parsed.data);
  const first = parsed.error.issues[0];
  if (!first) return resultErr('record.invalid', 'invalid procedure record', { field: '', issue: 'unknown' });
  const field = issuePath(first).map(String).join('.');
  return resultErr('record.invalid', first.message, { field, issue: first.code });
}

/** A record from a file's text: 'record.json' when it is not JSON, else as procedureRecordParse. */
export function procedureRecordParseText(text: string): Result<ProcedureRecord> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return resultErr('record.json', `not JSON: ${error instanceof Error ? error.message : String(error)}`, { field: '' });
  }
  return procedureRecordParse(json);
}
