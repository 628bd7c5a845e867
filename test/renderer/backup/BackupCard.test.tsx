import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { backupParse } from '../../../shared/backup/format';
import { backupCreate } from '../../../renderer/db/backup';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { FileToSave } from '../../../renderer/platform';
import { BackupCard } from '../../../renderer/features/settings/BackupCard';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testEnterpriseInput } from '../db/testDb';

const saved: FileToSave[] = [];
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({
    kind: 'browser',
    saveFile: async (file: FileToSave) => {
      saved.push(file);
      return { ok: true, value: { saved: true, path: file.suggestedName } };
    },
    print: async () => ({ ok: true, value: { printed: true } }),
    backupDestination: async () => ({ ok: true, value: { kind: 'none', canChoose: false } }),
    backupAutomatic: async () => false,
    backupWrite: async () => ({ ok: false, error: { code: 'backup.noFolder', message: 'none' } }),
  }),
}));

let db: WageDeskDb;
beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  saved.length = 0;
  useAppStore.setState({ enterprises: [], people: {}, notice: null });
});
afterEach(async () => {
  cleanup();
  await testDbsDelete(db);
});

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('选择备份文件') as HTMLInputElement;
}

describe('BackupCard', () => {
  it('downloads a backup as a dated .json file and then shows when it was made', async () => {
    okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '福建隆祥皮革有限公司' })));
    render(<BackupCard />);
    expect(await screen.findByText('还没有备份')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '下载备份' }));
    expect(await screen.findByText(/^上次备份：/)).toBeTruthy();
    expect(saved).toHaveLength(1);
    const file = saved[0]!;
    expect(file.suggestedName).toMatch(/^协商台备份-\d{8}-\d{4}\.json$/);
    expect(file).toMatchObject({ mimeType: 'application/json', extensions: ['json'] });
    const document = okValue(await backupParse(new TextDecoder().decode(file.data)));
    expect(document.tables.enterprises).toHaveLength(1);
    expect(useAppStore.getState().notice?.text).toContain('备份已保存');
  });

  it('shows what a restore will change, writes nothing until confirmed, then reloads the list', async () => {
    okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '福建隆祥皮革有限公司' })));
    const text = JSON.stringify(okValue(await backupCreate(db)).document);
    okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '后来新建的厂', creditCode: testCreditCode('350982', 4) })));
    render(<BackupCard />);

    fireEvent.change(fileInput(), { target: { files: [new File([text], 'backup.json', { type: 'application/json' })] } });
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('从备份恢复？');
    expect(dialog.textContent).toContain('将移除的企业：后来新建的厂。');
    expect(await db.enterprises.count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: '恢复', hidden: true }));
    await waitFor(() => expect(useAppStore.getState().notice?.text).toBe('已从备份恢复。'));
    expect(await db.enterprises.count()).toBe(1);
    expect(useAppStore.getState().enterprises.map((e) => e.name)).toEqual(['福建隆祥皮革有限公司']);
  });

  it('cancelling the preview writes nothing', async () => {
    const text = JSON.stringify(okValue(await backupCreate(db)).document);
    okValue(await enterpriseRepo(db).create(testEnterpriseInput()));
    render(<BackupCard />);
    fireEvent.change(fileInput(), { target: { files: [new File([text], 'backup.json')] } });
    await screen.findByRole('dialog', { hidden: true });
    fireEvent.click(screen.getByRole('button', { name: '取消', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(await db.enterprises.count()).toBe(1);
  });

  it('says plainly when the file is not a backup or is damaged, and writes nothing', async () => {
    okValue(await enterpriseRepo(db).create(testEnterpriseInput()));
    render(<BackupCard />);
    fireEvent.change(fileInput(), { target: { files: [new File(['hello'], 'notes.json')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('这个文件不是协商台备份（无法按 JSON 读取）。没有恢复任何数据。');

    const document = okValue(await backupCreate(db)).document;
    const damaged = JSON.stringify(document).replace('福鼎市测试皮革厂', '福鼎市测试皮草厂');
    fireEvent.change(fileInput(), { target: { files: [new File([damaged], 'backup.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('“企业”部分的校验值不符'));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    expect(await db.enterprises.count()).toBe(1);
  });
});
