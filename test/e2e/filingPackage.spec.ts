// The filing package of a user's own signed round, in a fresh profile without the sample: an Anhui machinery
// plant (合肥市蜀山区, 340104) typed in, its people, the province's minimum wage, a round from the request to
// the signing, the agreed scenario, the document details, the agreement signed on screen; then 报送材料包: the
// checklist all ready with the deadline, 打印全部 as one PDF whose text has every part in filing order (the
// cover sheet, three whole copies of the agreement, the resolution, the representatives' list, the note), and
// the .zip of numbered .docx parts. Screenshots and page images: test-results/screens/filing-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { OWN, type Own, detailsEntered, drawn, enterpriseCreated, minimumWageEntered, modelEntered, peopleAdded, procedureRecorded, roundCreated } from './ownCaseSteps';

const first17 = '91340104MA2T5K8N3';
const ANHUI: Own = {
  ...OWN,
  name: '合肥皖江精密机械有限公司',
  creditCode: first17 + creditCodeCheckChar(first17)!,
  region: '340104',
  headcount: '120',
  women: '28',
  legalRep: '钱国平',
  witness: '合肥市蜀山区总工会',
  address: '安徽省合肥市蜀山区望江西路520号',
  authority: '合肥市蜀山区人力资源和社会保障局',
  regionName: '安徽省合肥市蜀山区',
  province: '34',
  wageBasis: '皖人社秘〔2025〕测试号',
};

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-filing-'));
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/filing-${name}.png` });

test('the filing package of a user\'s own signed round prints as one PDF with every part, in order', async ({ page }) => {
  test.setTimeout(180_000);
  await enterpriseCreated(page, ANHUI);
  await peopleAdded(page);
  await minimumWageEntered(page, ANHUI);
  await page.getByRole('link', { name: '协商程序' }).click();
  await roundCreated(page, OWN.round);
  await procedureRecorded(page);
  await modelEntered(page);
  await detailsEntered(page, ANHUI);

  // Before the agreement is signed on screen the package says so, and leads to signing it.
  await page.getByRole('button', { name: '报送材料包' }).click();
  await expect(page.getByText('协议尚未定稿签署：打印件带草稿标记')).toBeVisible();
  await expect(page.getByText('材料尚未齐备：补全后再打印报送。')).toBeVisible();
  await shot(page, '00-unsigned');
  await page.getByRole('button', { name: '去定稿并签署' }).click();
  await page.getByRole('button', { name: '定稿并签署' }).click();
  const dialog = page.getByRole('dialog', { name: '签署第 1 版' });
  await drawn(page, '职工方首席代表签名区', 1);
  await drawn(page, '企业方首席代表签名区', 2);
  await dialog.getByRole('button', { name: '保存签名' }).click();
  await expect(page.getByText(/第 1 版已签署，文本指纹/)).toBeVisible();
  await page.getByRole('button', { name: '返回文书列表' }).click();

  await page.getByRole('button', { name: '报送材料包' }).click();
  const checklist = page.getByRole('table', { name: '报送材料清单' });
  await expect(checklist.getByRole('row')).toHaveCount(6);
  await expect(checklist.getByText('齐备', { exact: true })).toHaveCount(5);
  await expect(page.getByText('材料齐备，可以打印报送。')).toBeVisible();
  // Signed 2026-11-23: 7 days (WCM 21) to 2026-11-30; the record says it went in on 2026-11-25.
  await expect(page.locator('.filing-deadline')).toHaveText('已于 2026-11-25 报送，在期限 2026-11-30 内。');
  await expect(checklist.getByRole('row', { name: /工资专项集体合同/ })).toContainText('3 份');
  await shot(page, '01-checklist');

  const pdf = join(DIR, 'package.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, 'test-results/screens/filing-page']);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '');
  const at = (needle: string, from = 0) => {
    const i = text.indexOf(needle, from);
    expect(i, needle).toBeGreaterThanOrEqual(from);
    return i;
  };
  const cover = at('工资专项集体合同报送审查登记表');
  const copies = [...text.matchAll(/第一章总则/g)].map((m) => m.index);
  expect(copies).toHaveLength(3);
  expect(copies[0]).toBeGreaterThan(cover);
  // Each copy is whole: it ends with its signature block and the fingerprint of the signed text.
  expect([...text.matchAll(/文本指纹（SHA-256）/g)]).toHaveLength(3);
  const resolution = at('职工代表大会决议', copies[2]);
  const reps = at('工资集体协商双方协商代表名单', resolution);
  const note = at('情况说明', reps);
  at('共120人', note);
  expect(text).toContain(ANHUI.name);
  for (const word of ['隆祥', '福鼎']) expect(text).not.toContain(word);

  // The .docx parts, one .zip named with the enterprise and the date.
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 .docx（压缩包）' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${ANHUI.name}-报送材料-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const zipPath = join(DIR, 'package.zip');
  await download.saveAs(zipPath);
  expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zipPath))))).toEqual([
    '01-报送审查登记表.docx', '02-工资专项集体合同（一式3份）.docx', '03-职工代表大会决议.docx', '04-协商代表名单.docx', '05-情况说明.docx',
  ]);

  // The same screen in English: the UI's words change, the documents stay Chinese.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Filing package (for review by the labour administration)' })).toBeVisible();
  await expect(page.locator('.filing-deadline')).toHaveText('Filed on 2026-11-25, within the deadline of 2026-11-30.');
  await shot(page, '02-english');
});
