// The home screen warns about agreed payments that are past due and unpaid.
import { test, expect } from '@playwright/test';

test('overdue agreed payments show on the home screen and lead to the ledger', async ({ page }) => {
  await page.goto('/#/enterprises');
  await page.getByRole('button', { name: '载入参考案例', exact: true }).click();
  await expect(page.getByRole('link', { name: /福建隆祥皮革有限公司/ })).toBeVisible();
  // No terms yet: no alert.
  await expect(page.getByRole('status', { name: '逾期未付提醒' })).toHaveCount(0);
  await page.getByRole('link', { name: '协议条款与兑现' }).click();
  await page.getByRole('button', { name: '载入参考案例条款与台账' }).click();
  await expect(page.getByText('保岗协议（2020年3月）').first()).toBeVisible();
  await page.getByRole('link', { name: '企业与人员' }).click();
  const alert = page.getByRole('status', { name: '逾期未付提醒' });
  await expect(alert).toContainText('福建隆祥皮革有限公司');
  await expect(alert).toContainText(/笔协议款项已过应付日仍未付清，共 [\d,]+\.\d\d 元/);
  await page.screenshot({ path: 'test-results/screens/home-overdue.png', fullPage: true });
  await alert.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: '协议条款与兑现' })).toBeVisible();
});
