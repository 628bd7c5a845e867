// The layers every bundle kind shares (docs/bundle-format.md): canonical-JSON parts in a zip, each listed
// in a manifest with its SHA-256 and size, the manifest hashed (bundleHash), the zip in the envelope.
// The agreement bundle (format.ts) and the sector bundle (sectorBundle.ts) differ only in their parts
// and the checks across them; packing and unpacking, and their error codes, are these.
import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { canonicalJson } from '../backup/canonicalJson';
import { jsonDepthMax, jsonTextTooDeep } from '../backup/jsonDepth';
import { sha256Hex } from '../backup/sha256';
import { resultErr, resultOk, type Result } from '../result';
import { sha256HexOfBytes, utf8Bytes, utf8Text } from './bytes';
import { envelopeWrap, type EnvelopeOptions } from './envelope';
import { zipFilesRead, type ZipReadMeter } from './zipRead';

export const bundleManifestPath = 'manifest.json';
/** A zip larger than this when unpacked (counted as it inflates) is refused (bundle.tooLarge): no zip bombs. */
export const bundleUnpackedBytesMax = 64 * 1024 * 1024;

export interface BundlePart {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export function firstIssue(error: z.ZodError): { field: string; message: string } {
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
 * The bundle file: `values` (path → part value) as canonical JSON, listed in a manifest made of `head`
 * (format, version, creator, …) and the parts, hashed; entries in path order, all at `createdAt`, so the
 * same contents give the same bytes. Errors: bundle.invalid (params.field), envelope errors.
 */
export async function bundlePack(head: Record<string, unknown> & { readonly createdAt: string }, values: ReadonlyMap<string, unknown>, options: EnvelopeOptions): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const files: Zippable = {};
  const parts: BundlePart[] = [];
  for (const path of [...values.keys()].sort()) {
    const bytes = canonicalBytes(values.get(path));
    if (!bytes) return resultErr('bundle.invalid', `${path} holds a value JSON cannot carry`, { field: path });
    files[path] = bytes;
    parts.push({ path, sha256: await sha256HexOfBytes(bytes), bytes: bytes.length });
  }
  const unhashed = { ...head, parts };
  const unhashedText = canonicalJson(unhashed);
  if (!unhashedText.ok) return resultErr('bundle.invalid', unhashedText.error.message, { field: 'createdAt' });
  const manifest = { ...unhashed, bundleHash: await sha256Hex(unhashedText.value) };
  const zip = zipSync({ [bundleManifestPath]: canonicalBytes(manifest)!, ...files }, { level: 6, mtime: zipTime(head.createdAt) });
  return envelopeWrap(zip, options);
}

/** The part's JSON (undefined when it is not UTF-8 JSON), or bundle.tooDeep (params.path) past jsonDepthMax. */
export function partJson(path: string, bytes: Uint8Array): Result<unknown> {
  const text = utf8Text(bytes);
  if (text === null) return resultOk(undefined);
  if (jsonTextTooDeep(text)) return resultErr('bundle.tooDeep', `${path} nests deeper than ${jsonDepthMax} levels`, { path });
  try {
    return resultOk(JSON.parse(text) as unknown);
  } catch {
    return resultOk(undefined);
  }
}

export function partParse<T>(schema: z.ZodType<T>, path: string, bytes: Uint8Array): Result<T> {
  const json = partJson(path, bytes);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return resultOk(parsed.data);
  const { field, message } = firstIssue(parsed.error);
  return resultErr('bundle.partInvalid', `${path}: ${field}: ${message}`, { path, field });
}

export function unzipChecked(zip: Uint8Array, meter?: ZipReadMeter): Result<Record<string, Uint8Array>> {
  const files = zipFilesRead(zip, bundleUnpackedBytesMax, { meter });
  if (files.ok) return files;
  if (files.error.code === 'zip.tooLarge') return resultErr('bundle.tooLarge', `the bundle unpacks to more than ${bundleUnpackedBytesMax} bytes or than it declares: ${files.error.message}`);
  return resultErr('bundle.notZip', `the envelope holds no readable zip: ${files.error.message}`);
}

/** What a reader expects of a manifest: its tag and version, its shape, and the other kind's tag with its error. */
export interface ManifestKind<T> {
  readonly tag: string;
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** The tag of the other bundle kind, and the code that says the file is one (bundle.sectorBundle …). */
  readonly other: { readonly tag: string; readonly code: string; readonly message: string };
}

/**
 * manifest.json read and checked for `kind`: present, JSON, its tag (the other kind is named, anything else is
 * damage), not newer than this build reads (bundle.tooNew), its shape, its own hash (bundleHash).
 * Errors: bundle.manifestMissing, bundle.tooDeep, kind.other.code, bundle.manifestDamaged (params.field), bundle.tooNew.
 */
export async function manifestRead<T extends { readonly bundleHash: string }>(files: Record<string, Uint8Array>, kind: ManifestKind<T>): Promise<Result<T>> {
  const bytes = files[bundleManifestPath];
  if (!bytes) return resultErr('bundle.manifestMissing', 'the bundle has no manifest.json');
  const json = partJson(bundleManifestPath, bytes);
  if (!json.ok) return json;
  const raw = json.value as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof raw !== 'object' || raw === null) return resultErr('bundle.manifestDamaged', `manifest.json is not a ${kind.tag} manifest`);
  if (raw.format === kind.other.tag) return resultErr(kind.other.code, kind.other.message);
  if (raw.format !== kind.tag) return resultErr('bundle.manifestDamaged', `manifest.json is not a ${kind.tag} manifest`);
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > kind.version) {
    return resultErr('bundle.tooNew', `${kind.tag} format version ${version}; this build reads up to ${kind.version}`, { formatVersion: version });
  }
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return resultErr('bundle.manifestDamaged', `manifest.json: ${field}: ${message}`, { field });
  }
  if (!(await manifestHashValid(parsed.data))) return resultErr('bundle.manifestDamaged', 'the manifest hash (bundleHash) does not match the manifest');
  return resultOk(parsed.data);
}

/** The manifest's own hash (bundleHash) checked: SHA-256 of its canonical JSON without that field. */
async function manifestHashValid(manifest: { readonly bundleHash: string }): Promise<boolean> {
  const { bundleHash, ...unhashed } = manifest;
  const text = canonicalJson(unhashed);
  return text.ok && (await sha256Hex(text.value)) === bundleHash;
}

/**
 * Every listed part present with its size and SHA-256, the `required` ones listed, nothing unlisted.
 * Errors: bundle.manifestDamaged (a part listed twice), bundle.partMissing, bundle.partDamaged, bundle.partUnexpected.
 */
export async function partsVerify(files: Record<string, Uint8Array>, parts: readonly BundlePart[], required: readonly string[]): Promise<Result<null>> {
  const listed = new Set<string>([bundleManifestPath]);
  for (const part of parts) {
    if (listed.has(part.path)) return resultErr('bundle.manifestDamaged', `manifest.json lists ${part.path} twice`, { field: 'parts' });
    listed.add(part.path);
    const bytes = files[part.path];
    if (!bytes) return resultErr('bundle.partMissing', `${part.path} is listed in the manifest but not in the file`, { path: part.path });
    if (bytes.length !== part.bytes || (await sha256HexOfBytes(new Uint8Array(bytes))) !== part.sha256) {
      return resultErr('bundle.partDamaged', `${part.path} does not match its SHA-256 in the manifest`, { path: part.path });
    }
  }
  for (const path of required) {
    if (!listed.has(path)) return resultErr('bundle.partMissing', `the bundle has no ${path}`, { path });
  }
  const unexpected = Object.keys(files).find((path) => !listed.has(path));
  if (unexpected !== undefined) return resultErr('bundle.partUnexpected', `${unexpected} is in the file but not in the manifest`, { path: unexpected });
  return resultOk(null);
}
