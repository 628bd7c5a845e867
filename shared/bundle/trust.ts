// The trust model (docs/bundle-format.md, "Trust"): which keys count, pure. Three kinds of key are
// pinned: this federation's own witness key, the federations it trusts (public keys imported by hand and
// compared by fingerprint over the phone or on paper), and each enterprise's bundle-signing key, pinned
// on that enterprise's first signed bundle. A signature counts as a witness only under a pinned
// federation key and only while it verifies; a bundle for a known enterprise counts only under its
// pinned key, and anything else is held for an explicit decision.
import { z } from 'zod';
import * as ed from '@noble/ed25519';
import { bytesFromBase64, bytesFromHex } from './bytes';
import { signatureMessage } from '../witness/identity';
import type { AgreementVersion } from './agreement';
import type { BundleContents, BundleSignedBy } from './contents';
import { registryAgreementCurrent, type BundleRegistry } from './registry';
import type { SignatureEd25519 } from './signature';

export const trustedKeyRoles = ['federation', 'enterprise'] as const;
export type TrustedKeyRole = (typeof trustedKeyRoles)[number];

/**
 * How a key came to be on record: imported by hand, the enterprise's first signed bundle, a held bundle
 * accepted, or a held bundle refused (decision `refused`).
 */
export const trustedKeyOrigins = ['imported', 'firstBundle', 'accepted', 'refused'] as const;

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'not 32 bytes of lower-case hex');

/** One pinned key (table `trustedKeys`, backed up). A refused key stays on record so its bundles are refused again. */
export const trustedKeySchema = z.strictObject({
  /** `${role}:${creditCode or ''}:${publicKeyHex}`. */
  id: z.string().min(1).max(200),
  role: z.enum(trustedKeyRoles),
  name: z.string().trim().min(1).max(100),
  publicKeyHex: hex32,
  /** SHA-256 of the 32 key bytes, lower-case hex. */
  fingerprint: hex32,
  /** The enterprise the key signs for (role enterprise), else null. */
  creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/).nullable(),
  decision: z.enum(['trusted', 'refused']),
  addedAt: z.iso.datetime({ offset: true }),
  addedHow: z.enum(trustedKeyOrigins),
});
export type TrustedKey = z.output<typeof trustedKeySchema>;

export function trustedKeyId(role: TrustedKeyRole, creditCode: string | null, publicKeyHex: string): string {
  return `${role}:${creditCode ?? ''}:${publicKeyHex}`;
}

/** The fingerprint grouped for reading aloud or comparing on paper: 16 groups of 4 hex digits. */
export function fingerprintGroups(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}

/** What a witness signature on an agreement version is worth here. */
export const witnessTrusts = ['ours', 'trustedFederation', 'unknownKey', 'invalid', 'none'] as const;
export type WitnessTrust = (typeof witnessTrusts)[number];

export interface TrustKeys {
  /** This federation's witness public key (hex), when it has one. */
  readonly ourKey: string | null;
  /** Every pinned key, trusted or refused. */
  readonly pinned: readonly TrustedKey[];
}

/**
 * Checks one Ed25519 signature. Verification is deterministic, so results are remembered by the exact
 * signature, key and message: reading the registry again re-checks any row whose bytes changed (another
 * key, another message) and skips only work already done on identical bytes.
 */
const verified = new Map<string, boolean>();
const verifiedMax = 20_000;

export async function signatureVerifies(signature: SignatureEd25519, fingerprint: string): Promise<boolean> {
  const memo = `${signature.publicKey}|${signature.signature}|${signature.role}|${signature.name}|${signature.signedAt}|${fingerprint}`;
  const known = verified.get(memo);
  if (known !== undefined) return known;
  const sig = bytesFromBase64(signature.signature);
  const key = bytesFromHex(signature.publicKey);
  let ok = false;
  if (sig && sig.length === 64 && key && key.length === 32) {
    try {
      ok = await ed.verifyAsync(sig, signatureMessage(signature, fingerprint), key, { zip215: false });
    } catch {
      ok = false; // a public key that is not a curve point
    }
  }
  if (verified.size >= verifiedMax) verified.clear();
  verified.set(memo, ok);
  return ok;
}

/**
 * The witness standing of one version: `invalid` when any of its Ed25519 signatures fails to verify
 * (whoever it claims to be), else `ours` / `trustedFederation` when a witness signature is under our key
 * or a trusted federation's, `unknownKey` when witness signatures exist only under other keys (they do
 * not count as witnessed), `none` without any.
 */
export async function witnessTrustOf(version: Pick<AgreementVersion, 'signatures' | 'fingerprint'>, keys: TrustKeys): Promise<WitnessTrust> {
  const signed = version.signatures.filter((s): s is SignatureEd25519 => s.kind === 'ed25519');
  for (const s of signed) if (!(await signatureVerifies(s, version.fingerprint))) return 'invalid';
  const witnesses = signed.filter((s) => s.role === 'witness');
  if (keys.ourKey !== null && witnesses.some((s) => s.publicKey === keys.ourKey)) return 'ours';
  const federations = new Set(keys.pinned.filter((k) => k.role === 'federation' && k.decision === 'trusted').map((k) => k.publicKeyHex));
  if (witnesses.some((s) => federations.has(s.publicKey))) return 'trustedFederation';
  return witnesses.length > 0 ? 'unknownKey' : 'none';
}

/** True for the statuses that count as witnessed. */
export function witnessTrustCounts(trust: WitnessTrust): boolean {
  return trust === 'ours' || trust === 'trustedFederation';
}

/** What to do with a bundle, given who signed it and the keys pinned for its enterprise. */
export type BundleTrust =
  /** Signed by the key pinned for this enterprise. */
  | { readonly kind: 'pinned' }
  /** A new enterprise's first signed bundle: its key is pinned on import. */
  | { readonly kind: 'pinNew'; readonly key: BundleSignedBy }
  /** Unsigned, for an enterprise with no pinned key (older builds did not sign): imported, nothing pinned. */
  | { readonly kind: 'unsigned' }
  /**
   * A known enterprise, and the bundle is not signed by its pinned key (another key, none while a key is
   * pinned, or a first key for an enterprise already held): nothing is applied until the user accepts or refuses.
   */
  | { readonly kind: 'held'; readonly reason: 'otherKey' | 'unsigned' | 'firstKey'; readonly key: BundleSignedBy | null; readonly pinned: TrustedKey | null }
  /** Signed by a key the user refused for this enterprise before. */
  | { readonly kind: 'refused'; readonly key: BundleSignedBy };

/** The enterprise key pinned (trusted) for `creditCode`, if any: the one added last. */
export function enterprisePin(pinned: readonly TrustedKey[], creditCode: string): TrustedKey | null {
  const pins = pinned.filter((k) => k.role === 'enterprise' && k.creditCode === creditCode && k.decision === 'trusted').sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
  return pins[pins.length - 1] ?? null;
}

/**
 * The standing of a bundle whose own signature (if any) has verified (format.ts checks it on read).
 * `known`: the registry already holds this enterprise. `accepted`: key hex (or '' for unsigned) the user
 * accepted for this enterprise in this import.
 */
export function bundleTrustOf(contents: BundleContents, known: boolean, pinned: readonly TrustedKey[], accepted: ReadonlySet<string> = new Set()): BundleTrust {
  const creditCode = contents.enterprise.profile.creditCode;
  const key = contents.signedBy ?? null;
  const pin = enterprisePin(pinned, creditCode);
  if (key && pin?.publicKeyHex === key.publicKeyHex) return { kind: 'pinned' };
  if (accepted.has(key?.publicKeyHex ?? '')) return key ? { kind: 'pinNew', key } : { kind: 'unsigned' };
  if (key && pinned.some((k) => k.role === 'enterprise' && k.creditCode === creditCode && k.decision === 'refused' && k.publicKeyHex === key.publicKeyHex)) {
    return { kind: 'refused', key };
  }
  if (key === null) {
    // No key pinned for the enterprise (its bundles so far came from builds that did not sign): nothing to compare.
    if (pin === null || accepted.has('')) return { kind: 'unsigned' };
    return { kind: 'held', reason: 'unsigned', key: null, pinned: pin };
  }
  if (!known && pin === null) return { kind: 'pinNew', key };
  return { kind: 'held', reason: pin === null ? 'firstKey' : 'otherKey', key, pinned: pin };
}

/** The witness standing of the current version of every agreement in `registry`, by agreement id (signatures verified now). */
export async function registryWitnessTrust(registry: BundleRegistry, keys: TrustKeys): Promise<Record<string, WitnessTrust>> {
  const out: Record<string, WitnessTrust> = {};
  for (const agreement of Object.values(registry.agreements)) out[agreement.agreementId] = await witnessTrustOf(registryAgreementCurrent(agreement), keys);
  return out;
}
