// A union chair's own negotiation, end to end, in a fresh profile and WITHOUT the sample: a Hangzhou
// hardware plant (浙江, 330106) created through the screens, its people, the province's minimum wage
// typed in Settings, a round with four quarters of output, three scenarios (one marked agreed), four
// kinds of term, the procedure from request to filing, the document details; the wage agreement and the
// request letter printed (PDF) and downloaded (.docx → LibreOffice → text), every figure in figures and
// capitals, nothing of the sample; the same round as a case file rendered by the command line to the
// same text; signed on screen and frozen; the bundle imported by the federation in a second fresh
// profile, read and witnessed; then the agreed wage changed (version 2 voids version 1's signatures) and a
// second round started from the first, deleted and brought back. Screenshots: test-results/screens/own-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import {
  OWN,
  detailsEntered,
  drawn,
  enterpriseCreated,
  minimumWageEntered,
  modelEntered,
  peopleAdded,
  procedureRecorded,
  roundCreated,
  termsAdded,
  wageOf,
} from './ownCaseSteps';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-own-'));
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/own-${name}.png`, fullPage: true });
const SAMPLE_WORDS = ['隆祥', '福鼎', '91350982000000000K'];

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const path = join(DIR, name);
  await (await pending).saveAs(path);
  return path;
}

/** The body text of a .docx (word/document.xml without its tags): what Word shows, without the packaging. */
function docxText(path: string): string {
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
  return xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

/** The .docx as LibreOffice prints it, as text (a second soffice profile per run, so it never waits on another). */
function libreOfficeText(path: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'wagedesk-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', DIR, path], { stdio: 'ignore', timeout: 180_000 });
  return execFileSync('pdftotext', ['-layout', path.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });
}

/** The print view printed to PDF (Chromium's printToPDF, as the desktop app prints), as text. */
async function printedText(page: Page, name: string): Promise<string> {
  const pdf = join(DIR, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', pdf, `test-results/screens/own-${name}`]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Every figure and name typed in, in figures and in capitals; nothing of the sample. */
function agreementChecked(text: string) {
  const flat = text.replace(/\s+/g, '');
  for (const expected of [
    OWN.name, OWN.legalRep, '沈晓梅', '钱国平', OWN.place, OWN.authority,
    '2,850.00元', '人民币贰仟捌佰伍拾元整', // the agreed scenario's wage
    '2,660.00元', '人民币贰仟陆佰陆拾元整', // the minimum wage the user entered for 西湖区
    '800.00元', '人民币捌佰元整', '400.00元', '人民币肆佰元整', // the bonus and the travel subsidy
    '150,000.00元', '人民币壹拾伍万元整', // the commitment's investment
    '2026年12月1日', '2028年11月30日', '每月10日前',
  ]) expect(flat, expected).toContain(expected.replace(/\s+/g, ''));
  for (const word of SAMPLE_WORDS) expect(text).not.toContain(word);
}

test('a user\'s own negotiation: from the figures to the signed paper and the federation\'s registry', async ({ page, browser }) => {
  test.setTimeout(420_000);
  await enterpriseCreated(page);
  await peopleAdded(page);
  await shot(page, '01-enterprise');
  await minimumWageEntered(page);

  // No round yet: every round area says so and offers to start one.
  await page.getByRole('link', { name: '协商程序' }).click();
  await expect(page.getByText(`${OWN.name}还没有协商轮次`)).toBeVisible();
  await roundCreated(page, OWN.round);
  await procedureRecorded(page);
  await shot(page, '02-procedure');
  await modelEntered(page);
  await shot(page, '03-scenarios');
  await termsAdded(page);
  await shot(page, '04-terms');

  // The documents: what is missing is named and linked until the details are entered.
  await page.getByRole('link', { name: '协议文书' }).click();
  const wageRow = page.getByRole('row', { name: /工资专项集体合同/ });
  await expect(wageRow).toContainText('工资支付日');
  await expect(wageRow).toContainText('签订地点');
  await shot(page, '05-documents-missing');
  await detailsEntered(page);
  await expect(wageRow).toContainText('可生成（草稿）');
  await shot(page, '06-documents-ready');

  // The .docx of the draft, through LibreOffice, and the same round as a case file through the command line.
  const appDocx = await download(page, () => page.getByRole('button', { name: '下载 Word 文件 (.docx)：工资专项集体合同' }).click(), 'app-draft.docx');
  agreementChecked(libreOfficeText(appDocx));
  expect(docxText(appDocx)).toContain(OWN.creditCode);
  await page.getByRole('link', { name: '企业与人员' }).click();
  await page.getByRole('link', { name: new RegExp(OWN.name) }).click();
  const casePath = await download(page, () => page.getByRole('button', { name: `导出个案文件：${OWN.round}` }).click(), 'case.json');
  const cliDocx = join(DIR, 'cli-draft.docx');
  execFileSync(join('node_modules', '.bin', 'tsx'), ['cli/index.ts', 'render', casePath, '--doc', 'wage-agreement', '--out', cliDocx], { encoding: 'utf8' });
  expect(docxText(cliDocx)).toBe(docxText(appDocx));

  // The print view of the request letter and of the agreement, then signed on screen: frozen as version 1.
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '打印预览：工资集体协商要约书' }).click();
  const letter = await printedText(page, 'request-letter');
  for (const expected of ['2026年11月13日上午9时', OWN.place, '2027年度职工月基本工资标准', '沈晓梅']) expect(letter.replace(/\s+/g, '')).toContain(expected);
  for (const word of SAMPLE_WORDS) expect(letter).not.toContain(word);
  await page.getByRole('button', { name: '返回文书列表' }).click();
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  agreementChecked(await printedText(page, 'wage-agreement-draft'));
  await page.getByRole('button', { name: '定稿并签署' }).click();
  const dialog = page.getByRole('dialog', { name: '签署第 1 版' });
  await drawn(page, '职工方首席代表签名区', 1);
  await drawn(page, '企业方首席代表签名区', 2);
  await dialog.getByRole('button', { name: '保存签名' }).click();
  await expect(page.getByText(/第 1 版已签署，文本指纹/)).toBeVisible();
  const short = (await page.locator('.doc-fingerprint-short').textContent())!.trim();
  const full = (await page.locator('.doc-fingerprint-full').textContent())!.replace(/[^0-9a-f]/g, '');
  agreementChecked(await printedText(page, 'wage-agreement-signed'));
  await shot(page, '07-signed');
  const signedDocx = await download(page, () => page.getByRole('button', { name: '下载 Word 文件 (.docx)' }).click(), 'signed.docx');
  const signedText = libreOfficeText(signedDocx);
  agreementChecked(signedText);
  expect(signedText.replace(/\s+/g, '')).toContain(full);

  // The bundle for the federation carries that version and fingerprint.
  await page.getByRole('button', { name: '返回文书列表' }).click();
  await page.getByRole('button', { name: '导出报送包（交总工会）' }).click();
  const bundle = await download(page, () => page.getByRole('dialog').getByRole('button', { name: '导出' }).click(), 'own.wdbundle');
  const verified = execFileSync(join('node_modules', '.bin', 'tsx'), ['cli/index.ts', 'verify', bundle], { encoding: 'utf8' });
  expect(verified).toContain(OWN.name);

  // The federation, in a profile of its own: import, read the text it witnesses, witness-sign, see the registry.
  const federation = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
  await federation.goto('/#/federation');
  await federation.getByRole('button', { name: '创建见证密钥' }).click();
  await federation.getByLabel('总工会名称').fill(OWN.witness);
  await federation.getByRole('textbox', { name: '设定密钥口令' }).fill('西湖区 总工会 见证');
  await federation.getByRole('textbox', { name: '再次输入口令' }).fill('西湖区 总工会 见证');
  await federation.getByRole('button', { name: '创建见证密钥' }).click();
  await expect(federation.getByTestId('witness-fingerprint')).toBeVisible();
  const chooser = federation.waitForEvent('filechooser');
  await federation.getByRole('button', { name: '选择报送包文件…' }).click();
  await (await chooser).setFiles([bundle]);
  const plan = federation.getByRole('region', { name: '导入预览' });
  await expect(plan.getByText(`新企业：${OWN.name}`)).toBeVisible();
  await plan.getByRole('button', { name: '确认导入' }).click();
  const row = federation.getByRole('article', { name: OWN.name });
  await expect(row).toBeVisible();
  await expect(row).toContainText('2,850.00 元');
  await expect(row.getByText('生效中', { exact: true })).toBeVisible();
  await expect(row).toContainText(OWN.headcount);
  await row.getByRole('button', { name: /查看文本/ }).click();
  await expect(federation.locator('.doc-fingerprint-short')).toHaveText(short);
  await expect(federation.getByRole('article', { name: /工资专项集体合同/ })).toContainText('人民币贰仟捌佰伍拾元整');
  await federation.getByRole('button', { name: '返回登记簿' }).click();
  await row.getByRole('button', { name: /见证签名/ }).click();
  await federation.getByRole('dialog').getByRole('button', { name: '签名' }).click();
  await expect(row.getByText('本会见证', { exact: true })).toBeVisible();
  await shot(federation, '08-federation-registry');
  await federation.context().close();

  // The parties change the agreed wage: the draft follows, and a new version voids version 1's signatures.
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await wageOf(page, '方案2', '2,900');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.getByRole('link', { name: '协议文书' }).click();
  await expect(page.getByRole('row', { name: /工资专项集体合同/ })).toContainText('文本已变更：与第 1 版不同');
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  await expect(page.getByRole('article', { name: /工资专项集体合同/ })).toContainText('人民币贰仟玖佰元整');
  await page.getByRole('button', { name: '生成新版本（第 2 版）' }).click();
  await expect(page.getByText('已生成第 2 版；第 1 版的签名已作废。')).toBeVisible();
  await expect(page.getByRole('region', { name: '版本与签名' })).toContainText('已作废');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await shot(page, '09-version-2');

  // A second round starts from the first; both stay intact; deleting it asks first and can be undone.
  await page.getByRole('link', { name: '企业与人员' }).click();
  await page.getByRole('link', { name: new RegExp(OWN.name) }).click();
  await page.getByRole('region', { name: '协商轮次' }).getByRole('button', { name: '新建协商轮次' }).click();
  const created = page.getByRole('dialog', { name: '新建协商轮次' });
  await created.getByLabel('名称').fill('2028年度工资集体协商');
  await expect(created.getByLabel('起点')).toHaveValue(/.+/);
  await created.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: '产值与工资测算', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '双方确认的工资方案' })).toContainText('还没有确认方案');
  await page.getByRole('link', { name: '协议条款与兑现' }).click();
  await page.getByRole('tab', { name: '条款' }).click();
  await expect(page.getByRole('rowheader', { name: '年终奖' })).toBeVisible();
  await page.getByRole('link', { name: '企业与人员' }).click();
  await page.getByRole('link', { name: new RegExp(OWN.name) }).click();
  const rounds = page.getByRole('region', { name: '协商轮次' });
  await expect(rounds.getByRole('row')).toHaveCount(3);
  await expect(rounds.getByRole('row', { name: new RegExp(OWN.round) })).toContainText('执行中');
  await rounds.getByRole('button', { name: '删除：2028年度工资集体协商' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(rounds.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(rounds.getByRole('row')).toHaveCount(3);
  await shot(page, '10-rounds');
});
