// A chair in 兰州 (甘肃): the province's shipped table is confirmed only to 2025-04-01 (a later adjustment
// is known, its start not read), so the 2027 scenarios ask for the new table and say why. The chair types
// the table, the county's tier and the province's 2027 guideline from the notices held; the round goes out
// as a case file, and a colleague's empty profile imports it: the figures this profile lacked arrive in
// Settings with the round (the notice says how many), the floor check passes there too, and undo takes
// the figures back with the round. Screenshots: test-results/screens/caseFigures-*.png.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { type Own, OWN, QUARTERS, enterpriseCreated, guidelineFilled, minimumWageEntered, peopleAdded, roundCreated, wageOf } from './ownCaseSteps';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-casefigures-'));
const first17 = '91620102MA7G3K2P0';
const LZ: Own = {
  ...OWN,
  name: '兰州金城精密机械有限公司',
  creditCode: first17 + creditCodeCheckChar(first17)!,
  region: '620102',
  witness: '兰州市城关区总工会',
  address: '甘肃省兰州市城关区雁滩路66号',
  regionName: '甘肃省兰州市城关区',
  province: '62',
  wageBasis: '甘政办发〔2024〕测试号',
};

/** A blank model from 2026-Q4 with one scenario at 2,700 元 a month through 2027. */
async function scenarioTyped(page: Page) {
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await page.getByRole('button', { name: '新建空白测算' }).click();
  await page.getByLabel('基期年份').selectOption({ label: '2026年' });
  await page.getByLabel('基期季度').selectOption({ label: '第4季度' });
  await page.getByLabel('基期产值（2026年第4季度，万元）').fill('900');
  for (const q of QUARTERS) await page.getByLabel(`${q}，环比（%）`).fill('2');
  await wageOf(page, '方案1', '2,700');
  await expect(page.locator('.save-status')).toHaveText('已保存');
}

async function guidelineTyped(page: Page) {
  const add = await guidelineFilled(page, { region: '62', year: '2027', from: '2027-01-01', baseline: '6', lower: '3', source: '甘肃省2027年企业工资指导线（按通知录入）' });
  await add.getByRole('button', { name: '添加' }).click();
  await expect(page.getByRole('region', { name: '工资指导线与经济数据' }).getByRole('status')).toHaveText('已添加 甘肃省 (62) 2027 年的工资指导线。');
}

test('a case file brings the figures the chair typed into an empty profile, and its undo takes them back', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await enterpriseCreated(page, LZ);
  await peopleAdded(page);
  await page.getByRole('link', { name: '协商程序' }).click();
  await roundCreated(page, LZ.round);
  await scenarioTyped(page);

  // Past the confirmed day the shipped table gives no figure: the findings ask for the new table and say why.
  const ask = page.locator('.finding-ask');
  await expect(ask).toContainText('甘肃省兰州市城关区已知的最低工资标准只核实到2025年4月1日，此后当地已另行调整');
  await page.getByRole('region', { name: '最低工资核对' }).screenshot({ path: 'test-results/screens/caseFigures-01-superseded.png' });

  // The ask leads to where the table is entered.
  await ask.getByRole('link', { name: '在“设置 → 最低工资标准”中填写档次或标准' }).click();
  await minimumWageEntered(page, LZ);
  await guidelineTyped(page);
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await expect(page.locator('.finding-ask')).toHaveCount(0);

  await page.getByRole('link', { name: '企业与人员' }).click();
  await page.getByRole('link', { name: new RegExp(LZ.name) }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: `导出个案文件：${LZ.round}` }).click();
  const casePath = join(DIR, 'case.json');
  await (await pending).saveAs(casePath);

  // A colleague's empty profile: the import adds the round and the figures; undo takes both back.
  const other = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
  await other.goto('/');
  const settingsShow = async () => {
    await other.getByRole('link', { name: '设置', exact: true }).click();
    return {
      wages: other.getByRole('region', { name: '最低工资标准' }),
      guideline: other.getByRole('region', { name: '工资指导线与经济数据' }).getByRole('table', { name: '企业工资指导线' }).getByRole('row').filter({ hasText: '甘肃省 (62)' }).filter({ hasText: '2027' }),
    };
  };
  const added = /文件附带的参考数据（最低工资、工资指导线等）中本机没有的 3 项已加入设置。/;
  await other.getByLabel('导入个案文件…').setInputFiles(casePath);
  await expect(other.getByText(added)).toBeVisible();
  await other.getByRole('button', { name: '撤销' }).click();
  await expect(other.getByText(LZ.name)).toHaveCount(0);
  let shown = await settingsShow();
  await expect(shown.wages).not.toContainText(LZ.wageBasis);
  await expect(shown.guideline).toHaveCount(0);

  await other.getByRole('link', { name: '企业与人员' }).click();
  await other.getByLabel('导入个案文件…').setInputFiles(casePath);
  await expect(other.getByText(added)).toBeVisible();
  await other.screenshot({ path: 'test-results/screens/caseFigures-02-imported.png' });
  // The floor check finds the table and tier that came with the file.
  await expect(other.getByRole('table', { name: '方案比较' })).toBeVisible();
  await expect(other.locator('.finding-ask')).toHaveCount(0);
  shown = await settingsShow();
  await expect(shown.wages).toContainText(LZ.wageBasis);
  await expect(shown.guideline).toContainText('用户添加');
  await other.getByRole('region', { name: '工资指导线与经济数据' }).screenshot({ path: 'test-results/screens/caseFigures-03-settings.png' });
});
