// 产值与工资测算 with the reference case (a new round starts empty; its March 2020 round carries the
// model): the report's indices, the March 2020 base wage sitting exactly on the minimum wage, a base wage
// below it blocked, the comparison exported to Excel and a chart to PNG, the edit kept after a reload;
// typing errors in Chinese, undo, a pasted column. Screenshots land in test-results/screens/scenarios-*.png.
import { mkdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { test, expect, type Page } from '@playwright/test';
import { roundCreated } from './ownCaseSteps';
import { SAMPLE, type SampleRound, roundPicked, sampleLoaded, sampleRoundOpened } from './sampleSteps';

const AGREED = '实际协议 as agreed';
/** The March 2020 round: the model every sample round carries, with the wage cut to the floor agreed. */
const ROUND: SampleRound = 'ref-2020-2';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

async function referenceCaseOpened(page: Page) {
  await sampleRoundOpened(page, '产值与工资测算', ROUND);
  await expect(page.getByRole('table', { name: '方案比较' })).toBeVisible();
  await expect(page.getByRole('region', { name: '双方确认的工资方案' })).toContainText('1,570.00');
  await expect(page.locator('.save-status')).toHaveText('已保存');
}

/** Closes the one-line notice, if one shows (its undo would take Ctrl+Z; it would sit over a screenshot). */
async function noticeClosed(page: Page) {
  const close = page.locator('.notice').getByRole('button', { name: '关闭' });
  if (await close.isVisible()) await close.click();
  await expect(page.locator('.notice')).toHaveCount(0);
}

/** The comparison's cell for one quarter, one measure and the k-th scenario (scenarios are columns). */
function comparisonCell(page: Page, quarter: string, measure: string, scenario = 0) {
  return page
    .getByRole('table', { name: '方案比较' })
    .getByRole('rowgroup', { name: quarter })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: measure, exact: true }) })
    .getByRole('cell')
    .nth(scenario);
}

function finding(page: Page, quarter: string) {
  return page.getByRole('region', { name: '最低工资核对' }).getByRole('listitem').filter({ hasText: quarter });
}

test('the reference case: indices, the floor, a blocked base wage, Excel and PNG exports, kept after a reload', async ({ page }) => {
  // A new round of the sample starts without figures, and says so.
  await sampleLoaded(page);
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await expect(page.getByRole('heading', { name: '产值与工资测算', exact: true })).toBeVisible();
  await roundCreated(page, '2022年度工资集体协商');
  await expect(page.getByText('“2022年度工资集体协商”还没有测算数据。')).toBeVisible();
  await expect(page.locator('.scenarios-empty').getByRole('button', { name: '新建空白测算' })).toBeVisible();
  await shot(page, 'scenarios-01-empty');
  // The March 2020 round carries the reference model.
  await roundPicked(page, ROUND);
  await expect(page.getByRole('table', { name: '方案比较' })).toBeVisible();
  // Agreed there: the wage cut to 1,570 from April 2020, the table the agreement prints.
  await expect(page.getByRole('region', { name: '双方确认的工资方案' }).getByRole('table')).toContainText('人民币壹仟伍佰柒拾元整');
  await expect(page.getByRole('button', { name: `${AGREED}：双方确认方案` })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.save-status')).toHaveText('已保存');

  // The report's chained output index and the agreed base wage's index, quarter by quarter.
  const quarters = ['2020年第1季度', '2020年第2季度', '2020年第3季度', '2020年第4季度'];
  const outputIndex = ['30', '24', '31.2', '49.92'];
  const baseWageIndex = ['100', '89.71', '100', '114.29'];
  await expect(page.getByRole('columnheader', { name: AGREED })).toBeVisible();
  for (const [i, quarter] of quarters.entries()) {
    await expect(comparisonCell(page, quarter, '基本工资指数')).toHaveText(baseWageIndex[i]!);
    await expect(comparisonCell(page, quarter, '产值指数')).toHaveText(outputIndex[i]!);
  }
  await expect(comparisonCell(page, '2020年第2季度', '每月基本工资（元）')).toHaveText('1,570.00');
  await expect(comparisonCell(page, '2020年第2季度', '每月基本工资（元）', 1)).toHaveText('1,750.00比第一方案 +180.00');

  // March 2020: 1570 was exactly 福鼎's tier-3 minimum wage.
  const atFloor = finding(page, '2020年第2季度');
  await expect(atFloor).toHaveCount(1);
  await expect(atFloor).toContainText('恰好等于最低工资');
  await expect(atFloor).toContainText('规则 CNT-02');
  await expect(atFloor).toContainText('《最低工资规定》第十二条');
  await expect(atFloor.getByText('1,570.00 元')).toHaveCount(2);

  // The charts load on their own; wait for all three to draw (no notice or tooltip over them).
  await expect(page.locator('.chart-frame svg.recharts-surface')).toHaveCount(3);
  await noticeClosed(page);
  await page.mouse.move(0, 0);
  await shot(page, 'scenarios-02-reference');
  const charts = page.locator('figure.chart-card');
  for (const [k, name] of ['index', 'share', 'zone'].entries()) {
    await charts.nth(k).screenshot({ path: `test-results/screens/scenarios-chart-${name}.png` });
  }

  // A chart exports as a PNG image.
  await mkdir('test-results/scenarios', { recursive: true });
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出图片 (PNG) 谈判区间：每月基本工资' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe(`${SAMPLE}-谈判区间：每月基本工资.png`);
  await pngFile.saveAs('test-results/screens/scenarios-export-zone.png');
  const pngBytes = await readFile('test-results/screens/scenarios-export-zone.png');
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1000); // width: drawn at twice the chart's size

  // Below the floor: blocked, in red, with both figures.
  await page.getByLabel(`${AGREED}，2020年第2季度，每月基本工资（元）`).fill('1500');
  const blocked = finding(page, '2020年第2季度');
  await expect(blocked).toContainText('低于最低工资');
  await expect(blocked).toContainText('不能按此签订协议');
  await expect(blocked.getByText('1,500.00 元')).toBeVisible();
  await expect(blocked.getByText('1,570.00 元')).toBeVisible();
  await expect(blocked).toHaveClass(/finding-block/);
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await shot(page, 'scenarios-03-blocked');
  await page.getByRole('region', { name: '最低工资核对' }).screenshot({ path: 'test-results/screens/scenarios-04-findings.png' });

  // The comparison table goes to Excel with Chinese headers and amounts as numbers.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`产值与工资测算-${SAMPLE}.xlsx`);
  const path = `test-results/scenarios/${file.suggestedFilename()}`;
  await file.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('方案比较')!;
  expect(sheet.getRow(1).getCell(3).value).toBe('每月基本工资（元）');
  expect(sheet.getRow(4).getCell(1).value).toBe('2020年第2季度');
  expect(sheet.getRow(4).getCell(3).value).toBe(1500);
  expect(sheet.getRow(4).getCell(3).numFmt).toBe('#,##0.00');

  // Saved: after a reload the edit is still there, and still blocked.
  await page.reload();
  await expect(page.getByLabel(`${AGREED}，2020年第2季度，每月基本工资（元）`)).toHaveValue('1500');
  await expect(finding(page, '2020年第2季度')).toContainText('低于最低工资');
});

test('typing errors are shown in Chinese and not saved; Ctrl+Z outside a field undoes; a column pastes from Excel', async ({ page }) => {
  await referenceCaseOpened(page);
  await noticeClosed(page); // a notice's own undo would take Ctrl+Z

  const wage = page.getByLabel(`${AGREED}，2020年第3季度，每月基本工资（元）`);
  await wage.fill('17五0');
  await expect(page.getByText('请输入金额（元），如 1570 或 1,570.50。')).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('有 1 处输入需要修改，改好之前不会保存。');
  await shot(page, 'scenarios-05-input-error');
  await wage.fill('1,800');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await expect(comparisonCell(page, '2020年第3季度', '每月基本工资（元）')).toHaveText('1,800.00');

  await page.getByRole('heading', { name: '产值与工资测算', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(wage).toHaveValue('1750');
  await expect(comparisonCell(page, '2020年第3季度', '每月基本工资（元）')).toHaveText('1,750.00');

  // Paste a column of quarter-on-quarter changes, one of them unreadable first.
  await page.getByText('粘贴一列（从 Excel 或 WPS 复制）').click();
  const box = page.getByLabel('粘贴环比（%），每行一个季度');
  await box.fill('-70%\n-20%\n三十\n60%\n10.00%');
  await expect(page.getByText('第 3 行“三十”：不是百分数')).toBeVisible();
  await expect(page.getByRole('button', { name: '使用这一列' })).toBeDisabled();
  await box.fill('-70%\r\n-20%\r\n30%\r\n60%\r\n10.00%\r\n');
  await expect(page.getByRole('table', { name: '粘贴预览' }).getByRole('row')).toHaveCount(6);
  await shot(page, 'scenarios-06-paste');
  await page.getByRole('button', { name: '使用这一列（5 个季度）' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已按粘贴' })).toContainText('已按粘贴的一列填入 5 个季度');
  await expect(comparisonCell(page, '2021年第1季度', '产值指数')).toHaveText('54.91');
});

test('a reload right after typing keeps the value', async ({ page }) => {
  await referenceCaseOpened(page);
  await noticeClosed(page);
  const wage = page.getByLabel(`${AGREED}，2020年第3季度，每月基本工资（元）`);
  await wage.fill('1,600');
  await page.reload(); // inside the autosave delay
  await expect(page.getByLabel(`${AGREED}，2020年第3季度，每月基本工资（元）`)).toHaveValue('1600');
  await expect(comparisonCell(page, '2020年第3季度', '每月基本工资（元）')).toHaveText('1,600.00');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  // And it is stored, not only shown: a second reload reads it from the database.
  await page.reload();
  await expect(page.getByLabel(`${AGREED}，2020年第3季度，每月基本工资（元）`)).toHaveValue('1600');
});
