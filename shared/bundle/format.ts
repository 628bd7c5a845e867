// The agreement bundle, format version 1 (docs/bundle-format.md): one file an enterprise exports and a
// federation imports, and back. Inside the envelope (envelope.ts) is a zip of canonical-JSON parts and a
// manifest listing each part's SHA-256 and size, and the manifest's own hash. Reading checks everything
// and returns either the whole contents or one error naming what failed; there is no partial result.
// Reading is bounded: the zip by the bytes it really unpacks to (zipRead.ts), each JSON part by how deep
// it nests (backup/jsonDepth.ts), and nothing it meets is thrown to the caller (bundle.unreadable).
import { z } from 'zod';
import { resultErr, resultOk, type Result } from '../result';
import { witnessPublicKeySchema, type WitnessPublicKey } from '../witness/identity';
import { agreementVersionSchema, sha256TextSchema, type AgreementVersion } from './agreement';
import {
  bundleContentsCheck,
  bundleContentsSchema,
  bundleCreators,
  bundleEnterpriseSchema,
  bundleSignedBySchema,
  recordSummarySchema,
  type BundleContents,
  type BundleCreator,
} from './contents';
import { bundleSignatureValid } from './enterpriseSignature';
import { envelopeOpen, type EnvelopeOptions } from './envelope';
import { bundlePack, firstIssue, manifestRead, partParse, partsVerify, unzipChecked, type ManifestKind } from './packing';
import type { ZipReadMeter } from './zipRead';

export { bundleManifestPath, bundleUnpackedBytesMax } from './packing';

export const bundleFormatTag = 'wagedesk-bundle';
export const bundleFormatVersion = 1;
export const bundleEnterprisePath = 'enterprise.json';
export const bundleRecordSummaryPath = 'record-summary.json';
/** The manifest tag of a sector or regional agreement's bundle (sectorBundle.ts): same layers, other parts. */
export const sectorBundleFormatTag = 'wagedesk-sector-bundle';

export function bundleAgreementPath(agreement: Pick<AgreementVersion, 'agreementId' | 'version'>): string {
  return `agreements/${agreement.agreementId}/v${agreement.version}.json`;
}

export function bundleWitnessPath(witness: Pick<WitnessPublicKey, 'fingerprint'>): string {
  return `witness/${witness.fingerprint.slice(0, 16)}.json`;
}

/** A witness key part, at the path its key names. Errors: bundle.tooDeep, bundle.partInvalid (params.path, field). */
export function bundleWitnessPartRead(path: string, bytes: Uint8Array): Result<WitnessPublicKey> {
  const witness = partParse(witnessPublicKeySchema, path, bytes);
  if (!witness.ok) return witness;
  if (bundleWitnessPath(witness.value) !== path) return resultErr('bundle.partInvalid', `${path} holds another witness key`, { path, field: 'fingerprint' });
  return witness;
}

const partPathSchema = z
  .string()
  .regex(/^(?:enterprise\.json|record-summary\.json|agreements\/[A-Za-z0-9_-]{1,64}\/v[1-9][0-9]{0,4}\.json|witness\/[0-9a-f]{16}\.json)$/, 'not a bundle part path');

/** Extra manifest fields a later v1 writer adds are kept; they are covered by bundleHash. */
const manifestSchema = z.looseObject({
  format: z.literal(bundleFormatTag),
  formatVersion: z.literal(bundleFormatVersion),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.enum(bundleCreators),
  parts: z.array(z.strictObject({ path: partPathSchema, sha256: sha256TextSchema, bytes: z.number().int().min(0) })).max(20_000),
  bundleHash: sha256TextSchema,
  /** The enterprise's signature over the contents (enterpriseSignature.ts); absent on unsigned bundles. */
  signedBy: bundleSignedBySchema.optional(),
});
export type BundleManifest = z.output<typeof manifestSchema>;

/** A bundle read and checked, with the facts about the file the contents do not carry. */
export interface BundleOpened {
  readonly contents: BundleContents;
  readonly formatVersion: number;
  /** SHA-256 of the manifest without this field: one hash that names the whole contents. */
  readonly bundleHash: string;
  readonly encrypted: boolean;
  readonly parts: BundleManifest['parts'];
}

/**
 * The bundle file for `contents`, encrypted when `options.password` is given. Builds only what a reader
 * would accept: errors are bundle.invalid (params.field), bundle.partInvalid, bundle.fingerprintMismatch,
 * bundle.signatureInvalid, bundle.passwordEmpty, bundle.iterationsInvalid.
 */
export async function bundleBuild(contents: BundleContents, options: EnvelopeOptions = {}): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const parsed = bundleContentsSchema.safeParse(contents);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return resultErr('bundle.invalid', `${field}: ${message}`, { field });
  }
  const checked = await bundleContentsCheck(parsed.data, (agreement, witness) => (agreement ? bundleAgreementPath(agreement) : witness ? bundleWitnessPath(witness) : ''));
  if (!checked.ok) return checked;
  if (!(await bundleSignatureValid(checked.value))) return resultErr('bundle.signatureInvalid', 'the bundle signature does not verify', { role: 'enterprise' });
  const values = new Map<string, unknown>([
    [bundleEnterprisePath, checked.value.enterprise],
    [bundleRecordSummaryPath, checked.value.recordSummary],
    ...checked.value.agreements.map((a) => [bundleAgreementPath(a), a] as const),
    ...checked.value.witnesses.map((w) => [bundleWitnessPath(w), w] as const),
  ]);
  const { signedBy } = checked.value;
  const head = { format: bundleFormatTag, formatVersion: bundleFormatVersion, createdAt: checked.value.createdAt, createdBy: checked.value.createdBy, ...(signedBy ? { signedBy } : {}) };
  return bundlePack(head, values, options);
}

const manifestKind: ManifestKind<BundleManifest> = {
  tag: bundleFormatTag,
  version: bundleFormatVersion,
  schema: manifestSchema,
  other: { tag: sectorBundleFormatTag, code: 'bundle.sectorBundle', message: 'this is a sector or regional agreement bundle, not an enterprise bundle' },
};

/**
 * Opens a bundle file and checks all of it: the envelope (envelope.ts errors), the zip (bundle.notZip,
 * bundle.tooLarge), the manifest (bundle.manifestMissing, bundle.manifestDamaged, bundle.tooNew), each
 * part's nesting (bundle.tooDeep, params.path), size and SHA-256 (bundle.partMissing / bundle.partDamaged /
 * bundle.partUnexpected, params.path), each part's shape (bundle.partInvalid, params.path and field), each
 * agreement's fingerprint (bundle.fingerprintMismatch) and each Ed25519 signature (bundle.signatureInvalid).
 * Anything else that goes wrong is bundle.unreadable (params.message), never an exception.
 * `meter.inflated` grows by the bytes the zip inflated to (tests and the bench count them).
 */
export async function bundleOpen(file: Uint8Array, password?: string, meter?: ZipReadMeter): Promise<Result<BundleOpened>> {
  try {
    return await bundleOpenChecked(file, password, meter);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('bundle.unreadable', `the bundle could not be read: ${message}`, { message });
  }
}

async function bundleOpenChecked(file: Uint8Array, password?: string, meter?: ZipReadMeter): Promise<Result<BundleOpened>> {
  const envelope = await envelopeOpen(file, password);
  if (!envelope.ok) return envelope;
  const files = unzipChecked(envelope.value.zip, meter);
  if (!files.ok) return files;
  const manifest = await manifestRead(files.value, manifestKind);
  if (!manifest.ok) return manifest;

  const verified = await partsVerify(files.value, manifest.value.parts, [bundleEnterprisePath, bundleRecordSummaryPath]);
  if (!verified.ok) return verified;

  const enterprise = partParse(bundleEnterpriseSchema, bundleEnterprisePath, files.value[bundleEnterprisePath]!);
  if (!enterprise.ok) return enterprise;
  const recordSummary = partParse(recordSummarySchema, bundleRecordSummaryPath, files.value[bundleRecordSummaryPath]!);
  if (!recordSummary.ok) return recordSummary;
  const agreements: AgreementVersion[] = [];
  const witnesses: WitnessPublicKey[] = [];
  for (const { path } of manifest.value.parts) {
    if (path.startsWith('agreements/')) {
      const agreement = partParse(agreementVersionSchema, path, files.value[path]!);
      if (!agreement.ok) return agreement;
      if (bundleAgreementPath(agreement.value) !== path) return resultErr('bundle.partInvalid', `${path} holds another agreement version`, { path, field: 'version' });
      agreements.push(agreement.value);
    } else if (path.startsWith('witness/')) {
      const witness = bundleWitnessPartRead(path, files.value[path]!);
      if (!witness.ok) return witness;
      witnesses.push(witness.value);
    }
  }
  const { createdAt, createdBy, signedBy } = manifest.value;
  const contents: BundleContents = { createdAt, createdBy: createdBy as BundleCreator, enterprise: enterprise.value, agreements, recordSummary: recordSummary.value, witnesses, ...(signedBy ? { signedBy } : {}) };
  const checked = await bundleContentsCheck(contents, (agreement, witness) => (agreement ? bundleAgreementPath(agreement) : witness ? bundleWitnessPath(witness) : ''));
  if (!checked.ok) return checked;
  if (!(await bundleSignatureValid(checked.value))) return resultErr('bundle.signatureInvalid', 'the bundle signature does not verify', { role: 'enterprise' });
  return resultOk({ contents: checked.value, formatVersion: manifest.value.formatVersion, bundleHash: manifest.value.bundleHash, encrypted: envelope.value.encrypted, parts: manifest.value.parts });
}

/** The checked contents of a bundle file; errors as bundleOpen. */
export async function bundleRead(file: Uint8Array, password?: string): Promise<Result<BundleContents>> {
  const opened = await bundleOpen(file, password);
  return opened.ok ? resultOk(opened.value.contents) : opened;
}
