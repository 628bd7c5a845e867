import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupText } from '../../../shared/backup/format';
import { hexFromBytes } from '../../../shared/bundle/bytes';
import { witnessSign, witnessVerify } from '../../../shared/witness/identity';
import { sealedWitnessKeyOpen } from '../../../shared/witness/sealed';
import { backupCreate } from '../../../renderer/db/backup';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { witnessKeyId, witnessKeyRepo } from '../../../renderer/db/witnessKeyRepo';
import { i18nInit } from '../../../renderer/i18n';
import { federationErrorText } from '../../../renderer/features/federation/federationErrorText';
import { federationEn, federationZh } from '../../../renderer/features/federation/messages';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('federation', federationZh, federationEn);
});

let db: WageDeskDb;
let other: WageDeskDb | undefined;
afterEach(() => testDbsDelete(...[db, other].filter((d): d is WageDeskDb => d !== undefined)));

const passphrase = '福鼎 总工会 2026';
const fingerprint = '7ca7ecd272e1a17f7e0ac63695c4e999757debda9d8634bcf8f0a98f4a172ca8';

/** The seed, recovered the only way there is: the sealed copy and its passphrase. */
async function seedOf(repo: ReturnType<typeof witnessKeyRepo>): Promise<Uint8Array> {
  return okValue(await sealedWitnessKeyOpen(okValue(await repo.sealedExport(passphrase)), passphrase));
}

/** Every way the seed could be written out: hex, base64, and as a JSON array of numbers. */
function secretForms(seed: Uint8Array): string[] {
  return [hexFromBytes(seed), Buffer.from(seed).toString('base64').replace(/=+$/, ''), JSON.stringify([...seed]).slice(1, -1)];
}

describe('witnessKeyRepo', () => {
  it('holds no key until one is made, then hands out its public fields only', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    expect(okValue(await repo.get())).toBeNull();
    const made = okValue(await repo.create('  福鼎市总工会 ', passphrase));
    expect(made).toEqual({ name: '福鼎市总工会', publicKeyHex: expect.stringMatching(/^[0-9a-f]{64}$/), createdAt: expect.any(String), origin: 'created', exportable: true, store: 'browser' });
    expect(okValue(await repo.get())).toEqual(made);
  });

  it('stores the secret only as a non-extractable CryptoKey and a passphrase-sealed copy', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    okValue(await repo.create('福鼎市总工会', passphrase));
    const seed = await seedOf(repo);
    const row = (await db.witnessKeys.get(witnessKeyId))!.value as { signingKey: CryptoKey; privateKeyHex?: string };
    expect(row.privateKeyHex).toBeUndefined();
    expect(row.signingKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', row.signingKey)).rejects.toThrow();
    const stored = JSON.stringify(row);
    for (const form of secretForms(seed)) expect(stored).not.toContain(form);
  });

  it('signs through the data layer so that the bundle verifier accepts it', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    const signature = await witnessSign(okValue(await repo.signer()), fingerprint);
    expect(signature.publicKey).toBe(made.publicKeyHex);
    expect(await witnessVerify(signature, fingerprint)).toBe(true);
  });

  it('a backup and the audit trail never contain the witness private key', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    const seed = await seedOf(repo);
    const audit = await db.audit.where('[table+key]').equals(['witnessKeys', witnessKeyId]).toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', after: { key: witnessKeyId, value: { name: '福鼎市总工会', publicKeyHex: made.publicKeyHex, secret: 'redacted' } } });
    const text = backupText(okValue(await backupCreate(db)).document);
    expect(JSON.parse(text).tables.witnessKeys).toBeUndefined();
    expect(JSON.parse(text).witnessKey).toBeUndefined();
    for (const form of secretForms(seed)) {
      expect(JSON.stringify(await db.audit.toArray())).not.toContain(form);
      expect(text).not.toContain(form);
    }
  });

  it('puts the key into a backup only when asked, sealed, and only with the right passphrase', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    okValue(await repo.create('福鼎市总工会', passphrase));
    const seed = await seedOf(repo);
    const wrong = await backupCreate(db, undefined, { witnessKeyPassphrase: '不是这个口令啊' });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('witness.wrongPassphrase');
    const document = okValue(await backupCreate(db, undefined, { witnessKeyPassphrase: passphrase })).document;
    expect(document.witnessKey).toMatchObject({ format: 'wagedesk-witness-key', kdf: { name: 'PBKDF2-SHA256' } });
    for (const form of secretForms(seed)) expect(backupText(document)).not.toContain(form);
  });

  it('exports a sealed key file that a second machine imports with the passphrase and signs with the same key', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    const file = JSON.parse(JSON.stringify(okValue(await repo.sealedExport(passphrase))));
    other = testDbOpen();
    const second = witnessKeyRepo(other, testDeps());
    const taken = okValue(await second.sealedImport(file, passphrase));
    expect(taken).toMatchObject({ name: made.name, publicKeyHex: made.publicKeyHex, createdAt: made.createdAt, origin: 'imported', exportable: true });
    const signature = await witnessSign(okValue(await second.signer()), fingerprint);
    expect(signature.publicKey).toBe(made.publicKeyHex);
    expect(await witnessVerify(signature, fingerprint)).toBe(true);
  });

  it('refuses a wrong passphrase on export and on import with a clear error, writing nothing', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    okValue(await repo.create('福鼎市总工会', passphrase));
    const wrongExport = await repo.sealedExport('福鼎 总工会 2025');
    expect(wrongExport.ok ? 'ok' : wrongExport.error.code).toBe('witness.wrongPassphrase');
    const file = okValue(await repo.sealedExport(passphrase));
    other = testDbOpen();
    const wrongImport = await witnessKeyRepo(other, testDeps()).sealedImport(file, '福鼎 总工会 2025');
    expect(wrongImport.ok ? 'ok' : wrongImport.error.code).toBe('witness.wrongPassphrase');
    expect(wrongImport.ok ? '' : federationErrorText(wrongImport.error)).toBe('口令不正确（或密钥文件已被改动），没有导入或导出任何内容。');
    expect(await other.witnessKeys.count()).toBe(0);
    expect(await other.audit.count()).toBe(0);
  });

  it('refuses a second key (it would orphan every signature made), an empty name and a short passphrase', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const empty = await repo.create('  ', passphrase);
    expect(empty.ok ? null : empty.error).toMatchObject({ code: 'validation', fields: { name: 'validation.required' } });
    const short = await repo.create('福鼎市总工会', 'short');
    expect(short.ok ? null : short.error.code).toBe('witness.passphraseShort');
    const first = okValue(await repo.create('福鼎市总工会', passphrase));
    const second = await repo.create('另一个总工会', passphrase);
    expect(second.ok ? null : second.error.code).toBe('witness.exists');
    const imported = await repo.sealedImport(okValue(await repo.sealedExport(passphrase)), passphrase);
    expect(imported.ok ? null : imported.error.code).toBe('witness.exists');
    expect(okValue(await repo.get())).toEqual(first);
  });

  it('reports a stored row that holds no usable signing key as corrupt', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    await db.witnessKeys.put({ key: witnessKeyId, value: { ...made, signingKey: null, sealed: null } });
    const read = await repo.get();
    expect(read.ok ? null : read.error.code).toBe('storage.corrupt');
  });
});
