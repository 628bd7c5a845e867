// The change history: a union chair edits the reference enterprise, then sees who changed what; the
// sample's rounds and a frozen agreement are there too.
import { test, expect } from '@playwright/test';
import { sampleEnterpriseOpened, sampleLoaded, sampleRoundOpened } from './sampleSteps';

test('an edit shows up in the enterprise’s change history with the role that made it', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('我的身份（记入修改记录）').selectOption('workers');
  await expect(page.getByRole('status').filter({ hasText: '已保存。此后的修改记为“职工方”' })).toBeVisible();
  await sampleLoaded(page);
  await sampleEnterpriseOpened(page);
  await page.getByRole('button', { name: '编辑' }).first().click();
  await page.getByLabel('职工总数').fill('135');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('135', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '查看修改记录' }).click();
  const history = page.getByRole('region', { name: '修改记录' });
  const changed = history.getByRole('row').filter({ hasText: '修改' });
  await expect(changed).toContainText('职工总数');
  await expect(changed).toContainText('职工方');
  await expect(history.getByRole('row').filter({ hasText: '新建' }).first()).toBeVisible();
  await expect(history.getByRole('status')).toContainText('修改记录完整');
  await page.screenshot({ path: 'test-results/screens/audit-01-history.png', fullPage: true });
});

test('freezing an agreement shows in that agreement’s own change history', async ({ page }) => {
  await sampleRoundOpened(page, '协议文书', 'ref-2021-1');
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  await page.getByRole('button', { name: '定稿并签署' }).click();
  await page.getByRole('dialog', { name: '签署第 1 版' }).press('Escape');
  await page.getByRole('button', { name: '查看修改记录' }).click();
  const history = page.getByRole('region', { name: '修改记录' });
  await expect(history.getByRole('row').filter({ hasText: '协议文本与签字' }).first()).toContainText('新建');
  // Only this agreement's rows: no enterprise or people rows here.
  await expect(history.getByRole('row').filter({ hasText: '协商人员' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/audit-02-agreement-history.png', fullPage: true });
});

test('the sample’s rounds show in the enterprise’s change history by name, in Chinese', async ({ page }) => {
  await sampleLoaded(page);
  await sampleEnterpriseOpened(page);
  await page.getByRole('button', { name: '查看修改记录' }).click();
  const history = page.getByRole('region', { name: '修改记录' });
  await expect(history.getByRole('row').filter({ hasText: '协商人员 · 陈会珍' })).toContainText('新建');
  await expect(history.getByRole('cell', { name: 'rounds', exact: true })).toHaveCount(0);
  await expect(history.getByRole('row').filter({ hasText: '2021年1月工资协议（春节留岗）' })).toContainText('新建');
});
