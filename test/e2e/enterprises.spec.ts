// A union chair's first session: create an enterprise in Chinese, get refused on bad input, switch
// language, load the reference case, delete and undo. Screenshots land in test-results/screens.
import { test, expect, type Page } from '@playwright/test';
import { ROUNDS, SAMPLE } from './sampleSteps';

const VALID_CODE = '91350100M000100Y43';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

async function fillEnterprise(page: Page, values: { name: string; code: string }) {
  await page.getByLabel('企业名称').fill(values.name);
  await page.getByLabel('统一社会信用代码').fill(values.code);
  await page.getByLabel('搜索地区').fill('福鼎');
  await page.getByLabel('所在地区（区县）').selectOption('350982');
  await page.getByLabel('职工总数').fill('120');
  await page.getByLabel('法定代表人').fill('张三');
}

test('the shell opens in Chinese and every area opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '企业', exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav).toBeVisible();
  await shot(page, '01-empty-list');
  // The round areas open too; with no enterprise yet they say what to do first.
  for (const area of ['协商程序', '产值与工资测算', '协议条款与兑现', '协议文书']) {
    await nav.getByRole('link', { name: area, exact: true }).click();
    await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
    await expect(page.getByText('还没有企业。请先在“企业”中新建企业，或载入参考案例。')).toBeVisible();
    await expect(page.getByText(/尚未开放/)).toHaveCount(0);
  }
  await shot(page, '02-placeholder');
  await nav.getByRole('link', { name: '总工会工作台' }).click();
  await expect(page.getByRole('heading', { name: '总工会工作台', exact: true })).toBeVisible();
  await nav.getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(page.getByText(/尚未开放/)).toHaveCount(0);
  await shot(page, '03-settings');
});

test('an enterprise created in Chinese is still there after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '新建企业' }).click();
  await fillEnterprise(page, { name: '福鼎市示范制衣有限公司', code: VALID_CODE.toLowerCase() });
  await shot(page, '04-form-filled');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '福鼎市示范制衣有限公司' })).toBeVisible();
  await expect(page.getByText(VALID_CODE)).toBeVisible(); // normalised to upper case
  await page.reload();
  await expect(page.getByRole('heading', { name: '福鼎市示范制衣有限公司' })).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('link', { name: /福鼎市示范制衣有限公司/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /福鼎市/ }).first()).toBeVisible();
  await shot(page, '05-list-one');
});

test('a bad credit code and an empty name are refused and nothing is stored', async ({ page }) => {
  await page.goto('/#/enterprises/new');
  await fillEnterprise(page, { name: '', code: '91350100M000100Y44' });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('统一社会信用代码校验位不对，请对照营业执照逐位核对。')).toBeVisible();
  await expect(page.getByText('此项必填。')).toBeVisible();
  await expect(page.getByText(/表单中有 2 处需要修改，尚未保存/)).toBeVisible();
  await shot(page, '06-form-errors');
  await page.getByLabel('统一社会信用代码').fill('12345');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('统一社会信用代码应为18位，目前是 5 位。')).toBeVisible();
  await page.goto('/#/enterprises');
  await page.reload();
  await expect(page.getByText(/还没有企业/)).toBeVisible();
});

test('English can be switched on at runtime, is remembered, and switched back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: 'Enterprises', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(page, '07-english');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Enterprises', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { name: '企业', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the reference case loads once, with its people on both sides and its five rounds', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  const notice = page.getByRole('status').filter({ hasText: '参考案例' });
  await expect(notice).toContainText(`已载入参考案例：${SAMPLE}`);
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await expect(notice).toContainText('参考案例已在列表中');
  await expect(page.getByRole('link', { name: `查看 ${SAMPLE}` })).toHaveCount(1);
  await page.getByRole('link', { name: `查看 ${SAMPLE}` }).click();
  await expect(page.getByText('吴华贵').first()).toBeVisible();
  await expect(page.getByText('陈会珍')).toBeVisible();
  await expect(page.getByText('福鼎市总工会')).toBeVisible();
  // Loaded twice, still five rounds, in the order they happened: the Spring Festival round of 2021 last.
  const rounds = page.getByRole('region', { name: '协商轮次' });
  await expect(rounds.getByRole('row')).toHaveCount(6);
  for (const title of Object.values(ROUNDS)) await expect(rounds.getByRole('row').filter({ hasText: title })).toHaveCount(1);
  await expect(rounds.getByRole('row').nth(1)).toContainText(ROUNDS['ref-2020-1']);
  await expect(rounds.getByRole('row').last()).toContainText(ROUNDS['ref-2021-1']);
  const latest = rounds.getByRole('row', { name: /2021年1月工资协议/ });
  await expect(latest).toContainText('工资专项集体合同');
  await expect(latest).toContainText('2021年2月1日 至 2022年1月31日');
  await expect(latest).toContainText('已到期');
  await shot(page, '08-sample-detail');
});

test('deleting asks first and can be undone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await page.getByRole('link', { name: `查看 ${SAMPLE}` }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('删除企业？');
  await shot(page, '09-confirm-delete');
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(/还没有企业/)).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('link', { name: `查看 ${SAMPLE}` })).toBeVisible();
  await page.getByRole('link', { name: `查看 ${SAMPLE}` }).click();
  await expect(page.getByText('陈会珍')).toBeVisible();
  // Its rounds came back with it.
  await expect(page.getByRole('region', { name: '协商轮次' }).getByRole('row')).toHaveCount(6);
});

test('a participant is added to the workers’ side; a recorder cannot sit on a side', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await page.getByRole('link', { name: `查看 ${SAMPLE}` }).click();
  await page.getByRole('button', { name: '添加人员' }).click();
  await page.getByLabel('姓名').fill('李四');
  await page.getByLabel('职务或岗位').fill('涂层工');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('李四')).toBeVisible();
  await page.getByRole('button', { name: '添加人员' }).click();
  await page.getByLabel('姓名').fill('赵六');
  await page.getByLabel('角色').selectOption('recorder');
  await page.getByLabel('所属方').selectOption('workers');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/记录员不属于任何一方/)).toBeVisible();
  await shot(page, '10-person-error');
});
