// Schema 7 moves the witness key out of clear text: a store written by schema 6 (fixture v6-witness.json,
// the rows exactly as 6 stored them) opens with the key held non-extractable and every audit copy of it
// cut to its public fields, with the cut recorded.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backupText } from '../../../shared/backup/format';
import { witnessSign, witnessVerify } from '../../../shared/witness/identity';
import { backupCreate } from '../../../renderer/db/backup';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { witnessKeyId, witnessKeyRepo } from '../../../renderer/db/witnessKeyRepo';
import v6 from './fixtures/v6-witness.json';
import { okValue, shippedVersionsDeclare, testDbName, testDbOpen, testDbsDelete } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

const seedHex = v6.witnessKeys[0]!.value.privateKeyHex;
const seedBase64 = Buffer.from(seedHex, 'hex').toString('base64').replace(/=+$/, '');
const fingerprint = '7ca7ecd272e1a17f7e0ac63695c4e999757debda9d8634bcf8f0a98f4a172ca8';

/** The stores of versions 1–6 exactly as schema.ts declares them. */
async function v6DatabaseWritten(name: string): Promise<void> {
  const old = new Dexie(name);
  shippedVersionsDeclare(old, 6);
  await old.table('witnessKeys').bulkAdd(v6.witnessKeys);
  await old.table('audit').bulkAdd(v6.audit);
  await old.table('settings').bulkAdd(v6.settings);
  old.close();
}

describe('schema upgrade from version 6: the clear witness key', () => {
  it('is held as a non-extractable key that signs as before, and is gone from the row', async () => {
    const name = testDbName();
    await v6DatabaseWritten(name);
    db = testDbOpen(name);
    const repo = witnessKeyRepo(db);
    const { name: holder, publicKeyHex, createdAt } = v6.witnessKeys[0]!.value;
    expect(okValue(await repo.get())).toEqual({ name: holder, publicKeyHex, createdAt, origin: 'migrated', exportable: false, store: 'browser' });
    const row = (await db.witnessKeys.get(witnessKeyId))!.value as { signingKey: CryptoKey };
    expect(row.signingKey.extractable).toBe(false);
    expect(JSON.stringify(row)).not.toContain(seedHex);
    const signature = await witnessSign(okValue(await repo.signer()), fingerprint);
    expect(signature.publicKey).toBe(publicKeyHex);
    expect(await witnessVerify(signature, fingerprint)).toBe(true);
    // No passphrase was ever chosen for it, so there is nothing to export.
    const exported = await repo.sealedExport('任何口令都不行的');
    expect(exported.ok ? 'ok' : exported.error.code).toBe('witness.notExportable');
  });

  it('is cut from the audit trail, the cut recorded; other entries untouched; a backup holds it nowhere', async () => {
    const name = testDbName();
    await v6DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();
    const created = await db.audit.get(1);
    expect(created).toMatchObject({
      action: 'create', before: null, redactedAt: expect.any(String),
      after: { key: witnessKeyId, value: { name: '福鼎市总工会', publicKeyHex: v6.witnessKeys[0]!.value.publicKeyHex, secret: 'redacted' } },
    });
    expect(await db.audit.get(2)).toEqual(v6.audit[1]);
    // The move itself is an entry: the row changed, both sides shown without the secret.
    const moved = await db.audit.where('[table+key]').equals(['witnessKeys', witnessKeyId]).filter((e) => e.action === 'update').toArray();
    expect(moved).toHaveLength(1);
    const trail = JSON.stringify(await db.audit.toArray());
    const text = backupText(okValue(await backupCreate(db)).document);
    for (const form of [seedHex, seedBase64]) {
      expect(trail).not.toContain(form);
      expect(text).not.toContain(form);
    }
  });

  it('does nothing more on the next open', async () => {
    const name = testDbName();
    await v6DatabaseWritten(name);
    db = testDbOpen(name);
    await db.open();
    const first = await db.audit.toArray();
    db.close();
    db = testDbOpen(name);
    await db.open();
    expect(await db.audit.toArray()).toEqual(first);
  });
});
