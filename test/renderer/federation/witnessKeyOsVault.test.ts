import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as ed from '@noble/ed25519';
import { backupText } from '../../../shared/backup/format';
import { hexFromBytes } from '../../../shared/bundle/bytes';
import { resultErr, resultOk } from '../../../shared/result';
import { witnessSign, witnessVerify } from '../../../shared/witness/identity';
import type { WitnessOsVault } from '../../../shared/witness/osVault';
import { sealedWitnessKeyOpen } from '../../../shared/witness/sealed';
import { backupCreate } from '../../../renderer/db/backup';
import { witnessKeyId, witnessKeyRepo } from '../../../renderer/db/witnessKeyRepo';
import { i18nInit } from '../../../renderer/i18n';
import { federationErrorText } from '../../../renderer/features/federation/federationErrorText';
import { federationEn, federationZh } from '../../../renderer/features/federation/messages';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { okValue, testDbsPerTest, testDeps } from '../db/testDb';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('federation', federationZh, federationEn);
});

const dbOpen = testDbsPerTest();
const passphrase = '福鼎 总工会 2026';
const fingerprint = '7ca7ecd272e1a17f7e0ac63695c4e999757debda9d8634bcf8f0a98f4a172ca8';

/**
 * The desktop's OS-protected store as the renderer sees it through the bridge (the main process side is
 * test/electron/witnessVault.test.ts). `available` switches the OS protection on and off.
 */
function fakeVault(opts: { available?: boolean; sealFails?: boolean } = {}) {
  const held = new Map<string, Uint8Array>();
  const state = { available: opts.available ?? true };
  const vault: WitnessOsVault = {
    available: vi.fn(async () => state.available),
    seal: vi.fn(async (seed: Uint8Array, publicKeyHex: string) => {
      if (opts.sealFails) return resultErr('file.diskFull', 'no space');
      held.set(publicKeyHex, new Uint8Array(seed));
      return resultOk({ publicKeyHex });
    }),
    sign: vi.fn(async (publicKeyHex: string, message: Uint8Array) => {
      const seed = held.get(publicKeyHex);
      return seed ? resultOk(await ed.signAsync(message, seed)) : resultErr('witness.missing', 'none');
    }),
  };
  return { vault, held, state };
}

function secretForms(seed: Uint8Array): string[] {
  return [hexFromBytes(seed), Buffer.from(seed).toString('base64').replace(/=+$/, ''), JSON.stringify([...seed]).slice(1, -1)];
}

describe('witnessKeyRepo with the desktop OS-protected store', () => {
  it('with OS protection: the key goes to the OS store, the row holds no signing key, and signatures verify', async () => {
    const db = dbOpen();
    const { vault, held } = fakeVault();
    const repo = witnessKeyRepo(db, testDeps(), vault);
    expect(okValue(await repo.storeNew())).toEqual({ store: 'os', osUnavailable: false });
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    expect(made).toMatchObject({ store: 'os', exportable: true, origin: 'created' });
    expect([...held.keys()]).toEqual([made.publicKeyHex]);

    const row = (await db.witnessKeys.get(witnessKeyId))!.value as { signingKey: unknown; store: string };
    expect(row.signingKey).toBeNull();
    expect(row.store).toBe('os');
    const seed = held.get(made.publicKeyHex)!;
    const stored = JSON.stringify(row);
    for (const form of secretForms(seed)) expect(stored).not.toContain(form);

    const signature = await witnessSign(okValue(await repo.signer()), fingerprint);
    expect(signature.publicKey).toBe(made.publicKeyHex);
    expect(await witnessVerify(signature, fingerprint)).toBe(true);
    expect(vault.sign).toHaveBeenCalledOnce();
  });

  it('keeps the passphrase-sealed copy, so exporting for a second office machine still works, and no backup or audit entry holds the key', async () => {
    const db = dbOpen();
    const { vault, held } = fakeVault();
    const repo = witnessKeyRepo(db, testDeps(), vault);
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    const file = okValue(await repo.sealedExport(passphrase));
    expect(hexFromBytes(okValue(await sealedWitnessKeyOpen(file, passphrase)))).toBe(hexFromBytes(held.get(made.publicKeyHex)!));
    const audit = JSON.stringify(await db.audit.toArray());
    const backup = backupText(okValue(await backupCreate(db)).document);
    for (const form of secretForms(held.get(made.publicKeyHex)!)) {
      expect(audit).not.toContain(form);
      expect(backup).not.toContain(form);
    }
  });

  it('an imported key file goes to the OS store too', async () => {
    const first = witnessKeyRepo(dbOpen(), testDeps());
    const made = okValue(await first.create('福鼎市总工会', passphrase));
    const file = JSON.parse(JSON.stringify(okValue(await first.sealedExport(passphrase))));
    const { vault, held } = fakeVault();
    const second = witnessKeyRepo(dbOpen(), testDeps(), vault);
    expect(okValue(await second.sealedImport(file, passphrase))).toMatchObject({ publicKeyHex: made.publicKeyHex, origin: 'imported', store: 'os' });
    expect(held.has(made.publicKeyHex)).toBe(true);
    expect(await witnessVerify(await witnessSign(okValue(await second.signer()), fingerprint), fingerprint)).toBe(true);
  });

  it('without OS protection: says so, and keeps the non-extractable key and the passphrase form', async () => {
    const db = dbOpen();
    const { vault } = fakeVault({ available: false });
    const repo = witnessKeyRepo(db, testDeps(), vault);
    expect(okValue(await repo.storeNew())).toEqual({ store: 'browser', osUnavailable: true });
    const made = okValue(await repo.create('福鼎市总工会', passphrase));
    expect(made).toMatchObject({ store: 'browser', exportable: true });
    expect(vault.seal).not.toHaveBeenCalled();
    const row = (await db.witnessKeys.get(witnessKeyId))!.value as { signingKey: CryptoKey };
    expect(row.signingKey.extractable).toBe(false);
    expect(await witnessVerify(await witnessSign(okValue(await repo.signer()), fingerprint), fingerprint)).toBe(true);
  });

  it('the browser edition (no store) keeps the key in browser storage without claiming the OS is missing', async () => {
    const repo = witnessKeyRepo(dbOpen(), testDeps());
    expect(okValue(await repo.storeNew())).toEqual({ store: 'browser', osUnavailable: false });
  });

  it('writes nothing when the OS store refuses the key', async () => {
    const db = dbOpen();
    const repo = witnessKeyRepo(db, testDeps(), fakeVault({ sealFails: true }).vault);
    expect(await repo.create('福鼎市总工会', passphrase)).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
    expect(await db.witnessKeys.count()).toBe(0);
    expect(okValue(await repo.get())).toBeNull();
  });

  it('refuses to sign, with a clear Chinese message, when the OS protection is gone later', async () => {
    const db = dbOpen();
    const { vault, state } = fakeVault();
    okValue(await witnessKeyRepo(db, testDeps(), vault).create('福鼎市总工会', passphrase));
    state.available = false;
    const signer = await witnessKeyRepo(db, testDeps(), vault).signer();
    expect(signer).toMatchObject({ ok: false, error: { code: 'witness.osUnavailable' } });
    if (!signer.ok) expect(federationErrorText(signer.error)).toContain('没有签名');
    expect(await witnessKeyRepo(db, testDeps()).signer()).toMatchObject({ ok: false, error: { code: 'witness.osUnavailable' } });
  });
});
