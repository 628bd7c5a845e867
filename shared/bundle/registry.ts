// The registry of agreements as pure data: enterprises by credit code, agreements by id with every
// version ever held (history is never dropped), and the witness keys seen. The federation keeps its
// registry this way (and an enterprise its own agreements); the app persists it, the logic lives here.
import { resultErr, resultOk, type Result } from '../result';
import { witnessPublicKeyExport, witnessSign, type WitnessIdentity, type WitnessPublicKey } from '../witness/identity';
import type { WitnessSigner } from '../witness/signer';
import { agreementSignatureAdd, type AgreementVersion } from './agreement';
import type { BundleContents, BundleCreator, BundleEnterprise, RecordSummary } from './contents';

export interface RegistryEnterprise {
  readonly creditCode: string;
  readonly enterprise: BundleEnterprise;
  readonly recordSummary: RecordSummary;
}

export interface RegistryAgreement {
  readonly agreementId: string;
  readonly enterpriseCreditCode: string;
  /** Ascending by version; the last is current, every earlier one is voided. */
  readonly versions: readonly AgreementVersion[];
}

export interface BundleRegistry {
  readonly enterprises: Readonly<Record<string, RegistryEnterprise>>;
  readonly agreements: Readonly<Record<string, RegistryAgreement>>;
  /** Witness public keys by key fingerprint. */
  readonly witnesses: Readonly<Record<string, WitnessPublicKey>>;
}

export function registryEmpty(): BundleRegistry {
  return { enterprises: {}, agreements: {}, witnesses: {} };
}

/** The version that counts: the highest held. */
export function registryAgreementCurrent(agreement: RegistryAgreement): AgreementVersion {
  return agreement.versions[agreement.versions.length - 1]!;
}

/** `versions` sorted, with `voided` true on all but the last. */
export function registryVersionsNormalize(versions: readonly AgreementVersion[]): AgreementVersion[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  return sorted.map((v, i) => {
    const voided = i < sorted.length - 1;
    return v.voided === voided ? v : { ...v, voided };
  });
}

/**
 * What to put in a bundle of one enterprise: its profile, record summary, every version of its agreements
 * and the keys of the witnesses who signed them. Errors: registry.enterpriseUnknown.
 */
export function registryBundleContents(registry: BundleRegistry, creditCode: string, createdBy: BundleCreator, createdAt: string): Result<BundleContents> {
  const held = registry.enterprises[creditCode];
  if (!held) return resultErr('registry.enterpriseUnknown', `no enterprise with credit code ${creditCode}`, { creditCode });
  const agreements = Object.values(registry.agreements)
    .filter((a) => a.enterpriseCreditCode === creditCode)
    .sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1))
    .flatMap((a) => a.versions);
  const signers = new Set(agreements.flatMap((a) => a.signatures.flatMap((s) => (s.kind === 'ed25519' ? [s.publicKey] : []))));
  const witnesses = Object.values(registry.witnesses)
    .filter((w) => signers.has(w.publicKeyHex))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
  return resultOk({ createdAt, createdBy, enterprise: held.enterprise, agreements, recordSummary: held.recordSummary, witnesses });
}

/**
 * The registry after `identity` witness-signs the current version of `agreementId`, its public key
 * recorded. Errors: registry.agreementUnknown, registry.alreadyWitnessed (this key signed that version).
 */
export async function registryWitnessSign(registry: BundleRegistry, identity: WitnessSigner | WitnessIdentity, agreementId: string, signedAt?: string): Promise<Result<BundleRegistry>> {
  const agreement = registry.agreements[agreementId];
  if (!agreement) return resultErr('registry.agreementUnknown', `no agreement ${agreementId}`, { agreementId });
  const current = registryAgreementCurrent(agreement);
  if (current.signatures.some((s) => s.kind === 'ed25519' && s.publicKey === identity.publicKeyHex)) {
    return resultErr('registry.alreadyWitnessed', `version ${current.version} is already signed with this key`, { agreementId, version: current.version });
  }
  const signed = agreementSignatureAdd(current, await witnessSign(identity, current.fingerprint, signedAt));
  if (!signed.ok) return signed;
  const key = await witnessPublicKeyExport(identity);
  return resultOk({
    ...registry,
    agreements: { ...registry.agreements, [agreementId]: { ...agreement, versions: [...agreement.versions.slice(0, -1), signed.value] } },
    witnesses: { ...registry.witnesses, [key.fingerprint]: key },
  });
}
