// A sector agreement that travels: a county federation in 浙江 signs its regional agreement on the command
// line (frozen text, its witness key) and sends the bundle; a town federation starting from an empty
// profile imports it in 行业协商, sees what it is and who witnessed it, trusts the county's key by hand,
// adds its own witness signature, prints it (the frozen text with the fingerprint) and sends it on as a
// bundle the command line verifies. Screenshots land in test-results/screens/sector-bundle-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';

const DIR = mkdtempSync(join(tmpdir(), 'wagedesk-sector-bundle-'));
const tsx = join('node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => execFileSync(tsx, ['cli/index.ts', ...args], { encoding: 'utf8' });
const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;
const TITLE = '瓯海区眼镜行业工资专项集体合同';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/sector-bundle-${name}.png`, fullPage: true });
}

test.beforeAll(() => {
  // 温州 瓯海区 (330304) and 龙湾区 (330303): the county federation's own sector file.
  writeFileSync(join(DIR, 'ouhai.json'), JSON.stringify({
    id: 'ouhai-glasses-2026',
    kind: 'sector',
    title: TITLE,
    scope: '眼镜',
    workersParty: { name: '温州市瓯海区眼镜行业工会联合会', chief: '周海燕' },
    employersParty: { name: '温州市瓯海区眼镜商会', chief: '郑国平' },
    term: { from: '2026-07-01', to: '2027-06-30' },
    members: [
      { creditCode: code('91330304MA2Y0003'.padEnd(17, '1')), name: '温州明视眼镜有限公司', regionCode: '330304', headcount: 210 },
      { creditCode: code('91330303MA2Y0004'.padEnd(17, '1')), name: '温州东瓯光学有限公司', regionCode: '330303', headcount: 95 },
    ],
    standards: { minimums: [{ regionCode: '330304', monthlyFen: 260_000 }, { regionCode: '330303', monthlyFen: 255_000 }], raiseRange: { minBp: 300, maxBp: 700 } },
  }));
  cli('witness-key', '--out', join(DIR, 'county-key.json'), '--name', '温州市瓯海区总工会');
  cli('sector', 'bundle', join(DIR, 'ouhai.json'), '--signed-at', '2026-06-20', '--sign-key', join(DIR, 'county-key.json'), '--out', join(DIR, 'ouhai.wdbundle'));
});

async function pick(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test('a signed sector agreement imported, witnessed by a trusted county federation and by us, printed and sent on', async ({ page }) => {
  // The federation's own import panel knows the file and says where it belongs.
  await page.goto('/#/federation');
  await pick(page, '选择报送包文件…', join(DIR, 'ouhai.wdbundle'));
  await expect(page.getByText('这是行业性或区域性工资专项集体合同的报送包，请在「行业协商」中导入。')).toBeVisible();

  await page.goto('/#/sector');
  await expect(page.getByRole('heading', { name: '行业协商', exact: true })).toBeVisible();
  await pick(page, '导入行业合同报送包…', join(DIR, 'ouhai.wdbundle'));
  const preview = page.getByRole('group', { name: TITLE });
  await expect(preview.getByText(/2 家成员企业，305 名职工；签署日期 2026-06-20；指纹 [0-9a-f]{4}-/)).toBeVisible();
  await expect(preview.getByText('电子见证签名：温州市瓯海区总工会')).toBeVisible();
  await shot(page, 'preview');
  await preview.getByRole('button', { name: '导入' }).click();
  await expect(page.getByText(`已导入《${TITLE}》。`)).toBeVisible();

  // Frozen here too; the county's signature counts only once its key is trusted by hand.
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await expect(page.getByText(/已签署并冻结（2026-06-20）/)).toBeVisible();
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByText('电子见证：未知密钥签名（不算见证）')).toBeVisible();

  await page.goto('/#/federation');
  const trusted = page.getByRole('region', { name: '受信任的总工会' });
  const countyKey = JSON.parse(readFileSync(join(DIR, 'county-key.json'), 'utf8')) as { name: string; publicKeyHex: string };
  await trusted.getByLabel(/对方的公钥/).fill(JSON.stringify({ name: countyKey.name, publicKeyHex: countyKey.publicKeyHex }));
  await trusted.getByRole('button', { name: '添加' }).click();
  await expect(trusted.getByText(/^指纹 ([0-9a-f]{4} ){15}[0-9a-f]{4}$/)).toBeVisible();
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await page.getByLabel('总工会名称').fill('温州市瓯海区潘桥街道总工会');
  await page.getByRole('textbox', { name: '设定密钥口令' }).fill('潘桥 总工会 2026');
  await page.getByRole('textbox', { name: '再次输入口令' }).fill('潘桥 总工会 2026');
  await page.getByRole('button', { name: '创建见证密钥' }).click();
  await expect(page.getByTestId('witness-fingerprint')).toBeVisible();

  await page.goto('/#/sector');
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByText('电子见证：受信任的总工会见证')).toBeVisible();
  await page.getByRole('button', { name: '本会电子见证签名' }).click();
  await expect(page.getByText('已加上本会的电子见证签名。')).toBeVisible();
  await expect(page.getByText('电子见证：本会见证')).toBeVisible();
  await expect(page.getByRole('button', { name: '本会电子见证签名' })).toHaveCount(0);
  await shot(page, 'print');

  // The frozen text prints with its fingerprint on the page.
  const pdf = join(DIR, 'ouhai.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('行业性工资专项集体合同');
  expect(text).toContain('温州东瓯光学有限公司');
  expect(text).toMatch(/[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/);
  expect(text).not.toContain('导出行业合同报送包');

  // Sent on: the bundle now carries both witness signatures, and the command line verifies it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出行业合同报送包' }).click()]);
  const out = join(DIR, 'sent.wdbundle');
  await download.saveAs(out);
  const verified = cli('verify', out);
  expect(verified).toContain('行业合同报送包完好');
  expect(verified).toContain('签署文本已冻结');
  expect(verified).toContain('温州市瓯海区总工会、温州市瓯海区潘桥街道总工会');
});
