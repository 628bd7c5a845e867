// Backing up and restoring everything: make changes (an enterprise with a round of its own beside the
// sample's five), download the backup from 设置, wipe the store, restore from the file after reading the
// preview, and find everything back, rounds included. Screenshots land in
// test-results/screens.
import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { roundCreated } from './ownCaseSteps';
import { SAMPLE, sampleEnterpriseOpened, sampleLoaded } from './sampleSteps';

const VALID_CODE = '91350100M000100Y43';
const ADDED = '福鼎市示范制衣有限公司';
const ADDED_ROUND = '2021年度工资集体协商';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

async function addEnterprise(page: Page) {
  await page.getByRole('button', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(ADDED);
  await page.getByLabel('统一社会信用代码').fill(VALID_CODE);
  await page.getByLabel('搜索地区').fill('福鼎');
  await page.getByLabel('所在地区（区县）').selectOption('350982');
  await page.getByLabel('职工总数').fill('120');
  await page.getByLabel('法定代表人').fill('张三');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: ADDED })).toBeVisible();
}

/** The part of the page's IndexedDB used here (this file compiles without the DOM library). */
interface PageIndexedDb {
  deleteDatabase(name: string): { onsuccess: (() => void) | null; onerror: (() => void) | null; readonly error: unknown };
}

/** Deletes the whole IndexedDB database, as a browser clearing site data would, and reloads. */
async function wipeStore(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = (globalThis as unknown as { indexedDB: PageIndexedDb }).indexedDB.deleteDatabase('wagedesk');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
}

async function downloadBackup(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^协商台备份-\d{8}-\d{4}\.json$/);
  const path = `test-results/backups/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return path;
}

async function chooseBackup(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles(path);
}

test('a backup made in 设置 brings everything back after the store is wiped', async ({ page }) => {
  await sampleLoaded(page);
  await addEnterprise(page);
  await page.getByRole('link', { name: '协商程序' }).click();
  await page.getByLabel('企业', { exact: true }).selectOption({ label: ADDED });
  await expect(page.getByText(`${ADDED}还没有协商轮次`)).toBeVisible();
  await roundCreated(page, ADDED_ROUND);

  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '数据备份' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('还没有备份');
  // What personal information the file will hold, said before it is made (the sample has participants).
  await expect(card.getByTestId('backup-personal-data')).toContainText(/^备份文件含个人信息：协商人员 \d+ 人的姓名/);
  const path = await downloadBackup(page);
  await expect(card).toContainText(/上次备份：\d{4}年/);
  await expect(page.getByRole('status').filter({ hasText: '备份已保存' })).toBeVisible();
  await card.screenshot({ path: 'test-results/screens/backup-01-card.png' });
  await shot(page, 'backup-02-settings');

  const document = JSON.parse(await readFile(path, 'utf8')) as { format: string; tables: Record<string, unknown[]> };
  expect(document.format).toBe('wagedesk-backup');
  expect(document.tables.enterprises).toHaveLength(2);
  // The rounds (the sample's five and the new one) in their own table; the old v4 tables are gone.
  expect(document.tables.rounds).toHaveLength(6);
  for (const old of ['wageCases', 'negotiations', 'terms']) expect(document.tables).not.toHaveProperty(old);

  await wipeStore(page);
  await page.getByRole('link', { name: '企业与人员' }).click();
  await expect(page.getByText(/还没有企业/)).toBeVisible();

  await page.getByRole('link', { name: '设置' }).click();
  await chooseBackup(page, path);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('从备份恢复？');
  await expect(dialog).toContainText(`将出现的企业：${ADDED}、${SAMPLE}。`);
  await expect(dialog).toContainText('企业：新增 2 条');
  await shot(page, 'backup-03-plan-dialog');
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已从备份恢复' })).toBeVisible();

  await page.getByRole('link', { name: '企业与人员' }).click();
  await expect(page.getByRole('link', { name: `查看 ${SAMPLE}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `查看 ${ADDED}` })).toBeVisible();
  await shot(page, 'backup-04-restored-list');
  await page.getByRole('link', { name: `查看 ${SAMPLE}` }).click();
  await expect(page.getByText('陈会珍')).toBeVisible();
  await expect(page.getByText('福鼎市总工会')).toBeVisible();
  await expect(page.getByRole('region', { name: '协商轮次' }).getByRole('row')).toHaveCount(6);
  // And it survives a reload: it is in the store, not only on screen.
  await page.reload();
  await expect(page.getByText('陈会珍')).toBeVisible();
  // The restore is in the change history, with the file it came from; the trail checks out whole.
  await page.getByRole('button', { name: '查看修改记录' }).click();
  const history = page.getByRole('region', { name: '修改记录' });
  await expect(history.getByRole('row').filter({ hasText: '从备份恢复' })).toContainText('整库备份 · ');
  await expect(history.getByRole('status')).toContainText('修改记录完整');
  await history.screenshot({ path: 'test-results/screens/backup-05-history.png' });
  // The rounds came back whole: the Spring Festival round with its terms and ledger, the new round.
  await page.getByRole('link', { name: '协议条款与兑现' }).click();
  await page.getByLabel('企业', { exact: true }).selectOption({ label: SAMPLE });
  await page.getByLabel('协商轮次', { exact: true }).selectOption('ref-2021-1');
  await expect(page.getByRole('region', { name: '逾期未付提醒' })).toContainText('春节留岗红包：24 人逾期未付');
  await page.getByLabel('企业', { exact: true }).selectOption({ label: ADDED });
  await expect(page.getByLabel('协商轮次', { exact: true }).locator('option:checked')).toHaveText(`${ADDED_ROUND}（协商中）`);
});

test('a damaged backup is refused with a plain message and nothing changes', async ({ page }) => {
  await sampleLoaded(page);
  await page.getByRole('link', { name: '设置' }).click();
  const path = await downloadBackup(page);

  const damagedPath = 'test-results/backups/damaged.json';
  await writeFile(damagedPath, (await readFile(path, 'utf8')).replace('陈会珍', '陈会真'));
  await chooseBackup(page, damagedPath);
  await expect(page.getByRole('alert')).toHaveText('备份文件已损坏或被改动过（“协商人员”部分的校验值不符），无法恢复。没有恢复任何数据。');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shot(page, 'backup-05-damaged');

  await writeFile('test-results/backups/notes.json', '{"hello": "world"}');
  await chooseBackup(page, 'test-results/backups/notes.json');
  await expect(page.getByRole('alert')).toHaveText('这个文件不是协商台备份文件。没有恢复任何数据。');

  await sampleEnterpriseOpened(page);
  await expect(page.getByText('陈会珍')).toBeVisible();
  await expect(page.getByRole('region', { name: '协商轮次' }).getByRole('row')).toHaveCount(6);
});

test('the restore preview names the rounds in Chinese', async ({ page }) => {
  await sampleLoaded(page);
  await page.getByRole('link', { name: '设置' }).click();
  const path = await downloadBackup(page);
  await wipeStore(page);
  await chooseBackup(page, path);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('企业：新增 1 条');
  await expect(dialog).not.toContainText('backup.tables');
  await expect(dialog).toContainText('协商轮次：新增 5 条');
});

test('a backup made after creating a witness key does not contain it; only a deliberate, passphrase-sealed one does', async ({ page }) => {
  const passphrase = '福鼎 总工会 2026';
  await page.goto('/#/federation');
  await page.getByLabel('总工会名称').fill('福鼎市总工会');
  await page.getByRole('textbox', { name: '设定密钥口令' }).fill(passphrase);
  await page.getByRole('textbox', { name: '再次输入口令' }).fill(passphrase);
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  // The fingerprint is derived after the key is stored: wait for it rather than read the empty cell.
  await expect(page.getByTestId('witness-fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  const fingerprint = await page.getByTestId('witness-fingerprint').textContent();

  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '数据备份' });
  await expect(card).toContainText('备份不含总工会的见证私钥');
  await expect(card.getByTestId('backup-personal-data')).toHaveText('备份文件目前不含个人信息（没有协商人员，也没有职工名册）。');
  const plainText = await readFile(await downloadBackup(page), 'utf8');
  const plain = JSON.parse(plainText) as { formatVersion: number; tables: Record<string, unknown[]>; witnessKey?: unknown };
  expect(plain.formatVersion).toBe(2);
  expect(plain.tables).not.toHaveProperty('witnessKeys');
  expect(plain).not.toHaveProperty('witnessKey');
  expect(plainText).not.toContain('privateKeyHex');
  expect(plainText).not.toContain('"sealed"');
  // The audit trail's entry for the key holds its public fields only.
  expect(plain.tables.audit!.filter((e) => (e as { table: string }).table === 'witnessKeys')).toEqual([
    expect.objectContaining({ action: 'create', after: { key: 'witness', value: expect.objectContaining({ name: '福鼎市总工会', secret: 'redacted' }) } }),
  ]);

  // Deliberately: ticked, with the key's passphrase; a wrong one makes no file.
  await card.getByLabel('在这份备份中包含见证密钥（用密钥口令加密）').check();
  await card.getByRole('textbox', { name: '见证密钥口令' }).fill('不是这个口令');
  await card.getByRole('button', { name: '下载备份' }).click();
  await expect(card.getByRole('alert')).toContainText('见证密钥口令不正确，没有生成备份。');
  await card.getByLabel('在这份备份中包含见证密钥（用密钥口令加密）').check();
  await card.getByRole('textbox', { name: '见证密钥口令' }).fill(passphrase);
  const pending = page.waitForEvent('download');
  await card.getByRole('button', { name: '下载备份' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/^协商台备份-\d{8}-\d{4}-含加密见证密钥\.json$/);
  const sealedPath = `test-results/backups/${file.suggestedFilename()}`;
  await file.saveAs(sealedPath);
  const sealed = JSON.parse(await readFile(sealedPath, 'utf8')) as { witnessKey: { format: string; kdf: { name: string } } };
  expect(sealed.witnessKey).toMatchObject({ format: 'wagedesk-witness-key', kdf: { name: 'PBKDF2-SHA256' } });

  // Another machine (a wiped store): the restore says the key is not restored; it is imported apart.
  await wipeStore(page);
  await page.getByRole('link', { name: '设置' }).click();
  await chooseBackup(page, sealedPath);
  await expect(page.getByRole('dialog')).toContainText('以口令加密的见证密钥，恢复不会导入它');
  await page.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已从备份恢复。' })).toBeVisible();
  await page.goto('/#/federation');
  await expect(page.getByText('本机还没有总工会的见证密钥')).toBeVisible();
  const importForm = page.locator('form').filter({ hasText: '从密钥文件导入' });
  await importForm.getByLabel('密钥文件').setInputFiles(sealedPath);
  await importForm.getByRole('textbox', { name: '密钥口令' }).fill('不是这个口令');
  await importForm.getByRole('button', { name: '导入见证密钥' }).click();
  await expect(importForm.getByRole('alert')).toContainText('口令不正确');
  await importForm.getByRole('textbox', { name: '密钥口令' }).fill(passphrase);
  await importForm.getByRole('button', { name: '导入见证密钥' }).click();
  await expect(page.getByTestId('witness-fingerprint')).toHaveText(fingerprint!);
  await shot(page, 'backup-witness-key-imported');
});

test('a backup encrypted with a passphrase holds no readable personal data and restores only with it', async ({ page }) => {
  await sampleLoaded(page);
  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '数据备份' });
  await card.getByLabel('用口令加密这份备份').check();
  await card.getByRole('textbox', { name: '备份口令', exact: true }).fill('福鼎 备份 口令');
  await card.getByRole('textbox', { name: '再次输入备份口令' }).fill('福鼎 备份 口令');
  const pending = page.waitForEvent('download');
  await card.getByRole('button', { name: '下载备份' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/^协商台备份-\d{8}-\d{4}-已加密\.json$/);
  const path = `test-results/backups/${file.suggestedFilename()}`;
  await file.saveAs(path);
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'wagedesk-backup-encrypted', kdf: { name: 'PBKDF2-SHA256' } });
  expect(text).not.toContain(SAMPLE);

  await wipeStore(page);
  await page.getByRole('link', { name: '设置' }).click();
  await chooseBackup(page, path);
  await card.getByRole('textbox', { name: '备份口令' }).fill('不是这个口令');
  await card.getByRole('button', { name: '解密并预览' }).click();
  await expect(card.getByRole('alert')).toContainText('备份口令不正确');
  await card.getByRole('textbox', { name: '备份口令' }).fill('福鼎 备份 口令');
  await card.getByRole('button', { name: '解密并预览' }).click();
  await expect(page.getByRole('dialog')).toContainText('从备份恢复？');
  await page.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已从备份恢复。' })).toBeVisible();
  await page.getByRole('link', { name: '企业与人员' }).click();
  await expect(page.getByText(SAMPLE).first()).toBeVisible();
});
