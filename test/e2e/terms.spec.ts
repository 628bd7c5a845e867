// A union chair checks what was promised and paid: opens the reference enterprise's job-retention round
// and sees its money paid in full, then its Spring Festival round with the red packets overdue, adds a
// term (edited, deleted and brought back), opens one worker's statement and records a payment; then, for her
// own enterprise (not the sample), imports a GBK roster with one bad row (refused whole, then valid rows
// only) and exports the roster. Screenshots land in test-results/screens/terms-*.png.
import { test, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { OWN, enterpriseCreated, roundCreated } from './ownCaseSteps';
import { roundPicked, sampleRoundOpened } from './sampleSteps';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/terms-${name}.png`, fullPage: true });
const FIXTURE = join(__dirname, 'fixtures', 'roster-gbk-one-bad-row.csv');

test('the reference rounds show 171,300 promised and paid, and the red packets overdue', async ({ page }) => {
  // The job-retention round of March 2020: 30 workers, 4,710 + 1,000 each, all paid.
  await sampleRoundOpened(page, '协议条款与兑现', 'ref-2020-jr');
  const retention = page.getByRole('region', { name: '保岗协议（2020年3月）' });
  await expect(retention.locator('.terms-big-item').nth(0)).toContainText('应付171,300.00 元');
  await expect(retention.locator('.terms-big-item').nth(1)).toContainText('已付171,300.00 元');
  await expect(retention.locator('.terms-big-item').nth(3)).toContainText('逾期未付0.00 元');
  await page.getByRole('tab', { name: '条款' }).click();
  await expect(page.getByRole('row', { name: /放假保岗期间保底工资/ })).toContainText('每月 1,570.00 元 × 3 个月');
  await expect(page.getByRole('row', { name: /春节留岗红包/ })).toHaveCount(0);

  // The Spring Festival round of January 2021: 24 of the red packets were never paid.
  await roundPicked(page, 'ref-2021-1');
  await page.getByRole('tab', { name: '兑现台账' }).click();
  await expect(page.getByRole('region', { name: '保岗协议（2020年3月）' })).toHaveCount(0);
  const alerts = page.getByRole('region', { name: '逾期未付提醒' });
  await expect(alerts).toContainText('春节留岗红包：24 人逾期未付，共 12,000.00 元（应付日 2021-02-10');
  await page.getByLabel('截至日期').fill('2021-03-31');
  await expect(alerts).toContainText('春节留岗红包：24 人逾期未付，共 12,000.00 元（应付日 2021-02-10，已逾期 49 天）');
  await expect(page.getByRole('region', { name: '全部协议合计（截至 2021-03-31）' })).toContainText('逾期未付12,000.00 元');
  await shot(page, '01-ledger');

  await page.getByRole('tab', { name: '条款' }).click();
  await expect(page.getByRole('row', { name: /春节留岗红包/ })).toContainText('每人 500.00 元');
  await expect(page.getByRole('row', { name: /春节期间加班工资（法定标准）/ })).toBeVisible();
  await shot(page, '02-terms');
  await page.getByRole('button', { name: '添加条款' }).click();
  const form = page.getByRole('form', { name: '添加条款' });
  await form.getByLabel('条款类别').selectOption({ label: '一次性奖金/红包' });
  await form.getByRole('button', { name: '保存条款' }).click();
  await expect(form.getByText('请填写条款名称。')).toBeVisible();
  await form.getByLabel('条款名称').fill('2021年中秋节慰问金');
  await form.getByLabel('每人金额（元）').fill('300');
  await form.getByLabel('应付日期').fill('2021-09-20');
  await form.getByLabel('所属协议').fill('工资专项集体协议（2021年1月，春节留岗）');
  await shot(page, '02b-add-term');
  await form.getByRole('button', { name: '保存条款' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已保存条款“2021年中秋节慰问金”：120 名职工应享受。' })).toBeVisible();
  const added = page.getByRole('row', { name: /2021年中秋节慰问金/ });
  await expect(added).toContainText('每人 300.00 元');
  // 修改 opens the same form with the term in it.
  await page.getByRole('button', { name: '修改：2021年中秋节慰问金' }).click();
  const edit = page.getByRole('form', { name: '修改条款：2021年中秋节慰问金' });
  await expect(edit.getByLabel('条款类别')).toBeDisabled();
  await edit.getByLabel('每人金额（元）').fill('350');
  await edit.getByRole('button', { name: '保存条款' }).click();
  await expect(edit).toHaveCount(0);
  await expect(added).toContainText('每人 350.00 元');
  // Deleting asks first, and the notice brings it back.
  await page.getByRole('button', { name: '删除：2021年中秋节慰问金' }).click();
  await expect(page.getByRole('dialog')).toContainText('删除条款？');
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(added).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: '已删除条款“2021年中秋节慰问金”' }).getByRole('button', { name: '撤销' }).click();
  await expect(added).toContainText('每人 350.00 元');

  // One of the unpaid red packets: the worker's statement, then the payment, and the summary follows.
  await page.getByRole('tab', { name: '职工花名册' }).click();
  await expect(page.getByRole('heading', { name: '职工花名册（120 人）' })).toBeVisible();
  await expect(page.getByText('000000********0616')).toBeVisible();
  await expect(page.getByText('000000199001010616')).toHaveCount(0);
  await page.getByLabel('查找职工').fill('职工061');
  await page.getByRole('button', { name: '查看 职工061 的应得与实发' }).click();
  const statement = page.getByRole('region', { name: '职工061：我应得多少、实发多少' });
  await expect(statement.locator('.terms-big-item').nth(3)).toContainText('其中逾期500.00 元');
  await shot(page, '03-statement');
  // Printed, the statement stands alone: no roster, no tabs, no buttons, with a line to sign.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '职工花名册（120 人）' })).toBeHidden();
  await expect(statement.getByRole('button', { name: '登记发放' })).toBeHidden();
  await expect(statement.getByText(/职工签字/)).toBeVisible();
  await shot(page, '03b-statement-print');
  await page.emulateMedia({ media: 'screen' });
  await statement.getByRole('row', { name: /春节留岗红包/ }).getByRole('button', { name: '登记发放' }).click();
  await page.getByLabel('金额（元）').fill('600');
  await page.getByRole('button', { name: '保存发放记录' }).click();
  await expect(page.getByText('不能超过尚未发放的 500.00 元。')).toBeVisible();
  await page.getByLabel('金额（元）').fill('500');
  await page.getByLabel('备注').fill('补发红包');
  await page.getByRole('button', { name: '保存发放记录' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已登记：职工061 春节留岗红包 发放 500.00 元' })).toBeVisible();
  await expect(statement.locator('.terms-big-item').nth(3)).toContainText('其中逾期0.00 元');
  await expect(statement).toContainText('补发红包');
  await shot(page, '04-paid');
  await page.getByRole('tab', { name: '兑现台账' }).click();
  await expect(page.getByRole('region', { name: '逾期未付提醒' })).toContainText('春节留岗红包：23 人逾期未付，共 11,500.00 元');
});

test('a GBK roster with a bad row imports nothing until valid rows only are chosen; the roster exports to xlsx', async ({ page }) => {
  // The chair's own enterprise, with a round and no roster yet.
  await enterpriseCreated(page);
  await page.getByRole('link', { name: '协议条款与兑现' }).click();
  await expect(page.getByRole('heading', { name: '协议条款与兑现', level: 1 })).toBeVisible();
  await expect(page.getByText(`${OWN.name}还没有协商轮次`)).toBeVisible();
  await roundCreated(page, OWN.round);
  await expect(page.getByText(`“${OWN.round}”还没有录入协商条款，本企业也还没有职工花名册。`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.getByLabel('选择文件').setInputFiles(FIXTURE);
  await expect(page.getByText('（编码 GBK）')).toBeVisible();
  await expect(page.getByLabel('姓名*')).toHaveValue('0');
  await expect(page.getByText('共 4 行职工数据：3 行有效，1 行有问题。')).toBeVisible();
  const errors = page.getByRole('table', { name: '有问题的行' });
  await expect(errors.getByRole('row', { name: /第 3 行/ })).toContainText('身份证号校验位不符');
  await page.getByRole('button', { name: '确认导入 4 行' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '没有导入任何职工' })).toContainText('第 3 行');
  await shot(page, '05-import-refused');
  await page.getByRole('button', { name: '取消' }).first().click();
  await expect(page.getByText(/本企业也还没有职工花名册/)).toBeVisible();

  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.getByLabel('选择文件').setInputFiles(FIXTURE);
  await page.getByLabel(/只导入有效行/).check();
  await page.getByRole('button', { name: '确认导入 3 行' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 3 名职工。' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '职工花名册（3 人）' })).toBeVisible();
  await page.getByLabel('查找职工').fill('新职工');
  await expect(page.getByText('找到 3 人')).toBeVisible();
  await expect(page.getByRole('row', { name: /新职工甲/ })).toContainText('000000********0014');
  await expect(page.getByRole('row', { name: /新职工甲/ })).toContainText('138****8000');
  await expect(page.getByText('000000199503120014')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /新职工乙/ })).toHaveCount(0);
  await shot(page, '06-imported');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出为 Excel' }).click();
  expect((await download).suggestedFilename()).toBe(`${OWN.name} 职工花名册.xlsx`);
});
