// Two tabs of the browser edition on one round (one IndexedDB): both type a different wage for the same
// quarter before either is saved. The second save is refused, that tab shows both values in words and
// the user chooses; the other tab, with nothing unsaved, follows. No value is lost without a word. The
// same for an enterprise's profile, edited in two tabs at once.
// Screenshots land in test-results/screens/twoTabs-*.png.
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { roundCreated } from './ownCaseSteps';

const first17 = '91350982MA2YTWT1X';
const NAME = '福鼎市双窗皮具有限公司';
const FIELD = '方案1，2027年第2季度，每月基本工资（元）';
// The top of the screen only: the bar and the round's first figures, readable at a glance.
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/twoTabs-${name}.png` });
const bar = (page: Page) => page.getByRole('alert', { name: '保存冲突' });

/** An enterprise typed in from an empty profile; its page is left open. */
async function enterpriseTyped(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(NAME);
  await page.getByLabel('统一社会信用代码').fill(first17 + creditCodeCheckChar(first17)!);
  await page.getByLabel('搜索地区').fill('350982');
  await page.getByLabel('所在地区（区县）').selectOption('350982');
  await page.getByLabel('职工总数').fill('40');
  await page.getByLabel('法定代表人').fill('林海');
  await page.getByLabel('工会主席').fill('陈秀英');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
}

/** An enterprise, a round, and a blank model based on 2026 Q4. */
async function roundWithModel(page: Page) {
  await enterpriseTyped(page);
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await roundCreated(page, '2027年度工资集体协商');
  await page.getByRole('button', { name: '新建空白测算' }).click();
  await page.getByLabel('基期年份').selectOption({ label: '2026年' });
  await page.getByLabel('基期季度').selectOption({ label: '第4季度' });
  await expect(page.getByLabel(FIELD)).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('已保存');
}

test('two tabs editing one round end in a visible conflict, not a lost value', async ({ context }) => {
  const a = await context.newPage();
  await roundWithModel(a);
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByLabel(FIELD)).toBeVisible();

  // Both type inside the autosave delay: each edit is based on the same stored round.
  await b.getByLabel(FIELD).fill('1750');
  await a.getByLabel(FIELD).fill('1800');

  await expect.poll(async () => (await bar(a).isVisible()) || (await bar(b).isVisible()), { timeout: 10_000 }).toBe(true);
  const aLost = await bar(a).isVisible();
  const [loser, winner] = aLost ? [a, b] : [b, a];
  const [mine, theirs] = aLost ? ['1800', '1750'] : ['1750', '1800'];
  const yuan = (v: string) => `${v.slice(0, 1)},${v.slice(1)}.00 元`;
  await expect(bar(loser)).toContainText(`方案“方案1” 2027年第2季度 每月基本工资：本窗口 ${yuan(mine)} / 已保存 ${yuan(theirs)}`);
  await expect(loser.getByLabel(FIELD)).toHaveValue(mine); // nothing lost while the user reads
  await expect(bar(winner)).toHaveCount(0);
  await bar(loser).scrollIntoViewIfNeeded();
  await shot(loser, 'conflict');

  // Keep this window's: saved over the other, and the other tab (nothing unsaved there) follows.
  await bar(loser).getByRole('button', { name: '保留本窗口的修改' }).click();
  await expect(bar(loser)).toHaveCount(0);
  await expect(loser.locator('.save-status')).toHaveText('已保存');
  await expect(winner.getByLabel(FIELD)).toHaveValue(mine);
  await winner.getByLabel(FIELD).scrollIntoViewIfNeeded();
  await shot(winner, 'followed');
  await winner.reload();
  await expect(winner.getByLabel(FIELD)).toHaveValue(mine);
});

test('two tabs editing one enterprise profile end in a visible conflict, and the choice survives a reload', async ({ context }) => {
  const a = await context.newPage();
  await enterpriseTyped(a);
  await a.getByRole('button', { name: '编辑' }).click();
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByLabel('职工总数')).toHaveValue('40');
  const headcount = (page: Page) => page.locator('dt', { hasText: '职工总数' }).locator('+ dd');

  // Both edit the headcount from the same stored profile; the first tab saves first.
  await b.getByLabel('职工总数').fill('50');
  await a.getByLabel('职工总数').fill('45');
  await a.getByRole('button', { name: '保存' }).click();
  await expect(headcount(a)).toHaveText('45');

  // The second tab hears of it at once: its unsaved edit is kept and shown beside the saved value.
  await expect(bar(b)).toContainText('职工总数：本窗口 50 / 已保存 45');
  await expect(b.getByLabel('职工总数')).toHaveValue('50');
  await shot(b, 'profileConflict');

  await bar(b).getByRole('button', { name: '保留本窗口的修改' }).click();
  await expect(headcount(b)).toHaveText('50');
  await expect(headcount(a)).toHaveText('50'); // the first tab follows
  await b.reload();
  await expect(headcount(b)).toHaveText('50');
  await a.reload();
  await expect(headcount(a)).toHaveText('50');
});

test('two windows editing one sector agreement end in a visible conflict, and this window keeps its edits on request', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/#/sector');
  await a.getByRole('button', { name: '新建行业协商' }).click();
  await a.getByLabel('合同名称').fill('塘下镇汽摩配行业工资专项集体合同');
  await a.getByLabel('行业或区域').fill('汽摩配');
  await a.getByLabel('职工方（工会联合会或行业工会）').fill('塘下镇汽摩配行业工会联合会');
  await a.getByLabel('企业方（企业代表组织或成员企业代表）').fill('塘下镇汽摩配行业协会');
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  const b = await context.newPage();
  await b.goto('/#/sector');
  await b.getByRole('button', { name: /塘下镇汽摩配行业工资专项集体合同/ }).click();
  await a.getByLabel('行业或区域').fill('汽车摩托车配件');
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  await b.getByLabel('职工方首席代表').fill('陈海波');
  await b.getByRole('button', { name: '保存' }).click();
  const banner = b.getByRole('alert').filter({ hasText: '在另一个窗口里已保存过修改' });
  await expect(banner).toBeVisible();
  await expect(b.getByLabel('职工方首席代表')).toHaveValue('陈海波');
  await banner.getByRole('button', { name: '保留本窗口的修改' }).click();
  await expect(banner).toHaveCount(0);
  await a.reload();
  await a.getByRole('button', { name: /塘下镇汽摩配行业工资专项集体合同/ }).click();
  await expect(a.getByLabel('职工方首席代表')).toHaveValue('陈海波');
});
