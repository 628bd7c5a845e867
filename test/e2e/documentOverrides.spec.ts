// Clause library (issue 6): in the print view of the reference wage agreement (the Spring Festival round),
// the first article of 工资支付 is reworded for this round, and only this round. The new words show with
// 已修改 and the standard text on demand, the markers stay off paper, the .docx carries the words, another
// round keeps the standard words, and since version 1 was already final the text shows as changed
// (生成新版本). 恢复标准文本 brings back the standard words and version 1's text.
// Screenshots land in test-results/screens/overrides-*.png.
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { zipEntryText } from '../templates/zipEntry';
import { roundPicked, sampleRoundOpened } from './sampleSteps';

const NEW_WORDING = '企业于每月十日前以银行转账方式足额支付上月工资，并书面告知职工。';
const STANDARD_START = '企业以货币形式按月足额支付工资';
/** The first article of 工资支付 in the Spring Festival round's agreement. */
const ARTICLE = '第二十条';
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `test-results/screens/overrides-${name}.png`, fullPage });

test('a clause reworded for one agreement: print view, .docx, new version, and back to the standard text', async ({ page }) => {
  await sampleRoundOpened(page, '协议文书', 'ref-2021-1');
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  const sheet = page.getByRole('article', { name: /工资专项集体合同/ });
  await expect(sheet).toContainText(STANDARD_START);

  // Version 1 is frozen with the standard words (the signing dialog is left for later).
  await page.getByRole('button', { name: '定稿并签署' }).click();
  await page.getByRole('dialog', { name: '签署第 1 版' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByText(/第 1 版已定稿/)).toBeVisible();

  // Edit mode: each article gets an edit button, reached from the keyboard too.
  const mode = page.getByRole('button', { name: '编辑条款措辞' });
  await mode.click();
  await expect(mode).toHaveAttribute('aria-pressed', 'true');
  const edit = page.getByRole('button', { name: `编辑${ARTICLE}的措辞` });
  await edit.focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: `${ARTICLE}的措辞（每行一段）` });
  await expect(box).toHaveValue(new RegExp(`^${STANDARD_START}`));
  await box.fill(NEW_WORDING);
  await shot(page, '01-editing', false);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('button', { name: `编辑${ARTICLE}的措辞` })).toBeFocused();

  await expect(sheet).toContainText(NEW_WORDING);
  await expect(sheet).not.toContainText(STANDARD_START);
  await expect(sheet.getByText('已修改', { exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: '查看原文' }).click();
  await expect(sheet.getByText(new RegExp(`^原文：${STANDARD_START}`))).toBeVisible();
  // The frozen version 1 no longer says what the document says: the new-version flow.
  await expect(page.getByText(/当前文本与已定稿的第 1 版不同/)).toBeVisible();
  await expect(page.getByRole('button', { name: '生成新版本（第 2 版）' })).toBeVisible();
  await sheet.getByText('已修改', { exact: true }).scrollIntoViewIfNeeded();
  await shot(page, '02-edited', false);

  // On paper: the words, without the marker, the standard text or the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toContainText(NEW_WORDING);
  await expect(sheet.getByText('已修改', { exact: true })).toBeHidden();
  await expect(sheet.getByText(new RegExp(`^原文：${STANDARD_START}`))).toBeHidden();
  await expect(page.getByRole('button', { name: `编辑${ARTICLE}的措辞` })).toBeHidden();
  await expect(page.getByRole('button', { name: '编辑条款措辞' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The .docx says the same words.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件 (.docx)' }).click()]);
  const xml = zipEntryText(new Uint8Array(await readFile((await download.path())!)), 'word/document.xml');
  expect(xml).toContain(NEW_WORDING);
  expect(xml).not.toContain(STANDARD_START);

  // Wordings belong to the round: the June 2020 round's wage agreement keeps the standard words.
  await page.getByRole('button', { name: '返回文书列表' }).click();
  await roundPicked(page, 'ref-2020-3');
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  const other = page.getByRole('article', { name: /工资专项集体合同/ });
  await expect(other).toContainText(STANDARD_START);
  await expect(other).not.toContainText(NEW_WORDING);
  await expect(other.getByText('已修改', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '返回文书列表' }).click();
  await roundPicked(page, 'ref-2021-1');
  await page.getByRole('button', { name: '打印预览：工资专项集体合同' }).click();
  await expect(sheet).toContainText(NEW_WORDING);

  // 恢复标准文本: the words go, and the text is version 1's again.
  await expect(page.getByRole('button', { name: '编辑条款措辞' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: '编辑条款措辞' }).click();
  await page.getByRole('button', { name: `编辑${ARTICLE}的措辞` }).click();
  await page.getByRole('button', { name: '恢复标准文本' }).click();
  await expect(sheet).not.toContainText(NEW_WORDING);
  await expect(sheet).toContainText(STANDARD_START);
  await expect(sheet.getByText('已修改', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/第 1 版已定稿/)).toBeVisible();
  await page.getByRole('button', { name: `编辑${ARTICLE}的措辞` }).scrollIntoViewIfNeeded();
  await shot(page, '03-restored', false);
});
