// The trust model as a federation meets it (docs/bundle-format.md, "Trust"): an enterprise's first signed
// bundle pins its key and, once witnessed, reads 本会见证; a bundle witnessed by a fresh key that calls
// itself 福鼎市总工会 reads 未知密钥签名（不算见证） until that federation's key is trusted by hand; a forged
// version 2 from another key waits for a decision and, refused, leaves version 1 in place.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-trust-'));
const YUANFENG = '福鼎市源丰食品有限公司';
const IMPOSTOR = '福鼎市冒名见证测试有限公司';
const tsx = join('node_modules', '.bin', 'tsx');

test.beforeAll(() => {
  execFileSync(tsx, ['test/e2e/trustBundles.ts', DIR]);
});

async function importBundle(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择报送包文件…' }).click();
  await (await chooser).setFiles(join(DIR, name));
}

const plan = (page: Page) => page.getByRole('region', { name: '导入预览' });
const enterprise = (page: Page, name: string) => page.getByRole('article', { name });

test('pinned enterprise keys, witness standing and a forged version held', async ({ page }) => {
  await page.goto('/#/federation');
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await page.getByLabel('总工会名称').fill('福鼎市总工会');
  await page.getByRole('textbox', { name: '设定密钥口令' }).fill('福鼎 总工会 2026');
  await page.getByRole('textbox', { name: '再次输入口令' }).fill('福鼎 总工会 2026');
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await expect(page.getByTestId('witness-fingerprint')).toBeVisible();

  // First signed bundle: its key is pinned on import; witnessed by us, it reads 本会见证.
  await importBundle(page, 'yuanfeng.wdbundle');
  await expect(plan(page).getByText(/首次报送，导入时记下此密钥/)).toBeVisible();
  await plan(page).getByRole('button', { name: '确认导入' }).click();
  await expect(enterprise(page, YUANFENG)).toBeVisible();
  await enterprise(page, YUANFENG).getByRole('button', { name: /见证签名：/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '签名' }).click();
  await expect(enterprise(page, YUANFENG).getByText('本会见证', { exact: true })).toBeVisible();
  await expect(page.getByText('已记下 1 家企业的签名密钥。')).toBeVisible();

  // Witnessed by a key nobody pinned, whatever name it gives itself: not a witness.
  await importBundle(page, 'impostor.wdbundle');
  await plan(page).getByRole('button', { name: '确认导入' }).click();
  await expect(enterprise(page, IMPOSTOR).getByText('未知密钥签名（不算见证）')).toBeVisible();
  await expect(enterprise(page, IMPOSTOR).getByText('本会见证', { exact: true })).toHaveCount(0);

  // A forged version 2 under another key: held for a decision; refused, version 1 stays current.
  await importBundle(page, 'yuanfeng-forged.wdbundle');
  await expect(plan(page).getByText('待您决定', { exact: true })).toBeVisible();
  await expect(plan(page).getByText(/不是该企业已记下的密钥/)).toBeVisible();
  await expect(plan(page).getByRole('button', { name: '确认导入' })).toBeDisabled();
  await plan(page).getByRole('button', { name: '拒绝' }).click();
  await plan(page).getByRole('button', { name: '确认导入' }).click();
  await expect(plan(page)).toHaveCount(0);
  await expect(enterprise(page, YUANFENG).getByText('第 1 版')).toBeVisible();
  await expect(enterprise(page, YUANFENG).getByText('本会见证', { exact: true })).toBeVisible();

  // Trusting that federation's key by hand (compared by phone) makes its signature count; removal undoes.
  const trusted = page.getByRole('region', { name: '受信任的总工会' });
  await trusted.getByLabel(/对方的公钥/).fill(readFileSync(join(DIR, 'impostor-key.json'), 'utf8'));
  await trusted.getByRole('button', { name: '添加' }).click();
  await expect(trusted.getByText(/^指纹 ([0-9a-f]{4} ){15}[0-9a-f]{4}$/)).toBeVisible();
  await expect(enterprise(page, IMPOSTOR).getByText('受信任的总工会见证')).toBeVisible();
  await trusted.getByRole('button', { name: '删除：福鼎市总工会' }).click();
  await expect(enterprise(page, IMPOSTOR).getByText('未知密钥签名（不算见证）')).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(enterprise(page, IMPOSTOR).getByText('受信任的总工会见证')).toBeVisible();
});
