// The workers' congress on site, in a fresh profile without the sample: a Kunshan plant (江苏, 320583)
// typed in with a chief on each side, a round, 60 delegates pasted; 39 present is no quorum, 41 present
// and 31 for adopts and goes into the procedure record (the timeline shows it), 30 for warns; the
// resolution's print view prints the count; the ballots and the tally sheet print.
// Screenshots: test-results/screens/congress-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { roundCreated, saved, step } from './ownCaseSteps';

const first17 = '91320583MA1X7K2P3';
const PLANT = { name: '昆山华岳精密机械有限公司', creditCode: first17 + creditCodeCheckChar(first17)!, region: '320583', round: '2027年度工资集体协商' };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/congress-${name}.png`, fullPage: true });

async function plantCreated(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(PLANT.name);
  await page.getByLabel('统一社会信用代码').fill(PLANT.creditCode);
  await page.getByLabel('搜索地区').fill(PLANT.region);
  await page.getByLabel('所在地区（区县）').selectOption(PLANT.region);
  await page.getByLabel('职工总数').fill('520');
  await page.getByLabel('法定代表人').fill('陶文华');
  await page.getByLabel('工会主席').fill('顾春燕');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: PLANT.name })).toBeVisible();
  for (const p of PEOPLE) {
    await page.getByRole('button', { name: '添加人员' }).click();
    const form = page.getByRole('form', { name: '添加协商人员' });
    await form.getByLabel('姓名').fill(p.name);
    await form.getByLabel('角色').selectOption({ label: p.role });
    await form.getByLabel('所属方').selectOption({ label: p.side });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toHaveCount(0);
  }
}

const PEOPLE = [
  { name: '顾春燕', side: '职工方', role: '首席代表' },
  { name: '许志强', side: '职工方', role: '协商代表' },
  { name: '蒋丽娟', side: '职工方', role: '协商代表' },
  { name: '陶文华', side: '企业方', role: '首席代表' },
  { name: '范建明', side: '企业方', role: '协商代表' },
  { name: '朱海涛', side: '企业方', role: '协商代表' },
  { name: '邵敏', side: '中立（记录员）', role: '记录员' },
] as const;

/** What comes before a vote: the request, the reply, the representatives and one meeting with its minutes. */
async function talksRecorded(page: Page) {
  await page.getByRole('tab', { name: '时间线' }).click();
  await step(page, '要约').getByRole('button', { name: '记录要约' }).click();
  let form = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await form.getByLabel('提出方').selectOption({ label: '职工方' });
  await form.getByLabel('发出日期').fill('2026-12-01');
  await form.getByLabel('对方收到日期').fill('2026-12-01');
  await form.getByLabel('拟协商时间').fill('2026年12月10日上午9时');
  await form.getByLabel('拟协商地点').fill('公司二楼会议室');
  await form.getByLabel('协商内容').fill('2027年度职工月基本工资标准');
  await saved(form);
  await step(page, '回应').getByRole('button', { name: '记录回应' }).click();
  form = page.getByRole('form', { name: '记录回应' });
  await form.getByLabel('回应日期').fill('2026-12-04');
  await form.getByLabel('回应结果').selectOption({ label: '同意协商' });
  await saved(form);
  await step(page, '协商代表').getByRole('button', { name: '记录协商代表' }).click();
  form = page.getByRole('form', { name: '确定协商代表' });
  const rows = form.locator('table.reps-table tbody tr');
  await expect(rows).toHaveCount(6);
  for (let i = 0; i < 6; i++) await rows.nth(i).getByRole('checkbox').first().check();
  await rows.filter({ hasText: '顾春燕' }).getByRole('checkbox', { name: '工会主席' }).check();
  await rows.filter({ hasText: '陶文华' }).getByRole('checkbox', { name: '法定代表人' }).check();
  await form.getByLabel('记录员', { exact: true }).selectOption({ label: '邵敏' });
  await form.getByLabel('职工方代表由谁确定').selectOption({ label: '工会选派' });
  await form.getByLabel('职工方代表确定日期').fill('2026-12-04');
  await saved(form);
  await step(page, '协商会议').getByRole('button', { name: '记录协商会议' }).click();
  form = page.getByRole('form', { name: '记录协商会议' });
  await form.getByLabel('会议日期').fill('2026-12-10');
  await form.getByLabel('主持方').selectOption({ label: '职工方' });
  await form.getByRole('button', { name: '添加议题' }).click();
  await form.getByRole('textbox', { name: '议题 1', exact: true }).fill('职工月基本工资');
  await form.getByLabel('议题 1：职工方要求').fill('每月 2,900 元');
  await form.getByLabel('议题 1：企业方意见').fill('同意每月 2,800 元');
  await form.getByLabel('议题 1：进展').selectOption({ label: '已达成一致' });
  await saved(form);
}

/** Sixty delegates as pasted from a spreadsheet: number, name, workshop. */
const DELEGATES = Array.from({ length: 60 }, (_, i) => `${i + 1}.\t代表${String(i + 1).padStart(2, '0')}\t${['一车间', '二车间', '三车间', '职能部门'][i % 4]}`).join('\n');

test('a congress of 60: no quorum at 39, adopted at 41 present and 31 for, exactly half warns, the resolution prints the count', async ({ page }) => {
  test.setTimeout(90_000);
  await plantCreated(page);
  await page.getByRole('link', { name: '协商程序' }).click();
  await roundCreated(page, PLANT.round);
  await page.getByRole('tab', { name: '职代会现场' }).click();

  const congress = page.getByRole('region', { name: '职工代表大会（全体职工大会）现场' });
  await congress.getByLabel('会议日期').fill('2027-01-15');
  await congress.getByLabel('会议地点').fill('公司三楼大会议室');
  await congress.getByLabel('代表（或职工）名单').fill(DELEGATES);
  await congress.getByRole('button', { name: '读入名单' }).click();
  const quorum = congress.getByTestId('congress-quorum');
  await expect(quorum).toContainText('出席 0 / 60 人');
  await expect(quorum).toContainText('法定须 40 人出席');

  // Roll call by keyboard: Space ticks the focused name, Tab moves on.
  await congress.getByRole('checkbox', { name: /^1\s*代表01/ }).focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await expect(quorum).toContainText('出席 3 / 60 人');
  // Everyone, then those not come cleared a search at a time (代表40–60), down to 39.
  await congress.getByRole('button', { name: '全部出席' }).click();
  const search = congress.getByLabel('查找姓名或车间');
  for (const q of ['代表4', '代表5', '代表6']) {
    await search.fill(q);
    await congress.getByRole('button', { name: '全部清除' }).click();
  }
  await search.fill('');
  await expect(quorum).toContainText('出席 39 / 60 人');
  await expect(quorum).toContainText('未达到法定人数：还差 1 人');
  await expect(congress.getByTestId('congress-result')).toHaveAttribute('data-outcome', 'noQuorum');
  await shot(page, '01-no-quorum');

  // The search narrows the roll; two more arrive.
  await search.fill('代表4');
  await expect(congress.getByText('显示 10 / 60 人')).toBeVisible();
  await congress.getByRole('checkbox', { name: /^40\s*代表40/ }).check();
  await congress.getByRole('checkbox', { name: /^41\s*代表41/ }).check();
  await search.fill('');
  await expect(quorum).toContainText('出席 41 / 60 人');
  await expect(quorum).toContainText('已达到法定人数');

  await congress.getByLabel('同意').fill('31');
  await congress.getByLabel('反对').fill('7');
  await congress.getByLabel('弃权').fill('2');
  await congress.getByLabel('废票').fill('1');
  const result = congress.getByTestId('congress-result');
  await expect(result).toHaveAttribute('data-outcome', 'adopted');
  await expect(result).toContainText('同意 31 票，超过全体 60 人的半数：草案通过');
  await shot(page, '02-adopted');

  // Before any meeting the record refuses a vote (MTG-04), and says so; the sitting is kept meanwhile.
  await congress.getByRole('button', { name: '记录到程序' }).click();
  await expect(congress.getByRole('alert')).toContainText('MTG-04');
  await talksRecorded(page);
  await page.getByRole('tab', { name: '职代会现场' }).click();
  await expect(result).toHaveAttribute('data-outcome', 'adopted');
  await congress.getByRole('button', { name: '记录到程序' }).click();
  await expect(congress.getByText('已记录为程序中的第 1 次表决')).toBeVisible();
  await page.getByRole('tab', { name: '时间线' }).click();
  const vote = step(page, '职代会表决');
  await expect(vote).toContainText('60');
  await expect(vote).toContainText('41');
  await expect(vote).toContainText('31');
  await expect(vote.locator('.proc-finding-block').filter({ hasText: /RAT-0[237]/ })).toHaveCount(0);
  await shot(page, '03-timeline');

  // The resolution fills from the count, in the print view the documents screen prints.
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '打印预览：职工代表大会决议' }).click();
  const sheet = page.locator('.doc-sheet');
  await expect(sheet).toContainText('公司三楼大会议室');
  const table = sheet.getByRole('table').first();
  for (const figure of ['60 人', '41 人', '31 票', '7 票', '2 票', '无记名投票']) await expect(table).toContainText(figure);
  await expect(sheet).toContainText('赞成票超过全体代表的半数');
  await shot(page, '04-resolution');

  // Exactly half of all for: not adopted, warned in the sitting and on the timeline once recorded again.
  await page.getByRole('link', { name: '协商程序' }).click();
  await page.getByRole('tab', { name: '职代会现场' }).click();
  await congress.getByLabel('同意').fill('30');
  await congress.getByLabel('反对').fill('8');
  await expect(result).toHaveAttribute('data-outcome', 'exactlyHalf');
  await expect(result).toContainText('恰好是全体 60 人的半数');
  await congress.getByRole('button', { name: '更新程序中的表决' }).click();
  await expect(congress.getByText('已记录为程序中的第 1 次表决')).toBeVisible();
  await expect(congress.getByRole('button', { name: '已记录到程序' })).toBeDisabled();
  await shot(page, '05-exactly-half');
  await page.getByRole('tab', { name: '时间线' }).click();
  await expect(vote.locator('.proc-finding-warn').filter({ hasText: 'RAT-03' })).toContainText('恰好半数');

  // The paper: the tally sheet with the roll to sign, and the ballots.
  await page.getByRole('tab', { name: '职代会现场' }).click();
  await congress.getByRole('button', { name: '打印计票单' }).click();
  const tally = page.locator('.doc-sheet');
  await expect(tally).toContainText('计票单');
  await expect(tally).toContainText('应到代表 60 人，实到代表 41 人');
  await expect(tally).toContainText('监票人（签字）');
  await expect(tally).toContainText('代表60');
  await expect(tally).toContainText('《昆山华岳精密机械有限公司工资专项集体合同》（草案）的表决');
  await page.emulateMedia({ media: 'print' });
  await shot(page, '06-tally-print');
  await page.emulateMedia({ media: null });
  await page.getByRole('button', { name: '返回现场' }).click();
  await congress.getByRole('button', { name: '打印表决票' }).click();
  await expect(page.locator('.doc-sheet')).toContainText('共 60 张');
  // Printed as the desktop app prints (Chromium's printToPDF): three ballots to a page, 20 pages.
  const pdf = join(mkdtempSync(join(tmpdir(), 'wagedesk-congress-')), 'ballots.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+20\b/);
  execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, 'test-results/screens/congress-07-ballots']);
});
