// What a bundle carries, as values: the enterprise profile and its representatives, agreement versions,
// a summary of the negotiation record, and the public keys of witnesses who signed. One schema per part
// (the same check on build and on read), and the checks across parts that need no file: every
// agreement belongs to the bundle's enterprise, every fingerprint matches its content, every Ed25519
// signature verifies.
import { z } from 'zod';
import { enterpriseInput, personInput } from '../enterprise/model';
import { isoDateParse } from '../dates/isoDate';
import { resultErr, resultOk, type Result } from '../result';
import { witnessKeyFingerprint, witnessPublicKeySchema, witnessVerify, type WitnessPublicKey } from '../witness/identity';
import { agreementFingerprint, agreementIdSchema, agreementVersionSchema, type AgreementVersion } from './agreement';

export const bundleCreators = ['enterprise', 'federation'] as const;
export type BundleCreator = (typeof bundleCreators)[number];

/** enterprise.json: the profile as the enterprise form saves it, and the representatives. */
export const bundleEnterpriseSchema = z.strictObject({
  profile: enterpriseInput,
  people: z.array(personInput).max(200),
});
export type BundleEnterprise = z.output<typeof bundleEnterpriseSchema>;

/** Steps of the procedure (brief, capability 4) a record event can be. */
export const recordEventKinds = ['request', 'reply', 'meeting', 'congress', 'signing', 'filing', 'review', 'effective', 'publication', 'other'] as const;

const isoDateText = z.string().refine((s) => isoDateParse(s) !== null, 'not a calendar date (YYYY-MM-DD)');
const count = z.number().int().min(0).max(1_000_000);

/** record-summary.json: the negotiation record in brief, not the minutes themselves. */
export const recordSummarySchema = z.strictObject({
  events: z
    .array(
      z.strictObject({
        date: isoDateText,
        kind: z.enum(recordEventKinds),
        summary: z.string().trim().min(1).max(1000),
        /** The agreement the event belongs to, when it belongs to one. */
        agreementId: agreementIdSchema.optional(),
        /** A congress vote: delegates in all, present, in favour. */
        vote: z.strictObject({ delegates: count, present: count, inFavour: count }).optional(),
      }),
    )
    .max(1000),
  notes: z.string().max(5000),
});
export type RecordSummary = z.output<typeof recordSummarySchema>;

export interface BundleContents {
  /** ISO 8601 instant the bundle was made. */
  readonly createdAt: string;
  readonly createdBy: BundleCreator;
  readonly enterprise: BundleEnterprise;
  /** Sorted by agreementId, then version. */
  readonly agreements: readonly AgreementVersion[];
  readonly recordSummary: RecordSummary;
  /** Sorted by fingerprint. */
  readonly witnesses: readonly WitnessPublicKey[];
  /** The enterprise's signature over everything above (enterpriseSignature.ts); absent on unsigned bundles. */
  readonly signedBy?: BundleSignedBy;
}

/** Who signed a bundle (manifest field `signedBy`): the signer's name, public key and Ed25519 signature. */
export const bundleSignedBySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** 32-byte Ed25519 public key, lower-case hex. */
  publicKeyHex: z.string().regex(/^[0-9a-f]{64}$/, 'not a 32-byte hex public key'),
  /** 64-byte Ed25519 signature, standard base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'not a 64-byte base64 signature'),
});
export type BundleSignedBy = z.output<typeof bundleSignedBySchema>;

export const bundleContentsSchema = z.strictObject({
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.enum(bundleCreators),
  enterprise: bundleEnterpriseSchema,
  agreements: z.array(agreementVersionSchema).max(10_000),
  recordSummary: recordSummarySchema,
  witnesses: z.array(witnessPublicKeySchema).max(1000),
  signedBy: bundleSignedBySchema.optional(),
});

/** Agreements by id then version; witnesses by fingerprint; `voided` set wherever a later version is present. */
export function bundleContentsNormalize(contents: BundleContents): BundleContents {
  const agreements = [...contents.agreements].sort((a, b) => (a.agreementId === b.agreementId ? a.version - b.version : a.agreementId < b.agreementId ? -1 : 1));
  const latest = new Map<string, number>();
  for (const a of agreements) latest.set(a.agreementId, Math.max(latest.get(a.agreementId) ?? 0, a.version));
  return {
    ...contents,
    agreements: agreements.map((a) => (a.voided || a.version >= latest.get(a.agreementId)! ? a : { ...a, voided: true })),
    witnesses: [...contents.witnesses].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)),
  };
}

/**
 * The checks across parts. `where(kind, key)` names the part a problem is reported against (a zip path
 * when reading, a field when building). Errors: bundle.partInvalid (params.path, params.field),
 * bundle.fingerprintMismatch (agreementId, version), bundle.signatureInvalid (agreementId, version, role).
 */
export async function bundleContentsCheck(contents: BundleContents, where: (agreement: AgreementVersion | null, witness?: WitnessPublicKey) => string): Promise<Result<BundleContents>> {
  const creditCode = contents.enterprise.profile.creditCode;
  const seen = new Set<string>();
  for (const agreement of contents.agreements) {
    const key = `${agreement.agreementId}/v${agreement.version}`;
    if (seen.has(key)) return resultErr('bundle.partInvalid', `agreement ${key} appears twice`, { path: where(agreement), field: 'version' });
    seen.add(key);
    if (agreement.enterpriseCreditCode !== creditCode || agreement.content.parties.employer.creditCode !== creditCode) {
      return resultErr('bundle.partInvalid', `agreement ${key} belongs to another enterprise`, { path: where(agreement), field: 'enterpriseCreditCode' });
    }
  }
  for (const agreement of contents.agreements) {
    const fingerprint = await agreementFingerprint(agreement.content);
    if (!fingerprint.ok || fingerprint.value !== agreement.fingerprint) {
      return resultErr('bundle.fingerprintMismatch', `agreement ${agreement.agreementId} version ${agreement.version}: the fingerprint does not match the content`, {
        agreementId: agreement.agreementId,
        version: agreement.version,
      });
    }
    for (const signature of agreement.signatures) {
      if (signature.kind === 'ed25519' && !(await witnessVerify(signature, agreement.fingerprint))) {
        return resultErr('bundle.signatureInvalid', `agreement ${agreement.agreementId} version ${agreement.version}: the ${signature.role} signature does not verify`, {
          agreementId: agreement.agreementId,
          version: agreement.version,
          role: signature.role,
        });
      }
    }
  }
  const witnesses = await witnessKeysChecked(contents.witnesses, (witness) => where(null, witness));
  if (!witnesses.ok) return witnesses;
  return resultOk(bundleContentsNormalize(contents));
}

/**
 * Each witness key once and matching its fingerprint, sorted by fingerprint: the check every bundle kind
 * makes of its witness parts. Errors: bundle.partInvalid (params.path from `pathOf`, field).
 */
export async function witnessKeysChecked(witnesses: readonly WitnessPublicKey[], pathOf: (witness: WitnessPublicKey) => string): Promise<Result<WitnessPublicKey[]>> {
  const seen = new Set<string>();
  for (const witness of witnesses) {
    if (seen.has(witness.fingerprint) || (await witnessKeyFingerprint(witness.publicKeyHex)) !== witness.fingerprint) {
      return resultErr('bundle.partInvalid', 'a witness key fingerprint does not match its key, or the key appears twice', { path: pathOf(witness), field: 'fingerprint' });
    }
    seen.add(witness.fingerprint);
  }
  return resultOk([...witnesses].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)));
}
