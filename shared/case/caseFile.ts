// The case file (docs/case-format.md): one negotiation round of one enterprise, whole, as JSON. The app
// exports and imports it, the command line renders, models, checks and bundles it, and the built-in
// sample is one (shared/sample). Format 'wagedesk-case', version 1; money in integer 分 (fields end in
// Fen), rates in basis points (Bp), dates ISO. Reading = zod shape check with defaults restored, then the
// checks across parts; every error is a Result naming the field, and nothing is written on failure.
import { z } from 'zod';
import { jsonDepthMax, jsonTextTooDeep, jsonValueTooDeep } from '../backup/jsonDepth';
import { agreementVersionSchema } from '../bundle/agreement';
import { economyFileSchema } from '../economy/economyFile';
import { enterpriseInput, personInput } from '../enterprise/model';
import { minimumWageFileSchema } from '../regions/minimumWageFile';
import { type Result, resultErr, resultOk } from '../result';
import { workerSchema } from '../roster/worker';
import { ledgerSchema } from '../terms/ledger';
import { isoDateField } from '../roster/fields';
import { agreedStandardSchema, roundIdField, roundSchema } from './round';
import { agreementKinds } from '../bundle/agreement';

export const CASE_FILE_FORMAT = 'wagedesk-case';
export const CASE_FILE_VERSION = 1;

/** A person as the case file carries them: the enterprise's record with its id (the procedure names people by id). */
export const casePersonSchema = personInput.safeExtend({ id: z.string().trim().min(1).max(80) });

/** An earlier round of the same enterprise, as much as this round's documents cite (the wage history). */
export const earlierRoundSchema = z.strictObject({
  id: roundIdField,
  title: z.string().trim().min(1).max(200),
  kind: z.enum(agreementKinds),
  signedAt: isoDateField.nullable().default(null),
  standards: z.array(agreedStandardSchema).max(50).default([]),
});
export type EarlierRound = z.output<typeof earlierRoundSchema>;

export const caseFileSchema = z.strictObject({
  format: z.literal(CASE_FILE_FORMAT),
  version: z.literal(CASE_FILE_VERSION),
  enterprise: enterpriseInput,
  people: z.array(casePersonSchema).max(200).default([]),
  round: roundSchema,
  /** Earlier rounds, oldest first. */
  earlier: z.array(earlierRoundSchema).max(100).default([]),
  /** The enterprise's roster and the ledger of this round's terms (both may be left out). */
  roster: z.array(workerSchema).max(100_000).default([]),
  ledger: ledgerSchema.prefault({}),
  /** Frozen versions of this round's agreements, with their signatures: signed means frozen. */
  agreements: z.array(agreementVersionSchema).max(1000).default([]),
  /** Minimum-wage tables the user keeps beyond the shipped ones, so the file prints the same floor anywhere. */
  minimumWage: minimumWageFileSchema.nullable().default(null),
  /**
   * The guideline, CPI and average-wage figures the round's 测算说明 uses (an economy file), so the request
   * letter's annex prints the same figures anywhere; null: none kept, and the annex says they are unknown.
   */
  economy: economyFileSchema.nullable().default(null),
});

/** A case file as read: defaults restored, money and dates branded. */
export type CaseFile = z.output<typeof caseFileSchema>;
/** A case file as written. */
export type CaseFileInput = z.input<typeof caseFileSchema>;
export type CasePerson = z.output<typeof casePersonSchema>;

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

/** Ids the procedure record names people by. */
function procedurePersonIds(file: CaseFile): { readonly id: string; readonly field: string }[] {
  const p = file.round.procedure;
  return [
    ...p.representatives.map((r, i) => ({ id: r.personId, field: `round.procedure.representatives.${i}.personId` })),
    ...(p.recorder ? [{ id: p.recorder.personId, field: 'round.procedure.recorder.personId' }] : []),
    ...p.meetings.flatMap((m, i) => m.attendees.map((id, j) => ({ id, field: `round.procedure.meetings.${i}.attendees.${j}` }))),
  ];
}

/** The checks across parts; the first problem found, naming its field. */
function caseFileCrossCheck(file: CaseFile): Result<CaseFile> {
  const people = new Set(file.people.map((p) => p.id));
  if (people.size !== file.people.length) {
    const i = file.people.findIndex((p, k) => file.people.findIndex((q) => q.id === p.id) !== k);
    return resultErr('case.personIdTwice', `person id ${file.people[i]!.id} is used twice`, { field: `people.${i}.id` });
  }
  const unknownPerson = procedurePersonIds(file).find((ref) => !people.has(ref.id));
  if (unknownPerson) return resultErr('case.personUnknown', `no person ${unknownPerson.id} in people`, { field: unknownPerson.field });

  const workers = new Set(file.roster.map((w) => w.id));
  if (workers.size !== file.roster.length) return resultErr('roster.workerIdTwice', 'a worker id is used twice', { field: 'roster' });
  const terms = new Map(file.round.terms.map((t) => [t.id, t]));
  for (const [i, e] of file.ledger.entries.entries()) {
    const term = terms.get(e.termId);
    if (!term) return resultErr('ledger.unknownTerm', `no term ${e.termId}`, { field: `ledger.entries.${i}.termId` });
    if (term.kind === 'deferred_leave' || term.kind === 'commitment') return resultErr('ledger.notMonetary', `${e.termId} pays no money`, { field: `ledger.entries.${i}.termId` });
    if (!workers.has(e.workerId)) return resultErr('ledger.unknownWorker', `no worker ${e.workerId}`, { field: `ledger.entries.${i}.workerId` });
  }
  for (const [i, l] of file.ledger.leave.entries()) {
    if (terms.get(l.termId)?.kind !== 'deferred_leave') return resultErr('ledger.leaveNotDeferred', `${l.termId} is not a deferred-leave term`, { field: `ledger.leave.${i}.termId` });
    if (!workers.has(l.workerId)) return resultErr('ledger.unknownWorker', `no worker ${l.workerId}`, { field: `ledger.leave.${i}.workerId` });
  }
  const creditCode = file.enterprise.creditCode;
  for (const [i, a] of file.agreements.entries()) {
    if (a.enterpriseCreditCode !== creditCode) return resultErr('case.agreementOtherEnterprise', `agreement ${a.agreementId} belongs to ${a.enterpriseCreditCode}`, { field: `agreements.${i}.enterpriseCreditCode` });
  }
  const earlierTwice = file.earlier.findIndex((e, k) => e.id === file.round.id || file.earlier.findIndex((f) => f.id === e.id) !== k);
  if (earlierTwice >= 0) return resultErr('case.roundIdTwice', `round id ${file.earlier[earlierTwice]!.id} is used twice`, { field: `earlier.${earlierTwice}.id` });
  return resultOk(file);
}

const tooDeep = () => resultErr<CaseFile>('case.tooDeep', `the case file nests deeper than ${jsonDepthMax} levels`, { field: '' });

/**
 * A case file from parsed JSON. Errors (params.field is a dotted path into the file): case.format (not a
 * case file), case.version (written by a newer app), case.tooDeep (arrays and objects nested past
 * jsonDepthMax, refused before the schema and the agreements' fingerprints recurse into them),
 * case.invalid (params.issue = the zod issue code or the message key), case.personIdTwice,
 * case.personUnknown, case.agreementOtherEnterprise, case.roundIdTwice, roster.workerIdTwice,
 * ledger.unknownTerm, ledger.unknownWorker, ledger.notMonetary, ledger.leaveNotDeferred; case.unreadable
 * (params.message) for anything unforeseen, never an exception.
 */
export function caseFileParse(json: unknown): Result<CaseFile> {
  return caseFileParseGuarded(json, false);
}

/** `depthMeasured`: the text it was parsed from was measured already (caseFileParseText). */
function caseFileParseGuarded(json: unknown, depthMeasured: boolean): Result<CaseFile> {
  try {
    return caseFileParseChecked(json, depthMeasured);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('case.unreadable', `the case file could not be read: ${message}`, { field: '', message });
  }
}

function caseFileParseChecked(json: unknown, depthMeasured: boolean): Result<CaseFile> {
  const head = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (head.format !== CASE_FILE_FORMAT) return resultErr('case.format', 'not a WageDesk case file', { field: 'format' });
  if (typeof head.version === 'number' && head.version > CASE_FILE_VERSION) {
    return resultErr('case.version', `version ${head.version}; this build reads ${CASE_FILE_VERSION}`, { field: 'version', version: head.version });
  }
  if (!depthMeasured && jsonValueTooDeep(json)) return tooDeep();
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first) return resultErr('case.invalid', 'invalid case file', { field: '', issue: 'unknown' });
    return resultErr('case.invalid', first.message, { field: issuePath(first).map(String).join('.'), issue: first.code === 'custom' ? first.message : first.code });
  }
  return caseFileCrossCheck(parsed.data);
}

/** A case file from its text: case.tooDeep (measured on the text), case.json when it is not JSON, else as caseFileParse. */
export function caseFileParseText(text: string): Result<CaseFile> {
  let json: unknown;
  try {
    if (jsonTextTooDeep(text)) return tooDeep();
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return resultErr('case.json', `not JSON: ${error instanceof Error ? error.message : String(error)}`, { field: '' });
  }
  return caseFileParseGuarded(json, true);
}
