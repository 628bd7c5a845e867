// 总工会工作台 as a town federation uses it: create the witness key, import three enterprises' bundles
// (one encrypted: a wrong password is told apart from a damaged file), read the registry and its
// charts, import one again and see "no change", a newer version supersede (and read its text), a flipped
// byte refused with the reason, witness-sign an agreement and export the bundle back, and the Excel and Word exports.
// Screenshots land in test-results/screens/federation-*.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, type Page } from '@playwright/test';

/** Outside test-results: another run cleaning that folder must not take the bundles with it. */
const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-federation-'));
const LONGXIANG = '福建隆祥皮革有限公司';
const HAILAN = '福鼎市海岚茶业有限公司';
const BAILIN = '福鼎市白琳五金制品有限公司';
async function shot(page: Page, name: string) {
  await page.mouse.move(1, 1); // no chart tooltip left open under the pointer
  await page.screenshot({ path: `test-results/screens/federation-${name}.png`, fullPage: true });
}
const tsx = join('node_modules', '.bin', 'tsx');

let password = '';

test.beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  password = (JSON.parse(execFileSync(tsx, ['test/e2e/federationBundles.ts', DIR], { encoding: 'utf8' })) as { password: string }).password;
  // A copy of the reference bundle with one byte flipped in the middle.
  const bytes = readFileSync(join(DIR, 'longxiang.wdbundle'));
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x01;
  writeFileSync(join(DIR, 'longxiang-damaged.wdbundle'), bytes);
});

async function pickBundles(page: Page, names: readonly string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择报送包文件…' }).click();
  await (await chooser).setFiles(names.map((name) => join(DIR, name)));
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  const path = join(DIR, 'downloads', name ?? file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const plan = (page: Page) => page.getByRole('region', { name: '导入预览' });
const enterprise = (page: Page, name: string) => page.getByRole('article', { name });

test('import, registry, no-change, supersede, damage, witness-sign and export back', async ({ page }) => {
  await page.goto('/#/federation');
  await expect(page.getByRole('heading', { name: '总工会工作台', exact: true })).toBeVisible();
  await expect(page.getByText('登记簿是空的。请先导入企业报送的协议包。')).toBeVisible();

  // The witness key: made once, with the passphrase that alone lets it be exported; the private half
  // is held non-extractable here and never goes into a bundle, a backup or the audit trail.
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await expect(page.getByText('此项必填。')).toBeVisible();
  await page.getByLabel('总工会名称').fill('福鼎市总工会');
  await page.getByRole('textbox', { name: '设定密钥口令' }).fill('福鼎 总工会 2026');
  await page.getByRole('textbox', { name: '再次输入口令' }).fill('福鼎 总工会 2025');
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await expect(page.getByText('两次输入的口令不一致。')).toBeVisible();
  await page.getByRole('textbox', { name: '再次输入口令' }).fill('福鼎 总工会 2026');
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await expect(page.getByTestId('witness-fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  await expect(page.getByTestId('witness-where')).toContainText('以“不可导出”的密钥形式保存');
  await expect(page.getByText('数据备份不含见证私钥')).toBeVisible();
  const keyPath = await download(page, () => page.getByRole('button', { name: '导出公钥（.json）' }).click(), 'witness-public.json');
  const key = JSON.parse(readFileSync(keyPath, 'utf8')) as Record<string, unknown>;
  expect(key.name).toBe('福鼎市总工会');
  expect(key).not.toHaveProperty('privateKeyHex');
  await shot(page, '01-empty-with-key');

  // Three bundles at once, each read in a worker of its own; the encrypted one waits for its password.
  const readers: string[] = [];
  page.on('worker', (worker) => readers.push(worker.url()));
  await pickBundles(page, ['longxiang.wdbundle', 'hailan.wdbundle', 'bailin.wdbundle']);
  // Progress while many files are read and planned, then the one write's stage (issue 7).
  await expect(page.getByRole('status').filter({ hasText: '已读取 第 3 / 3 个' })).toBeVisible();
  await expect(plan(page).getByText(`新企业：${LONGXIANG}`)).toBeVisible();
  await expect(plan(page).getByText(`新企业：${HAILAN}`)).toBeVisible();
  await expect(plan(page).getByText('此报送包已加密，请输入密码。')).toBeVisible();
  expect(readers.filter((url) => url.includes('readWorker')).length).toBeGreaterThanOrEqual(3);
  await page.getByLabel('“bailin.wdbundle”的密码').fill('wrong-password');
  await page.getByRole('button', { name: '解密' }).click();
  await expect(plan(page).getByText('密码不正确（文件本身完好），请重新输入。')).toBeVisible();
  await page.getByLabel('“bailin.wdbundle”的密码').fill(password);
  await page.getByRole('button', { name: '解密' }).click();
  await expect(plan(page).getByText(`新企业：${BAILIN}`)).toBeVisible();
  await expect(plan(page).getByText(/新协议：.*（第 1 版）/)).toHaveCount(3);
  await shot(page, '02-import-preview');
  await plan(page).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 3 个报送包' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '导入完成：第 3 / 3 个已处理。' })).toBeVisible();

  // The registry: three enterprises, their statuses, the floor check, and the charts.
  for (const name of [LONGXIANG, HAILAN, BAILIN]) await expect(enterprise(page, name)).toBeVisible();
  await expect(enterprise(page, LONGXIANG).getByText('已到期', { exact: true })).toBeVisible();
  await expect(enterprise(page, LONGXIANG).getByText(/逾期报送（应于 2021-01-22 前）/)).toBeVisible();
  await expect(enterprise(page, LONGXIANG).getByText(/未按期续订/)).toBeVisible();
  await expect(enterprise(page, HAILAN).getByText('生效中', { exact: true })).toBeVisible();
  await expect(enterprise(page, BAILIN).getByText('90 天内到期', { exact: true })).toBeVisible();
  await expect(enterprise(page, BAILIN).getByText(/2,045\.00 元 \/ 2,045\.00 元，恰好等于最低工资/)).toBeVisible();
  await expect(enterprise(page, HAILAN).getByText(/2,300\.00 元 \/ 2,045\.00 元，高于最低工资/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '各状态协议数' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '各企业覆盖职工人数' })).toBeVisible();
  await expect(page.locator('.federation-chart svg.recharts-surface')).toHaveCount(2);
  await expect(page.locator('.federation-tile').filter({ hasText: '覆盖职工' }).locator('dd')).toHaveText('228');
  await shot(page, '03-registry');

  // The same bundle again: no change, and nothing written.
  await pickBundles(page, ['longxiang.wdbundle']);
  await expect(plan(page).getByText('无变化：登记簿中已有这个报送包的全部内容。')).toBeVisible();
  await shot(page, '04-no-change');
  await plan(page).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入完成：没有变化' })).toBeVisible();

  // A newer version supersedes; the older stays as history.
  await pickBundles(page, ['hailan-v2.wdbundle']);
  await expect(plan(page).getByText(`新版本：${HAILAN}工资专项集体合同 第 2 版取代第 1 版（旧版保留为历史）`)).toBeVisible();
  await plan(page).getByRole('button', { name: '确认导入' }).click();
  await expect(enterprise(page, HAILAN).getByText('第 2 版（共 2 版）')).toBeVisible();
  await expect(enterprise(page, HAILAN).getByText(/2,400\.00 元/)).toBeVisible();
  // 查看文本: the version the registry holds, read as frozen, in figures and capitals.
  await enterprise(page, HAILAN).getByRole('button', { name: `查看文本：${HAILAN}工资专项集体合同` }).click();
  await expect(page.getByRole('heading', { name: `${HAILAN}工资专项集体合同（第 2 版）` })).toBeVisible();
  await expect(page.getByRole('article', { name: /工资专项集体合同/ })).toContainText('人民币贰仟肆佰元整');
  await page.getByRole('button', { name: '返回登记簿' }).click();
  await expect(enterprise(page, HAILAN)).toBeVisible();

  // One flipped byte: refused, with the reason, and the verify box says the same.
  await pickBundles(page, ['longxiang-damaged.wdbundle']);
  await expect(plan(page).getByText('“longxiang-damaged.wdbundle”无法导入：文件已损坏或被改动过（校验和不符），已拒绝。')).toBeVisible();
  await expect(plan(page).getByRole('button', { name: '确认导入' })).toBeDisabled();
  await shot(page, '05-damaged-refused');
  await plan(page).getByRole('button', { name: '取消' }).click();
  const verify = page.getByRole('region', { name: '校验报送包' });
  let chooser = page.waitForEvent('filechooser');
  await verify.getByRole('button', { name: '选择要校验的文件…' }).click();
  await (await chooser).setFiles(join(DIR, 'longxiang-damaged.wdbundle'));
  await expect(verify.getByText('“longxiang-damaged.wdbundle”未通过校验：文件已损坏或被改动过（校验和不符），已拒绝。')).toBeVisible();
  chooser = page.waitForEvent('filechooser');
  await verify.getByRole('button', { name: '选择要校验的文件…' }).click();
  await (await chooser).setFiles(join(DIR, 'hailan.wdbundle'));
  await expect(verify.getByText(`“hailan.wdbundle”完好：${HAILAN}，1 份协议版本，文本指纹全部相符。`)).toBeVisible();

  // Witness-sign 海岚's current version, then export its bundle back, encrypted.
  await enterprise(page, HAILAN).getByRole('button', { name: `见证签名：${HAILAN}工资专项集体合同` }).click();
  await expect(page.getByRole('dialog', { name: '用总工会的见证密钥签名？' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '签名' }).click();
  await expect(enterprise(page, HAILAN).getByText('本会见证', { exact: true })).toBeVisible();
  await expect(enterprise(page, HAILAN).getByRole('button', { name: `见证签名：${HAILAN}工资专项集体合同` })).toBeDisabled();
  await shot(page, '06-witnessed');

  await enterprise(page, HAILAN).getByRole('button', { name: `导出报送包：${HAILAN}` }).click();
  const dialog = page.getByRole('dialog', { name: `导出报送包：${HAILAN}` });
  // Before anything is written, the dialog says what personal information the file will hold.
  await expect(dialog.getByTestId('bundle-personal-data')).toContainText(/这个报送包含个人信息：协商代表 \d+ 人的姓名和职务/);
  await dialog.getByLabel('密码（可不填）').fill('back-2026');
  await dialog.getByLabel('再次输入密码').fill('back-2025');
  await dialog.getByRole('button', { name: '导出' }).click();
  await expect(dialog.getByText('两次输入的密码不一致。')).toBeVisible();
  await dialog.getByLabel('再次输入密码').fill('back-2026');
  await shot(page, '07-export-dialog');
  const back = await download(page, () => dialog.getByRole('button', { name: '导出' }).click(), 'hailan-back.wdbundle');
  const verified = execFileSync(tsx, ['cli/index.ts', 'verify', back, '--password', 'back-2026'], { encoding: 'utf8' });
  expect(verified).toContain('bundle intact');
  expect(verified).toContain('福鼎市总工会');
  expect(verified).toContain('制作方 created by: 总工会 federation');
  expect(verified).toMatch(/见证方 witness 福鼎市总工会, .*: Ed25519 签名有效 valid/);
  expect(verified).toContain('见证方公钥 witness key: 福鼎市总工会');

  // Excel and Word for the federation's superiors.
  const xlsx = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click(), 'registry.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const enterprises = workbook.getWorksheet('企业')!;
  expect(enterprises.rowCount).toBe(4);
  const agreements = workbook.getWorksheet('协议')!;
  expect(agreements.getColumn(1).values).toEqual(expect.arrayContaining([LONGXIANG, HAILAN, BAILIN]));
  const docx = await download(page, () => page.getByRole('button', { name: '导出 Word 报告' }).click(), 'report.docx');
  expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

  // Still there after a reload.
  await page.reload();
  for (const name of [LONGXIANG, HAILAN, BAILIN]) await expect(enterprise(page, name)).toBeVisible();
  await expect(enterprise(page, HAILAN).getByText('本会见证', { exact: true })).toBeVisible();
  await expect(page.locator('.federation-chart svg.recharts-surface')).toHaveCount(2);
  await shot(page, '08-after-reload');
});
