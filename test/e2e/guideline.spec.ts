// The numbers a chair brings to the table, from an empty profile: a Guangzhou plant (广东, 天河区 440106,
// tier 1 of Guangdong's shipped minimum-wage table: 2,500 元 a month) created through the screens. Bad
// economy files (a negative line, an unknown region code, overlapping periods) are refused in Chinese
// with nothing stored (the shipped figures, such as 广东's 2023 CPI with its source, show beside them, and
// no 广东 guideline ships); the province's 2027 guideline, the 2026 CPI and average wage are typed in Settings
// from the notice the chair holds; then each scenario's 测算说明 shows its raise against the lines, the
// floor check beside them, and prints on its own (PDF text checked); then 附测算说明 on the request letter
// puts the same figures, each with its source and 未核实, in an annex of the letter's .docx (LibreOffice →
// text checked; its page rendered to test-results/screens/guideline-annex-*.png); the choice is kept with the
// round, so the documents list's Word download, a reload and the command line's copy of the exported case
// carry the same annex. Screenshots: test-results/screens/guideline-*.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { type Own, OWN, enterpriseCreated, guidelineFilled, peopleAdded, roundCreated, saved, step } from './ownCaseSteps';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-guideline-'));
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/guideline-${name}.png`, fullPage: true });

const first17 = '91440106MA5D2K8P0';
const GZ: Own = {
  ...OWN,
  name: '广州恒裕电子科技有限公司',
  creditCode: first17 + creditCodeCheckChar(first17)!,
  region: '440106',
  witness: '广州市天河区总工会',
  address: '广东省广州市天河区科韵路16号',
  round: '2027年度工资集体协商',
  regionName: '广东省广州市天河区',
  province: '44',
};
const QUARTERS = ['2027年第1季度', '2027年第2季度', '2027年第3季度', '2027年第4季度'] as const;

const guideline = { region: '44', year: 2027, effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31', baselineBp: 500, upperBp: 750, lowerBp: 250 };
const economyFile = (guidelines: readonly object[], extra: object = {}) =>
  Buffer.from(JSON.stringify({ format: 'wagedesk.economy', version: 1, guidelines, ...extra }), 'utf8');

/** The written request (要约) of the workers' side: what the request letter prints. */
async function requestRecorded(page: Page) {
  await step(page, '要约').getByRole('button', { name: '记录要约' }).click();
  const form = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await form.getByLabel('提出方').selectOption({ label: '职工方' });
  await form.getByLabel('发出日期').fill('2026-12-01');
  await form.getByLabel('拟协商时间').fill('2026年12月18日上午9时');
  await form.getByLabel('拟协商地点').fill(OWN.place);
  await form.getByLabel('协商内容').fill('2027年度职工月基本工资标准');
  await saved(form);
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const path = join(DIR, name);
  await (await pending).saveAs(path);
  return path;
}

/** The .docx through LibreOffice to PDF (its own soffice profile, so it never waits on another), as text. */
function libreOfficePdf(path: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'wagedesk-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', DIR, path], { stdio: 'ignore', timeout: 180_000 });
  return path.replace(/\.docx$/, '.pdf');
}

/** The body text of a .docx (word/document.xml without its tags). */
function docxText(path: string): string {
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

async function imported(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('选择经济数据文件（.json）').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('a Guangzhou scenario checked against its floor and the province guideline, on screen and printed', async ({ page }) => {
  test.setTimeout(240_000);
  await enterpriseCreated(page, GZ);
  await peopleAdded(page);

  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '工资指导线与经济数据' });
  // Shipped: 广东's 2023 CPI with where it was read, unverified (a reprint), and no 广东 guideline.
  await expect(card).not.toContainText('还没有任何数据');
  const shippedPrices = card.getByRole('table', { name: '居民消费价格指数（上年同比）' }).getByRole('row').filter({ hasText: '广东省 (44)' }).filter({ hasText: '2023' });
  await expect(shippedPrices).toContainText('+0.40%');
  await expect(shippedPrices).toContainText('国家统计局广东调查总队发布2023年12月及全年广东物价数据（转载页） · 未核实 · 内置');
  await expect(card.getByRole('table', { name: '企业工资指导线' }).getByRole('row').filter({ hasText: '广东省 (44)' })).toHaveCount(0);
  // Bad files are refused whole, in Chinese, naming the field; nothing is stored.
  await imported(page, 'negative.json', economyFile([{ ...guideline, lowerBp: -100 }]));
  await expect(card.getByRole('alert')).toHaveText('工资指导线和平均工资不能为负数（guidelines.0.lowerBp）。没有保存任何数据。');
  await imported(page, 'region.json', economyFile([{ ...guideline, region: '99' }]));
  await expect(card.getByRole('alert')).toHaveText('地区代码 99 不是中国的行政区划（guidelines.0.region）。没有保存任何数据。');
  await imported(page, 'overlap.json', economyFile([guideline, { ...guideline, year: 2028, effectiveFrom: '2027-07-01', effectiveTo: null }]));
  await expect(card.getByRole('alert')).toContainText('44 的两条工资指导线适用期间重叠');
  await expect(card).not.toContainText('用户添加');
  await card.screenshot({ path: 'test-results/screens/guideline-01-refused.png' });

  // The chair types the figures from the notices they hold.
  const add = await guidelineFilled(page, { region: '44', year: '2027', from: '2027-01-01', baseline: '5', upper: '7.5', lower: '-1', source: '广东省2027年企业工资指导线（按通知录入）' });
  await add.getByRole('button', { name: '添加' }).click();
  await expect(card.getByRole('alert')).toHaveText('工资指导线和平均工资不能为负数（guidelines.0.lowerBp）。没有保存任何数据。');
  await add.getByLabel('下线（%，可不填）').fill('2.5');
  await add.getByRole('button', { name: '添加' }).click();
  await expect(card.getByRole('status')).toHaveText('已添加 广东省 (44) 2027 年的工资指导线。');
  const prices = card.getByRole('form', { name: '添加居民消费价格指数' });
  await prices.getByLabel('地区代码（省为前两位，如浙江 33、广东 44）').fill('44');
  await prices.getByLabel('年度（如 2026）').fill('2026');
  await prices.getByLabel('比上年涨幅（%，可为负）').fill('0.4');
  await prices.getByLabel('来源（通知或公报名称、文号）').fill('广东省2026年统计公报（按公报录入）');
  await prices.getByRole('button', { name: '添加' }).click();
  await expect(card.getByRole('status')).toContainText('居民消费价格指数');
  const average = card.getByRole('form', { name: '添加职工平均工资' });
  await average.getByLabel('地区代码（省为前两位，如浙江 33、广东 44）').fill('44');
  await average.getByLabel('年度（如 2026）').fill('2026');
  await average.getByLabel('年平均工资（元）').fill('120,000');
  await average.getByLabel('来源（通知或公报名称、文号）').fill('广东省2026年平均工资公布（按公报录入）');
  await average.getByRole('button', { name: '添加' }).click();
  await expect(card.getByRole('status')).toContainText('平均工资');
  const lines = card.getByRole('table', { name: '企业工资指导线' });
  await expect(lines.getByRole('row').filter({ hasText: '广东省 (44)' })).toContainText('5.00% / 7.50% / 2.50%');
  await expect(lines).toContainText('未核实 · 用户添加');
  await card.screenshot({ path: 'test-results/screens/guideline-02-settings.png' });
  await page.reload();
  await expect(page.getByRole('region', { name: '工资指导线与经济数据' }).getByRole('table', { name: '企业工资指导线' })).toContainText('5.00% / 7.50% / 2.50%');

  // A round and its model: two scenarios raising the base wage from 2,600 元 in 2027-Q1.
  await page.getByRole('link', { name: '协商程序' }).click();
  await roundCreated(page, GZ.round);
  await requestRecorded(page);
  // 广东's regulation sets its own reply period, not confirmed in its text: the national 20 days count, and
  // the next deadline says so.
  const next = page.locator('.next-deadline');
  await expect(next.getByRole('note')).toContainText('本省《广东省企业集体合同条例》另有规定：30 日');
  await next.screenshot({ path: 'test-results/screens/guideline-00-deadline.png' });
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await page.getByRole('button', { name: '新建空白测算' }).click();
  await expect(page.getByRole('table', { name: '方案比较' })).toBeVisible();
  await page.getByLabel('基期年份').selectOption({ label: '2026年' });
  await page.getByLabel('基期季度').selectOption({ label: '第4季度' });
  await page.getByLabel('基期产值（2026年第4季度，万元）').fill('1,000');
  for (const [i, change] of ['2', '2', '2', '2'].entries()) await page.getByLabel(`${QUARTERS[i]}，环比（%）`).fill(change);
  await page.getByRole('button', { name: '增加方案' }).click();
  const wages = { 方案1: ['2,600', '2,730', '2,730', '2,730'], 方案2: ['2,600', '2,450', '2,450', '2,450'] };
  for (const [scenario, list] of Object.entries(wages)) {
    for (const [i, q] of QUARTERS.entries()) await page.getByLabel(`${scenario}，${q}，每月基本工资（元）`).fill(list[i]!);
  }
  await expect(page.locator('.save-status')).toHaveText('已保存');

  const explanation = page.getByRole('region', { name: '测算说明' });
  const first = explanation.getByRole('listitem').filter({ hasText: '方案：方案1' });
  await expect(first).toContainText('月基本工资由 2,600.00 元 调至 2,730.00 元，增长 +5.00%');
  await expect(first).toContainText('广东省2027年企业工资指导线：基准线 5.00%，上线 7.50%，下线 2.50%');
  await expect(first).toContainText('增幅达到基准线，未超过上线。');
  await expect(first).toContainText('2026年居民消费价格比上年 +0.40%');
  await expect(first).toContainText('2026年职工年平均工资 120,000.00 元');
  await expect(first).toContainText('企业产值同期增长 +6.12%');
  await expect(first).toContainText('高于最低工资 2,500.00 元');
  const second = explanation.getByRole('listitem').filter({ hasText: '方案：方案2' });
  await expect(second).toContainText('增长 -5.77%');
  await expect(second).toContainText('增幅低于下线。');
  await expect(second).toContainText('低于最低工资 2,500.00 元');
  await explanation.screenshot({ path: 'test-results/screens/guideline-03-explanation.png' });
  await shot(page, '04-scenarios');

  // Printed: only the explanation is on the page (the print dialog is the browser's; here it only counts).
  await page.evaluate(() => {
    const w = window as unknown as { print: () => void; printAsked: number };
    w.printAsked = 0;
    w.print = () => void (w.printAsked += 1);
  });
  await explanation.getByRole('button', { name: '打印测算说明' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printAsked: number }).printAsked)).toBe(1);
  const pdf = join(DIR, 'explanation.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain(`${GZ.name}工资集体协商测算说明`);
  expect(text).toContain('基准线5.00%，上线7.50%，下线2.50%');
  expect(text).toContain('高于最低工资2,500.00元');
  expect(text).toContain('低于最低工资2,500.00元');
  expect(text).not.toContain('方案比较');
  expect(text).not.toContain('打印测算说明');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, 'test-results/screens/guideline-05-pdf']);
  await explanation.getByRole('button', { name: '返回' }).click();

  // Attached to the request letter: none by default; with 方案1 chosen, the print view and the .docx carry
  // the annex with the same figures, each with its source and 未核实.
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '打印预览：工资集体协商要约书' }).click();
  const attach = page.getByLabel('附测算说明');
  const sheet = page.getByRole('article', { name: '工资集体协商要约书' });
  await expect(attach).toHaveValue('');
  await expect(sheet).not.toContainText('测算说明');
  await attach.selectOption('方案1');
  await expect(page.getByText('已附方案“方案1”的测算说明（最后一页）')).toBeVisible();
  await expect(sheet).toContainText('附件：测算说明');
  await expect(sheet).toContainText('广东省2027年企业工资指导线（按通知录入）（未核实）');
  await shot(page, '06-letter-annex');
  const docx = await download(page, () => page.getByRole('button', { name: '下载 Word 文件 (.docx)' }).click(), 'letter.docx');
  const letterPdf = libreOfficePdf(docx);
  const letter = execFileSync('pdftotext', [letterPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [
    '附件：广州恒裕电子科技有限公司工资集体协商测算说明（方案：方案1）',
    '附件：测算说明',
    '2027年第一季度至第四季度',
    '2,600.00元→2,730.00元', '+5.00%',
    '工资指导线基准线（2027年广东省）', '5.00%', '7.50%', '2.50%', '达到基准线，未超过上线',
    '居民消费价格涨幅（2026年）', '+0.40%', '+4.60个百分点',
    '120,000.00元（月均10,000.00元）',
    '+6.12%',
    '2,500.00元', '高于最低工资',
    '广东省2027年企业工资指导线（按通知录入）（未核实）',
    '广东省2026年统计公报（按公报录入）（未核实）',
  ]) expect(letter, expected).toContain(expected);
  expect(letter).not.toContain('未录入，不作推测');
  const pages = execFileSync('pdfinfo', [letterPdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]!;
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', pages, '-l', pages, letterPdf, 'test-results/screens/guideline-annex']);
  // The choice is kept with the round: the documents list's own Word download carries the same annex, and
  // after a reload the letter still has it.
  await page.getByRole('button', { name: '返回文书列表' }).click();
  const listDocx = await download(page, () => page.getByRole('button', { name: '下载 Word 文件 (.docx)：工资集体协商要约书' }).click(), 'list-letter.docx');
  expect(docxText(listDocx)).toBe(docxText(docx));
  await page.reload();
  await page.getByRole('button', { name: '打印预览：工资集体协商要约书' }).click();
  await expect(attach).toHaveValue('方案1');
  await expect(sheet).toContainText('附件：测算说明');
  await page.getByRole('button', { name: '返回文书列表' }).click();

  // The round as a case file keeps the figures of its region and the choice: the command line prints the
  // same annex from it alone, without being told which scenario.
  await page.getByRole('link', { name: '企业与人员' }).click();
  await page.getByRole('link', { name: new RegExp(GZ.name) }).click();
  const casePath = await download(page, () => page.getByRole('button', { name: `导出个案文件：${GZ.round}` }).click(), 'case.json');
  const kept = JSON.parse(readFileSync(casePath, 'utf8')) as { economy: { guidelines: { region: string; baselineBp: number }[] } };
  expect(kept.economy.guidelines).toMatchObject([{ region: '44', baselineBp: 500 }]);
  const cliDocx = join(DIR, 'cli-letter.docx');
  execFileSync(join('node_modules', '.bin', 'tsx'), ['cli/index.ts', 'render', casePath, '--doc', 'request-letter', '--out', cliDocx], { encoding: 'utf8' });
  expect(docxText(cliDocx)).toBe(docxText(docx));

  // Taken off again: the letter goes without the annex.
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '打印预览：工资集体协商要约书' }).click();
  await attach.selectOption('');
  await expect(sheet).not.toContainText('测算说明');
  await page.getByRole('button', { name: '返回文书列表' }).click();

  // Without the province's lines the explanation says unknown, never guesses, and links to where they are entered.
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '删除 广东省 (44) 2027 年的工资指导线' }).click();
  await expect(page.getByRole('region', { name: '工资指导线与经济数据' }).getByRole('status')).toHaveText('已删除。');
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  const unknown = page.getByRole('region', { name: '测算说明' }).getByRole('listitem').filter({ hasText: '方案：方案1' });
  await expect(unknown).toContainText('2027年工资指导线：未知');
  await expect(unknown).toContainText('高于最低工资 2,500.00 元');
  // The letter's annex says the same: 未知 for the lines, the CPI and average wage still with their sources.
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '打印预览：工资集体协商要约书' }).click();
  await page.getByLabel('附测算说明').selectOption('方案1');
  const annexRows = page.getByRole('article', { name: '工资集体协商要约书' }).getByRole('row');
  await expect(annexRows.filter({ hasText: '工资指导线基准线（2027年）' })).toContainText('未知');
  await expect(annexRows.filter({ hasText: '居民消费价格涨幅（2026年）' })).toContainText('+0.40%');
  // The sidebar's link (the documents list links there too, for what a document still needs).
  await page.getByRole('link', { name: '产值与工资测算' }).first().click();
  await unknown.getByRole('link', { name: '去录入' }).click();
  await expect(page.getByRole('region', { name: '工资指导线与经济数据' })).toBeVisible();
});
