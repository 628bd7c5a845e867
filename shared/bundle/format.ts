// The agreement bundle, format version 1 (docs/bundle-format.md): one file an enterprise exports and a
// federation imports, and back. Inside the envelope (envelope.ts) is a zip of canonical-JSON parts and a
// manifest listing each part's SHA-256 and size, and the manifest's own hash. Reading checks everything
// and returns either the whole contents or one error naming what failed; there is no partial result.
// Reading is bounded: the zip by the bytes it really unpacks to (zipRead.ts), each JSON part by how deep
// it nests (backup/jsonDepth.ts), and nothing it meets is thrown to the caller (bundle.unreadable).
import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { canonicalJson } from '../backup/canonicalJson';
import { jsonDepthMax, jsonTextTooDeep } from '../backup/jsonDepth';
import { sha256Hex } from '../backup/sha256';
import { resultErr, resultOk, type Result } from '../result';
import { witnessPublicKeySchema, type WitnessPublicKey } from '../witness/identity';
import { agreementVersionSchema, sha256TextSchema, type AgreementVersion } from './agreement';
import { sha256HexOfBytes, utf8Bytes, utf8Text } from './bytes';
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
import { envelopeOpen, envelopeWrap, type EnvelopeOptions } from './envelope';
import { zipFilesRead, type ZipReadMeter } from './zipRead';

export const bundleFormatTag = 'wagedesk-bundle';
export const bundleFormatVersion = 1;
export const bundleManifestPath = 'manifest.json';
export const bundleEnterprisePath = 'enterprise.json';
export const bundleRecordSummaryPath = 'record-summary.json';
/** A zip larger than this when unpacked (counted as it inflates) is refused (bundle.tooLarge): no zip bombs. */
export const bundleUnpackedBytesMax = 64 * 1024 * 1024;

export function bundleAgreementPath(agreement: Pick<AgreementVersion, 'agreementId' | 'version'>): string {
  return `agreements/${agreement.agreementId}/v${agreement.version}.json`;
}

export function bundleWitnessPath(witness: Pick<WitnessPublicKey, 'fingerprint'>): string {
  return `witness/${witness.fingerprint.slice(0, 16)}.json`;
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

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  return { field: issue.path.join('.') || '(root)', message: issue.message };
}

function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> | null {
  const text = canonicalJson(value);
  return text.ok ? utf8Bytes(text.value) : null;
}

/** DOS zip time only spans 1980–2107; the entries' time is the bundle's, clamped into that range. */
function zipTime(createdAt: string): Date {
  const time = new Date(createdAt);
  const year = time.getUTCFullYear();
  return year >= 1981 && year <= 2106 ? time : new Date('1981-01-01T00:00:00Z');
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
  const files: Zippable = {};
  const parts: { path: string; sha256: string; bytes: number }[] = [];
  for (const path of [...values.keys()].sort()) {
    const bytes = canonicalBytes(values.get(path));
    if (!bytes) return resultErr('bundle.invalid', `${path} holds a value JSON cannot carry`, { field: path });
    files[path] = bytes;
    parts.push({ path, sha256: await sha256HexOfBytes(bytes), bytes: bytes.length });
  }
  const { signedBy } = checked.value;
  const unhashed = { format: bundleFormatTag, formatVersion: bundleFormatVersion, createdAt: checked.value.createdAt, createdBy: checked.value.createdBy, parts, ...(signedBy ? { signedBy } : {}) };
  const unhashedText = canonicalJson(unhashed);
  if (!unhashedText.ok) return resultErr('bundle.invalid', unhashedText.error.message, { field: 'createdAt' });
  const manifest = { ...unhashed, bundleHash: await sha256Hex(unhashedText.value) };
  const zip = zipSync({ [bundleManifestPath]: canonicalBytes(manifest)!, ...files }, { level: 6, mtime: zipTime(checked.value.createdAt) });
  return envelopeWrap(zip, options);
}

/** The part's JSON (undefined when it is not UTF-8 JSON), or bundle.tooDeep (params.path) past jsonDepthMax. */
function partJson(path: string, bytes: Uint8Array): Result<unknown> {
  const text = utf8Text(bytes);
  if (text === null) return resultOk(undefined);
  if (jsonTextTooDeep(text)) return resultErr('bundle.tooDeep', `${path} nests deeper than ${jsonDepthMax} levels`, { path });
  try {
    return resultOk(JSON.parse(text) as unknown);
  } catch {
    return resultOk(undefined);
  }
}

function partParse<T>(schema: z.ZodType<T>, path: string, bytes: Uint8Array): Result<T> {
  const json = partJson(path, bytes);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return resultOk(parsed.data);
  const { field, message } = firstIssue(parsed.error);
  return resultErr('bundle.partInvalid', `${path}: ${field}: ${message}`, { path, field });
}

function unzipChecked(zip: Uint8Array, meter?: ZipReadMeter): Result<Record<string, Uint8Array>> {
  const files = zipFilesRead(zip, bundleUnpackedBytesMax, { meter });
  if (files.ok) return files;
  if (files.error.code === 'zip.tooLarge') return resultErr('bundle.tooLarge', `the bundle unpacks to more than ${bundleUnpackedBytesMax} bytes or than it declares: ${files.error.message}`);
  return resultErr('bundle.notZip', `the envelope holds no readable zip: ${files.error.message}`);
}

async function manifestRead(files: Record<string, Uint8Array>): Promise<Result<BundleManifest>> {
  const bytes = files[bundleManifestPath];
  if (!bytes) return resultErr('bundle.manifestMissing', 'the bundle has no manifest.json');
  const json = partJson(bundleManifestPath, bytes);
  if (!json.ok) return json;
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== bundleFormatTag) {
    return resultErr('bundle.manifestDamaged', 'manifest.json is not a wagedesk-bundle manifest');
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > bundleFormatVersion) {
    return resultErr('bundle.tooNew', `bundle format version ${version}; this build reads up to ${bundleFormatVersion}`, { formatVersion: version });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return resultErr('bundle.manifestDamaged', `manifest.json: ${field}: ${message}`, { field });
  }
  const { bundleHash, ...unhashed } = parsed.data;
  const text = canonicalJson(unhashed);
  if (!text.ok || (await sha256Hex(text.value)) !== bundleHash) return resultErr('bundle.manifestDamaged', 'the manifest hash (bundleHash) does not match the manifest');
  return resultOk(parsed.data);
}

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
  const manifest = await manifestRead(files.value);
  if (!manifest.ok) return manifest;

  const listed = new Set<string>([bundleManifestPath]);
  for (const part of manifest.value.parts) {
    if (listed.has(part.path)) return resultErr('bundle.manifestDamaged', `manifest.json lists ${part.path} twice`, { field: 'parts' });
    listed.add(part.path);
    const bytes = files.value[part.path];
    if (!bytes) return resultErr('bundle.partMissing', `${part.path} is listed in the manifest but not in the file`, { path: part.path });
    if (bytes.length !== part.bytes || (await sha256HexOfBytes(new Uint8Array(bytes))) !== part.sha256) {
      return resultErr('bundle.partDamaged', `${part.path} does not match its SHA-256 in the manifest`, { path: part.path });
    }
  }
  for (const path of [bundleEnterprisePath, bundleRecordSummaryPath]) {
    if (!listed.has(path)) return resultErr('bundle.partMissing', `the bundle has no ${path}`, { path });
  }
  const unexpected = Object.keys(files.value).find((path) => !listed.has(path));
  if (unexpected !== undefined) return resultErr('bundle.partUnexpected', `${unexpected} is in the file but not in the manifest`, { path: unexpected });

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
      const witness = partParse(witnessPublicKeySchema, path, files.value[path]!);
      if (!witness.ok) return witness;
      if (bundleWitnessPath(witness.value) !== path) return resultErr('bundle.partInvalid', `${path} holds another witness key`, { path, field: 'fingerprint' });
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
