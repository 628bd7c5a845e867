import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { backupEventEmit } from '../../../renderer/app/backupEvents';
import { backupLastAtSet } from '../../../renderer/db/backupMeta';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { BackupDestination, FileToSave, Platform } from '../../../renderer/platform';
import { BackupDestinationSection } from '../../../renderer/features/settings/BackupDestinationSection';
import { BackupReminderBanner } from '../../../renderer/features/settings/BackupReminderBanner';
import { resultErr, resultOk } from '../../../shared/result';
import { okValue, testDbOpen, testDbsDelete, testEnterpriseInput } from '../db/testDb';

const fake = vi.hoisted(() => ({ platform: undefined as unknown as Platform }));
vi.mock('../../../renderer/platform', () => ({ platform: () => fake.platform }));

const DAY = 24 * 3600_000;
const saved: FileToSave[] = [];
const written: string[] = [];

function platformWith(destination: BackupDestination, extra: Partial<Platform> = {}): Platform {
  return {
    kind: destination.kind === 'appFolder' ? 'desktop' : 'browser',
    saveFile: async (file) => {
      saved.push(file);
      return resultOk({ saved: true, path: file.suggestedName });
    },
    print: async () => resultOk({ printed: true }),
    backupDestination: async () => resultOk(destination),
    backupAutomatic: async () => destination.kind === 'appFolder' || (destination.kind === 'chosenFolder' && destination.writable),
    backupWrite: async (text) => {
      written.push(text);
      return resultOk({ where: 'somewhere' });
    },
    ...extra,
  };
}

let db: WageDeskDb;
beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  saved.length = 0;
  written.length = 0;
  useAppStore.setState({ enterprises: [], people: {}, notice: null });
  backupEventEmit({ kind: 'made', at: new Date().toISOString(), where: '', automatic: true }); // clears a failure left by another test
});
afterEach(async () => {
  cleanup();
  await testDbsDelete(db);
});

async function withData(lastBackupDaysAgo: number | null) {
  const enterprise = okValue(await enterpriseRepo(db).create(testEnterpriseInput()));
  useAppStore.setState({ enterprises: [enterprise] });
  if (lastBackupDaysAgo !== null) okValue(await backupLastAtSet(db, new Date(Date.now() - lastBackupDaysAgo * DAY).toISOString()));
}

describe('BackupDestinationSection (desktop)', () => {
  it('shows the folder in the user-data folder, the newest backup and the recent files; no reminder', async () => {
    await withData(10);
    fake.platform = platformWith({
      kind: 'appFolder',
      where: '/home/u/.config/协商台/backups',
      files: [
        { name: 'wagedesk-backup-20210110-160000.json', bytes: 2048, modifiedAt: '2021-01-10T08:00:00.000Z' },
        { name: 'wagedesk-backup-20210109-160000.json', bytes: 1024, modifiedAt: '2021-01-09T08:00:00.000Z' },
      ],
    });
    render(<BackupDestinationSection />);
    expect((await screen.findByTestId('backup-where')).textContent).toBe('/home/u/.config/协商台/backups');
    expect(screen.getByText(/^最近一次自动备份：2021年1月10日/)).toBeTruthy();
    const list = screen.getByRole('list', { name: '最近的备份文件' });
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(list.textContent).toContain('wagedesk-backup-20210110-160000.json（2 KB');
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the last automatic failure', async () => {
    fake.platform = platformWith({ kind: 'appFolder', where: '/b', files: [] });
    render(<BackupDestinationSection />);
    await screen.findByTestId('backup-where');
    backupEventEmit({ kind: 'failed', error: { code: 'file.diskFull', message: 'full' } });
    expect((await screen.findByRole('alert')).textContent).toBe('自动备份没有成功：磁盘已满，文件没有保存。');
  });
});

describe('BackupDestinationSection (browser)', () => {
  it('without folder support: says no folder is chosen and reminds after a week without a backup', async () => {
    await withData(10);
    fake.platform = platformWith({ kind: 'none', canChoose: false });
    render(<BackupDestinationSection />);
    expect((await screen.findByTestId('backup-where')).textContent).toBe('未选择文件夹，请定期下载备份');
    expect((await screen.findByTestId('backup-reminder')).textContent).toBe('已有 10 天没有备份，请下载一份备份。');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reminds when the data changed after a recent backup', async () => {
    okValue(await backupLastAtSet(db, new Date(Date.now() - DAY).toISOString()));
    await withData(null);
    await db.meta.put({ key: 'backup.changedAt', value: new Date().toISOString() });
    fake.platform = platformWith({ kind: 'none', canChoose: false });
    render(<BackupDestinationSection />);
    expect((await screen.findByTestId('backup-reminder')).textContent).toBe('上次备份后数据有改动，请下载一份备份。');
  });

  it('with folder support: choosing a folder writes a first backup there at once', async () => {
    await withData(null);
    let destination: BackupDestination = { kind: 'none', canChoose: true };
    const backupFolderChoose = vi.fn(async () => {
      destination = { kind: 'chosenFolder', where: '协商台备份', writable: true };
      return resultOk({ where: '协商台备份' });
    });
    fake.platform = platformWith(destination, {
      backupDestination: async () => resultOk(destination),
      backupAutomatic: async () => destination.kind === 'chosenFolder',
      backupFolderChoose,
    });
    render(<BackupDestinationSection />);
    fireEvent.click(await screen.findByRole('button', { name: '选择备份文件夹…' }));
    await waitFor(() => expect(screen.getByTestId('backup-where').textContent).toBe('备份文件夹：协商台备份'));
    expect(backupFolderChoose).toHaveBeenCalledOnce();
    await waitFor(() => expect(written).toHaveLength(1));
    expect(screen.getByRole('button', { name: '更换文件夹…' })).toBeTruthy();
  });

  it('after a reload, offers to allow writing to the chosen folder again', async () => {
    const backupFolderPermit = vi.fn(async () => resultOk(true));
    fake.platform = platformWith({ kind: 'chosenFolder', where: '协商台备份', writable: false }, { backupFolderPermit, backupFolderChoose: async () => resultOk(null) });
    render(<BackupDestinationSection />);
    fireEvent.click(await screen.findByRole('button', { name: '允许写入备份文件夹' }));
    await waitFor(() => expect(backupFolderPermit).toHaveBeenCalledOnce());
  });

  it('shows why choosing failed', async () => {
    fake.platform = platformWith({ kind: 'none', canChoose: true }, { backupFolderChoose: async () => resultErr('backup.folderPermission', 'no') });
    render(<BackupDestinationSection />);
    fireEvent.click(await screen.findByRole('button', { name: '选择备份文件夹…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('浏览器现在不允许写入备份文件夹');
  });
});

describe('BackupReminderBanner (home screen)', () => {
  it('says how many days there has been no backup and downloads one, after which it goes away', async () => {
    await withData(9);
    fake.platform = platformWith({ kind: 'none', canChoose: false });
    render(<BackupReminderBanner />);
    const banner = await screen.findByTestId('backup-banner');
    expect(banner.textContent).toContain('已有 9 天没有备份');
    fireEvent.click(screen.getByRole('button', { name: '立即下载备份' }));
    await waitFor(() => expect(screen.queryByTestId('backup-banner')).toBeNull());
    expect(saved).toHaveLength(1);
  });

  it('says so when the data has never been backed up', async () => {
    await withData(null);
    fake.platform = platformWith({ kind: 'none', canChoose: true });
    render(<BackupReminderBanner />);
    expect((await screen.findByTestId('backup-banner')).textContent).toContain('数据还没有备份过');
  });

  it('stays away when backups are written automatically, however old the last one', async () => {
    await withData(30);
    fake.platform = platformWith({ kind: 'appFolder', where: '/b', files: [] });
    render(<BackupReminderBanner />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('backup-banner')).toBeNull();
  });

  it('stays away with a recent backup, even after changes (Settings mentions those)', async () => {
    await withData(2);
    await db.meta.put({ key: 'backup.changedAt', value: new Date().toISOString() });
    fake.platform = platformWith({ kind: 'none', canChoose: false });
    render(<BackupReminderBanner />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('backup-banner')).toBeNull();
  });
});
