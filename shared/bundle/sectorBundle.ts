// The sector bundle (docs/bundle-format.md, "Sector bundles"): one signed sector or regional agreement
// (shared/sector/sectorAgreement.ts) as a file, for the members, the labour administration or another
// federation. The same envelope, zip, manifest and part hashes as the agreement bundle (packing.ts), with
// its own manifest tag so neither reader mistakes one for the other; inside, the agreement with its frozen
// text, fingerprint and witness signatures, and the public keys of those witnesses. Only a signed
// agreement travels: a draft is still being negotiated.
import { z } from 'zod';
import { resultErr, resultOk, type Result } from '../result';
import { sectorAgreementSchema, type SectorAgreement } from '../sector/sectorAgreement';
import { sectorFingerprint } from '../sector/sectorFingerprint';
import { witnessPublicKeyExport, witnessPublicKeySchema, witnessVerify, type WitnessPublicKey } from '../witness/identity';
import { sha256TextSchema } from './agreement';
import { witnessKeysChecked } from './contents';
import { bundleFormatTag, bundleWitnessPartRead, bundleWitnessPath, sectorBundleFormatTag } from './format';
import { envelopeOpen, type EnvelopeOptions } from './envelope';
import { bundlePack, firstIssue, manifestRead, partParse, partsVerify, unzipChecked, type ManifestKind } from './packing';
import type { ZipReadMeter } from './zipRead';

export const sectorBundleFormatVersion = 1;
export const sectorBundleAgreementPath = 'sector.json';

export interface SectorBundleContents {
  /** ISO 8601 instant the bundle was made. */
  readonly createdAt: string;
  readonly agreement: SectorAgreement;
  /** Public keys of the agreement's witnesses, by fingerprint. */
  readonly witnesses: readonly WitnessPublicKey[];
}

export interface SectorBundleOpened {
  readonly contents: SectorBundleContents;
  readonly formatVersion: number;
  readonly bundleHash: string;
  readonly encrypted: boolean;
}

const partPathSchema = z.string().regex(/^(?:sector\.json|witness\/[0-9a-f]{16}\.json)$/, 'not a sector bundle part path');

const manifestSchema = z.looseObject({
  format: z.literal(sectorBundleFormatTag),
  formatVersion: z.literal(sectorBundleFormatVersion),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.literal('federation'),
  parts: z.array(z.strictObject({ path: partPathSchema, sha256: sha256TextSchema, bytes: z.number().int().min(0) })).max(100),
  bundleHash: sha256TextSchema,
});

const contentsSchema = z.strictObject({
  createdAt: z.iso.datetime({ offset: true }),
  agreement: sectorAgreementSchema,
  witnesses: z.array(witnessPublicKeySchema).max(20),
});

/** What a bundle of `agreement` carries: the agreement and the public key of each witness who signed it. */
export async function sectorBundleContentsOf(agreement: SectorAgreement, createdAt: string): Promise<SectorBundleContents> {
  const keys = new Map(agreement.signatures.map((s) => [s.publicKey, s.name] as const));
  const witnesses = await Promise.all([...keys].map(([publicKeyHex, name]) => witnessPublicKeyExport({ name, publicKeyHex })));
  return { createdAt, agreement, witnesses };
}

/**
 * Signed, fingerprint matching, every signature verifying, every witness key matching its fingerprint once.
 * Errors: bundle.partInvalid (params.path, field), bundle.fingerprintMismatch, bundle.signatureInvalid.
 */
async function contentsCheck(contents: SectorBundleContents): Promise<Result<SectorBundleContents>> {
  const { agreement } = contents;
  const at = { agreementId: agreement.id, version: 1 };
  if (agreement.signedAt === null || agreement.fingerprint === null) {
    return resultErr('bundle.partInvalid', `sector agreement ${agreement.id} is not signed`, { path: sectorBundleAgreementPath, field: 'signedAt' });
  }
  if ((await sectorFingerprint(agreement)) !== agreement.fingerprint) {
    return resultErr('bundle.fingerprintMismatch', `sector agreement ${agreement.id}: the fingerprint does not match the content`, at);
  }
  for (const signature of agreement.signatures) {
    if (!(await witnessVerify(signature, agreement.fingerprint))) {
      return resultErr('bundle.signatureInvalid', `sector agreement ${agreement.id}: the ${signature.role} signature does not verify`, { ...at, role: signature.role });
    }
  }
  const witnesses = await witnessKeysChecked(contents.witnesses, bundleWitnessPath);
  if (!witnesses.ok) return witnesses;
  return resultOk({ ...contents, witnesses: witnesses.value });
}

/** The sector bundle file; builds only what a reader accepts. Errors: bundle.invalid (params.field), as contentsCheck, envelope errors. */
export async function sectorBundleBuild(contents: SectorBundleContents, options: EnvelopeOptions = {}): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const parsed = contentsSchema.safeParse(contents);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return resultErr('bundle.invalid', `${field}: ${message}`, { field });
  }
  const checked = await contentsCheck(parsed.data);
  if (!checked.ok) return checked;
  const values = new Map<string, unknown>([[sectorBundleAgreementPath, checked.value.agreement], ...checked.value.witnesses.map((w) => [bundleWitnessPath(w), w] as const)]);
  return bundlePack({ format: sectorBundleFormatTag, formatVersion: sectorBundleFormatVersion, createdAt: checked.value.createdAt, createdBy: 'federation' }, values, options);
}

const manifestKind: ManifestKind<z.output<typeof manifestSchema>> = {
  tag: sectorBundleFormatTag,
  version: sectorBundleFormatVersion,
  schema: manifestSchema,
  other: { tag: bundleFormatTag, code: 'bundle.enterpriseBundle', message: 'this is an enterprise agreement bundle, not a sector bundle' },
};

async function openChecked(file: Uint8Array, password: string | undefined, meter: ZipReadMeter | undefined): Promise<Result<SectorBundleOpened>> {
  const envelope = await envelopeOpen(file, password);
  if (!envelope.ok) return envelope;
  const files = unzipChecked(envelope.value.zip, meter);
  if (!files.ok) return files;
  const manifest = await manifestRead(files.value, manifestKind);
  if (!manifest.ok) return manifest;
  const verified = await partsVerify(files.value, manifest.value.parts, [sectorBundleAgreementPath]);
  if (!verified.ok) return verified;
  const agreement = partParse(sectorAgreementSchema, sectorBundleAgreementPath, files.value[sectorBundleAgreementPath]!);
  if (!agreement.ok) return agreement;
  const witnesses: WitnessPublicKey[] = [];
  for (const { path } of manifest.value.parts) {
    if (!path.startsWith('witness/')) continue;
    const witness = bundleWitnessPartRead(path, files.value[path]!);
    if (!witness.ok) return witness;
    witnesses.push(witness.value);
  }
  const checked = await contentsCheck({ createdAt: manifest.value.createdAt, agreement: agreement.value, witnesses });
  if (!checked.ok) return checked;
  return resultOk({ contents: checked.value, formatVersion: manifest.value.formatVersion, bundleHash: manifest.value.bundleHash, encrypted: envelope.value.encrypted });
}

/** Opens a sector bundle and checks all of it (the same codes as bundleOpen; bundle.enterpriseBundle for an enterprise's). Never throws. */
export async function sectorBundleOpen(file: Uint8Array, password?: string, meter?: ZipReadMeter): Promise<Result<SectorBundleOpened>> {
  try {
    return await openChecked(file, password, meter);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('bundle.unreadable', `the bundle could not be read: ${message}`, { message });
  }
}
