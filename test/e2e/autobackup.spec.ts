// The browser edition's backup reminder: with data and no recent backup, the home screen shows a banner
// that downloads one. Headless Chromium cannot answer a folder picker, so choosing a folder is covered
// by the unit tests (test/renderer/settings, test/renderer/platform), not here.
import { test, expect, type Page } from '@playwright/test';
import { sampleLoaded } from './sampleSteps';

const DAY = 24 * 3600_000;

/** The part of the page's IndexedDB used here (this file compiles without the DOM library). */
interface PageIdb {
  open(name: string): {
    result: { transaction(store: string, mode: 'readwrite'): { objectStore(name: string): { put(value: unknown): void }; oncomplete: (() => void) | null; onerror: (() => void) | null; error: unknown }; close(): void };
    onsuccess: (() => void) | null;
    onerror: (() => void) | null;
    error: unknown;
  };
}

/** Writes meta backup.lastAt straight into the app's database, as if the last backup was that long ago. */
async function lastBackupSet(page: Page, at: string) {
  await page.evaluate(
    (iso) =>
      new Promise<void>((resolve, reject) => {
        const request = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open('wagedesk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'backup.lastAt', value: iso });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    at,
  );
}

test('the home screen reminds after a week without a backup, and its button downloads one', async ({ page }) => {
  await sampleLoaded(page);
  const banner = page.getByRole('complementary', { name: '备份提醒' });
  await expect(banner).toContainText('数据还没有备份过');

  await lastBackupSet(page, new Date(Date.now() - 10 * DAY).toISOString());
  await page.reload();
  await expect(banner).toContainText('已有 10 天没有备份');
  await page.screenshot({ path: 'test-results/screens/autobackup-01-banner.png', fullPage: true });

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: '立即下载备份' }).click();
  expect((await download).suggestedFilename()).toMatch(/^协商台备份-\d{8}-\d{4}\.json$/);
  await expect(banner).toHaveCount(0);

  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByTestId('backup-where')).toHaveText('未选择文件夹，请定期下载备份');
  await expect(page.getByTestId('backup-last')).toContainText('上次备份：');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/autobackup-02-settings.png', fullPage: true });
});
