// Backups and the witness key (docs/backup-format.md, version 2): a backup never carries the clear key,
// a format 1 file that does is read with the key dropped and its audit copies cut, and a restore keeps
// the key this machine holds.
import { describe, expect, it } from 'vitest';
import { backupParse, backupText, type BackupDocument } from '../../../shared/backup/format';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { sha256Hex } from '../../../shared/backup/sha256';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { backupPlan } from '../../../renderer/db/backupPlan';
import { wageDeskDbVersion } from '../../../renderer/db/schema';
import { witnessKeyRepo } from '../../../renderer/db/witnessKeyRepo';
import v6 from '../db/fixtures/v6-witness.json';
import { okValue, testDbsPerTest, testDeps } from '../db/testDb';

const open = testDbsPerTest();

const seedHex = v6.witnessKeys[0]!.value.privateKeyHex;
const passphrase = '福鼎 总工会 2026';

/** A format 1 file as a schema 6 build wrote it: the clear key in `witnessKeys` and in its audit entry. */
async function v1BackupText(): Promise<string> {
  const tables = { enterprises: [], people: [], settings: v6.settings, witnessKeys: v6.witnessKeys, audit: v6.audit };
  const checksums: Record<string, string> = {};
  for (const name of Object.keys(tables).sort()) checksums[name] = await sha256Hex(okValue(canonicalJson(tables[name as keyof typeof tables])));
  const content = { format: 'wagedesk-backup', formatVersion: 1, appVersion: '0.1.0', schemaVersion: 6, createdAt: '2026-10-22T00:00:00.000Z', tables, checksums };
  return JSON.stringify({ ...content, checksum: await sha256Hex(okValue(canonicalJson(content))) }, null, 2);
}

describe('a format 1 backup holding the witness key in clear text', () => {
  it('is still read; the restore writes no key, cuts the audit copies, and the preview says so', async () => {
    const document: BackupDocument = okValue(await backupParse(await v1BackupText()));
    expect(document.formatVersion).toBe(1);
    const target = open();
    expect(okValue(await backupPlan(target, document))).toMatchObject({ witnessKeyInFile: 'clearDropped', witnessKeyHeld: false });
    okValue(await backupRestore(target, document));
    expect(await target.witnessKeys.count()).toBe(0);
    const trail = await target.audit.toArray();
    expect(trail.find((e) => e.table === 'witnessKeys')).toMatchObject({ redactedAt: expect.any(String), after: { value: { secret: 'redacted' } } });
    expect(JSON.stringify(trail)).not.toContain(seedHex);
    expect(await target.settings.toArray()).toEqual(v6.settings);
    // And what this store backs up next holds it nowhere either.
    expect(backupText(okValue(await backupCreate(target)).document)).not.toContain(seedHex);
  });
});

describe('restoring onto a machine that holds a witness key', () => {
  it('keeps that key: backups carry none, so a restore neither removes nor replaces it', async () => {
    const source = open();
    okValue(await witnessKeyRepo(source, testDeps()).create('另一个总工会', passphrase));
    const document = okValue(await backupCreate(source)).document;
    const target = open();
    const held = okValue(await witnessKeyRepo(target, testDeps()).create('福鼎市总工会', passphrase));
    expect(okValue(await backupPlan(target, document))).toMatchObject({ witnessKeyInFile: 'none', witnessKeyHeld: true });
    okValue(await backupRestore(target, document));
    expect(okValue(await witnessKeyRepo(target).get())).toEqual(held);
    expect(document.schemaVersion).toBe(wageDeskDbVersion);
  });

  it('reports a sealed key in the file without importing it; the federation screen imports it with the passphrase', async () => {
    const source = open();
    const made = okValue(await witnessKeyRepo(source, testDeps()).create('福鼎市总工会', passphrase));
    const document = okValue(await backupParse(backupText(okValue(await backupCreate(source, undefined, { witnessKeyPassphrase: passphrase })).document)));
    const target = open();
    expect(okValue(await backupPlan(target, document))).toMatchObject({ witnessKeyInFile: 'sealed', witnessKeyHeld: false });
    okValue(await backupRestore(target, document));
    expect(await target.witnessKeys.count()).toBe(0);
    const imported = okValue(await witnessKeyRepo(target).sealedImport(document.witnessKey, passphrase));
    expect(imported.publicKeyHex).toBe(made.publicKeyHex);
  });
});
