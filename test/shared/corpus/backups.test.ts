// Backup files: every text that is not an intact backup of this format is refused by backupParse with
// its stable code and a message in both languages (errors.backup.* in the app's tables), never thrown on.
// Rows are checked later, against the database (test/renderer/corpus/backupRestore.test.ts).
import { describe, expect, it } from 'vitest';
import { backupDocumentBuild, backupParse, backupText } from '../../../shared/backup/format';
import { errorMessage, messageProblems } from '../../corpus/appMessages';
import { type CorpusBackup, backupTextCases, corpusBackupTableNames } from '../../corpus/backups';
import { outcomeOf, refusal } from './corpusRun';

/** A valid backup with one row in every table (rows are not validated by backupParse). */
async function corpusBackup(): Promise<CorpusBackup> {
  const at = '2021-01-10T08:00:00.000Z';
  const tables: Record<string, unknown[]> = Object.fromEntries(corpusBackupTableNames.map((name) => [name, [{ id: `${name}-1`, updatedAt: at }]]));
  tables.enterprises = [{ id: 'e1', name: '福鼎市语料测试皮革厂', headcount: 50, createdAt: at, updatedAt: at, deletedAt: null }];
  const built = await backupDocumentBuild({ appVersion: '0.1.0', schemaVersion: 4, createdAt: at }, tables);
  if (!built.ok) throw new Error(built.error.message);
  return { document: built.value, text: backupText(built.value) };
}

describe('backup files', () => {
  it('the valid backup parses (so each case breaks exactly one thing)', async () => {
    const valid = await corpusBackup();
    expect((await backupParse(valid.text)).ok).toBe(true);
  });

  it.each(backupTextCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const text = c.input(await corpusBackup());
    const error = refusal(await outcomeOf(() => backupParse(text)));
    expect(error.code).toBe(c.code);
    expect(messageProblems(errorMessage(error.code), error.params)).toEqual([]);
  });
});
