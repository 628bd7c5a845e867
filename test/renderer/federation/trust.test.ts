import { describe, expect, it } from 'vitest';
import { backupDocumentBuild } from '../../../shared/backup/format';
import { agreementVersionNew } from '../../../shared/bundle/agreement';
import type { BundleContents } from '../../../shared/bundle/contents';
import { bundleSign } from '../../../shared/bundle/enterpriseSignature';
import { registryAgreementCurrent } from '../../../shared/bundle/registry';
import { witnessIdentityCreate, type WitnessIdentity } from '../../../shared/witness/identity';
import { dataHandlers } from '../../../renderer/data/handlers';
import type { DataContext } from '../../../renderer/data/context';
import { backupRowsRead } from '../../../renderer/db/backupRows';
import { wageDeskDbVersion } from '../../../renderer/db/schema';
import { okValue, testDbsPerTest, testDeps } from '../db/testDb';
import { variantContents } from './bundles';

const open = testDbsPerTest();

function context(): DataContext {
  return { db: open(), deps: testDeps() } as DataContext;
}

/** Version 2 of the bundle's agreement with a lower base wage: what a forger would send. */
async function lowerWage(bundle: BundleContents): Promise<BundleContents> {
  const v1 = bundle.agreements[0]!;
  const figures = v1.content.figures.map((f) => (f.key === 'baseWageMonthlyFen' ? { ...f, value: f.value - 10_000 } : f));
  const next = okValue(await agreementVersionNew(v1, { ...v1.content, figures }));
  return { ...bundle, agreements: [next.previous, next.next] };
}

async function signedBy(identity: WitnessIdentity, bundle: BundleContents): Promise<BundleContents> {
  return bundleSign(bundle, identity);
}

describe('trust model: imports', () => {
  it('a forged version 2 from an unpinned key does not supersede version 1', async () => {
    const ctx = context();
    const enterprise = await witnessIdentityCreate('福鼎市测试企业1有限公司');
    const forger = await witnessIdentityCreate('福鼎市测试企业1有限公司');
    const bundle = await variantContents({ serial: 1 });
    const first = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [await signedBy(enterprise, bundle)] }));
    expect(first[0]!.trust).toMatchObject({ kind: 'pinNew' });
    const pinned = okValue(await dataHandlers.trustedKeysRead(ctx)).keys;
    expect(pinned).toEqual([expect.objectContaining({ role: 'enterprise', publicKeyHex: enterprise.publicKeyHex, addedHow: 'firstBundle' })]);

    const forged = await lowerWage(bundle);
    for (const attempt of [await signedBy(forger, forged), forged]) {
      const plans = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [attempt] }));
      expect(plans[0]!.trust.kind).toBe('held');
      // The preview still says what it would do.
      expect(plans[0]!.changes).toContainEqual(expect.objectContaining({ kind: 'versionSupersedes', supersedes: 1 }));
      const { registry } = okValue(await dataHandlers.registryRead(ctx));
      expect(registryAgreementCurrent(registry.agreements[bundle.agreements[0]!.agreementId]!).version).toBe(1);
    }

    // Refused: the decision is kept, and the next bundle from that key is refused without asking.
    const forgedSigned = await signedBy(forger, forged);
    okValue(await dataHandlers.registryImportApply(ctx, { bundles: [forgedSigned], decisions: { refuse: { [bundle.enterprise.profile.creditCode]: forger.publicKeyHex } } }));
    const again = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [forgedSigned] }));
    expect(again[0]!.trust.kind).toBe('refused');

    // The genuine version 2, under the pinned key, supersedes.
    const genuine = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [await signedBy(enterprise, forged)] }));
    expect(genuine[0]!.trust.kind).toBe('pinned');
    const { registry } = okValue(await dataHandlers.registryRead(ctx));
    expect(registryAgreementCurrent(registry.agreements[bundle.agreements[0]!.agreementId]!).version).toBe(2);
  });

  it('accepting a held bundle pins its key in place of the old one', async () => {
    const ctx = context();
    const oldKey = await witnessIdentityCreate('企业');
    const newKey = await witnessIdentityCreate('企业');
    const bundle = await variantContents({ serial: 2 });
    okValue(await dataHandlers.registryImportApply(ctx, { bundles: [await signedBy(oldKey, bundle)] }));
    const next = await signedBy(newKey, await lowerWage(bundle));
    const code = bundle.enterprise.profile.creditCode;
    const plans = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [next], decisions: { accept: { [code]: newKey.publicKeyHex } } }));
    expect(plans[0]!.trust.kind).toBe('pinNew');
    const keys = okValue(await dataHandlers.trustedKeysRead(ctx)).keys;
    expect(keys.map((k) => [k.publicKeyHex, k.addedHow])).toEqual([[newKey.publicKeyHex, 'accepted']]);
    const { registry } = okValue(await dataHandlers.registryRead(ctx));
    expect(registryAgreementCurrent(registry.agreements[bundle.agreements[0]!.agreementId]!).version).toBe(2);
  });

  it('shows a new version that drops the witness signature as such', async () => {
    const ctx = context();
    const bundle = await variantContents({ serial: 3 });
    const witness = await witnessIdentityCreate('福鼎市总工会');
    const { witnessSign } = await import('../../../shared/witness/identity');
    const v1 = bundle.agreements[0]!;
    const witnessed = { ...bundle, agreements: [{ ...v1, signatures: [...v1.signatures, await witnessSign(witness, v1.fingerprint)] }] };
    okValue(await dataHandlers.registryImportApply(ctx, { bundles: [witnessed] }));
    const plans = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [await lowerWage(bundle)] }));
    expect(plans[0]!.changes).toContainEqual(expect.objectContaining({ kind: 'versionSupersedes', dropsWitness: true }));
  });
});

describe('trust model: reading and restoring', () => {
  it('a backup carrying a garbage signature under our key is shown as invalid after restore', async () => {
    const ctx = context();
    const bundle = await variantContents({ serial: 4 });
    const agreementId = bundle.agreements[0]!.agreementId;
    okValue(await dataHandlers.witnessIdentityCreate(ctx, { name: '福鼎市总工会', passphrase: '福鼎 总工会 2026' }));
    okValue(await dataHandlers.registryImportApply(ctx, { bundles: [bundle] }));
    okValue(await dataHandlers.registryWitnessSign(ctx, { agreementId }));
    expect(okValue(await dataHandlers.registryRead(ctx)).trust[agreementId]).toBe('ours');

    // The backup's registry row: our key, our name, a signature that is not one.
    const tables = await backupRowsRead(ctx.db);
    const registry = (tables.registry as { doc: { agreements: { versions: { signatures: Record<string, unknown>[] }[] }[] } }[]).map((row) => structuredClone(row));
    const signatures = registry[0]!.doc.agreements[0]!.versions[0]!.signatures;
    const ours = signatures.findIndex((s) => s.role === 'witness');
    signatures[ours] = { ...signatures[ours], signature: `${'Q'.repeat(86)}==` };
    const document = okValue(await backupDocumentBuild({ appVersion: '0.1.0', schemaVersion: wageDeskDbVersion, createdAt: '2026-02-01T00:00:00.000Z' }, { ...tables, registry }));
    okValue(await dataHandlers.backupRestore(ctx, { document }));

    const read = okValue(await dataHandlers.registryRead(ctx));
    expect(read.trust[agreementId]).toBe('invalid');
  });

  it('pinned keys travel in backups; a pinned row whose fingerprint is not its key’s never counts', async () => {
    const ctx = context();
    const key = await witnessIdentityCreate('宁德市总工会');
    const added = okValue(await dataHandlers.trustedFederationAdd(ctx, { text: key.publicKeyHex, name: '宁德市总工会' }));
    expect((await backupRowsRead(ctx.db)).trustedKeys).toEqual([added]);
    await ctx.db.trustedKeys.put({ ...added, fingerprint: '0'.repeat(64) } as never);
    const read = okValue(await dataHandlers.trustedKeysRead(ctx));
    expect(read.keys).toEqual([]);
    expect(read.skipped).toHaveLength(1);
  });

  it('trusting a federation: its file or bare key, never our own, and removal can be undone', async () => {
    const ctx = context();
    const ours = okValue(await dataHandlers.witnessIdentityCreate(ctx, { name: '福鼎市总工会', passphrase: '福鼎 总工会 2026' }));
    expect((await dataHandlers.trustedFederationAdd(ctx, { text: ours.publicKeyHex, name: 'x' })).ok).toBe(false);
    const other = await witnessIdentityCreate('宁德市总工会');
    const file = JSON.stringify({ name: other.name, publicKeyHex: other.publicKeyHex, fingerprint: 'a'.repeat(64) });
    const bad = await dataHandlers.trustedFederationAdd(ctx, { text: file });
    expect(bad.ok ? null : bad.error.code).toBe('trust.fingerprintMismatch');
    const added = okValue(await dataHandlers.trustedFederationAdd(ctx, { text: JSON.stringify({ name: other.name, publicKeyHex: other.publicKeyHex }) }));
    const removed = okValue(await dataHandlers.trustedKeyRemove(ctx, { id: added.id }));
    expect(okValue(await dataHandlers.trustedKeysRead(ctx)).keys).toEqual([]);
    okValue(await dataHandlers.trustedKeyPutBack(ctx, { key: removed }));
    expect(okValue(await dataHandlers.trustedKeysRead(ctx)).keys).toEqual([added]);
  });

  it('an enterprise signs with one key, made on its first export and kept out of backups', async () => {
    const ctx = context();
    const bundle = await variantContents({ serial: 5 });
    const a = okValue(await dataHandlers.bundleSignAsEnterprise(ctx, { contents: bundle }));
    const b = okValue(await dataHandlers.bundleSignAsEnterprise(ctx, { contents: bundle }));
    expect(a.signedBy?.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(b.signedBy?.publicKeyHex).toBe(a.signedBy?.publicKeyHex);
    expect(await ctx.db.enterpriseKeys.count()).toBe(1);
    expect(Object.keys(await backupRowsRead(ctx.db))).not.toContain('enterpriseKeys');
    expect((await ctx.db.audit.toArray()).some((e) => e.table === 'enterpriseKeys')).toBe(false);
  });
});

describe('trust model: one batch', () => {
  it('a key accepted in the same import as the first one replaces it', async () => {
    const ctx = context();
    const [k1, k2] = [await witnessIdentityCreate('企业'), await witnessIdentityCreate('企业')];
    const bundle = await variantContents({ serial: 6 });
    const code = bundle.enterprise.profile.creditCode;
    const plans = okValue(await dataHandlers.registryImportApply(ctx, { bundles: [await signedBy(k1, bundle), await signedBy(k2, await lowerWage(bundle))], decisions: { accept: { [code]: k2.publicKeyHex } } }));
    expect(plans.map((p) => p.trust.kind)).toEqual(['pinNew', 'pinNew']);
    expect(okValue(await dataHandlers.trustedKeysRead(ctx)).keys.map((k) => k.publicKeyHex)).toEqual([k2.publicKeyHex]);
  });
});
