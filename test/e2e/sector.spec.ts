// 行业协商 as a town federation runs it: two enterprises' own agreements imported into the registry, then
// a sector round for five enterprises (two in 福鼎, three in 霞浦: different tiers; one taken from the
// registry, four typed in with their county found in the region picker), a sector minimum per county and a
// raise range, the scenario, the agreement printed with its member annex and signed to freeze it, and the
// workbench showing coverage and, on the registry rows, the member whose own agreement is below the sector
// minimum and the one that complies, each with its printable notice. Screenshots land in
// test-results/screens/sector-*.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-sector-'));
const tsx = join('node_modules', '.bin', 'tsx');
const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;
/** The second enterprise of federationBundles.ts: its own agreement pays 2,300 元 a month, in force today. */
const HAILAN = { name: '福鼎市海岚茶业有限公司', code: code('91350982MA2Y00001') };
/** The fifth enterprise of federationBundles.ts: its own agreement pays 2,600 元, above the sector minimum. */
const LONGAN = { name: '福鼎市龙安合成革有限公司', code: code('91350982MA2Y00011') };

/** Typed in: the county found by what a user types in the picker's search (福鼎 by its initials). */
const typed = [
  { name: HAILAN.name, code: HAILAN.code, search: 'fd', region: '350982', headcount: '86' },
  { name: '霞浦县东冲革业有限公司', code: code('91350921MA2Y00012'), search: '霞浦', region: '350921', headcount: '120' },
  { name: '霞浦县长春新材料有限公司', code: code('91350921MA2Y00013'), search: '霞浦', region: '350921', headcount: '80' },
  { name: '霞浦县溪南革基布有限公司', code: code('91350921MA2Y00014'), search: '霞浦', region: '350921', headcount: '45' },
];
const members = [typed[0]!, { name: LONGAN.name, code: LONGAN.code }, ...typed.slice(1)];

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/sector-${name}.png`, fullPage: true });
}

test.beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  execFileSync(tsx, ['test/e2e/federationBundles.ts', DIR], { encoding: 'utf8' });
});

test('a sector round for five members, printed and frozen, and the member below the sector minimum in the registry', async ({ page }) => {
  await page.goto('/#/federation');
  await expect(page.getByRole('heading', { name: '总工会工作台', exact: true })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择报送包文件…' }).click();
  await (await chooser).setFiles([join(DIR, 'hailan.wdbundle'), join(DIR, 'longan.wdbundle')]);
  await page.getByRole('region', { name: '导入预览' }).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 2 个报送包' })).toBeVisible();
  // No sector agreement yet: the registry rows show nothing of one.
  await expect(page.getByRole('group', { name: '行业（区域）性合同', exact: true })).toHaveCount(0);

  // From the workbench to 行业协商.
  const coverage = page.getByRole('region', { name: '行业（区域）性合同覆盖' });
  await expect(coverage.getByText('还没有行业（区域）性合同。')).toBeVisible();
  await coverage.getByRole('button', { name: '行业协商' }).click();
  await expect(page.getByRole('heading', { name: '行业协商', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '新建行业协商' }).click();

  await page.getByLabel('合同名称').fill('龙安开发区合成革行业工资专项集体合同');
  await page.getByLabel('行业或区域').fill('合成革');
  await page.getByLabel('职工方（工会联合会或行业工会）').fill('龙安开发区工会联合会');
  await page.getByLabel('职工方首席代表').fill('林立新');
  await page.getByLabel('企业方（企业代表组织或成员企业代表）').fill('福鼎市合成革行业协会');
  await page.getByLabel('企业方首席代表').fill('陈建国');

  // A bad credit code adds nothing and says why.
  await page.getByLabel('企业名称', { exact: true }).fill('错号企业');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill('91350982MA2Y000110');
  await page.getByLabel('搜索地区').fill('福鼎');
  await expect(page.getByLabel('所在地区（区县）')).toHaveValue('350982');
  await page.getByLabel('职工人数', { exact: true }).fill('10');
  await page.getByRole('button', { name: '添加成员企业' }).click();
  await expect(page.getByText('统一社会信用代码校验位不对')).toBeVisible();
  await expect(page.getByText('0 家成员企业')).toBeVisible();

  const memberTable = page.getByRole('table', { name: '成员企业' });
  for (const [i, m] of typed.entries()) {
    await page.getByLabel('企业名称', { exact: true }).fill(m.name);
    await page.getByLabel('统一社会信用代码', { exact: true }).fill(m.code);
    // After a member is added the search box starts empty; one match (霞浦) is chosen at once, several
    // (fd) are listed for the user to pick from.
    if (i > 0) await expect(page.getByLabel('搜索地区')).toHaveValue('');
    await page.getByLabel('搜索地区').fill(m.search);
    if (m.search === 'fd') {
      await expect(page.getByLabel('所在地区（区县）').locator('option', { hasText: '福鼎市' })).toHaveCount(1);
      await page.getByLabel('所在地区（区县）').selectOption(m.region);
    }
    await expect(page.getByLabel('所在地区（区县）')).toHaveValue(m.region);
    await page.getByLabel('职工人数', { exact: true }).fill(m.headcount);
    if (i === typed.length - 1) await page.getByRole('group', { name: '成员企业', exact: true }).screenshot({ path: 'test-results/screens/sector-member-editor.png' });
    await page.getByRole('button', { name: '添加成员企业' }).click();
    await expect(memberTable.getByText(m.name)).toBeVisible();
    if (i === 0) {
      // 龙安 is taken from the registry, with its profile's county and headcount.
      await page.getByLabel('从登记簿选择').selectOption({ label: LONGAN.name });
      await page.getByRole('button', { name: '加入', exact: true }).click();
      await expect(memberTable.getByRole('row', { name: new RegExp(LONGAN.name) }).getByRole('cell', { name: '福鼎市', exact: true })).toBeVisible();
    }
  }
  await expect(memberTable.getByRole('cell', { name: '霞浦县', exact: true })).toHaveCount(3);
  await expect(memberTable.getByRole('cell', { name: '福鼎市', exact: true })).toHaveCount(2);
  await expect(page.getByText('5 家成员企业，职工共 631 人')).toBeVisible();
  await shot(page, 'members');

  // Below 福鼎's legal minimum the form says the legal floor applies.
  await page.getByLabel('福鼎市（元/月）').fill('2000');
  await expect(page.getByRole('note').filter({ hasText: '以法定最低工资为准' })).toBeVisible();
  await page.getByLabel('福鼎市（元/月）').fill('2400');
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByLabel('霞浦县（元/月）').fill('2000');
  await page.getByLabel('年度工资增幅下限（%）').fill('3');
  await page.getByLabel('年度工资增幅上限（%）').fill('8');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存“龙安开发区合成革行业工资专项集体合同”' })).toBeVisible();
  const scenario = page.getByRole('table', { name: '行业测算' });
  await expect(scenario.getByText('霞浦县溪南革基布有限公司')).toBeVisible();
  await expect(scenario.getByText('按最低标准').first()).toBeVisible();
  await shot(page, '01-round');

  // Printed with its member annex, then signed: frozen, with its fingerprint.
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByText('附件：成员企业名单')).toBeVisible();
  for (const m of members) await expect(page.getByText(m.code)).toBeVisible();
  await shot(page, '02-print-draft');
  await page.getByRole('button', { name: '签署并冻结' }).click();
  await page.getByRole('button', { name: '签署并冻结' }).click();
  await expect(page.getByText(/已签署并冻结。指纹：/).first()).toBeVisible();
  await shot(page, '03-print-signed');
  await page.getByRole('button', { name: '返回编辑' }).click();
  await expect(page.getByText(/此合同已签署并冻结/)).toBeVisible();
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);

  // The workbench: coverage, and the member whose own agreement (2,300 元) is below the sector's 2,400 元.
  await page.getByRole('button', { name: '返回总工会工作台' }).click();
  await expect(coverage.getByText('覆盖成员企业 5 家、职工 631 人')).toBeVisible();
  const hailanRow = coverage.locator(`tr[data-member="${HAILAN.code}"]`);
  await expect(hailanRow.getByText(/月基本工资 2,300.00 元 低于行业最低工资 2,400.00 元/)).toBeVisible();
  await expect(coverage.locator(`tr[data-member="${members[2]!.code}"]`).getByText(/单独覆盖/)).toBeVisible();
  await expect(coverage.locator(`tr[data-member="${LONGAN.code}"]`).getByText('符合行业标准')).toBeVisible();
  await shot(page, '04-coverage');
  await coverage.getByRole('button', { name: `打印通知：${HAILAN.name}` }).click();
  const notice = page.getByRole('region', { name: '行业（区域）性工资集体合同执行情况通知' });
  await expect(notice.getByText(`${HAILAN.name}：`)).toBeVisible();
  await expect(notice.getByText(/低于行业最低工资 2,400.00 元/)).toBeVisible();
  // The notice stands alone on the page, so that it prints alone.
  await expect(page.getByRole('heading', { name: '总工会工作台', exact: true })).toHaveCount(0);
  await shot(page, '05-notice');
  await notice.getByRole('button', { name: '返回' }).click();
  await expect(coverage).toBeVisible();

  // The registry rows say the same: 海岚 below the sector minimum, 龙安 complying, each with its notice.
  const hailanEntry = page.getByRole('article', { name: HAILAN.name }).getByRole('group', { name: '行业（区域）性合同', exact: true });
  await expect(hailanEntry.getByText('《龙安开发区合成革行业工资专项集体合同》')).toBeVisible();
  await expect(hailanEntry.getByText(/\[低于标准\] 龙安开发区合成革行业工资专项集体合同：.*月基本工资 2,300.00 元 低于行业最低工资 2,400.00 元/)).toBeVisible();
  const longanEntry = page.getByRole('article', { name: LONGAN.name }).getByRole('group', { name: '行业（区域）性合同', exact: true });
  await expect(longanEntry.getByText('符合行业标准')).toBeVisible();
  await expect(longanEntry.getByRole('listitem')).toHaveCount(0);
  const registry = page.getByRole('region', { name: '登记簿', exact: true });
  await registry.scrollIntoViewIfNeeded();
  await shot(page, '06-registry');
  // The notice from the row is the card's: keyboard-reachable, it opens on Enter.
  await hailanEntry.getByRole('button', { name: `打印通知：${HAILAN.name}` }).focus();
  await page.keyboard.press('Enter');
  await expect(notice.getByText(/低于行业最低工资 2,400.00 元/)).toBeVisible();
  await notice.getByRole('button', { name: '返回' }).click();
  await page.getByRole('article', { name: LONGAN.name }).getByRole('button', { name: `打印通知：${LONGAN.name}` }).click();
  await expect(notice.getByText('经核对，贵单位执行情况符合行业（区域）性合同的标准。')).toBeVisible();
  await notice.getByRole('button', { name: '返回' }).click();
});
