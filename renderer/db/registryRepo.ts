// The federation's registry in the local database: one row per enterprise (credit code) whose `doc` is
// that enterprise's registry entry (shared/bundle/registry.ts): its profile and record summary, every
// version of its agreements, and the witness keys that came with them. Importing plans every bundle
// against the stored registry and writes all changed rows in ONE transaction, so an import is whole or
// not at all, and importing the same bundle again writes nothing. Nothing but IndexedDB is awaited inside
// a transaction (an awaited WebCrypto call would let IndexedDB commit it early): signing happens before.
import { z } from 'zod';
import { agreementIdSchema, agreementVersionSchema } from '../../shared/bundle/agreement';
import { bundleEnterpriseSchema, recordSummarySchema, type BundleContents } from '../../shared/bundle/contents';
import { bundleImportPlanAll, enterprisePinNew, importPlanApplies, type BundleImportPlan } from '../../shared/bundle/importPlan';
import type { TrustedKey, WitnessTrust } from '../../shared/bundle/trust';
import { registryEmpty, registryVersionsNormalize, registryWitnessSign, type BundleRegistry, type RegistryAgreement } from '../../shared/bundle/registry';
import { witnessKeyFingerprint, witnessPublicKeySchema } from '../../shared/witness/identity';
import type { WitnessSigner } from '../../shared/witness/signer';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome, SkippedRecord } from './restore';
import type { RegistryRow, StoredRow, WageDeskDb } from './schema';
import { trustedKeyRowRestore } from './trustedKeyRepo';

const creditCodeText = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/);

/** One enterprise's registry entry, as stored in `registry.doc`. */
export const registryEntrySchema = z.strictObject({
  creditCode: creditCodeText,
  enterprise: bundleEnterpriseSchema,
  recordSummary: recordSummarySchema,
  agreements: z.array(z.strictObject({ agreementId: agreementIdSchema, enterpriseCreditCode: creditCodeText, versions: z.array(agreementVersionSchema).min(1).max(10_000) })).max(10_000),
  /** Witness public keys that came with this enterprise's bundles or signed its agreements. */
  witnesses: z.array(witnessPublicKeySchema).max(1000),
});
export type RegistryEntry = z.output<typeof registryEntrySchema>;

const registryRowSchema = z.looseObject({ creditCode: creditCodeText, doc: z.unknown(), updatedAt: z.string().min(1) });

/**
 * Restore-on-read of a registry row: the envelope, the entry's shape, and that everything in it belongs
 * to the row's enterprise; versions come back sorted with only the last one current.
 */
export function registryRowRestore(raw: unknown): RestoreOutcome<RegistryRow & { readonly doc: RegistryEntry }> {
  const row = registryRowSchema.safeParse(raw);
  const id = typeof (raw as { creditCode?: unknown } | null)?.creditCode === 'string' ? (raw as { creditCode: string }).creditCode : null;
  if (!row.success) return { ok: false, skipped: { id, reason: row.error.issues.map((i) => `${i.path.join('.') || '_'}: ${i.message}`).join('; ') } };
  const doc = registryEntrySchema.safeParse(row.data.doc);
  if (!doc.success) return { ok: false, skipped: { id, reason: doc.error.issues.map((i) => `doc.${i.path.join('.')}: ${i.message}`).join('; ') } };
  const entry = doc.data;
  const code = row.data.creditCode;
  if (entry.creditCode !== code || entry.enterprise.profile.creditCode !== code) return { ok: false, skipped: { id, reason: 'doc.creditCode: not the row key' } };
  const stray = entry.agreements.find((a) => a.enterpriseCreditCode !== code || a.versions.some((v) => v.agreementId !== a.agreementId || v.enterpriseCreditCode !== code));
  if (stray) return { ok: false, skipped: { id, reason: `doc.agreements: ${stray.agreementId} belongs to another enterprise` } };
  const agreements = entry.agreements.map((a) => ({ ...a, versions: registryVersionsNormalize(a.versions) }));
  return { ok: true, record: { creditCode: code, updatedAt: row.data.updatedAt, doc: { ...entry, agreements } } };
}

/** The registry held by `entries`. */
export function registryFromEntries(entries: readonly RegistryEntry[]): BundleRegistry {
  const registry = registryEmpty();
  const enterprises: Record<string, BundleRegistry['enterprises'][string]> = {};
  const agreements: Record<string, RegistryAgreement> = {};
  const witnesses: Record<string, BundleRegistry['witnesses'][string]> = {};
  for (const entry of entries) {
    enterprises[entry.creditCode] = { creditCode: entry.creditCode, enterprise: entry.enterprise, recordSummary: entry.recordSummary };
    for (const a of entry.agreements) agreements[a.agreementId] = a;
    for (const w of entry.witnesses) witnesses[w.fingerprint] = w;
  }
  return { ...registry, enterprises, agreements, witnesses };
}

/** The entry of one enterprise in `registry`; `witnessFingerprints` are the keys it keeps besides its signers'. */
export function registryEntryOf(registry: BundleRegistry, creditCode: string, witnessFingerprints: ReadonlySet<string>): RegistryEntry | null {
  const held = registry.enterprises[creditCode];
  if (!held) return null;
  const agreements = Object.values(registry.agreements)
    .filter((a) => a.enterpriseCreditCode === creditCode)
    .sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1))
    .map((a) => ({ agreementId: a.agreementId, enterpriseCreditCode: a.enterpriseCreditCode, versions: [...a.versions] }));
  const signers = new Set<string>();
  for (const a of agreements) for (const v of a.versions) for (const s of v.signatures) if (s.kind === 'ed25519') signers.add(s.publicKey);
  const witnesses = Object.values(registry.witnesses)
    .filter((w) => signers.has(w.publicKeyHex) || witnessFingerprints.has(w.fingerprint))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
  return { creditCode, enterprise: held.enterprise, recordSummary: held.recordSummary, agreements, witnesses };
}

export interface RegistryLoaded {
  readonly registry: BundleRegistry;
  /** Rows that could not be restored: left in the store, reported here. */
  readonly skipped: readonly SkippedRecord[];
}

/** The registry as the workbench reads it: with each agreement's witness standing, checked on this read, and the pinned keys. */
export interface RegistryTrusted extends RegistryLoaded {
  readonly trust: Readonly<Record<string, WitnessTrust>>;
  readonly pinned: readonly TrustedKey[];
}

export interface RegistryRepo {
  load(): Promise<RepoResult<RegistryLoaded>>;
  /**
   * Plans every bundle in turn against the stored registry and the pinned keys, and writes the result in
   * one transaction: the registry rows, the keys first signed bundles pin, and `decisions` on held
   * bundles (accepted keys pinned in place of the old, refused keys recorded). Returns the plans (a plan
   * with no changes: that bundle was already held; a plan whose trust is held or refused: nothing of it applied). Errors: the plan's
   * import.versionConflict / import.agreementEnterpriseMismatch (params.file: its index), nothing written.
   */
  importApply(bundles: readonly BundleContents[], decisions?: ImportDecisions): Promise<RepoResult<readonly BundleImportPlan[]>>;
  /** The federation witness-signs the current version of an agreement. Errors: registry.agreementUnknown, registry.alreadyWitnessed. */
  witnessSign(signer: WitnessSigner, agreementId: string): Promise<RepoResult<BundleRegistry>>;
}

/**
 * The user's decisions on bundles held for a key that is not the enterprise's pinned one: by credit code,
 * the key (hex; '' for an unsigned bundle) accepted or refused. Plain records, so they cross the IPC.
 */
export interface ImportDecisions {
  readonly accept?: Readonly<Record<string, string>>;
  readonly refuse?: Readonly<Record<string, string>>;
}

/** Pinned keys as stored (shape only: their fingerprints are SHA-256, which a transaction cannot await). */
async function pinnedRead(db: WageDeskDb): Promise<TrustedKey[]> {
  const keys: TrustedKey[] = [];
  for (const raw of await db.trustedKeys.toArray()) {
    const restored = trustedKeyRowRestore(raw);
    if (restored.ok) keys.push(restored.record);
  }
  return keys;
}

interface RowsLoaded {
  readonly entries: RegistryEntry[];
  readonly skipped: SkippedRecord[];
  /** updatedAt by credit code, to tell whether a row changed since it was read. */
  readonly stamps: Map<string, string>;
}

async function rowsLoaded(db: WageDeskDb): Promise<RowsLoaded> {
  const loaded: RowsLoaded = { entries: [], skipped: [], stamps: new Map() };
  for (const raw of await db.registry.toArray()) {
    const restored = registryRowRestore(raw);
    if (restored.ok) {
      loaded.entries.push(restored.record.doc);
      loaded.stamps.set(restored.record.creditCode, restored.record.updatedAt);
    } else loaded.skipped.push(restored.skipped);
  }
  return loaded;
}

function keptWitnesses(entries: readonly RegistryEntry[]): Map<string, Set<string>> {
  return new Map(entries.map((e) => [e.creditCode, new Set(e.witnesses.map((w) => w.fingerprint))]));
}

export function registryRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): RegistryRepo {
  async function rowsWrite(registry: BundleRegistry, creditCodes: Iterable<string>, kept: Map<string, Set<string>>): Promise<void> {
    const updatedAt = deps.clock();
    const rows: RegistryRow[] = [];
    for (const creditCode of new Set(creditCodes)) {
      const doc = registryEntryOf(registry, creditCode, kept.get(creditCode) ?? new Set());
      if (doc) rows.push({ creditCode, doc, updatedAt });
    }
    if (rows.length > 0) await db.registry.bulkPut(rows);
  }

  /** The keys `plans` pin (an accepted key replaces the enterprise's old pin) and the keys `decisions` refuse. */
  async function pinsWrite(plans: readonly BundleImportPlan[], pinned: readonly TrustedKey[], decisions: ImportDecisions, fingerprints: ReadonlyMap<string, string>): Promise<void> {
    const addedAt = deps.clock();
    // Pins written by earlier plans of this batch count too: an accepted key replaces one pinned a file before.
    const held = [...pinned];
    for (const plan of plans) {
      if (plan.trust.kind !== 'pinNew') continue;
      const { key } = plan.trust;
      const how = decisions.accept?.[plan.creditCode] === key.publicKeyHex ? 'accepted' : 'firstBundle';
      const old = held.filter((k) => k.role === 'enterprise' && k.creditCode === plan.creditCode && k.decision === 'trusted' && k.publicKeyHex !== key.publicKeyHex);
      if (old.length > 0) await db.trustedKeys.bulkDelete(old.map((k) => k.id));
      const pin = enterprisePinNew(plan.creditCode, key, addedAt, how, fingerprints.get(key.publicKeyHex));
      await db.trustedKeys.put(pin as unknown as StoredRow);
      held.push(pin);
      for (const k of old) held.splice(held.indexOf(k), 1);
    }
    for (const [creditCode, hex] of Object.entries(decisions.refuse ?? {})) {
      const fingerprint = fingerprints.get(hex);
      const plan = plans.find((p) => p.creditCode === creditCode && (p.trust.kind === 'held' || p.trust.kind === 'refused'));
      const key = plan && (plan.trust.kind === 'held' || plan.trust.kind === 'refused') ? plan.trust.key : null;
      if (!fingerprint || !key || key.publicKeyHex !== hex) continue;
      const refused: TrustedKey = { ...enterprisePinNew(creditCode, key, addedAt, 'refused', fingerprint), decision: 'refused' };
      await db.trustedKeys.put(refused as unknown as StoredRow);
    }
  }

  return {
    load: () =>
      repoGuard(async () => {
        const { entries, skipped } = await db.transaction('r', db.registry, () => rowsLoaded(db));
        return repoOk({ registry: registryFromEntries(entries), skipped });
      }),

    importApply: (bundles, decisions = {}) =>
      repoGuard(async () => {
        // Hashed before the transaction (nothing but IndexedDB may be awaited inside one).
        const fingerprints = new Map<string, string>();
        const signers = [...bundles.flatMap((b) => (b.signedBy ? [b.signedBy.publicKeyHex] : [])), ...Object.values(decisions.refuse ?? {})];
        for (const hex of signers) if (/^[0-9a-f]{64}$/.test(hex)) fingerprints.set(hex, await witnessKeyFingerprint(hex));
        const accepted = new Map(Object.entries(decisions.accept ?? {}).map(([code, hex]) => [code, new Set([hex])]));
        return db.transaction('rw', [db.registry, db.trustedKeys], async () => {
          const { entries } = await rowsLoaded(db);
          const kept = keptWitnesses(entries);
          const pinned = await pinnedRead(db);
          // Every plan first: a conflict in the last bundle refuses the whole import before anything is written.
          const batch = bundleImportPlanAll(registryFromEntries(entries), bundles, { pinned, accepted });
          if (!batch.ok) return repoErr(batch.error.code, batch.error.message, { ...batch.error.params, file: batch.index + 1 });
          await pinsWrite(batch.plans, pinned, decisions, fingerprints);
          for (const plan of batch.plans) {
            const keys = kept.get(plan.creditCode) ?? new Set<string>();
            for (const change of plan.changes) if (change.kind === 'witnessKeyNew') keys.add(change.key.fingerprint);
            kept.set(plan.creditCode, keys);
          }
          await rowsWrite(batch.registry, batch.plans.filter((p) => p.changes.length > 0 && importPlanApplies(p)).map((p) => p.creditCode), kept);
          return repoOk(batch.plans);
        });
      }),

    witnessSign: (identity, agreementId) =>
      repoGuard(async () => {
        const before = await rowsLoaded(db);
        const signed = await registryWitnessSign(registryFromEntries(before.entries), identity, agreementId, deps.clock());
        if (!signed.ok) return repoErr(signed.error.code, signed.error.message, signed.error.params);
        const creditCode = signed.value.agreements[agreementId]!.enterpriseCreditCode;
        const readAt = before.stamps.get(creditCode);
        return db.transaction('rw', db.registry, async () => {
          // Signed outside the transaction (WebCrypto); written only if the row is still the one signed.
          if ((await db.registry.get(creditCode))?.updatedAt !== readAt) return repoErr('registry.changed', 'the registry changed while signing; try again');
          await rowsWrite(signed.value, [creditCode], keptWitnesses(before.entries));
          return repoOk(signed.value);
        });
      }),
  };
}
