// Backups with invalid rows: a backup whose checksums are intact but whose rows this build cannot
// restore (wrong types, duplicate keys, unknown tables, a newer schema) is refused by the restore
// preview (backupPlan) and by backupRestore with its stable code, never thrown on; the message reads in
// both languages through the settings screen's backupErrorText; and no table changes.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { backupPlan } from '../../../renderer/db/backupPlan';
import { backupTableNames } from '../../../renderer/db/backupRows';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { backupErrorText } from '../../../renderer/features/settings/backupText';
import { i18nInit } from '../../../renderer/i18n';
import { backupDocumentBuild, backupParse, backupText, type BackupDocument } from '../../../shared/backup/format';
import { errorMessage, messageProblems } from '../../corpus/appMessages';
import { backupRowsCases, corpusBackupTableNames } from '../../corpus/backups';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { corpusRefusal, corpusSnapshot, corpusStoreFill } from './corpusDb';

let db: WageDeskDb;
let valid: BackupDocument;

beforeAll(async () => {
  i18nInit('zh-CN');
  db = testDbOpen();
  await corpusStoreFill(db);
  valid = okValue(await backupCreate(db, { clock: () => '2021-02-01T00:00:00.000Z', appVersion: '0.1.0' })).document;
});
afterAll(() => testDbsDelete(db));

/** The file the user picks, read as the settings screen reads it (backupParse must accept it: only the rows are wrong). */
async function backupWith(edit: (tables: Record<string, unknown[]>) => void, schemaVersion: number): Promise<BackupDocument> {
  const tables = JSON.parse(JSON.stringify(valid.tables)) as Record<string, unknown[]>;
  edit(tables);
  const built = okValue(await backupDocumentBuild({ appVersion: valid.appVersion, schemaVersion, createdAt: valid.createdAt }, tables));
  return okValue(await backupParse(backupText(built)));
}

describe('backups with invalid rows', () => {
  it('the corpus knows every backed-up table, and the store has rows in the tables the cases edit', () => {
    expect([...corpusBackupTableNames].sort()).toEqual([...backupTableNames].sort());
    for (const table of ['enterprises', 'people', 'settings', 'rounds', 'audit']) expect(valid.tables[table]?.length, table).toBeGreaterThan(0);
  });

  it('the unchanged backup restores (so each case breaks exactly one thing)', async () => {
    const own = testDbOpen();
    await corpusStoreFill(own);
    expect((await backupRestore(own, await backupWith(() => {}, valid.schemaVersion))).ok).toBe(true);
    own.close();
  });

  it.each(backupRowsCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const document = await backupWith(c.input.edit, c.input.schemaVersion ? c.input.schemaVersion(valid.schemaVersion) : valid.schemaVersion);
    const before = await corpusSnapshot(db);
    const planned = await corpusRefusal(() => backupPlan(db, document));
    const restored = await corpusRefusal(() => backupRestore(db, document));
    expect(await corpusSnapshot(db)).toEqual(before);
    expect(planned.code).toBe(c.code);
    expect(restored.code).toBe(c.code);
    expect(messageProblems(errorMessage(restored.code), restored.params)).toEqual([]);
    for (const language of ['zh-CN', 'en'] as const) {
      await i18next.changeLanguage(language);
      const text = backupErrorText(restored, i18next.t);
      expect(text).not.toBe(i18next.t('errors.unknown', { message: restored.message }));
      expect(text).not.toMatch(/\{\{/);
      if (language === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    }
    await i18next.changeLanguage('zh-CN');
  });
});
