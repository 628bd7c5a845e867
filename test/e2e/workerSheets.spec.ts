// 职工明白卡 for a user's own enterprise (a Wuhan machinery plant, 湖北 420102, typed in; not the sample):
// last year's round with its agreed wage, this year's continued from it with an agreed scenario and its
// term, a 500-worker roster imported through the screen (CSV made here), a year-end bonus for everyone
// and an allowance for one shop; then 协议文书 → 职工明白卡: a worker found and previewed, 打印全部 printed
// to PDF: exactly 500 pages, each with its own worker's name and masked ID and no one else's.
// Screenshots: test-results/screens/workerSheets-*.png, page images workerSheets-pdf-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { idNumberWithCheckChar } from '../../shared/roster/idNumber';
import { roundCreated, saved, step } from './ownCaseSteps';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-sheets-'));
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/workerSheets-${name}.png`, fullPage: true });
const NAME = '武汉江岸精工机械有限公司';
const REGION = '420102';
const YEAR = new Date().getFullYear();
const LAST = `${YEAR}年度工资集体协商`;
const THIS = `${YEAR + 1}年度工资集体协商`;

// 500 workers with distinct three-character names (none inside another) and ID numbers.
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = ['建国', '秀英', '志强', '丽华', '文斌', '海燕', '国庆', '春梅', '德明', '晓东', '玉兰', '红军', '桂芳', '永刚', '雪梅', '立新', '金凤', '卫东', '淑珍', '家豪', '子涵', '雨轩', '思远', '晨曦', '浩然'];
const GROUPS = ['装配车间', '机加工车间', '仓库'];
const WORKERS = Array.from({ length: 500 }, (_, i) => ({
  name: `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20)]}`,
  number: `JA${String(i + 1).padStart(4, '0')}`,
  idNumber: idNumberWithCheckChar(`${REGION}${1970 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`),
  phone: `1380000${String(i).padStart(4, '0')}`,
  group: GROUPS[i % 3]!,
}));
const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;
const CSV = ['工号,姓名,身份证号,手机,班组', ...WORKERS.map((w) => `${w.number},${w.name},${w.idNumber},${w.phone},${w.group}`)].join('\r\n');

async function enterpriseTypedIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '新建企业' }).click();
  const first17 = '91420102MA4K8W2J0';
  await page.getByLabel('企业名称').fill(NAME);
  await page.getByLabel('统一社会信用代码').fill(first17 + creditCodeCheckChar(first17)!);
  await page.getByLabel('搜索地区').fill(REGION);
  await page.getByLabel('所在地区（区县）').selectOption(REGION);
  await page.getByLabel('职工总数').fill('500');
  await page.getByLabel('法定代表人').fill('胡志刚');
  await page.getByLabel('工会主席').fill('程丽娟');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
}

/** Last year's round: the agreed wage entered as a figure (3,000 for everyone). */
async function lastYearAgreed(page: Page) {
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await roundCreated(page, LAST);
  await page.getByRole('button', { name: '新建空白测算' }).click();
  await page.getByRole('button', { name: '按人员和期间填写' }).click();
  await page.getByLabel('第 1 行：起始日期').fill(`${YEAR}-01-01`);
  await page.getByLabel('第 1 行：月基本工资（元）').fill('3,000');
  await page.getByRole('button', { name: '保存确认的工资' }).click();
  await expect(page.getByRole('region', { name: '双方确认的工资方案' }).getByRole('table')).toContainText('人民币叁仟元整');
}

/** This year's round, continued from last year's: 方案1 at 3,300 marked agreed, its term recorded. */
async function thisYearAgreed(page: Page) {
  await roundCreated(page, THIS, `从“${LAST}”延续（协商代表、测算方案、条款、文书要素）`);
  await expect(page.getByLabel('协商轮次')).toHaveValue(/.+/);
  const wages = page.getByLabel(/^方案1，\d{4}年第\d季度，每月基本工资（元）$/);
  await expect(wages).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await wages.nth(i).fill('3,300');
    await wages.nth(i).blur();
  }
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.getByRole('button', { name: '方案1：双方确认方案' }).click();
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.getByRole('link', { name: '协商程序' }).click();
  await step(page, '续订').getByRole('button', { name: '记录续订' }).click();
  const form = page.getByRole('form', { name: '记录期限与续订' });
  await form.getByLabel('协议期限开始').fill(`${YEAR + 1}-01-01`);
  await form.getByLabel('协议期限结束').fill(`${YEAR + 1}-12-31`);
  await saved(form);
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await expect(page.getByRole('region', { name: '双方确认的工资方案' }).getByRole('table')).toContainText('3,300.00 元');
}

async function rosterImported(page: Page) {
  await page.getByRole('link', { name: '协议条款与兑现' }).click();
  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.getByLabel('选择文件').setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByRole('button', { name: '确认导入 500 行' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 500 名职工。' })).toBeVisible();
}

async function termsAdded(page: Page) {
  await page.getByRole('tab', { name: '条款' }).click();
  for (const term of [
    { title: '年终奖', amount: '800', due: `${YEAR + 1}-02-05`, group: null },
    { title: '高温岗位补贴', amount: '300', due: `${YEAR + 1}-08-31`, group: '装配车间' },
  ]) {
    await page.getByRole('button', { name: '添加条款' }).first().click();
    const form = page.getByRole('form', { name: '添加条款' });
    await form.getByLabel('条款类别').selectOption({ label: '一次性奖金/红包' });
    await form.getByLabel('条款名称').fill(term.title);
    await form.getByLabel('每人金额（元）').fill(term.amount);
    await form.getByLabel('应付日期').fill(term.due);
    if (term.group) {
      await form.locator('summary', { hasText: '适用范围与条件' }).click();
      await form.getByRole('checkbox', { name: term.group, exact: true }).check();
      await expect(form.locator('summary')).toContainText('花名册上符合的职工：167 人（共 500 人）');
    }
    await form.getByRole('button', { name: '保存条款' }).click();
    await expect(form).toHaveCount(0);
  }
}

test('worker sheets: 500 workers print as 500 pages, each with only its own worker', async ({ page }) => {
  test.setTimeout(150_000);
  await enterpriseTypedIn(page);
  await lastYearAgreed(page);
  await thisYearAgreed(page);
  await rosterImported(page);
  await termsAdded(page);

  await page.locator('.notice').getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '职工明白卡（每人一页）' }).click();
  await expect(page.getByText('共 500 页', { exact: true })).toBeVisible();
  // The first worker (装配车间): 3,000 last year, 3,300 now, the bonus and the shop's allowance.
  const first = page.getByRole('article', { name: `${WORKERS[0]!.name}的明白卡` });
  await expect(first).toContainText(masked(WORKERS[0]!.idNumber));
  await expect(first).toContainText('+300.00 元');
  await expect(first).toContainText('人民币叁仟叁佰元整');
  await expect(first).toContainText('高温岗位补贴');
  await expect(first).toContainText('1,100.00 元');
  await shot(page, '01-preview');
  // A worker of another shop, found by name: no allowance.
  const other = WORKERS[1]!;
  await page.getByLabel('查找职工（姓名、工号或班组）').fill(other.name);
  await page.getByRole('button', { name: `预览 ${other.name} 的明白卡` }).click();
  const sheet = page.getByRole('article', { name: `${other.name}的明白卡` });
  await expect(sheet).toContainText(`${other.group}`);
  await expect(sheet).not.toContainText('高温岗位补贴');
  await expect(sheet).not.toContainText(WORKERS[0]!.name);
  await shot(page, '02-found');

  // The print dialog is the browser's; here it only counts, and page.pdf() prints as the dialog would.
  await page.evaluate(() => {
    const w = window as unknown as { print: () => void; printAsked: number };
    w.printAsked = 0;
    w.print = () => void (w.printAsked += 1);
  });
  await page.getByRole('button', { name: '打印全部（500 页）' }).click();
  const status = page.locator('.ws-status');
  await expect(status).toHaveText('已准备好 500 页，每人一页。', { timeout: 30_000 });
  console.log(`worker sheets: 500 sheets rendered for print in ${await status.getAttribute('data-prepare-ms')} ms`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printAsked: number }).printAsked)).toBe(1);
  await shot(page, '03-ready');

  const pdf = join(DIR, 'sheets.pdf');
  const started = Date.now();
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  console.log(`worker sheets: 500 pages printed to PDF in ${Date.now() - started} ms`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+500$/m);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, 'test-results/screens/workerSheets-pdf']);
  for (const n of [1, 2, 250, 500]) {
    const text = execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const own = WORKERS[n - 1]!;
    expect(text, `page ${n}`).toContain(own.name);
    expect(text, `page ${n}`).toContain(masked(own.idNumber));
    expect(text, `page ${n}`).not.toContain(own.idNumber);
    const others = WORKERS.filter((w) => w !== own && (text.includes(w.name) || text.includes(masked(w.idNumber)) || text.includes(w.number)));
    expect(others.map((w) => w.name), `page ${n}`).toEqual([]);
  }
});
