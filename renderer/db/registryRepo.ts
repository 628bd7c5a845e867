// The federation's registry in the local database: one row per enterprise (credit code) whose `doc` is
// that enterprise's registry entry (shared/bundle/registry.ts): its profile and record summary, every
// version of its agreements, and the witness keys that came with them. Importing plans every bundle
// against the stored registry and writes all changed rows in ONE transaction, so an import is whole or
// not at all, and importing the same bundle again writes nothing. Nothing but IndexedDB is awaited inside
// a transaction (an awaited WebCrypto call would let IndexedDB commit it early): signing happens before.
import { z } from 'zod';
import { agreementIdSchema, agreementVersionSchema } from '../../shared/bundle/agreement';
import { bundleEnterpriseSchema, recordSummarySchema, type BundleContents } from '../../shared/bundle/contents';
import { bundleImportPlanAll, type BundleImportPlan } from '../../shared/bundle/importPlan';
import { registryEmpty, registryVersionsNormalize, registryWitnessSign, type BundleRegistry, type RegistryAgreement } from '../../shared/bundle/registry';
import { witnessPublicKeySchema } from '../../shared/witness/identity';
import type { WitnessSigner } from '../../shared/witness/signer';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome, SkippedRecord } from './restore';
import type { RegistryRow, WageDeskDb } from './schema';

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

export interface RegistryRepo {
  load(): Promise<RepoResult<RegistryLoaded>>;
  /**
   * Plans every bundle in turn against the stored registry and writes the result in one transaction.
   * Returns the plans (a plan with no changes: that bundle was already held). Errors: the plan's
   * import.versionConflict / import.agreementEnterpriseMismatch (params.file: its index), nothing written.
   */
  importApply(bundles: readonly BundleContents[]): Promise<RepoResult<readonly BundleImportPlan[]>>;
  /** The federation witness-signs the current version of an agreement. Errors: registry.agreementUnknown, registry.alreadyWitnessed. */
  witnessSign(signer: WitnessSigner, agreementId: string): Promise<RepoResult<BundleRegistry>>;
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

  return {
    load: () =>
      repoGuard(async () => {
        const { entries, skipped } = await db.transaction('r', db.registry, () => rowsLoaded(db));
        return repoOk({ registry: registryFromEntries(entries), skipped });
      }),

    importApply: (bundles) =>
      repoGuard(() =>
        db.transaction('rw', db.registry, async () => {
          const { entries } = await rowsLoaded(db);
          const kept = keptWitnesses(entries);
          // Every plan first: a conflict in the last bundle refuses the whole import before anything is written.
          const batch = bundleImportPlanAll(registryFromEntries(entries), bundles);
          if (!batch.ok) return repoErr(batch.error.code, batch.error.message, { ...batch.error.params, file: batch.index + 1 });
          for (const plan of batch.plans) {
            const keys = kept.get(plan.creditCode) ?? new Set<string>();
            for (const change of plan.changes) if (change.kind === 'witnessKeyNew') keys.add(change.key.fingerprint);
            kept.set(plan.creditCode, keys);
          }
          await rowsWrite(batch.registry, batch.plans.filter((p) => p.changes.length > 0).map((p) => p.creditCode), kept);
          return repoOk(batch.plans);
        }),
      ),

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
