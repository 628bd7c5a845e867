// A full disk, as the user meets it: a save through the store, or a restore from the backup card, hits
// QuotaExceededError. The user reads the plain Chinese storage.quota sentence, and nothing already saved
// changes. (The repositories' own mapping and rollback are tested in enterpriseRepo.test.ts and
// backup/restore.test.ts; this guards the path up to the words on screen.)
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { backupTableNames } from '../../../renderer/db/backupRows';
import { backupCreate } from '../../../renderer/db/backup';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { BackupCard } from '../../../renderer/features/settings/BackupCard';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testEnterpriseInput, testPersonInput } from './testDb';

vi.mock('../../../renderer/platform', () => ({
  platform: () => ({
    kind: 'browser',
    saveFile: async () => ({ ok: true, value: { saved: false } }),
    backupDestination: async () => ({ ok: true, value: { kind: 'none', canChoose: false } }),
    backupAutomatic: async () => false,
    backupWrite: async () => ({ ok: false, error: { code: 'backup.noFolder', message: 'none' } }),
  }),
}));

/** zh-CN errors['storage.quota'], spelled out: the test fails if the user's sentence changes unnoticed. */
const QUOTA_TEXT = '磁盘或浏览器存储空间已满，这次修改没有保存。已保存的数据不受影响。请清理空间后重试。';
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: WageDeskDb;
beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  useAppStore.setState({ enterprises: [], people: {}, notice: null });
});
afterEach(async () => {
  vi.restoreAllMocks();
  cleanup();
  await testDbsDelete(db);
});

/** Every backed-up table's rows, read directly (not through the code under test). */
async function content() {
  const entries = await Promise.all(backupTableNames.map(async (name) => [name, await db.table(name).toArray()] as const));
  return Object.fromEntries(entries);
}

describe('a full disk while saving an enterprise', () => {
  it('creating: shows the storage.quota sentence as an error notice and stores nothing new', async () => {
    const store = useAppStore.getState();
    expect(await store.enterpriseSave(null, testEnterpriseInput({ name: '福建隆祥皮革有限公司' }))).toMatchObject({ ok: true });
    const before = await content();
    const add = vi.spyOn(db.enterprises, 'add').mockRejectedValue(quotaError());

    const outcome = await store.enterpriseSave(null, testEnterpriseInput({ name: '福鼎市示范制衣有限公司', creditCode: testCreditCode('350982', 2) }));
    expect(add).toHaveBeenCalled();
    vi.restoreAllMocks();

    expect(outcome).toEqual({ ok: false });
    expect(useAppStore.getState().notice).toMatchObject({ tone: 'error', text: QUOTA_TEXT });
    expect(await content()).toEqual(before);
    expect(useAppStore.getState().enterprises.map((e) => e.name)).toEqual(['福建隆祥皮革有限公司']);
  });

  it('editing: shows the same sentence and the stored enterprise keeps its old fields', async () => {
    const store = useAppStore.getState();
    const saved = await store.enterpriseSave(null, testEnterpriseInput({ name: '福建隆祥皮革有限公司', headcount: 50 }));
    if (!saved.ok) throw new Error('seed save failed');
    const before = await content();
    const put = vi.spyOn(db.enterprises, 'put').mockRejectedValue(quotaError());
    const update = vi.spyOn(db.enterprises, 'update').mockRejectedValue(quotaError());

    const outcome = await store.enterpriseSave(saved.id, testEnterpriseInput({ name: '福建隆祥皮革有限公司', headcount: 80 }));
    expect(put.mock.calls.length + update.mock.calls.length).toBeGreaterThan(0);
    vi.restoreAllMocks();

    expect(outcome).toEqual({ ok: false });
    expect(useAppStore.getState().notice).toMatchObject({ tone: 'error', text: QUOTA_TEXT });
    expect(await content()).toEqual(before);
    expect(okValue(await enterpriseRepo(db).get(saved.id as EnterpriseId)).headcount).toBe(50);
  });
});

describe('a full disk while restoring a backup', () => {
  it('rolls the restore back, says so in the card, and the store is exactly as it was', async () => {
    const kept = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '福建隆祥皮革有限公司' })));
    okValue(await personRepo(db).create(kept.id, testPersonInput({ name: '吴华贵', role: 'chief' })));
    const text = JSON.stringify(okValue(await backupCreate(db)).document);
    // After the backup: a second enterprise the restore would remove, if it got through.
    okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '后来新建的厂', creditCode: testCreditCode('350982', 4) })));
    const before = await content();
    render(<BackupCard />);

    fireEvent.change(screen.getByLabelText('选择备份文件'), { target: { files: [new File([text], 'backup.json', { type: 'application/json' })] } });
    await screen.findByRole('dialog', { hidden: true });
    // Enterprises are cleared and rewritten first; the disk fills while the people are written.
    const bulkPut = vi.spyOn(db.people, 'bulkPut').mockRejectedValue(quotaError());
    fireEvent.click(screen.getByRole('button', { name: '恢复', hidden: true }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(QUOTA_TEXT));
    expect(bulkPut).toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await content()).toEqual(before);
    expect(useAppStore.getState().notice?.text ?? '').not.toContain('已从备份恢复');
  });
});
