// 与上一份协议比较 in the browser edition: the sample's second wage agreement (ref-2020-2, a cut from
// 1,750 to 1,570 元) against the first, as a summary and a redline on screen, as a .docx with Word tracked
// changes, and printed to PDF (old struck, new underlined). Screenshots land in
// test-results/screens/redline-*.png, the printed pages in test-results/redline/.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import { sampleRoundOpened } from './sampleSteps';

const OUT = 'test-results/redline';
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `test-results/screens/redline-${name}.png`, fullPage });

test('ref-2020-2 against ref-2020-1: summary, redline, tracked-changes .docx, print', async ({ page }) => {
  await sampleRoundOpened(page, '协议文书', 'ref-2020-2');
  const open = page.getByRole('button', { name: '与上一份协议比较：工资专项集体合同' });
  await expect(open).toBeVisible();
  await shot(page, '01-list');

  await open.click();
  const view = page.getByRole('heading', { name: '与上一份协议比较：工资专项集体合同', level: 2 });
  await expect(view).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '与上一轮' })).toHaveText('与上一轮的草稿比较（上一轮：2020年初工资协议（第一份工资协议），协议尚未定稿）');

  // The summary: the counts and the wage, old → new.
  const summary = page.getByRole('region', { name: '改动概要' });
  await expect(summary).toContainText('条款：修改 2 条，新增 2 条，删除 0 条；另有 26 条只是条号变动');
  const wage = summary.getByRole('listitem').filter({ hasText: '月基本工资' });
  await expect(wage).toContainText(/1,750\.00 元.*→.*1,570\.00 元/);
  await expect(wage.locator('del')).toContainText('1,750.00 元');
  await expect(wage.locator('ins')).toContainText('1,570.00 元');

  // The text: in the wage table the old amount is in <del>, the new in <ins>, struck and underlined.
  const sheet = page.getByRole('article', { name: '工资专项集体合同' });
  const cell = sheet.locator('td.doc-redline-cell-changed').filter({ has: page.locator('del', { hasText: '1,750.00 元' }) });
  await expect(cell).toHaveCount(1);
  await expect(cell.locator('del')).toContainText('1,750.00 元');
  await expect(cell.locator('ins')).toContainText('1,570.00 元');
  expect(await cell.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
  expect(await cell.locator('ins').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
  await cell.scrollIntoViewIfNeeded();
  await shot(page, '02-view');

  // An unchanged article opens from the keyboard.
  const fold = sheet.locator('details.doc-redline-fold').filter({ has: page.locator('summary ins', { hasText: '十一' }) }).first();
  await fold.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveAttribute('open', '');
  await fold.scrollIntoViewIfNeeded();
  await shot(page, '03-unfolded');

  // The .docx: Word tracked changes, the old wage deleted and the new inserted.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修订版 Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe('福建隆祥皮革有限公司-工资专项集体合同-修订稿（与上一轮比较）.docx');
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toContain('<w:ins ');
  expect(xml).toContain('<w:del ');
  expect(xml).toMatch(/<w:del [^>]*w:author="福建隆祥皮革有限公司工会"[^>]*>.*?<w:delText[^>]*>1,750.00<\/w:delText>/s);
  expect(xml).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*<w:t[^>]*>1,570.00<\/w:t>/s);

  // Printed: the basis, the summary and the redline; no toolbar.
  await mkdir(OUT, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await shot(page, '04-print-media', true);
  const pdf = `${OUT}/redline.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  expect(text).toContain('与上一轮的草稿比较');
  expect(text.replace(/\s+/g, '')).toMatch(/1,750\.00元.*?→.*?1,570\.00元/);
  expect(text).not.toContain('下载修订版');
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '3', '-png', pdf, `${OUT}/page`]);
});
