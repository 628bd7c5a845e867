// Importing a bundle into a registry, as two pure steps: a plan that says what would change (for the
// preview, and refused whole on a conflict), and the apply that makes the new registry state. The app
// writes that state in one transaction, so nothing is ever half-imported.
//
// Rules: an unknown enterprise or agreement is added; a version newer than the current one supersedes it
// (the older stays as history, voided); a version older than the current one, not yet held, is kept as
// history; a version already held with the same fingerprint changes nothing except signatures it lacks
// (e.g. the witness's, coming back from the federation); the same version with another fingerprint is a
// conflict and the whole import is refused. Importing the same bundle twice: the second plan is empty.
import { canonicalJson } from '../backup/canonicalJson';
import { resultErr, resultOk, type Result } from '../result';
import type { WitnessPublicKey } from '../witness/identity';
import type { AgreementVersion } from './agreement';
import type { AgreementSignature } from './signature';
import type { BundleContents, BundleEnterprise, RecordSummary } from './contents';
import { registryAgreementCurrent, registryVersionsNormalize, type BundleRegistry } from './registry';

export type BundleImportChange =
  | { readonly kind: 'enterpriseNew'; readonly creditCode: string; readonly enterprise: BundleEnterprise; readonly recordSummary: RecordSummary }
  | { readonly kind: 'enterpriseUpdated'; readonly creditCode: string; readonly enterprise: BundleEnterprise; readonly fields: readonly string[] }
  | { readonly kind: 'recordSummaryUpdated'; readonly creditCode: string; readonly recordSummary: RecordSummary }
  | { readonly kind: 'witnessKeyNew'; readonly key: WitnessPublicKey }
  | { readonly kind: 'agreementNew'; readonly version: AgreementVersion }
  | { readonly kind: 'versionSupersedes'; readonly version: AgreementVersion; readonly supersedes: number }
  | { readonly kind: 'versionHistory'; readonly version: AgreementVersion; readonly current: number }
  | { readonly kind: 'signaturesAdded'; readonly agreementId: string; readonly version: number; readonly signatures: readonly AgreementSignature[] };

export interface BundleImportPlan {
  readonly creditCode: string;
  readonly enterpriseName: string;
  /** In the order they apply; empty when the registry already holds everything in the bundle. */
  readonly changes: readonly BundleImportChange[];
}

function same(a: unknown, b: unknown): boolean {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x.ok && y.ok && x.value === y.value;
}

function versionPut(registry: BundleRegistry, version: AgreementVersion): BundleRegistry {
  const held = registry.agreements[version.agreementId];
  const versions = registryVersionsNormalize([...(held?.versions.filter((v) => v.version !== version.version) ?? []), version]);
  return {
    ...registry,
    agreements: {
      ...registry.agreements,
      [version.agreementId]: { agreementId: version.agreementId, enterpriseCreditCode: version.enterpriseCreditCode, versions },
    },
  };
}

/** One change applied; the registry given is not modified. */
export function bundleImportChangeApply(registry: BundleRegistry, change: BundleImportChange): BundleRegistry {
  switch (change.kind) {
    case 'enterpriseNew':
      return { ...registry, enterprises: { ...registry.enterprises, [change.creditCode]: { creditCode: change.creditCode, enterprise: change.enterprise, recordSummary: change.recordSummary } } };
    case 'enterpriseUpdated':
    case 'recordSummaryUpdated': {
      const held = registry.enterprises[change.creditCode];
      if (!held) return registry;
      const next = change.kind === 'enterpriseUpdated' ? { ...held, enterprise: change.enterprise } : { ...held, recordSummary: change.recordSummary };
      return { ...registry, enterprises: { ...registry.enterprises, [change.creditCode]: next } };
    }
    case 'witnessKeyNew':
      return { ...registry, witnesses: { ...registry.witnesses, [change.key.fingerprint]: change.key } };
    case 'agreementNew':
    case 'versionSupersedes':
    case 'versionHistory':
      return versionPut(registry, change.version);
    case 'signaturesAdded': {
      const held = registry.agreements[change.agreementId]?.versions.find((v) => v.version === change.version);
      return held ? versionPut(registry, { ...held, signatures: [...held.signatures, ...change.signatures] }) : registry;
    }
  }
}

function fieldsChanged(held: BundleEnterprise, next: BundleEnterprise): string[] {
  const profile = held.profile as Record<string, unknown>;
  const fields = Object.keys({ ...held.profile, ...next.profile }).filter((key) => !same(profile[key], (next.profile as Record<string, unknown>)[key]));
  if (!same(held.people, next.people)) fields.push('people');
  return fields.sort();
}

/**
 * What importing `contents` into `registry` would change. Errors (the whole import refused):
 * import.versionConflict (params.agreementId, version: the same version held with another fingerprint),
 * import.agreementEnterpriseMismatch (params.agreementId: held under another enterprise).
 */
export function bundleImportPlan(registry: BundleRegistry, contents: BundleContents): Result<BundleImportPlan> {
  const changes: BundleImportChange[] = [];
  let working = registry;
  const emit = (change: BundleImportChange) => {
    changes.push(change);
    working = bundleImportChangeApply(working, change);
  };
  const creditCode = contents.enterprise.profile.creditCode;
  const held = working.enterprises[creditCode];
  if (!held) emit({ kind: 'enterpriseNew', creditCode, enterprise: contents.enterprise, recordSummary: contents.recordSummary });
  else {
    if (!same(held.enterprise, contents.enterprise)) emit({ kind: 'enterpriseUpdated', creditCode, enterprise: contents.enterprise, fields: fieldsChanged(held.enterprise, contents.enterprise) });
    if (!same(held.recordSummary, contents.recordSummary)) emit({ kind: 'recordSummaryUpdated', creditCode, recordSummary: contents.recordSummary });
  }
  for (const key of contents.witnesses) if (!working.witnesses[key.fingerprint]) emit({ kind: 'witnessKeyNew', key });

  const ordered = [...contents.agreements].sort((a, b) => (a.agreementId === b.agreementId ? a.version - b.version : a.agreementId < b.agreementId ? -1 : 1));
  for (const version of ordered) {
    const agreement = working.agreements[version.agreementId];
    const { agreementId } = version;
    if (agreement && agreement.enterpriseCreditCode !== creditCode) {
      return resultErr('import.agreementEnterpriseMismatch', `agreement ${agreementId} is held under enterprise ${agreement.enterpriseCreditCode}`, { agreementId });
    }
    const heldVersion = agreement?.versions.find((v) => v.version === version.version);
    if (heldVersion) {
      if (heldVersion.fingerprint !== version.fingerprint) {
        return resultErr('import.versionConflict', `agreement ${agreementId} version ${version.version} is held with different content`, { agreementId, version: version.version });
      }
      const signatures = version.signatures.filter((s) => !heldVersion.signatures.some((h) => same(h, s)));
      if (signatures.length > 0) emit({ kind: 'signaturesAdded', agreementId, version: version.version, signatures });
      continue;
    }
    const normalized = { ...version, voided: false };
    if (!agreement) emit({ kind: 'agreementNew', version: normalized });
    else {
      const current = registryAgreementCurrent(agreement).version;
      emit(version.version > current ? { kind: 'versionSupersedes', version: normalized, supersedes: current } : { kind: 'versionHistory', version: normalized, current });
    }
  }
  return resultOk({ creditCode, enterpriseName: contents.enterprise.profile.name, changes });
}

/** The registry with every change of `plan` applied (pure: the app persists it in one transaction). */
export function bundleImportApply(registry: BundleRegistry, plan: BundleImportPlan): BundleRegistry {
  return plan.changes.reduce(bundleImportChangeApply, registry);
}
