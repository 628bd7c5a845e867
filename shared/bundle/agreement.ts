// An agreement version: the canonical content the parties sign, its SHA-256 fingerprint, and the
// signatures on it. Signed means frozen (brief, capability 6): any edit makes the next version, and the
// older version's signatures become void; the older version is kept as history, never changed.
import { z } from 'zod';
import { canonicalJson } from '../backup/canonicalJson';
import { isoDateParse } from '../dates/isoDate';
import { resultErr, resultOk, type Result } from '../result';
import { sha256Hex } from '../backup/sha256';
import { agreementSignatureSchema, type AgreementSignature } from './signature';

/** Agreement kinds with a template (brief, capability 5); `other` for anything else. */
export const agreementKinds = ['wage', 'jobRetention', 'occupationalHealth', 'womenWorkers', 'other'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/** The figure key of the agreed monthly base wage: the federation's registry checks it against the floor. */
export const baseWageFigureKey = 'baseWageMonthlyFen';

/** Units of a figure: 分 (money), basis points (rates), days, months, workers. */
export const figureUnits = ['fen', 'bp', 'days', 'months', 'workers'] as const;

/** Safe in a file name and a zip path: it names the bundle part agreements/<id>/v<n>.json. */
export const agreementIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only (1–64)');
export const sha256TextSchema = z.string().regex(/^[0-9a-f]{64}$/, 'not a lower-case hex SHA-256');
const isoDateText = z.string().refine((s) => isoDateParse(s) !== null, 'not a calendar date (YYYY-MM-DD)');
const partyName = z.string().trim().min(1).max(100);

const clauseSchema = z.strictObject({
  /** As printed: 第一条, 1, 1.1 … */
  number: z.string().trim().min(1).max(20),
  heading: z.string().trim().max(100),
  text: z.string().trim().min(1).max(5000),
});

const figureSchema = z.strictObject({
  /** Stable machine name, e.g. baseWageMonthlyFen. */
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
  label: z.string().trim().min(1).max(100),
  /** Integer in `unit` (money in 分, rates in basis points). */
  value: z.number().int().min(-1e13).max(1e13),
  unit: z.enum(figureUnits),
});

/**
 * What the parties sign, and all that the fingerprint covers. Unknown extra fields are kept (a later
 * template may add some) and are covered by the fingerprint like the rest.
 */
export const agreementContentSchema = z
  .looseObject({
    title: z.string().trim().min(1).max(200),
    parties: z.strictObject({
      employer: z.strictObject({ name: partyName, creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/), chief: partyName }),
      workers: z.strictObject({ name: partyName, chief: partyName }),
    }),
    term: z.strictObject({ from: isoDateText, to: isoDateText }),
    clauses: z.array(clauseSchema).min(1).max(500),
    figures: z.array(figureSchema).max(500),
    /** ISO date of signing; null while the text is a draft. */
    signedAt: isoDateText.nullable(),
  })
  .refine((c) => c.term.from <= c.term.to, { message: 'term ends before it starts', path: ['term', 'to'] });
export type AgreementContent = z.output<typeof agreementContentSchema>;

export const agreementVersionSchema = z.strictObject({
  agreementId: agreementIdSchema,
  version: z.number().int().min(1).max(10_000),
  kind: z.enum(agreementKinds),
  /** A label for lists; the signed title is content.title. */
  title: z.string().trim().min(1).max(200),
  enterpriseCreditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/),
  content: agreementContentSchema,
  /** Lower-case hex SHA-256 of canonicalJson(content). */
  fingerprint: sha256TextSchema,
  signatures: z.array(agreementSignatureSchema).max(100),
  /** True once a later version exists: this version's signatures are void. */
  voided: z.boolean(),
});
export type AgreementVersion = z.output<typeof agreementVersionSchema>;

export interface AgreementMeta {
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly title: string;
  readonly enterpriseCreditCode: string;
}

/** SHA-256 (lower-case hex) of the canonical JSON of `content`; fails only on values JSON cannot carry. */
export async function agreementFingerprint(content: AgreementContent): Promise<Result<string>> {
  const text = canonicalJson(content);
  return text.ok ? resultOk(await sha256Hex(text.value)) : resultErr('agreement.unserializable', text.error.message, text.error.params);
}

/** The first 16 hex digits grouped 4-4-4-4 (e.g. `3f2a-09bc-…`), for print and for reading aloud. */
export function agreementFingerprintShort(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{1,4}/g) ?? []).join('-');
}

function contentCheck(content: AgreementContent): Result<AgreementContent> {
  const parsed = agreementContentSchema.safeParse(content);
  if (parsed.success) return resultOk(parsed.data);
  const issue = parsed.error.issues[0]!;
  return resultErr('agreement.invalid', issue.message, { field: ['content', ...issue.path].join('.') });
}

/** Version 1 of a new agreement, unsigned. Errors: agreement.invalid (params.field), agreement.unserializable. */
export async function agreementVersionFirst(meta: AgreementMeta, content: AgreementContent): Promise<Result<AgreementVersion>> {
  const checked = contentCheck(content);
  if (!checked.ok) return checked;
  const fingerprint = await agreementFingerprint(checked.value);
  if (!fingerprint.ok) return fingerprint;
  const version: AgreementVersion = { ...meta, version: 1, content: checked.value, fingerprint: fingerprint.value, signatures: [], voided: false };
  const parsed = agreementVersionSchema.safeParse(version);
  if (!parsed.success) return resultErr('agreement.invalid', parsed.error.issues[0]!.message, { field: parsed.error.issues[0]!.path.join('.') });
  return resultOk(parsed.data);
}

/**
 * The next version after `previous` with new `content`, unsigned; `previous` comes back voided (its
 * signatures kept as history but void). Errors: agreement.invalid, agreement.unserializable,
 * agreement.unchanged (the content is the same: nothing to re-sign).
 */
export async function agreementVersionNew(
  previous: AgreementVersion,
  content: AgreementContent,
): Promise<Result<{ readonly previous: AgreementVersion; readonly next: AgreementVersion }>> {
  const checked = contentCheck(content);
  if (!checked.ok) return checked;
  const fingerprint = await agreementFingerprint(checked.value);
  if (!fingerprint.ok) return fingerprint;
  if (fingerprint.value === previous.fingerprint) {
    return resultErr('agreement.unchanged', 'the content is the same as the previous version', { agreementId: previous.agreementId, version: previous.version });
  }
  const next: AgreementVersion = {
    ...previous,
    version: previous.version + 1,
    content: checked.value,
    fingerprint: fingerprint.value,
    signatures: [],
    voided: false,
  };
  return resultOk({ previous: { ...previous, voided: true }, next });
}

/** `version` with `signature` added. Errors: agreement.voided (a later version exists: sign that one). */
export function agreementSignatureAdd(version: AgreementVersion, signature: AgreementSignature): Result<AgreementVersion> {
  if (version.voided) {
    return resultErr('agreement.voided', 'a later version exists; its signatures are the ones that count', { agreementId: version.agreementId, version: version.version });
  }
  return resultOk({ ...version, signatures: [...version.signatures, signature] });
}
