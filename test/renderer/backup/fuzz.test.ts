// About 1 000 damaged backups from one seed (test/shared/fuzz/backupMutants.ts), read the way the backup
// card reads a chosen file (decrypt when sealed, backupParse, then backupRestore): each ends in a named
// error code with the store exactly as before (a full dump of every table, meta included, compared), or in
// a restore whose store is valid (a new backup of it holds no unreadable row). Nesting past the limit is
// always backup.tooDeep. No timing here: the worst case's time and memory are in bench/fileFuzz.ts.
import { describe, expect, it } from 'vitest';
import { backupEncrypt, backupDecrypt, backupTextIsEncrypted } from '../../../shared/backup/encrypted';
import { backupParse, backupText } from '../../../shared/backup/format';
import { roundSchema } from '../../../shared/case/round';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { dataHandlers } from '../../../renderer/data/handlers';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { backupMutantCounts, backupMutants, type BackupLayer } from '../../shared/fuzz/backupMutants';
import { testRoundCreate } from '../data/testCase';
import { okValue, testCreditCode, testDbsPerTest, testDeps, testEnterpriseInput, testPersonInput } from '../db/testDb';

const open = testDbsPerTest();
const passphrase = '协商台备份口令 fuzz';

/** Every code reading or restoring a damaged backup may end in; backup.unreadable and storage.* (exceptions caught) are not. */
const namedCodes = new Set([
  'backup.tooDeep', 'backup.notJson', 'backup.notBackup', 'backup.tooNew', 'backup.malformed', 'backup.damaged',
  'backup.wrongPassphrase', 'backup.invalidRow',
]);

async function filledStore(): Promise<WageDeskDb> {
  const db = open();
  const deps = testDeps();
  const enterprises = enterpriseRepo(db, deps);
  const people = personRepo(db, deps);
  const kept = okValue(await enterprises.create(testEnterpriseInput({ name: '福建隆祥皮革有限公司' })));
  okValue(await people.create(kept.id, testPersonInput({ name: '吴华贵', role: 'chief' })));
  const round = await testRoundCreate({ db, deps }, kept.id);
  okValue(await dataHandlers.roundSave({ db, deps }, { enterpriseId: kept.id, round: roundSchema.parse({ ...round, wage: referenceWageCase() }) }));
  const gone = okValue(await enterprises.create(testEnterpriseInput({ name: '福鼎市示范制衣有限公司', creditCode: testCreditCode('350982', 2) })));
  okValue(await people.create(gone.id, testPersonInput({ name: '陈会珍', side: 'employer' })));
  okValue(await enterprises.remove(gone.id));
  await db.settings.put({ key: 'language', value: 'zh-CN' });
  return db;
}

/** Every table of the store, meta included, in key order: what "identical" means. */
async function dump(db: WageDeskDb): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(tables);
}

describe('backup fuzz', () => {
  it('ends every mutant in a named error with the store unchanged, or in a valid restore', async () => {
    const db = await filledStore();
    const created = okValue(await backupCreate(db));
    const encrypted = await backupEncrypt(backupText(created.document), created.document, passphrase);
    if (!encrypted.ok) throw new Error(encrypted.error.code);
    const outcomes = new Map<string, number>();
    let mutants = 0;
    let restoresTried = 0;
    const count = (layer: BackupLayer, outcome: string) => outcomes.set(`${layer}: ${outcome}`, (outcomes.get(`${layer}: ${outcome}`) ?? 0) + 1);
    for await (const mutant of backupMutants(created.document, encrypted.value)) {
      mutants++;
      const where = `${mutant.layer}/${mutant.kind} #${mutants}`;
      let text = mutant.text;
      if (backupTextIsEncrypted(text)) {
        const opened = await backupDecrypt(text, passphrase);
        if (!opened.ok) {
          expect(namedCodes.has(opened.error.code), `${where}: ${opened.error.code} ${opened.error.message}`).toBe(true);
          count(mutant.layer, opened.error.code);
          continue;
        }
        text = opened.value;
      }
      const parsed = await backupParse(text);
      if (!parsed.ok) {
        expect(namedCodes.has(parsed.error.code), `${where}: ${parsed.error.code} ${parsed.error.message}`).toBe(true);
        if (mutant.deep) expect(parsed.error.code, where).toBe('backup.tooDeep');
        count(mutant.layer, parsed.error.code);
        continue;
      }
      expect(mutant.deep, where).toBe(false);
      restoresTried++;
      const before = await dump(db);
      const restored = await backupRestore(db, parsed.value, { fileName: 'fuzz.json' });
      if (!restored.ok) {
        expect(namedCodes.has(restored.error.code), `${where}: ${restored.error.code} ${restored.error.message}`).toBe(true);
        expect(await dump(db), where).toEqual(before);
        count(mutant.layer, `restore ${restored.error.code}`);
        continue;
      }
      const again = await backupCreate(db);
      expect(again.ok && again.value.unreadable, where).toBe(0);
      count(mutant.layer, 'restored');
    }
    console.info([...outcomes].sort().map(([o, n]) => `${o} ×${n}`).join('\n'));
    expect(mutants).toBe(Object.values(backupMutantCounts).reduce((a, b) => a + b, 0));
    // The restore's own checks were reached, both ways: the fuzz is not all stopped by the checksums.
    const codes = new Set([...outcomes.keys()].map((o) => o.split(': ')[1]));
    for (const code of ['backup.damaged', 'backup.tooDeep', 'backup.wrongPassphrase', 'restore backup.invalidRow', 'restored']) expect(codes, code).toContain(code);
    expect(restoresTried).toBeGreaterThan(100);
  }, 300_000);
});
