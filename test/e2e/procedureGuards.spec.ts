// 协商程序 refuses a record that says the impossible, below the screen: from an empty profile, a Guangzhou
// (天河区 440106) enterprise of its own, its people and a round; a written request; then a reply dated
// before the request (refused by OFR-06, the input kept, nothing written: the reload shows no reply), a
// vote whose counts do not add up (refused, RAT-07), a signing before any vote (the form held by RAT-01) and
// one dated before the vote (refused, SIG-01). Screenshots land in test-results/screens/guards-*.png.
import { test, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { peopleAdded, roundCreated, saved, step } from './ownCaseSteps';

const first17 = '91440106MA5CQ8K2X';
const GZ = {
  name: '广州天河启明电子科技有限公司',
  creditCode: first17 + creditCodeCheckChar(first17)!,
  region: '440106',
  place: '公司三楼会议室',
} as const;

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/guards-${name}.png`, fullPage: true });

async function enterpriseCreated(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(GZ.name);
  await page.getByLabel('统一社会信用代码').fill(GZ.creditCode);
  await page.getByLabel('搜索地区').fill(GZ.region);
  await page.getByLabel('所在地区（区县）').selectOption(GZ.region);
  await page.getByLabel('职工总数').fill('120');
  await page.getByLabel('其中女职工').fill('48');
  await page.getByLabel('法定代表人').fill('周明远');
  await page.getByLabel('工会主席').fill('沈晓梅');
  await page.getByLabel('见证单位（镇、街道或市总工会）').fill('广州市天河区总工会');
  await page.getByLabel('地址').fill('广东省广州市天河区天河路100号');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: GZ.name })).toBeVisible();
  await expect(page.getByText('广东省广州市天河区', { exact: true })).toBeVisible();
}

test('the record refuses a reply before the request, votes that do not add up and a signing before the vote', async ({ page }) => {
  await enterpriseCreated(page);
  await peopleAdded(page);
  await page.getByRole('link', { name: '协商程序' }).click();
  await expect(page.getByText(`${GZ.name}还没有协商轮次`)).toBeVisible();
  await roundCreated(page, '2027年度工资集体协商');

  await step(page, '要约').getByRole('button', { name: '记录要约' }).click();
  let form = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await form.getByLabel('提出方').selectOption({ label: '职工方' });
  await form.getByLabel('发出日期').fill('2026-11-02');
  await form.getByLabel('对方收到日期').fill('2026-11-02');
  await form.getByLabel('拟协商时间').fill('2026年11月13日上午9时');
  await form.getByLabel('拟协商地点').fill(GZ.place);
  await form.getByLabel('协商内容').fill('2027年度职工月基本工资标准');
  await saved(form);

  // A reply four days before the request: the data layer refuses it (OFR-06), the form keeps what was typed.
  await step(page, '回应').getByRole('button', { name: '记录回应' }).click();
  form = page.getByRole('form', { name: '记录回应' });
  await form.getByLabel('回应日期').fill('2026-10-29');
  await form.getByLabel('回应结果').selectOption({ label: '同意协商' });
  await form.getByRole('button', { name: '保存' }).click();
  const refusal = form.locator('p.form-summary');
  await expect(refusal).toContainText('OFR-06');
  await expect(refusal).toContainText('回应日期 2026-10-29 早于 2026-11-02 提出要约');
  await expect(form.getByLabel('回应日期')).toHaveValue('2026-10-29');
  await shot(page, '01-reply-before-request');
  await form.getByRole('button', { name: '取消' }).click();
  // Nothing was written: after a reload the reply is still to be recorded.
  await page.reload();
  await expect(step(page, '要约').locator('.timeline-date')).toHaveText('2026年11月2日');
  await expect(step(page, '回应').getByRole('button', { name: '记录回应' })).toBeVisible();
  await expect(step(page, '回应').locator('.timeline-date')).toHaveCount(0);
  await expect(page.getByText('OFR-06')).toHaveCount(0);

  await step(page, '回应').getByRole('button', { name: '记录回应' }).click();
  form = page.getByRole('form', { name: '记录回应' });
  await form.getByLabel('回应日期').fill('2026-11-06');
  await form.getByLabel('回应结果').selectOption({ label: '同意协商' });
  await saved(form);

  await step(page, '协商代表').getByRole('button', { name: '记录协商代表' }).click();
  form = page.getByRole('form', { name: '确定协商代表' });
  const rows = form.locator('table.reps-table tbody tr');
  await expect(rows).toHaveCount(6);
  for (let i = 0; i < 6; i++) await rows.nth(i).getByRole('checkbox').first().check();
  await form.getByLabel('钱国平 持有书面委托书').check();
  await form.getByLabel('记录员', { exact: true }).selectOption({ label: '吴敏' });
  await form.getByLabel('职工方代表由谁确定').selectOption({ label: '工会选派' });
  await form.getByLabel('职工方代表确定日期').fill('2026-11-06');
  await saved(form);

  await step(page, '协商会议').getByRole('button', { name: '记录协商会议' }).click();
  form = page.getByRole('form', { name: '记录协商会议' });
  await form.getByLabel('会议日期').fill('2026-11-13');
  await form.getByLabel('主持方').selectOption({ label: '职工方' });
  await form.getByRole('button', { name: '添加议题' }).click();
  await form.getByRole('textbox', { name: '议题 1', exact: true }).fill('职工月基本工资');
  await form.getByLabel('议题 1：职工方要求').fill('每月 3,000 元');
  await form.getByLabel('议题 1：企业方意见').fill('同意每月 2,850 元');
  await form.getByLabel('议题 1：进展').selectOption({ label: '已达成一致' });
  await saved(form);

  await step(page, '签字').getByRole('button', { name: '记录协议草案条款' }).click();
  form = page.getByRole('form', { name: '协议草案的条款' });
  const clauses = form.getByRole('group', { name: '草案包含的条款（《工资集体协商试行办法》第七条）' }).getByRole('checkbox');
  for (let i = 0; i < 9; i++) await clauses.nth(i).check();
  await saved(form);

  // No vote yet: the signing form is held, and says which rule holds it (RAT-01).
  await step(page, '签字').getByRole('button', { name: '记录签字' }).click();
  form = page.getByRole('form', { name: '记录签字' });
  await expect(form.getByRole('note')).toContainText('RAT-01');
  await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();
  await shot(page, '02-signing-held-before-vote');
  await form.getByRole('button', { name: '取消' }).click();

  // 40 + 5 + 2 = 47 votes from 45 present: refused, naming RAT-07; the counts stay as typed.
  await step(page, '职代会表决').getByRole('button', { name: '记录表决' }).click();
  form = page.getByRole('form', { name: '记录表决' });
  await form.getByLabel('表决日期').fill('2026-11-20');
  await form.getByLabel('审议机构').selectOption({ label: '职工代表大会' });
  await form.getByRole('textbox', { name: '全体人数' }).fill('60');
  await form.getByRole('textbox', { name: '出席人数' }).fill('45');
  await form.getByRole('textbox', { name: '同意', exact: true }).fill('40');
  await form.getByRole('textbox', { name: '反对', exact: true }).fill('5');
  await form.getByRole('textbox', { name: '弃权', exact: true }).fill('2');
  await form.getByLabel('表决方式').selectOption({ label: '无记名投票' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('RAT-07：同意、反对、弃权合计不能多于出席人数。')).toBeVisible();
  await expect(form.locator('p.form-summary')).toContainText('尚未保存');
  await expect(form.getByRole('textbox', { name: '同意', exact: true })).toHaveValue('40');
  await shot(page, '03-vote-counts');
  await form.getByRole('textbox', { name: '反对', exact: true }).fill('3');
  await saved(form);

  // Signed two days before the vote: refused by the data layer (SIG-01), nothing written.
  await step(page, '签字').getByRole('button', { name: '记录签字' }).click();
  form = page.getByRole('form', { name: '记录签字' });
  await form.getByLabel('签字日期').fill('2026-11-18');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('p.form-summary')).toContainText('SIG-01');
  await expect(form.locator('p.form-summary')).toContainText('2026-11-18 签字，早于 2026-11-20 职代会表决');
  await expect(form.getByLabel('签字日期')).toHaveValue('2026-11-18');
  await shot(page, '04-signing-before-vote');
  await form.getByRole('button', { name: '取消' }).click();
  await page.reload();
  await expect(step(page, '签字').getByRole('button', { name: '记录签字' })).toBeVisible();
  await expect(page.locator('.proc-finding-block')).toHaveCount(0);
});
