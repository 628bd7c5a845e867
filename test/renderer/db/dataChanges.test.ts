import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataChangesSubscribe, dataPartsTouched } from '../../../renderer/db/dataChanges';
import { backupChangedAt, backupChangedAtSet, backupLastAtSet } from '../../../renderer/db/backupMeta';
import { backupFolderGet, backupFolderSet } from '../../../renderer/db/backupFolderMeta';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { settingsRepo } from '../../../renderer/db/settingsRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDbOpen, testDbsDelete, testEnterpriseInput } from './testDb';

let db: WageDeskDb;
beforeEach(() => {
  db = testDbOpen();
});
afterEach(async () => {
  await testDbsDelete(db);
});

describe('dataPartsTouched', () => {
  it('is true for a data table of this database only', () => {
    expect(dataPartsTouched({ 'idb://wagedesk/enterprises/': {} as never }, 'wagedesk')).toBe(true);
    expect(dataPartsTouched({ 'idb://wagedesk/wageCases/:dels': {} as never }, 'wagedesk')).toBe(true);
    expect(dataPartsTouched({ 'idb://wagedesk/meta/': {} as never }, 'wagedesk')).toBe(false);
    expect(dataPartsTouched({ 'idb://wagedesk-other/enterprises/': {} as never }, 'wagedesk')).toBe(false);
    expect(dataPartsTouched({}, 'wagedesk')).toBe(false);
  });
});

describe('dataChangesSubscribe', () => {
  // Dexie reports a newly created database as a change to every table; autoBackupLive.ts opens it first.
  beforeEach(async () => {
    await db.open();
  });

  it('hears every committed write to user data, whichever repository made it', async () => {
    const listener = vi.fn();
    const unsubscribe = dataChangesSubscribe(db.name, listener);
    okValue(await enterpriseRepo(db).create(testEnterpriseInput()));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    okValue(await settingsRepo(db).set('language', 'en'));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
    unsubscribe();
    okValue(await settingsRepo(db).set('language', 'zh-CN'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not hear writes to meta (noting a backup must not trigger another one)', async () => {
    const listener = vi.fn();
    const unsubscribe = dataChangesSubscribe(db.name, listener);
    okValue(await backupLastAtSet(db, '2021-01-10T08:00:00.000Z'));
    okValue(await backupChangedAtSet(db, '2021-01-10T08:00:00.000Z'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });
});

describe('backup meta facts', () => {
  it('changedAt is null until noted, then the instant noted; an unreadable value reads as null', async () => {
    expect(okValue(await backupChangedAt(db))).toBeNull();
    okValue(await backupChangedAtSet(db, '2021-01-10T08:00:00.000Z'));
    expect(okValue(await backupChangedAt(db))).toBe('2021-01-10T08:00:00.000Z');
    await db.meta.put({ key: 'backup.changedAt', value: 42 });
    expect(okValue(await backupChangedAt(db))).toBeNull();
  });

  it('the folder handle reads back only when the validator recognises it', async () => {
    const accept = (value: unknown): value is { kind: 'directory'; name: string } =>
      typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory';
    expect(okValue(await backupFolderGet(db, accept))).toBeNull();
    okValue(await backupFolderSet(db, { kind: 'directory', name: '备份' }));
    expect(okValue(await backupFolderGet(db, accept))).toEqual({ kind: 'directory', name: '备份' });
    await db.meta.put({ key: 'backup.folder', value: 'not a handle' });
    expect(okValue(await backupFolderGet(db, accept))).toBeNull();
  });
});
