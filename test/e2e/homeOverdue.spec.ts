// The home screen warns about agreed payments that are past due and unpaid, and leads to the round whose
// ledger holds them: the sample's Spring Festival round ('ref-2021-1'), whose red packets are unpaid.
import { test, expect } from '@playwright/test';
import { ROUNDS, SAMPLE } from './sampleSteps';

test('overdue agreed payments show on the home screen and lead to the round’s ledger', async ({ page }) => {
  await page.goto('/#/enterprises');
  await expect(page.getByText(/还没有企业/)).toBeVisible();
  // No terms yet: no alert.
  const alert = page.getByRole('status', { name: '逾期未付提醒' });
  await expect(alert).toHaveCount(0);
  // The sample's rounds come with their terms and ledger.
  await page.getByRole('button', { name: '载入参考案例', exact: true }).click();
  await expect(page.getByRole('link', { name: `查看 ${SAMPLE}` })).toBeVisible();
  await expect(alert).toContainText(SAMPLE);
  await expect(alert).toContainText(/笔协议款项已过应付日仍未付清，共 [\d,]+\.\d\d 元/);
  await page.screenshot({ path: 'test-results/screens/home-overdue.png', fullPage: true });
  await alert.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: '协议条款与兑现' })).toBeVisible();
  await expect(page).toHaveURL(/\/ref-2021-1\/terms$/);
  await expect(page.getByLabel('协商轮次', { exact: true })).toHaveValue('ref-2021-1');
  await expect(page.getByLabel('协商轮次', { exact: true }).locator('option:checked')).toContainText(ROUNDS['ref-2021-1']);
  await expect(page.getByRole('region', { name: '逾期未付提醒' })).toContainText('春节留岗红包：24 人逾期未付，共 12,000.00 元');
});
