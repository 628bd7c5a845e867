// 协议文书 with the reference case's rounds: the Spring Festival round's wage agreement downloaded as
// .docx and printed to PDF from the A4 print view (company name, amounts in figures and capitals, the red
// 草稿 mark, 第1页 in the footer), signed on screen with drawn signatures (fingerprint and QR code on
// every page, draft mark gone), the fingerprint verified; the job-retention round's agreement in
// capitals, then a change to the enterprise making its version 2 and voiding version 1's signatures.
// PDFs and screenshots land in test-results/ (screens/documents-*.png, documents-*.pdf/png).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { ROUNDS, SAMPLE, type SampleRound, sampleEnterpriseOpened, sampleRoundOpened } from './sampleSteps';

const OUT = 'test-results/documents';
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `test-results/screens/documents-${name}.png`, fullPage });

/** The page printed to PDF as the print dialog would (print CSS, A4 @page), its text, and PNGs to look at. */
async function printedText(page: Page, name: string): Promise<string> {
  await mkdir(OUT, { recursive: true });
  const pdf = `${OUT}/${name}.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, `${OUT}/${name}`]);
  return execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/** 协议文书 of one of the sample's rounds; its own agreement is listed first, marked 本轮协议. */
async function documentsOpened(page: Page, round: SampleRound, main: string) {
  await sampleRoundOpened(page, '协议文书', round);
  await expect(page.getByRole('rowheader', { name: `${main} 本轮协议`, exact: true })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText(main);
}

/** Drags a zig-zag across a signature box, as a hand with a mouse would. */
async function drawSignature(page: Page, label: string, seed: number) {
  const box = (await page.getByRole('img', { name: label }).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 20 + i * ((box.width - 40) / 12), box.y + box.height / 2 + (i % 2 ? -1 : 1) * (15 + seed * 5), { steps: 4 });
  }
  await page.mouse.up();
}

test('the wage agreement: .docx, printed draft, drawn signatures, fingerprint and QR, verified', async ({ page }) => {
  await documentsOpened(page, 'ref-2021-1', '工资专项集体合同');
  await expect(page.getByText(/参考案例的原始报道没有给出/)).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(9); // header + eight templates
  // What this round cannot make says what it lacks, each linked to where it is entered.
  const retention = page.getByRole('row', { name: /^保岗协议/ });
  await expect(retention).toContainText('无法生成');
  await expect(retention).toContainText('还缺：停工放假期间保底工资条款');
  await expect(retention.getByRole('button', { name: /打印预览/ })).toHaveCount(0);
  await retention.getByText(/^还缺：/).click();
  await expect(retention.getByRole('link', { name: '去填写（协议条款）' })).toHaveAttribute('href', /\/ref-2021-1\/terms$/);
  await expect(retention.getByRole('link', { name: '去填写（文书要素）' })).toBeVisible();
  // The round's bundle for the federation waits until its agreement is frozen.
  await page.getByRole('button', { name: '导出报送包（交总工会）' }).click();
  let bundle = page.getByRole('dialog', { name: /的报送包$/ });
  await expect(bundle.getByRole('alert')).toContainText('本轮协议（工资专项集体合同）还没有定稿');
  await expect(bundle.getByRole('button', { name: '导出' })).toBeDisabled();
  await bundle.getByRole('button', { name: '取消' }).click();
  await expect(bundle).toHaveCount(0);
  await shot(page, '01-list');

  // Download: a real .docx (a zip) of some size.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件 (.docx)：工资专项集体合同' }).click()]);
  expect(download.suggestedFilename()).toMatch(/工资专项集体合同-草稿\.docx$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

  // The print view of the draft.
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  await expect(page.getByRole('article', { name: /工资专项集体合同/ })).toBeVisible();
  await expect(page.locator('.doc-draft-mark')).toHaveText('草稿 · 未签署');
  await shot(page, '02-draft-preview');
  const draft = await printedText(page, 'wage-draft');
  expect(draft).toContain(SAMPLE);
  expect(squeezed(draft)).toContain('2,000.00元（大写：人民币贰仟元整）');
  expect(draft).toContain('草稿');
  expect(squeezed(draft)).toContain('第1页共');
  // Only the document prints: no navigation, no toolbar.
  expect(draft).not.toContain('总工会工作台');
  expect(draft).not.toContain('定稿并签署');

  // Sign: freeze the text, then the three parties sign with the mouse.
  await page.getByRole('button', { name: '定稿并签署' }).click();
  const dialog = page.getByRole('dialog', { name: '签署第 1 版' });
  await expect(dialog).toBeVisible();
  await drawSignature(page, '职工方首席代表签名区', 0);
  await drawSignature(page, '企业方首席代表签名区', 1);
  await drawSignature(page, '见证人签名区', 2);
  await dialog.getByRole('group', { name: /见证人/ }).getByLabel('签字人姓名').fill('王见证');
  await shot(page, '03-signing', false); // a modal dialog: the window as the user sees it
  await dialog.getByRole('button', { name: '保存签名' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/第 1 版已签署，文本指纹/)).toBeVisible();
  await expect(page.locator('.doc-draft-mark')).toHaveCount(0);
  await expect(page.locator('.doc-watermark')).toHaveCount(0);
  await expect(page.locator('.doc-signature-img')).toHaveCount(3);
  const short = (await page.locator('.doc-fingerprint-short').textContent())!;
  expect(short).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
  const full = (await page.locator('.doc-fingerprint-full').textContent())!;
  expect(full.startsWith(short.replace(/-/g, ''))).toBe(true);
  await expect(page.getByRole('img', { name: `二维码：完整文本指纹 ${full}` })).toBeVisible();
  await shot(page, '04-signed-preview');
  const signed = await printedText(page, 'wage-signed');
  expect(signed).not.toContain('草稿');
  const pages = squeezed(signed).match(/第\d+页共(\d+)页/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
  // The short fingerprint on every page, the full one at the end.
  expect(signed.split(`文本指纹：${short}`).length - 1).toBe(pages.length);
  expect(squeezed(signed)).toContain(full);

  // The signed .docx carries the fingerprint in its footer.
  const [signedDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件 (.docx)' }).click()]);
  expect(signedDownload.suggestedFilename()).toMatch(/第1版\.docx$/);
  const signedDocx = (await signedDownload.path())!;

  // 核验: the short form typed in, a wrong one, and the downloaded file.
  await page.getByRole('button', { name: '返回文书列表' }).click();
  await expect(page.getByRole('row', { name: /工资专项集体合同/ })).toContainText('已签署（第 1 版）');
  await page.getByRole('button', { name: '导出报送包（交总工会）' }).click();
  bundle = page.getByRole('dialog', { name: /的报送包$/ });
  await expect(bundle.getByRole('alert')).toHaveCount(0);
  // The drawn signatures and the representatives are personal information: said before the file is made.
  await expect(bundle.getByTestId('bundle-personal-data')).toContainText(/这个报送包含个人信息：协商代表 \d+ 人的姓名和职务（\d+ 个电话号码），手写签名图像 [1-9]\d* 个/);
  const [bundleFile] = await Promise.all([page.waitForEvent('download'), bundle.getByRole('button', { name: '导出' }).click()]);
  expect(bundleFile.suggestedFilename()).toBe(`${SAMPLE}-${ROUNDS['ref-2021-1']}-报送包.wdbundle`);
  await expect(bundle).toHaveCount(0);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  await page.getByRole('textbox', { name: '文本指纹' }).fill(short.toUpperCase());
  await page.getByRole('button', { name: '核验', exact: true }).last().click();
  await expect(page.getByText('一致：本机登记的协议版本')).toBeVisible();
  await expect(page.locator('.verify dl')).toContainText(SAMPLE);
  await expect(page.locator('.verify dl')).toContainText('第 1 版');
  await expect(page.locator('.verify dl')).toContainText('现行版本');
  await shot(page, '05-verified');
  await page.getByRole('textbox', { name: '文本指纹' }).fill(`${short.slice(0, -1)}${short.endsWith('0') ? '1' : '0'}`);
  await page.getByRole('button', { name: '核验', exact: true }).last().click();
  await expect(page.getByText(/不一致：本机没有登记这个指纹/)).toBeVisible();
  await page.getByLabel('选择文件（.docx 或 .json）').setInputFiles({ name: 'signed.docx', mimeType: 'application/octet-stream', buffer: await readFile(signedDocx) });
  // Each file picked has its own row: its result, and a way to remove it.
  const fileRow = page.getByRole('listitem', { name: 'signed.docx' });
  await expect(fileRow.getByText('一致：本机登记的协议版本')).toBeVisible();
  await expect(fileRow.locator('.verify-searched')).toContainText(full);
  await fileRow.getByRole('button', { name: '移除 signed.docx' }).click();
  await expect(fileRow).toHaveCount(0);
});

test('the job-retention agreement prints its total in capitals', async ({ page }) => {
  await documentsOpened(page, 'ref-2020-jr', '保岗协议');
  await page.getByRole('button', { name: '打印预览：保岗协议' }).click();
  await expect(page.getByRole('article', { name: /保岗协议/ })).toBeVisible();
  const text = squeezed(await printedText(page, 'job-retention-draft'));
  expect(text).toContain('171,300.00元（大写：人民币壹拾柒万壹仟叁佰元整）');
  expect(text).toContain('第1页共');
});

test('a change to the enterprise after signing makes version 2 and voids version 1', async ({ page }) => {
  await documentsOpened(page, 'ref-2020-jr', '保岗协议');
  await page.getByRole('button', { name: '打印预览：保岗协议' }).click();
  await page.getByRole('button', { name: '定稿并签署' }).click();
  const dialog = page.getByRole('dialog', { name: '签署第 1 版' });
  await drawSignature(page, '职工方首席代表签名区', 0);
  await drawSignature(page, '企业方首席代表签名区', 1);
  await dialog.getByRole('button', { name: '保存签名' }).click();
  await expect(page.locator('p.doc-banner')).toContainText('第 1 版已签署');
  const firstShort = (await page.locator('.doc-fingerprint-short').textContent())!;

  // The enterprise moves: its address changes, so the agreement's text does.
  await sampleEnterpriseOpened(page);
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByLabel('地址', { exact: true }).fill('福建省宁德市福鼎市星火工业园区');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE })).toBeVisible();

  // 协议文书 opens the round last used: the job-retention round.
  await page.getByRole('link', { name: '协议文书' }).click();
  await expect(page.getByLabel('协商轮次', { exact: true })).toHaveValue('ref-2020-jr');
  await expect(page.getByRole('row', { name: /保岗协议/ })).toContainText('文本已变更：与第 1 版不同');
  await page.getByRole('button', { name: '打印预览：保岗协议' }).click();
  await expect(page.getByText(/当前文本与已定稿的第 1 版不同/)).toBeVisible();
  await expect(page.locator('.doc-draft-mark')).toBeVisible();
  await expect(page.getByRole('article')).toContainText('星火工业园区');
  await page.getByRole('button', { name: '生成新版本（第 2 版）' }).click();
  await expect(page.getByRole('dialog', { name: '签署第 2 版' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByText(/第 2 版已定稿，文本指纹/)).toBeVisible();
  const history = page.getByRole('region', { name: '版本与签名' });
  const v1 = history.getByRole('listitem').filter({ hasText: '第 1 版' }).first();
  await expect(v1).toContainText('已作废');
  await expect(v1.locator('s')).toHaveCount(2); // both chiefs' signatures struck through
  await shot(page, '06-version-2');

  await page.getByRole('button', { name: '返回文书列表' }).click();
  await page.getByRole('button', { name: '核验', exact: true }).click();
  await page.getByRole('textbox', { name: '文本指纹' }).fill(firstShort);
  await page.getByRole('button', { name: '核验', exact: true }).last().click();
  await expect(page.locator('.verify dl')).toContainText('已作废');
  await shot(page, '07-verify-voided');
});
