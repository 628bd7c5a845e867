import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupMakeAutomatic } from '../../../renderer/app/autoBackupLive';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { backupLastAt } from '../../../renderer/db/backupMeta';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { Platform } from '../../../renderer/platform';
import { backupParse } from '../../../shared/backup/format';
import { resultErr, resultOk } from '../../../shared/result';
import { okValue, testDbOpen, testDbsDelete, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
});
afterEach(async () => {
  await testDbsDelete(db);
});

function fakePlatform(overrides: Partial<Platform> = {}): Platform & { written: Array<{ text: string; createdAt: string }> } {
  const written: Array<{ text: string; createdAt: string }> = [];
  return {
    kind: 'browser',
    saveFile: vi.fn(),
    print: vi.fn(),
    backupDestination: vi.fn(),
    backupAutomatic: async () => true,
    backupWrite: async (text, createdAt) => {
      written.push({ text, createdAt });
      return resultOk({ where: 'folder/file.json' });
    },
    written,
    ...overrides,
  } as Platform & { written: Array<{ text: string; createdAt: string }> };
}

describe('backupMakeAutomatic', () => {
  it('writes a complete, checksummed backup where automatic backups go and notes when', async () => {
    okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '福建隆祥皮革有限公司' })));
    const target = fakePlatform();
    const outcome = okValue(await backupMakeAutomatic(target));
    expect(outcome?.where).toBe('folder/file.json');
    expect(target.written).toHaveLength(1);
    const document = okValue(await backupParse(target.written[0]!.text));
    expect(document.tables.enterprises).toHaveLength(1);
    expect(target.written[0]!.createdAt).toBe(document.createdAt);
    expect(okValue(await backupLastAt(db))).toBe(document.createdAt);
  });

  it('makes nothing where there is nowhere to write without asking (browser without a folder)', async () => {
    const target = fakePlatform({ backupAutomatic: async () => false });
    expect(await backupMakeAutomatic(target)).toEqual({ ok: true, value: null });
    expect(target.written).toEqual([]);
    expect(okValue(await backupLastAt(db))).toBeNull();
  });

  it('passes a write failure on and does not note a backup that was not made', async () => {
    const target = fakePlatform({ backupWrite: async () => resultErr('file.diskFull', 'full') });
    expect(await backupMakeAutomatic(target)).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
    expect(okValue(await backupLastAt(db))).toBeNull();
  });
});
