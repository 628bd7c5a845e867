// The chair of the reference enterprise gets the roster as an Excel workbook, the way offices keep it (a
// merged title row above the header, full-width digits, "1,750元", a fare computed by a formula), imports
// it through the screen, then, in the Spring Festival round, records one overdue red packet as paid and
// sees the overdue alert and totals drop.
// Screenshots land in test-results/screens/terms-xlsx-*.png.
import ExcelJS from 'exceljs';
import { test, expect, type Page } from '@playwright/test';
import { idNumberWithCheckChar } from '../../shared/roster/idNumber';
import { sampleRoundOpened } from './sampleSteps';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/terms-xlsx-${name}.png`, fullPage: true });

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Three new workers (address code 000000: nobody real), as an office's .xlsx, built in memory. */
async function rosterWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.getCell('A1').value = '福建隆祥皮革有限公司 新进职工花名册';
  sheet.mergeCells('A1:H1');
  sheet.getRow(2).values = ['工号', '姓名', '身份证号码', '手机号', '部门', '入职日期', '户籍', '路费（元）'];
  sheet.getRow(3).values = ['X001', '表格职工甲', fullWidth(idNumberWithCheckChar('00000019950312001')), '13800138001', '贴合车间', '2021-01-04', '云南省', '650'];
  sheet.getRow(4).values = ['X002', '表格职工乙', idNumberWithCheckChar('00000019950312003'), '13800138002', '磨皮车间', '2021-01-04', '贵州省', '1,750元'];
  sheet.getRow(5).values = ['X003', '表格职工丙', idNumberWithCheckChar('00000019950312005'), '13800138003', '贴合车间', new Date(Date.UTC(2021, 0, 5)), '四川省', 0];
  sheet.getCell('H5').value = { formula: 'H3+100', result: 750 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('an .xlsx roster imports through the screen; paying an overdue red packet updates the alert', async ({ page }) => {
  // The sample's Spring Festival round: its terms, the 120-worker roster and the ledger.
  await sampleRoundOpened(page, '协议条款与兑现', 'ref-2021-1');

  await page.getByRole('tab', { name: '职工花名册' }).click();
  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.getByLabel('选择文件').setInputFiles({
    name: '新进职工.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterWorkbook(),
  });
  // The merged title row is skipped: the header is found on row 2.
  await expect(page.getByLabel('表头在第几行')).toHaveValue('2');
  await expect(page.getByText('共 3 行职工数据：3 行有效，0 行有问题。')).toBeVisible();
  await shot(page, '01-preview');
  await page.getByRole('button', { name: '确认导入 3 行' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 3 名职工。' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '职工花名册（123 人）' })).toBeVisible();
  await page.getByLabel('查找职工').fill('表格职工');
  await expect(page.getByText('找到 3 人')).toBeVisible();
  // Full-width digits were folded: the masked ID number shows its half-width last four.
  await expect(page.getByRole('row', { name: /表格职工甲/ })).toContainText('000000********0014');
  await shot(page, '02-imported');

  await page.getByRole('tab', { name: '兑现台账' }).click();
  await page.getByLabel('截至日期').fill('2021-03-31');
  const alerts = page.getByRole('region', { name: '逾期未付提醒' });
  const total = page.getByRole('region', { name: '全部协议合计（截至 2021-03-31）' });
  await expect(alerts).toContainText('春节留岗红包：24 人逾期未付，共 12,000.00 元');
  await expect(total).toContainText('逾期未付12,000.00 元');
  await shot(page, '03-overdue');

  await page.getByRole('tab', { name: '职工花名册' }).click();
  await page.getByLabel('查找职工').fill('职工061');
  await page.getByRole('button', { name: '查看 职工061 的应得与实发' }).click();
  const statement = page.getByRole('region', { name: '职工061：我应得多少、实发多少' });
  await statement.getByRole('row', { name: /春节留岗红包/ }).getByRole('button', { name: '登记发放' }).click();
  await page.getByLabel('金额（元）').fill('500');
  await page.getByRole('button', { name: '保存发放记录' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已登记：职工061 春节留岗红包 发放 500.00 元' })).toBeVisible();

  await page.getByRole('tab', { name: '兑现台账' }).click();
  await page.getByLabel('截至日期').fill('2021-03-31');
  await expect(alerts).toContainText('春节留岗红包：23 人逾期未付，共 11,500.00 元');
  await expect(total).toContainText('逾期未付11,500.00 元');
  await shot(page, '04-after-payment');
});
