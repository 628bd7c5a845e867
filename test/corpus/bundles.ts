// Agreement bundles (.wdbundle): bytes that are no bundle, a valid bundle cut short or with a byte
// flipped at many points, the encrypted bundle with a missing or wrong password, and files with a valid
// envelope around a zip that is not what a bundle holds (as a careless or malicious writer makes them).
import { unzipSync, zipSync } from 'fflate';
import { canonicalJson } from '../../shared/backup/canonicalJson';
import { sha256Hex } from '../../shared/backup/sha256';
import { sha256HexOfBytes, utf8Bytes } from '../../shared/bundle/bytes';
import { envelopeOpen, envelopePrefixBytes, envelopeWrap } from '../../shared/bundle/envelope';
import type { CorpusCase } from './corpusCase';
import { corpusRandomBytes } from './rosters';

/** Valid bundles of the reference case, built by the test (low PBKDF2 iterations for the encrypted one). */
export interface CorpusBundles {
  readonly plain: Uint8Array;
  readonly encrypted: Uint8Array;
  readonly password: string;
}

export interface BundleInput {
  readonly bytes: Uint8Array;
  readonly password?: string;
}
export type BundleCase = CorpusCase<'bundle', (valid: CorpusBundles) => Promise<BundleInput>>;

/** Damage the envelope's hash catches, named by where it was found. */
export const bundleDamageCodes = ['bundle.damaged', 'bundle.truncated', 'bundle.notBundle'] as const;

const bundle = (name: string, code: string, make: (valid: CorpusBundles) => BundleInput | Promise<BundleInput>): BundleCase => ({
  name, kind: 'bundle', input: async (valid) => make(valid), code,
});

function flipped(file: Uint8Array, position: number): Uint8Array {
  const copy = file.slice();
  copy[position]! ^= 0x01;
  return copy;
}

/** The file with the body length in its header (bytes 10–13, big-endian) changed. */
function withDeclaredLength(file: Uint8Array, change: (declared: number) => number): Uint8Array {
  const copy = file.slice();
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  view.setUint32(10, change(view.getUint32(10)));
  return copy;
}

function unwrapped<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

type Entries = Record<string, Uint8Array>;
const jsonBytes = (value: unknown) => utf8Bytes(unwrapped(canonicalJson(value)));
const jsonOf = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

async function entriesOf(file: Uint8Array): Promise<Entries> {
  return unzipSync(unwrapped(await envelopeOpen(file)).zip);
}

/** The manifest's part list, sizes, hashes and bundleHash made to match `entries` (so only the change is wrong). */
async function resealed(entries: Entries, manifestEdit: (m: Record<string, unknown>) => void = () => {}): Promise<Entries> {
  const manifest = jsonOf(entries['manifest.json']);
  const parts = [];
  for (const path of Object.keys(entries).filter((p) => p !== 'manifest.json').sort()) {
    parts.push({ path, sha256: await sha256HexOfBytes(new Uint8Array(entries[path]!)), bytes: entries[path]!.length });
  }
  const rest: Record<string, unknown> = { ...manifest, parts };
  delete rest.bundleHash;
  manifestEdit(rest);
  const bundleHash = await sha256Hex(unwrapped(canonicalJson(rest)));
  return { ...entries, 'manifest.json': jsonBytes({ ...rest, bundleHash }) };
}

/** A file with a valid envelope around a zip of `entries`. */
async function wrapped(entries: Entries): Promise<Uint8Array> {
  return unwrapped(await envelopeWrap(zipSync(entries)));
}

/** Changes the plain bundle's zip entries and wraps them in a valid envelope again. */
const inner = (name: string, code: string, change: (entries: Entries) => Promise<Entries> | Entries) =>
  bundle(name, code, async (v) => ({ bytes: await wrapped(await change(await entriesOf(v.plain))) }));

/** Fractions of the file length at which the plain bundle is cut. */
const cuts = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99];
/** Byte positions flipped in the envelope header (magic, version, flags, length, hash) and fractions of the body. */
const headerFlips = [0, 3, 8, 9, 14, 30, 45];
const bodyFlips = [0, 0.2, 0.4, 0.6, 0.8, 1];

export const bundleCases: readonly BundleCase[] = [
  bundle('no bytes at all (a failed copy)', 'bundle.truncated', () => ({ bytes: new Uint8Array(0) })),
  ...[1, 7, 46, 1000, 100_000].map((n) => bundle(`${n} random bytes`, 'bundle.notBundle', () => ({ bytes: corpusRandomBytes(n, n) }))),
  bundle('a plain zip file', 'bundle.notBundle', () => ({ bytes: zipSync({ 'enterprise.json': utf8Bytes('{}') }) })),
  bundle('a backup file', 'bundle.notBundle', () => ({ bytes: utf8Bytes('{"format":"wagedesk-backup","formatVersion":1}') })),
  bundle('the magic in lower case', 'bundle.notBundle', (v) => { const b = v.plain.slice(); b.set(utf8Bytes('wdbundle')); return { bytes: b }; }),
  bundle('only the magic', 'bundle.truncated', () => ({ bytes: utf8Bytes('WDBUNDLE') })),
  bundle('the first 5 bytes of the magic', 'bundle.truncated', () => ({ bytes: utf8Bytes('WDBUN') })),
  ...[9, 14, 45].map((n) => bundle(`cut inside the 46-byte header, after ${n} bytes`, 'bundle.truncated', (v) => ({ bytes: v.plain.slice(0, n) }))),
  bundle('cut right after the header', 'bundle.truncated', (v) => ({ bytes: v.plain.slice(0, envelopePrefixBytes) })),
  ...cuts.map((share) => bundle(`cut at ${share * 100} %`, 'bundle.truncated', (v) => ({ bytes: v.plain.slice(0, Math.floor(v.plain.length * share)) }))),
  bundle('cut one byte short', 'bundle.truncated', (v) => ({ bytes: v.plain.slice(0, -1) })),
  ...headerFlips.map((p) => bundle(`byte ${p} of the header flipped`, 'bundle.damaged', (v) => ({ bytes: flipped(v.plain, p) }))),
  ...bodyFlips.map((share) => bundle(`a byte at ${share * 100} % of the body flipped`, 'bundle.damaged', (v) => {
    const p = Math.min(v.plain.length - 1, envelopePrefixBytes + Math.floor((v.plain.length - envelopePrefixBytes) * share));
    return { bytes: flipped(v.plain, p) };
  })),
  bundle('the length field claims more bytes than the file has', 'bundle.truncated', (v) => ({ bytes: withDeclaredLength(v.plain, (n) => n + 0x0100_0000) })),
  bundle('the length field claims one byte more', 'bundle.truncated', (v) => ({ bytes: withDeclaredLength(v.plain, (n) => n + 1) })),
  bundle('the length field claims one byte less', 'bundle.damaged', (v) => ({ bytes: withDeclaredLength(v.plain, (n) => n - 1) })),
  bundle('a byte appended', 'bundle.damaged', (v) => ({ bytes: Uint8Array.from([...v.plain, 0]) })),
  bundle('two bundles in one file', 'bundle.damaged', (v) => ({ bytes: Uint8Array.from([...v.plain, ...v.plain]) })),
  bundle('encrypted: no password given', 'bundle.passwordRequired', (v) => ({ bytes: v.encrypted })),
  bundle('encrypted: an empty password', 'bundle.passwordRequired', (v) => ({ bytes: v.encrypted, password: '' })),
  bundle('encrypted: a wrong password', 'bundle.wrongPassword', (v) => ({ bytes: v.encrypted, password: 'wrong password' })),
  bundle('encrypted: the password in other case', 'bundle.wrongPassword', (v) => ({ bytes: v.encrypted, password: v.password.toUpperCase() })),
  bundle('encrypted: the password with a trailing space', 'bundle.wrongPassword', (v) => ({ bytes: v.encrypted, password: `${v.password} ` })),
  bundle('encrypted: cut at 50 %', 'bundle.truncated', (v) => ({ bytes: v.encrypted.slice(0, v.encrypted.length >> 1), password: v.password })),
  bundle('encrypted: a byte of the ciphertext flipped', 'bundle.damaged', (v) => ({ bytes: flipped(v.encrypted, v.encrypted.length - 20), password: v.password })),
  bundle('a valid envelope around bytes that are no zip', 'bundle.notZip', async () => ({ bytes: unwrapped(await envelopeWrap(corpusRandomBytes(300, 3))) })),
  bundle('a valid envelope around an empty zip', 'bundle.manifestMissing', async () => ({ bytes: await wrapped({}) })),
  inner('the manifest removed', 'bundle.manifestMissing', (e) => { const { 'manifest.json': _m, ...rest } = e; return rest; }),
  inner('the manifest is not JSON', 'bundle.manifestDamaged', (e) => ({ ...e, 'manifest.json': utf8Bytes('{ not json') })),
  inner('the manifest of a backup', 'bundle.manifestDamaged', (e) => ({ ...e, 'manifest.json': jsonBytes({ format: 'wagedesk-backup' }) })),
  inner('a manifest of format version 2', 'bundle.tooNew', (e) => ({ ...e, 'manifest.json': jsonBytes({ ...jsonOf(e['manifest.json']), formatVersion: 2 }) })),
  inner('a manifest whose bundle hash does not match', 'bundle.manifestDamaged', (e) => ({ ...e, 'manifest.json': jsonBytes({ ...jsonOf(e['manifest.json']), createdBy: 'federation' }) })),
  inner('a manifest created by someone unknown', 'bundle.manifestDamaged', (e) => resealed(e, (m) => { m.createdBy = 'someone'; })),
  inner('a manifest dated "yesterday"', 'bundle.manifestDamaged', (e) => resealed(e, (m) => { m.createdAt = 'yesterday'; })),
  inner('a part listed twice', 'bundle.manifestDamaged', (e) => resealed(e, (m) => { const parts = m.parts as unknown[]; m.parts = [...parts, parts[0]]; })),
  inner('the enterprise part removed', 'bundle.partMissing', (e) => { const { 'enterprise.json': _x, ...rest } = e; return resealed(rest); }),
  inner('a listed part missing from the zip', 'bundle.partMissing', async (e) => { const sealed = await resealed(e); delete sealed['record-summary.json']; return sealed; }),
  inner('the enterprise part changed, manifest not', 'bundle.partDamaged', (e) => ({ ...e, 'enterprise.json': utf8Bytes('{"profile":{}}') })),
  inner('a part the manifest does not list', 'bundle.partUnexpected', (e) => ({ ...e, 'notes.txt': utf8Bytes('hello') })),
  inner('the enterprise part is not JSON', 'bundle.partInvalid', (e) => resealed({ ...e, 'enterprise.json': utf8Bytes('not json') })),
  inner('the enterprise has no profile', 'bundle.partInvalid', (e) => resealed({ ...e, 'enterprise.json': jsonBytes({ people: [] }) })),
  inner('the enterprise credit code has a bad check character', 'bundle.partInvalid', (e) => {
    const enterprise = jsonOf(e['enterprise.json']) as { profile: Record<string, unknown> };
    const code = String(enterprise.profile.creditCode);
    return resealed({ ...e, 'enterprise.json': jsonBytes({ ...enterprise, profile: { ...enterprise.profile, creditCode: code.slice(0, 17) + (code.endsWith('0') ? '1' : '0') } }) });
  }),
  inner('the record summary is a list', 'bundle.partInvalid', (e) => resealed({ ...e, 'record-summary.json': jsonBytes([]) })),
  inner('an agreement text changed after its fingerprint', 'bundle.fingerprintMismatch', (e) => {
    const path = Object.keys(e).find((p) => p.startsWith('agreements/'))!;
    const agreement = jsonOf(e[path]) as { content: Record<string, unknown> };
    return resealed({ ...e, [path]: jsonBytes({ ...agreement, content: { ...agreement.content, title: `${String(agreement.content.title)}（改）` } }) });
  }),
];
