// Schema 8 (the trust model) from a store version 7 left: two new tables, empty; every row as it was; an
// enterprise already in the registry has no pinned key, so its next unsigned bundle imports as before
// and its first signed one waits for a decision.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSign } from '../../../shared/bundle/enterpriseSignature';
import { bundleImportApply, bundleImportPlan } from '../../../shared/bundle/importPlan';
import { registryEmpty } from '../../../shared/bundle/registry';
import { witnessIdentityCreate } from '../../../shared/witness/identity';
import { dataHandlers } from '../../../renderer/data/handlers';
import { registryEntryOf } from '../../../renderer/db/registryRepo';
import { type WageDeskDb, wageDeskDbVersion } from '../../../renderer/db/schema';
import { variantContents } from '../federation/bundles';
import { okValue, shippedVersionsDeclare, testDbName, testDbOpen, testDbsDelete, testDeps } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('schema upgrade from version 7', () => {
  it('adds trustedKeys and enterpriseKeys, empty, and keeps the registry row exactly as it was', async () => {
    const bundle = await variantContents({ serial: 6 });
    const code = bundle.enterprise.profile.creditCode;
    const registry = bundleImportApply(registryEmpty(), okValue(bundleImportPlan(registryEmpty(), bundle)));
    const row = { creditCode: code, doc: registryEntryOf(registry, code, new Set()), updatedAt: '2026-01-10T08:00:00.000Z' };
    const name = testDbName();
    const old = new Dexie(name);
    shippedVersionsDeclare(old, 7);
    await old.table('registry').put(row);
    await old.table('settings').put({ key: 'language', value: 'zh-CN' });
    old.close();

    db = testDbOpen(name);
    await db.open();
    expect(db.verno).toBe(wageDeskDbVersion);
    expect(await db.trustedKeys.count()).toBe(0);
    expect(await db.enterpriseKeys.count()).toBe(0);
    expect(await db.registry.toArray()).toEqual([row]);
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'zh-CN' }]);

    const ctx = { db, deps: testDeps() };
    const read = okValue(await dataHandlers.registryRead(ctx));
    expect(Object.keys(read.registry.enterprises)).toEqual([code]);
    expect(read.pinned).toEqual([]);
    // Known, no key pinned: a first signed bundle is held for a decision, an unsigned one changes as before.
    const renamed = { ...bundle, enterprise: { ...bundle.enterprise, profile: { ...bundle.enterprise.profile, headcount: 120 } } };
    const signed = await bundleSign(renamed, await witnessIdentityCreate(bundle.enterprise.profile.name));
    expect(okValue(await dataHandlers.registryImportApply(ctx, { bundles: [signed] }))[0]!.trust).toMatchObject({ kind: 'held', reason: 'firstKey' });
    expect(okValue(await dataHandlers.registryImportApply(ctx, { bundles: [renamed] }))[0]!.trust).toEqual({ kind: 'unsigned' });
  });
});
