// Settings shows how current each province's data is. Fujian publishes a new minimum wage the app does not
// ship: the chair adds the table in force from 2026-01-01 (tier 3 = 2,100 元 a month, 21 元 an hour; a
// half-filled tier is refused first), and the 产值与工资测算 of the reference enterprise's latest round (福鼎市,
// tier 3 of the 2025 list) then blocks a 2026 base wage of 2,050 元, above the shipped 2,045, with both figures. Screenshots land in test-results/screens/minimumWage-*.png.
import { test, expect, type Page } from '@playwright/test';
import { roundPicked, sampleLoaded } from './sampleSteps';

const AGREED = '实际协议 as agreed';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/minimumWage-${name}.png`, fullPage: true });

test('a 2026 table added in Settings blocks a base wage below it in the scenarios', async ({ page }) => {
  await sampleLoaded(page);

  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '最低工资标准' });
  const tables = card.getByRole('table', { name: '最低工资标准表' });
  await expect(tables).toContainText('闽人社发〔2019〕6号');
  // Fujian ships no 2026 table (other provinces may).
  await expect(tables.getByRole('row').filter({ hasText: '福建省' }).filter({ hasText: '2026年1月1日' })).toHaveCount(0);
  const currency = card.getByRole('table', { name: '各省数据的时效' });
  await expect(currency.getByRole('row').filter({ hasText: '福建省' })).toContainText('闽人社文〔2025〕14号');
  await expect(currency.getByRole('row').filter({ hasText: '山东省' })).toContainText('鲁政字〔2025〕140号');
  // 甘肃's latest table was adjusted since on a day not read: the row says how far it is confirmed.
  await expect(currency.getByRole('row').filter({ hasText: '甘肃省' })).toContainText('已知此后另有调整，但起始日期未读到：本表只核实到 2025年4月1日');

  const form = card.getByRole('form', { name: '添加一张标准表' });
  await form.getByLabel('施行日期（年-月-日）').fill('2026-01-01');
  await form.getByLabel('依据文件（如 闽人社发〔2024〕1号）').fill('闽人社文〔2025〕测试号');
  await form.getByLabel('第3档月最低工资（元）').fill('2,100');
  await form.getByRole('button', { name: '添加标准表' }).click();
  // A tier needs both figures: refused in Chinese, nothing saved.
  await expect(form.getByText('填了月最低工资的档次也要填小时最低工资。')).toBeVisible();
  await expect(tables).not.toContainText('闽人社文〔2025〕测试号');

  await form.getByLabel('第3档小时最低工资（元）').fill('21');
  await form.getByRole('button', { name: '添加标准表' }).click();
  await expect(card.getByRole('status')).toContainText('已添加 福建省 (35) 自 2026年1月1日 起施行的最低工资标准。');
  const row = tables.getByRole('row').filter({ hasText: '闽人社文〔2025〕测试号' });
  await expect(row).toContainText('月 2,100.00 元小时 21.00 元');
  await expect(row).toContainText('用户添加');
  await card.screenshot({ path: 'test-results/screens/minimumWage-01-settings.png' });

  // Kept after a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: '最低工资标准' }).getByRole('table', { name: '最低工资标准表' })).toContainText('闽人社文〔2025〕测试号');

  // The sample's latest round carries the reference model (2020-21).
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await roundPicked(page, 'ref-2021-1');
  await expect(page.getByRole('table', { name: '方案比较' })).toBeVisible();
  // Move the reference run to 2026 (base quarter 2025-Q4), then set the agreed Q2 base wage to 2,050 元.
  await page.getByLabel('基期年份').selectOption({ label: '2025年' });
  const wage = page.getByLabel(`${AGREED}，2026年第2季度，每月基本工资（元）`);
  await expect(wage).toBeVisible();
  await wage.fill('2050');
  const blocked = page.getByRole('region', { name: '最低工资核对' }).getByRole('listitem').filter({ hasText: '2026年第2季度' }).filter({ hasText: AGREED });
  await expect(blocked).toContainText('低于最低工资');
  await expect(blocked.getByText('2,050.00 元')).toBeVisible();
  await expect(blocked.getByText('2,100.00 元')).toBeVisible();
  await expect(blocked).toContainText('闽人社文〔2025〕测试号');
  await expect(blocked).toHaveClass(/finding-block/);
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.getByRole('region', { name: '最低工资核对' }).screenshot({ path: 'test-results/screens/minimumWage-02-blocked.png' });
  await shot(page, '03-scenarios');
});
