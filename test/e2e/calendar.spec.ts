// The chair's machine has no 2027 holiday arrangement: she imports the year's calendar file in Settings,
// sees 2027 listed (and still there after a reload), and a broken file is refused in Chinese.
// Screenshots land in test-results/screens/calendar-*.png.
import { test, expect, type Page } from '@playwright/test';
import { calendar2027Text } from '../renderer/calendar/calendar2027';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/calendar-${name}.png`, fullPage: true });
const file = (text: string) => ({ name: '2027年节假日.json', mimeType: 'application/json', buffer: Buffer.from(text) });

test('a 2027 calendar file imports in Settings and stays', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '节假日日历' });
  const years = card.getByRole('list', { name: '已有的年份' });
  await expect(years).toContainText('2026 年：内置');
  await expect(years).not.toContainText('2027 年');

  await card.getByLabel('选择节假日日历文件（.json）').setInputFiles(file('{"format": "wagedesk-holiday-calendar/1"'));
  await expect(card.getByRole('alert')).toContainText('无法读取节假日日历文件');
  await expect(years).not.toContainText('2027 年');

  await card.getByLabel('选择节假日日历文件（.json）').setInputFiles(file(calendar2027Text));
  await expect(card.getByRole('status')).toHaveText('已导入节假日日历：2027 年。');
  await expect(years).toContainText('2027 年：导入（测试日历2027）');
  await shot(page, '01-imported');

  await page.reload();
  await expect(page.getByRole('region', { name: '节假日日历' }).getByRole('list', { name: '已有的年份' })).toContainText('2027 年：导入（测试日历2027）');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出当前日历' }).click();
  expect((await download).suggestedFilename()).toBe('节假日日历.json');
});
