// The trust model as a federation meets it (docs/bundle-format.md, "Trust"): an enterprise's first signed
// bundle pins its key and, once witnessed, reads 本会见证; a bundle witnessed by a fresh key that calls
// itself 福鼎市总工会 reads 未知密钥签名（不算见证） until that federation's key is trusted by hand; a forged
// version 2 from another key waits for a decision and, refused, leaves version 1 in place. An enterprise
// reads its own key's fingerprint where it exports (and on its page), and it is the very fingerprint the
// federation's check box and import preview show for that bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { SAMPLE, sampleEnterpriseOpened, sampleRoundOpened } from './sampleSteps';

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

/** Drags a zig-zag across a signature box, as a hand with a mouse would. */
async function drawSignature(page: Page, label: string, seed: number) {
  const box = (await page.getByRole('img', { name: label }).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 20 + i * ((box.width - 40) / 12), box.y + box.height / 2 + (i % 2 ? -1 : 1) * (15 + seed * 5), { steps: 4 });
  }
  await page.mouse.up();
}

test('the fingerprint the enterprise reads out is the one the federation pins', async ({ page, browser }) => {
  // No key before the first export: the dialog says when it is made.
  await sampleRoundOpened(page, '协议文书', 'ref-2021-1');
  await page.getByRole('button', { name: '导出报送包（交总工会）' }).click();
  let dialog = page.getByRole('dialog', { name: /的报送包$/ });
  await expect(dialog.getByTestId('own-key-none')).toContainText('第一次导出报送包时自动生成');
  await dialog.getByRole('button', { name: '取消' }).click();

  // Frozen and signed, then exported: the key is made and signs the bundle.
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  await page.getByRole('button', { name: '定稿并签署' }).click();
  const signing = page.getByRole('dialog', { name: '签署第 1 版' });
  await drawSignature(page, '职工方首席代表签名区', 0);
  await drawSignature(page, '企业方首席代表签名区', 1);
  await signing.getByRole('button', { name: '保存签名' }).click();
  await expect(page.getByText(/第 1 版已签署，文本指纹/)).toBeVisible();
  await page.getByRole('button', { name: '返回文书列表' }).click();
  await page.getByRole('button', { name: '导出报送包（交总工会）' }).click();
  dialog = page.getByRole('dialog', { name: /的报送包$/ });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
  const bundle = join(DIR, 'own-export.wdbundle');
  await download.saveAs(bundle);
  await expect(dialog).toHaveCount(0);

  // The enterprise's fingerprint, in the export dialog and on its own page alike.
  await page.getByRole('button', { name: '导出报送包（交总工会）' }).click();
  const own = page.getByRole('dialog', { name: /的报送包$/ }).getByTestId('own-key-fingerprint');
  await expect(own).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  const fingerprint = (await own.textContent())!;
  await expect(page.getByRole('dialog').getByText(/电话或纸面核对/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await sampleEnterpriseOpened(page);
  await expect(page.getByTestId('own-key-fingerprint')).toHaveText(fingerprint);
  await expect(page.getByRole('button', { name: '打印指纹（纸面核对）' })).toBeVisible();
  // Printed, only the small sheet shows: name, credit code and the same fingerprint.
  await page.evaluate(() => document.body.classList.add('printing-own-key'));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.own-key-print');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(SAMPLE);
  await expect(sheet).toContainText(`密钥指纹：${fingerprint}`);
  await expect(page.getByRole('heading', { name: SAMPLE, level: 1 })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.classList.remove('printing-own-key'));

  // The federation, in a profile of its own: the check box names the signer, the preview pins that key.
  const federation = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await federation.goto('/#/federation');
  const verify = async () => {
    const chooser = federation.waitForEvent('filechooser');
    await federation.getByRole('button', { name: '选择要校验的文件…' }).click();
    await (await chooser).setFiles(bundle);
  };
  await verify();
  await expect(federation.getByTestId('verify-signer')).toContainText(`企业签名密钥指纹：${fingerprint}。`);
  await expect(federation.getByTestId('verify-signer')).toContainText('导入时会记下这把密钥');
  await importBundle(federation, 'own-export.wdbundle');
  await expect(plan(federation).getByText(`企业签名密钥：首次报送，导入时记下此密钥（指纹 ${fingerprint}）。以后只认这把密钥。`)).toBeVisible();
  await plan(federation).getByRole('button', { name: '确认导入' }).click();
  await expect(enterprise(federation, SAMPLE)).toBeVisible();
  await verify();
  await expect(federation.getByTestId('verify-signer')).toContainText('与本机为该企业记下的密钥一致');
  await federation.context().close();
});
