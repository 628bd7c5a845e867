// A sector round's representatives and procedure, from an empty profile: the round with two members
// typed in, a chief and members on each side (the employers' from the members) and the recorder, a bad
// form that writes nothing, the written request with its reply deadline, the sector rules beside the
// record, the talks to the delegates' vote and the chiefs' signatures, the agreement signed and frozen,
// then the filing recorded after the signature and kept after a reload.
// Screenshots land in test-results/screens/sector-procedure-*.png.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { saved } from './ownCaseSteps';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';

const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;
const members = [
  { name: '福鼎市东岚革业有限公司', code: code('91350982MA2Y00021'), search: '福鼎', region: '350982', headcount: '120' },
  { name: '福鼎市西岚革业有限公司', code: code('91350982MA2Y00022'), search: '福鼎', region: '350982', headcount: '80' },
];
const TITLE = '东岚片区合成革行业工资专项集体合同';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/sector-procedure-${name}.png`, fullPage: true });
}

function step(scope: Locator, name: string) {
  return scope.locator('li.timeline-step').filter({ has: scope.page().getByRole('heading', { name, exact: true }) });
}

async function personAdded(page: Page, person: { name: string; role: string; side: string; member?: string; post?: string }) {
  await page.getByRole('button', { name: '添加人员' }).click();
  const form = page.getByRole('form', { name: '添加协商人员' });
  await form.getByLabel('姓名').fill(person.name);
  await form.getByLabel('角色').selectOption({ label: person.role });
  await form.getByLabel('所属方').selectOption({ label: person.side });
  if (person.member) await form.getByLabel('来自成员企业').selectOption({ label: person.member });
  if (person.post) await form.getByLabel('职务或岗位').fill(person.post);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
}

test('a sector round: representatives of both sides, the request and its deadline, and the filing after signing', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/federation');
  await page.getByRole('region', { name: '行业（区域）性合同覆盖' }).getByRole('button', { name: '行业协商' }).click();
  await page.getByRole('button', { name: '新建行业协商' }).click();
  await expect(page.getByText('先保存这份行业（区域）性合同')).toBeVisible();
  await page.getByLabel('合同名称').fill(TITLE);
  await page.getByLabel('行业或区域').fill('合成革');
  await page.getByLabel('职工方（工会联合会或行业工会）').fill('东岚片区工会联合会');
  await page.getByLabel('职工方首席代表').fill('林立新');
  await page.getByLabel('企业方（企业代表组织或成员企业代表）').fill('东岚片区合成革企业代表');
  await page.getByLabel('企业方首席代表').fill('陈建国');
  await page.getByLabel('企业方签字方式').selectOption({ label: '各成员企业代表分别签字' });
  const memberTable = page.getByRole('table', { name: '成员企业' });
  for (const m of members) {
    await page.getByLabel('企业名称', { exact: true }).fill(m.name);
    await page.getByLabel('统一社会信用代码', { exact: true }).fill(m.code);
    await page.getByLabel('搜索地区').fill(m.search);
    await expect(page.getByLabel('所在地区（区县）')).toHaveValue(m.region);
    await page.getByLabel('职工人数', { exact: true }).fill(m.headcount);
    await page.getByRole('button', { name: '添加成员企业' }).click();
    await expect(memberTable.getByText(m.name)).toBeVisible();
  }
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已保存“${TITLE}”` })).toBeVisible();

  // 协商代表: a chief and a member on each side, the employers' from a member; a nameless one writes nothing.
  await expect(page.getByRole('tab', { name: '协商代表' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: '添加人员' }).click();
  const bad = page.getByRole('form', { name: '添加协商人员' });
  await bad.getByRole('button', { name: '保存' }).click();
  await expect(bad.getByText('此项必填。')).toBeVisible();
  await bad.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('职工方 0 人，企业方 0 人')).toBeVisible();
  await personAdded(page, { name: '林立新', role: '首席代表', side: '职工方', post: '工会主席' });
  await personAdded(page, { name: '王秀英', role: '协商代表', side: '职工方' });
  await personAdded(page, { name: '陈建国', role: '首席代表', side: '企业方', member: members[0]!.name });
  await personAdded(page, { name: '张明', role: '协商代表', side: '企业方', member: members[1]!.name });
  await expect(page.getByText('职工方 2 人，企业方 2 人')).toBeVisible();
  // Three a side at least (REP-01), and the recorder.
  await personAdded(page, { name: '郑海燕', role: '协商代表', side: '职工方' });
  await personAdded(page, { name: '黄志强', role: '协商代表', side: '企业方', member: members[0]!.name });
  await personAdded(page, { name: '吴敏', role: '记录员', side: '中立（记录员）' });
  await expect(page.getByText('职工方 3 人，企业方 3 人')).toBeVisible();
  await expect(page.getByText(`${members[1]!.name}`).last()).toBeVisible();
  await shot(page, '01-people');

  // 协商程序: the first member's county, the record started, the written request and the reply deadline.
  await page.getByRole('tab', { name: '协商程序' }).click();
  const proc = page.getByRole('region', { name: '协商程序' });
  await expect(proc.getByLabel('所在地区（区县）')).toHaveValue('350982');
  await proc.getByRole('button', { name: '开始记录协商程序' }).click();
  await step(proc, '要约').getByRole('button', { name: '记录要约' }).click();
  const request = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await request.getByLabel('提出方').selectOption({ label: '职工方' });
  await request.getByLabel('发出日期').fill('2026-11-02');
  await request.getByLabel('对方收到日期').fill('2026-11-02');
  await request.getByLabel('拟协商时间').fill('2026年11月13日上午9时');
  await request.getByLabel('拟协商地点').fill('东岚片区工会会议室');
  await request.getByLabel('协商内容').fill('2027年度全行业最低工资标准和工资增幅');
  await request.getByRole('button', { name: '保存' }).click();
  await expect(request).toHaveCount(0);
  const next = proc.locator('.next-deadline');
  // Every deadline the record has started, the written reply among them (the term's renewal too).
  await next.locator('details.deadline-all summary').click();
  const reply = next.locator('details.deadline-all tr').filter({ hasText: '书面回应要约' });
  await expect(reply).toContainText('2026-11-17');
  await expect(reply).toContainText('OFR-02');
  // The sector rules beside the record, with the enterprise rules they change.
  const rules = page.getByRole('complementary', { name: '行业（区域）性合同的不同规定' });
  await expect(rules).toContainText('SEC-02');
  await expect(rules).toContainText('不适用：REP-04');
  await shot(page, '02-request');

  // The talks: the representatives and recorder, a meeting, the draft, the delegates' vote, the signatures.
  await step(proc, '协商代表').getByRole('button', { name: '记录协商代表' }).click();
  let form = page.getByRole('form', { name: '确定协商代表' });
  const rows = form.locator('table.reps-table tbody tr');
  await expect(rows).toHaveCount(6);
  for (let i = 0; i < 6; i++) await rows.nth(i).getByRole('checkbox').first().check();
  await form.getByLabel('记录员', { exact: true }).selectOption({ label: '吴敏' });
  await form.getByLabel('职工方代表由谁确定').selectOption({ label: '工会选派' });
  await form.getByLabel('职工方代表确定日期').fill('2026-11-06');
  await saved(form);
  await step(proc, '协商会议').getByRole('button', { name: '记录协商会议' }).click();
  form = page.getByRole('form', { name: '记录协商会议' });
  await form.getByLabel('会议日期').fill('2026-11-13');
  await form.getByLabel('主持方').selectOption({ label: '职工方' });
  await form.getByRole('button', { name: '添加议题' }).click();
  await form.getByRole('textbox', { name: '议题 1', exact: true }).fill('全行业最低工资');
  await form.getByLabel('议题 1：职工方要求').fill('每月 2,400 元');
  await form.getByLabel('议题 1：企业方意见').fill('同意每月 2,300 元');
  await form.getByLabel('议题 1：进展').selectOption({ label: '已达成一致' });
  await saved(form);
  await step(proc, '签字').getByRole('button', { name: '记录协议草案条款' }).click();
  form = page.getByRole('form', { name: '协议草案的条款' });
  const clauses = form.getByRole('group', { name: '草案包含的条款（《工资集体协商试行办法》第七条）' }).getByRole('checkbox');
  for (let i = 0; i < 9; i++) await clauses.nth(i).check();
  await saved(form);
  await step(proc, '职代会表决').getByRole('button', { name: '记录表决' }).click();
  form = page.getByRole('form', { name: '记录表决' });
  await form.getByLabel('表决日期').fill('2026-11-20');
  await form.getByLabel('审议机构').selectOption({ label: '职工代表大会' });
  await form.getByRole('textbox', { name: '全体人数' }).fill('60');
  await form.getByRole('textbox', { name: '出席人数' }).fill('45');
  await form.getByRole('textbox', { name: '同意', exact: true }).fill('40');
  await form.getByRole('textbox', { name: '反对', exact: true }).fill('3');
  await form.getByRole('textbox', { name: '弃权', exact: true }).fill('2');
  await form.getByLabel('表决方式').selectOption({ label: '无记名投票' });
  await form.getByLabel('形成书面决议').check();
  await saved(form);
  await step(proc, '签字').getByRole('button', { name: '记录签字' }).click();
  form = page.getByRole('form', { name: '记录签字' });
  await form.getByLabel('签字日期').fill('2026-11-23');
  await saved(form);

  // Signed and frozen; the procedure goes on.
  await page.getByRole('button', { name: '打印预览' }).click();
  await page.getByRole('button', { name: '签署并冻结' }).click();
  await page.getByRole('button', { name: '签署并冻结' }).click();
  await expect(page.getByText(/已签署并冻结。指纹：/).first()).toBeVisible();
  await page.getByRole('button', { name: '返回编辑' }).click();
  await expect(page.getByText(/此合同已签署并冻结/)).toBeVisible();
  await expect(page.getByText('合同签署后，协商代表和协商程序仍可记录')).toBeVisible();
  await page.getByRole('tab', { name: '协商程序' }).click();
  await step(proc, '报送审查').getByRole('button', { name: '记录报送审查' }).click();
  const filing = page.getByRole('form', { name: '记录报送审查' });
  await filing.getByLabel('报送日期').fill('2026-11-25');
  await filing.getByLabel('劳动保障行政部门收到日期').fill('2026-11-25');
  await filing.getByLabel('报送份数').fill('3');
  await filing.getByRole('button', { name: '保存' }).click();
  await expect(filing).toHaveCount(0);
  await expect(step(proc, '报送审查').locator('.timeline-date')).toHaveText('2026年11月25日');
  await shot(page, '03-filed');

  // Kept: after a reload the signed agreement still holds its people and the filing.
  await page.reload();
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await expect(page.getByText(/此合同已签署并冻结/)).toBeVisible();
  await expect(page.getByText('职工方 3 人，企业方 3 人')).toBeVisible();
  await page.getByRole('tab', { name: '协商程序' }).click();
  await expect(step(page.getByRole('region', { name: '协商程序' }), '报送审查').locator('.timeline-date')).toHaveText('2026年11月25日');
  await shot(page, '04-reloaded');
});
