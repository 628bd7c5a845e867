// A union chair's first session: create an enterprise in Chinese, get refused on bad input, switch
// language, load the reference case, delete and undo. Screenshots land in test-results/screens.
import { test, expect, type Page } from '@playwright/test';

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

test('the shell opens in Chinese and unbuilt areas say so plainly', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '企业', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await shot(page, '01-empty-list');
  for (const area of [] as string[]) {
    await page.getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { name: `${area}：尚未开放` })).toBeVisible();
  }
  await shot(page, '02-placeholder');
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
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

test('the reference case loads once, with its people on both sides', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await expect(page.getByRole('status')).toContainText('福建隆祥皮革有限公司');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await expect(page.getByRole('status')).toContainText('参考案例已在列表中');
  await expect(page.getByRole('link', { name: /福建隆祥皮革有限公司/ })).toHaveCount(1);
  await page.getByRole('link', { name: /福建隆祥皮革有限公司/ }).click();
  await expect(page.getByText('吴华贵').first()).toBeVisible();
  await expect(page.getByText('陈会珍')).toBeVisible();
  await expect(page.getByText('福鼎市总工会')).toBeVisible();
  await shot(page, '08-sample-detail');
});

test('deleting asks first and can be undone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await page.getByRole('link', { name: /福建隆祥皮革有限公司/ }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('删除企业？');
  await shot(page, '09-confirm-delete');
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(/还没有企业/)).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('link', { name: /福建隆祥皮革有限公司/ })).toBeVisible();
  await page.getByRole('link', { name: /福建隆祥皮革有限公司/ }).click();
  await expect(page.getByText('陈会珍')).toBeVisible();
});

test('a participant is added to the workers’ side; a recorder cannot sit on a side', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例' }).click();
  await page.getByRole('link', { name: /福建隆祥皮革有限公司/ }).click();
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
