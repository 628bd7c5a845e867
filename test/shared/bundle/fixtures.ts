// Shared test material: the sample's bundle (made through the user's path, sampleBundle.ts), and a way
// to craft bundles whose envelope is valid but whose zip says something else, so the inner checks can be
// reached (random damage never passes the envelope's hash).
import { unzipSync, zipSync } from 'fflate';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { sha256Hex } from '../../../shared/backup/sha256';
import { sha256HexOfBytes, utf8Bytes } from '../../../shared/bundle/bytes';
import type { BundleContents } from '../../../shared/bundle/contents';
import { envelopeOpen, envelopeWrap } from '../../../shared/bundle/envelope';
import { bundleBuild } from '../../../shared/bundle/format';
import type { Result } from '../../../shared/result';
import { sampleAgreementId, sampleBundleContents } from './sampleBundle';

/** Low PBKDF2 cost so the tests stay fast; the default is 600 000. */
export const testIterations = 1_000;

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The sample's agreement: the Spring Festival round's wage agreement. */
export const referenceAgreementId = sampleAgreementId;

export async function referenceContents(): Promise<BundleContents> {
  return sampleBundleContents();
}

export async function referenceBundleFile(password?: string): Promise<Uint8Array> {
  return unwrap(await bundleBuild(await referenceContents(), password === undefined ? {} : { password, iterations: testIterations }));
}

export type ZipEntries = Record<string, Uint8Array>;

export function jsonOf(bytes: Uint8Array | undefined): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function bytesOf(value: unknown): Uint8Array {
  const text = canonicalJson(value);
  if (!text.ok) throw new Error(text.error.message);
  return utf8Bytes(text.value);
}

/** The zip entries inside a (plain) bundle file. */
export async function bundleEntries(file: Uint8Array): Promise<ZipEntries> {
  return unzipSync(unwrap(await envelopeOpen(file)).zip);
}

/** Rewrites the manifest's part hashes and sizes and its bundleHash so that they match `entries`. */
export async function manifestReseal(entries: ZipEntries): Promise<ZipEntries> {
  const manifest = jsonOf(entries['manifest.json']);
  const parts = [];
  for (const path of Object.keys(entries).filter((p) => p !== 'manifest.json').sort()) {
    parts.push({ path, sha256: await sha256HexOfBytes(new Uint8Array(entries[path]!)), bytes: entries[path]!.length });
  }
  const rest: Record<string, unknown> = { ...manifest, parts };
  delete rest.bundleHash;
  const text = canonicalJson(rest);
  if (!text.ok) throw new Error(text.error.message);
  return { ...entries, 'manifest.json': bytesOf({ ...rest, bundleHash: await sha256Hex(text.value) }) };
}

/** A bundle file with a valid envelope around a zip of `entries`. */
export async function bundleFromEntries(entries: ZipEntries): Promise<Uint8Array> {
  return unwrap(await envelopeWrap(zipSync(entries)));
}
