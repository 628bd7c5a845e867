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
import { resultErr, resultOk, type AppError, type Result } from '../result';
import type { WitnessPublicKey } from '../witness/identity';
import { bundleTrustOf, trustedKeyId, type BundleTrust, type TrustedKey } from './trust';
import type { AgreementVersion } from './agreement';
import type { AgreementSignature } from './signature';
import type { BundleContents, BundleEnterprise, BundleSignedBy, RecordSummary } from './contents';
import { registryAgreementCurrent, registryVersionsNormalize, type BundleRegistry, type RegistryAgreement, type RegistryEnterprise } from './registry';

export type BundleImportChange =
  | { readonly kind: 'enterpriseNew'; readonly creditCode: string; readonly enterprise: BundleEnterprise; readonly recordSummary: RecordSummary }
  | { readonly kind: 'enterpriseUpdated'; readonly creditCode: string; readonly enterprise: BundleEnterprise; readonly fields: readonly string[] }
  | { readonly kind: 'recordSummaryUpdated'; readonly creditCode: string; readonly recordSummary: RecordSummary }
  | { readonly kind: 'witnessKeyNew'; readonly key: WitnessPublicKey }
  | { readonly kind: 'agreementNew'; readonly version: AgreementVersion }
  /** `dropsWitness`: the superseded version carries a witness's Ed25519 signature and this one none. */
  | { readonly kind: 'versionSupersedes'; readonly version: AgreementVersion; readonly supersedes: number; readonly dropsWitness: boolean }
  | { readonly kind: 'versionHistory'; readonly version: AgreementVersion; readonly current: number }
  | { readonly kind: 'signaturesAdded'; readonly agreementId: string; readonly version: number; readonly signatures: readonly AgreementSignature[] };

export interface BundleImportPlan {
  readonly creditCode: string;
  readonly enterpriseName: string;
  /** In the order they apply; empty when the registry already holds everything in the bundle. */
  readonly changes: readonly BundleImportChange[];
  /** Who signed the bundle and what that means here (trust.ts); a held or refused plan applies nothing. */
  readonly trust: BundleTrust;
}

/** True when the plan's changes are to be applied (not held for a decision, not refused). */
export function importPlanApplies(plan: BundleImportPlan): boolean {
  return plan.trust.kind !== 'held' && plan.trust.kind !== 'refused';
}

/** The pinned keys and this import's decisions on held bundles: accepted key hex ('' = unsigned) by credit code. */
export interface ImportTrustInput {
  readonly pinned: readonly TrustedKey[];
  readonly accepted?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Only changes that add signatures (checked on every read, trust.ts) or keys need no trust in who sent
 * them: a federation's bundle coming back with its witness signature is one.
 */
function changesNeedTrust(changes: readonly BundleImportChange[]): boolean {
  return changes.some((c) => c.kind !== 'signaturesAdded' && c.kind !== 'witnessKeyNew');
}

const witnessed = (v: AgreementVersion) => v.signatures.some((s) => s.kind === 'ed25519' && s.role === 'witness');

function same(a: unknown, b: unknown): boolean {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x.ok && y.ok && x.value === y.value;
}

/** The agreement with `version` put in (replacing a held one of the same number), history normalized. */
function agreementWith(held: RegistryAgreement | undefined, version: AgreementVersion): RegistryAgreement {
  const versions = registryVersionsNormalize([...(held?.versions.filter((v) => v.version !== version.version) ?? []), version]);
  return { agreementId: version.agreementId, enterpriseCreditCode: version.enterpriseCreditCode, versions };
}

/** A registry whose three maps this module owns and may assign into (never one a caller handed in). */
type RegistryDraft = { enterprises: Record<string, RegistryEnterprise>; agreements: Record<string, RegistryAgreement>; witnesses: Record<string, WitnessPublicKey> };

function registryDraft(registry: BundleRegistry): RegistryDraft {
  return { enterprises: { ...registry.enterprises }, agreements: { ...registry.agreements }, witnesses: { ...registry.witnesses } };
}

/**
 * A draft that reads through to `registry` and keeps its own writes, copying nothing: each map is a new
 * object whose prototype is the registry's. For a plan, which only looks entries up by key.
 */
function registryOverlay(registry: BundleRegistry): RegistryDraft {
  return { enterprises: Object.create(registry.enterprises), agreements: Object.create(registry.agreements), witnesses: Object.create(registry.witnesses) };
}

/**
 * One change assigned into a draft. Why a draft and not a fresh registry per change: a federation
 * imports hundreds of bundles at once, and copying every map for every change made that import
 * quadratic (1,000 bundles: half a second of copying, issue 7's benchmark).
 */
function changeInto(draft: RegistryDraft, change: BundleImportChange): void {
  switch (change.kind) {
    case 'enterpriseNew':
      draft.enterprises[change.creditCode] = { creditCode: change.creditCode, enterprise: change.enterprise, recordSummary: change.recordSummary };
      return;
    case 'enterpriseUpdated':
    case 'recordSummaryUpdated': {
      const held = draft.enterprises[change.creditCode];
      if (held) draft.enterprises[change.creditCode] = change.kind === 'enterpriseUpdated' ? { ...held, enterprise: change.enterprise } : { ...held, recordSummary: change.recordSummary };
      return;
    }
    case 'witnessKeyNew':
      draft.witnesses[change.key.fingerprint] = change.key;
      return;
    case 'agreementNew':
    case 'versionSupersedes':
    case 'versionHistory':
      draft.agreements[change.version.agreementId] = agreementWith(draft.agreements[change.version.agreementId], change.version);
      return;
    case 'signaturesAdded': {
      const agreement = draft.agreements[change.agreementId];
      const held = agreement?.versions.find((v) => v.version === change.version);
      if (held) draft.agreements[change.agreementId] = agreementWith(agreement, { ...held, signatures: [...held.signatures, ...change.signatures] });
      return;
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
export function bundleImportPlan(registry: BundleRegistry, contents: BundleContents, trustInput: ImportTrustInput = { pinned: [] }): Result<BundleImportPlan> {
  const changes: BundleImportChange[] = [];
  // The registry as this bundle's own earlier changes leave it (a key listed twice, versions 1 and 2 of
  // one agreement), without copying the registry.
  const working = registryOverlay(registry);
  const emit = (change: BundleImportChange) => {
    changes.push(change);
    changeInto(working, change);
  };
  const creditCode = contents.enterprise.profile.creditCode;
  const held = working.enterprises[creditCode];
  const trust = bundleTrustOf(contents, held !== undefined, trustInput.pinned, trustInput.accepted?.get(creditCode));
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
      const currentVersion = registryAgreementCurrent(agreement);
      emit(version.version > current ? { kind: 'versionSupersedes', version: normalized, supersedes: current, dropsWitness: witnessed(currentVersion) && !witnessed(normalized) } : { kind: 'versionHistory', version: normalized, current });
    }
  }
  // A held bundle that would change nothing needing trust is let through (its signatures are checked on every read).
  const settled: BundleTrust = trust.kind === 'held' && !changesNeedTrust(changes) ? { kind: 'pinned' } : trust;
  return resultOk({ creditCode, enterpriseName: contents.enterprise.profile.name, changes, trust: settled });
}

/** The registry with every change of `plan` applied (pure: the app persists it in one transaction). */
export function bundleImportApply(registry: BundleRegistry, plan: BundleImportPlan): BundleRegistry {
  if (plan.changes.length === 0 || !importPlanApplies(plan)) return registry;
  const draft = registryDraft(registry);
  for (const change of plan.changes) changeInto(draft, change);
  return draft;
}

export type BundleImportBatch =
  | { readonly ok: true; readonly plans: readonly BundleImportPlan[]; readonly registry: BundleRegistry }
  /** `plans`: those of the bundles before the refused one. */
  | { readonly ok: false; readonly index: number; readonly error: AppError; readonly plans: readonly BundleImportPlan[] };

/**
 * Several bundles planned in order, each against the registry as the ones before it leave it, and the
 * registry after all of them; on the first refusal, its index and error and the plans before it (and no
 * registry: nothing is applied). One copy of the registry for the whole batch.
 */
export function bundleImportPlanAll(registry: BundleRegistry, bundles: readonly BundleContents[], trustInput: ImportTrustInput = { pinned: [] }): BundleImportBatch {
  const draft = registryDraft(registry);
  const plans: BundleImportPlan[] = [];
  // Keys pinned by earlier bundles of this batch count for the later ones.
  const pinned = [...trustInput.pinned];
  for (const [index, contents] of bundles.entries()) {
    const plan = bundleImportPlan(draft, contents, { ...trustInput, pinned });
    if (!plan.ok) return { ok: false, index, error: plan.error, plans };
    plans.push(plan.value);
    if (!importPlanApplies(plan.value)) continue;
    for (const change of plan.value.changes) changeInto(draft, change);
    const { trust } = plan.value;
    if (trust.kind === 'pinNew') pinned.push(enterprisePinNew(plan.value.creditCode, trust.key, contents.createdAt, 'firstBundle'));
  }
  return { ok: true, plans, registry: draft };
}

/**
 * The pin a `pinNew` plan adds, for matching within a batch. Its `fingerprint` is filled in by the
 * caller that writes the row (a SHA-256 is asynchronous; planning is not).
 */
export function enterprisePinNew(creditCode: string, key: BundleSignedBy, addedAt: string, addedHow: TrustedKey['addedHow'], fingerprint = key.publicKeyHex): TrustedKey {
  return { id: trustedKeyId('enterprise', creditCode, key.publicKeyHex), role: 'enterprise', name: key.name, publicKeyHex: key.publicKeyHex, fingerprint, creditCode, decision: 'trusted', addedAt, addedHow };
}
