import { afterEach, describe, expect, it } from 'vitest';
import { agreementVersionNew } from '../../../shared/bundle/agreement';
import { bundleBuild, bundleOpen } from '../../../shared/bundle/format';
import { registryAgreementCurrent, registryBundleContents } from '../../../shared/bundle/registry';
import { witnessIdentityCreate } from '../../../shared/witness/identity';
import { witnessSignerFromIdentity } from '../../../shared/witness/signer';
import { backupTableRules } from '../../../renderer/db/backupRows';
import { registryRepo } from '../../../renderer/db/registryRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';
import { referenceContents, variantContents } from './bundles';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

function open() {
  db = testDbOpen();
  return registryRepo(db, testDeps());
}

describe('registryRepo', () => {
  it('imports several bundles in one go and reads them back as one registry', async () => {
    const repo = open();
    const bundles = [await referenceContents(), await variantContents({ serial: 1 }), await variantContents({ serial: 2 })];
    const plans = okValue(await repo.importApply(bundles));
    expect(plans.map((p) => p.changes.map((c) => c.kind))).toEqual([
      ['enterpriseNew', 'agreementNew'],
      ['enterpriseNew', 'agreementNew'],
      ['enterpriseNew', 'agreementNew'],
    ]);
    expect(await db.registry.count()).toBe(3);
    const { registry, skipped } = okValue(await repo.load());
    expect(Object.keys(registry.enterprises)).toHaveLength(3);
    expect(Object.keys(registry.agreements)).toHaveLength(3);
    expect(skipped).toEqual([]);
  });

  it('importing the same bundle twice changes nothing and writes nothing', async () => {
    const repo = open();
    const bundle = await referenceContents();
    okValue(await repo.importApply([bundle]));
    const before = await db.registry.toArray();
    const again = okValue(await repo.importApply([bundle]));
    expect(again[0]!.changes).toEqual([]);
    expect(await db.registry.toArray()).toEqual(before);
  });

  it('a newer version supersedes the current one and keeps it as voided history', async () => {
    const repo = open();
    const bundle = await variantContents({ serial: 3 });
    okValue(await repo.importApply([bundle]));
    const v1 = bundle.agreements[0]!;
    const next = okValue(await agreementVersionNew(v1, { ...v1.content, title: `${v1.content.title}（修订）` }));
    const plans = okValue(await repo.importApply([{ ...bundle, agreements: [next.previous, next.next] }]));
    expect(plans[0]!.changes).toEqual([expect.objectContaining({ kind: 'versionSupersedes', supersedes: 1 })]);
    const held = okValue(await repo.load()).registry.agreements[v1.agreementId]!;
    expect(held.versions.map((v) => [v.version, v.voided])).toEqual([[1, true], [2, false]]);
  });

  it('a conflict anywhere refuses the whole import: nothing is written', async () => {
    const repo = open();
    const held = await variantContents({ serial: 4, agreementId: 'shared-id' });
    okValue(await repo.importApply([held]));
    const before = await db.registry.toArray();
    // Same agreement id and version, other text: a conflict, in the second file of the batch.
    const conflicting = await variantContents({ serial: 4, agreementId: 'shared-id', to: '2027-06-30' });
    const result = await repo.importApply([await variantContents({ serial: 5 }), conflicting]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'import.versionConflict', params: { agreementId: 'shared-id', version: 1, file: 2 } });
    expect(await db.registry.toArray()).toEqual(before);
  });

  it('skips and reports a damaged row instead of failing the whole registry', async () => {
    const repo = open();
    okValue(await repo.importApply([await referenceContents()]));
    await db.registry.put({ creditCode: '91350982MA2Y000099', doc: { nonsense: true }, updatedAt: '2026-01-01T00:00:00Z' });
    const { registry, skipped } = okValue(await repo.load());
    expect(Object.keys(registry.enterprises)).toHaveLength(1);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.id).toBe('91350982MA2Y000099');
  });

  it('witness-signs the current version; the signature survives a bundle round trip and is not made twice', async () => {
    const repo = open();
    const bundle = await referenceContents();
    okValue(await repo.importApply([bundle]));
    const identity = await witnessIdentityCreate('福鼎市总工会', '2026-11-01T00:00:00Z');
    const agreementId = bundle.agreements[0]!.agreementId;
    okValue(await repo.witnessSign(witnessSignerFromIdentity(identity), agreementId));
    const { registry } = okValue(await repo.load());
    const current = registryAgreementCurrent(registry.agreements[agreementId]!);
    expect(current.signatures.filter((s) => s.role === 'witness')).toEqual([expect.objectContaining({ kind: 'ed25519', name: '福鼎市总工会', publicKey: identity.publicKeyHex })]);
    expect(Object.values(registry.witnesses).map((w) => w.name)).toEqual(['福鼎市总工会']);

    const contents = okValue(registryBundleContents(registry, bundle.enterprise.profile.creditCode, 'federation', '2026-11-02T00:00:00Z'));
    const file = okValue(await bundleBuild(contents, { password: '见证', iterations: 1000 }));
    const opened = okValue(await bundleOpen(file, '见证'));
    expect(opened.contents.createdBy).toBe('federation');
    expect(opened.contents.witnesses.map((w) => w.name)).toEqual(['福鼎市总工会']);

    // The enterprise's own bundle imported again after signing: nothing to add, nothing lost.
    expect(okValue(await repo.importApply([bundle]))[0]!.changes).toEqual([]);
    const twice = await repo.witnessSign(witnessSignerFromIdentity(identity), agreementId);
    expect(twice.ok ? null : twice.error.code).toBe('registry.alreadyWitnessed');
  });

  it('backups check registry rows with the same restore: a stored row passes, a damaged one is refused', async () => {
    const repo = open();
    okValue(await repo.importApply([await referenceContents()]));
    const [row] = await db.registry.toArray();
    expect(backupTableRules.registry.restore(row).ok).toBe(true);
    const doc = row!.doc as { agreements: { enterpriseCreditCode: string }[] };
    const moved = { ...row, doc: { ...doc, agreements: doc.agreements.map((a) => ({ ...a, enterpriseCreditCode: '91350982MA2Y00001K' })) } };
    expect(backupTableRules.registry.restore(moved).ok).toBe(false);
    expect(backupTableRules.registry.restore({ ...row, doc: { nonsense: true } }).ok).toBe(false);
  });
});
