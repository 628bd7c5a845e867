// The steps a union chair takes for their own enterprise (not the sample): a hardware plant in Hangzhou's
// 西湖区, typed in through the screens as a user would. Shared by ownCase.spec.ts; every figure here is
// what the documents must print back.
import { expect, type Locator, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';

const first17 = '91330106MA2H4Q7L0';
export const OWN = {
  name: '杭州明远五金制品有限公司',
  creditCode: first17 + creditCodeCheckChar(first17)!,
  region: '330106',
  headcount: '86',
  women: '31',
  legalRep: '周明远',
  unionChair: '沈晓梅',
  witness: '杭州市西湖区总工会',
  address: '浙江省杭州市西湖区三墩镇振华路88号',
  round: '2027年度工资集体协商',
  place: '公司二楼会议室',
  authority: '杭州市西湖区人力资源和社会保障局',
  /** What the enterprise page says the county is, and the province's minimum-wage table as typed. */
  regionName: '浙江省杭州市西湖区',
  province: '33',
  wageBasis: '浙人社发〔2024〕测试号',
} as const;

/** An enterprise as the steps type it in: OWN, or another plant of the same shape (filingPackage.spec.ts). */
export type Own = { readonly [K in keyof typeof OWN]: string };

export const PEOPLE = [
  { name: '沈晓梅', side: '职工方', role: '首席代表', post: '工会主席' },
  { name: '陆建国', side: '职工方', role: '协商代表', post: '装配工' },
  { name: '何丽', side: '职工方', role: '协商代表', post: '质检员' },
  { name: '钱国平', side: '企业方', role: '首席代表', post: '副总经理', authorization: true },
  { name: '孙立', side: '企业方', role: '协商代表', post: '人事经理' },
  { name: '冯涛', side: '企业方', role: '协商代表', post: '财务主管' },
  { name: '吴敏', side: '中立（记录员）', role: '记录员', post: '行政文员' },
] as const;

/** Saves `form` and waits for it to close: a form that stays open did not save. */
export async function saved(form: Locator) {
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
}

export function step(page: Page, name: string) {
  return page.locator('li.timeline-step').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

export async function enterpriseCreated(page: Page, own: Own = OWN) {
  await page.goto('/');
  await page.getByRole('button', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(own.name);
  await page.getByLabel('统一社会信用代码').fill(own.creditCode);
  await page.getByLabel('搜索地区').fill(own.region);
  await page.getByLabel('所在地区（区县）').selectOption(own.region);
  await page.getByLabel('职工总数').fill(own.headcount);
  await page.getByLabel('其中女职工').fill(own.women);
  await page.getByLabel('法定代表人').fill(own.legalRep);
  await page.getByLabel('工会主席').fill(own.unionChair);
  await page.getByLabel('见证单位（镇、街道或市总工会）').fill(own.witness);
  await page.getByLabel('地址').fill(own.address);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: own.name })).toBeVisible();
  await expect(page.getByText(own.regionName, { exact: true })).toBeVisible();
}

export async function peopleAdded(page: Page) {
  for (const p of PEOPLE) {
    await page.getByRole('button', { name: '添加人员' }).click();
    const form = page.getByRole('form', { name: '添加协商人员' });
    await form.getByLabel('姓名').fill(p.name);
    await form.getByLabel('角色').selectOption({ label: p.role });
    await form.getByLabel('所属方').selectOption({ label: p.side });
    await form.getByLabel('职务或岗位').fill(p.post);
    if ('authorization' in p) await form.getByLabel('已有书面委托书').check();
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toHaveCount(0);
  }
}

/** The province's table and the county's tier, as the user types them from the notice they hold. */
export async function minimumWageEntered(page: Page, own: Own = OWN) {
  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '最低工资标准' });
  const table = card.getByRole('form', { name: '添加一张标准表' });
  await table.getByLabel('地区代码（省为前两位，如福建 35）').fill(own.province);
  await table.getByLabel('施行日期（年-月-日）').fill('2025-01-01');
  await table.getByLabel('依据文件（如 闽人社发〔2024〕1号）').fill(own.wageBasis);
  await table.getByLabel('第1档月最低工资（元）').fill('2,660');
  await table.getByLabel('第1档小时最低工资（元）').fill('24');
  await table.getByRole('button', { name: '添加标准表' }).click();
  await expect(card.getByRole('status')).toContainText('自 2025年1月1日 起施行的最低工资标准');
  const tier = card.getByRole('form', { name: '指定县（市、区）的档次' });
  await tier.getByLabel('搜索地区').fill(own.region);
  await tier.getByLabel('所在地区（区县）').selectOption(own.region);
  await tier.getByLabel('档次').selectOption({ label: '第1档' });
  await tier.getByLabel('自何日起（年-月-日）').fill('2025-01-01');
  await tier.getByRole('button', { name: '添加档次' }).click();
  await expect(card.getByRole('status')).toContainText('为第1档');
}

/** A year's wage guideline typed into Settings → 工资指导线与经济数据 (the form, not yet added). */
export async function guidelineFilled(page: Page, g: { region: string; year: string; from: string; baseline: string; upper?: string; lower?: string; source: string }) {
  const add = page.getByRole('region', { name: '工资指导线与经济数据' }).getByRole('form', { name: '添加工资指导线' });
  await add.getByLabel('地区代码（省为前两位，如浙江 33、广东 44）').fill(g.region);
  await add.getByLabel('年度（如 2026）').fill(g.year);
  await add.getByLabel('适用起始日（年-月-日）').fill(g.from);
  await add.getByLabel('基准线（%）').fill(g.baseline);
  if (g.upper !== undefined) await add.getByLabel('上线（%，可不填）').fill(g.upper);
  if (g.lower !== undefined) await add.getByLabel('下线（%，可不填）').fill(g.lower);
  await add.getByLabel('来源（通知或公报名称、文号）').fill(g.source);
  return add;
}

export async function roundCreated(page: Page, title: string, start = '空白开始') {
  await page.getByRole('button', { name: '新建协商轮次' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建协商轮次' });
  await dialog.getByLabel('名称').fill(title);
  await dialog.getByLabel('协议类型').selectOption({ label: '工资专项集体合同' });
  await dialog.getByLabel('起点').selectOption({ label: start });
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('协商轮次')).toContainText(title);
}

export const SCENARIO_WAGES = { 方案1: '2,700', 方案2: '2,850', 方案3: '3,000' } as const;
export const QUARTERS = ['2027年第1季度', '2027年第2季度', '2027年第3季度', '2027年第4季度'] as const;

export async function wageOf(page: Page, scenario: string, amount: string) {
  for (const q of QUARTERS) await page.getByLabel(`${scenario}，${q}，每月基本工资（元）`).fill(amount);
}

export async function modelEntered(page: Page) {
  await page.getByRole('link', { name: '产值与工资测算' }).click();
  await page.getByRole('button', { name: '新建空白测算' }).click();
  await expect(page.getByRole('table', { name: '方案比较' })).toBeVisible();
  await page.getByLabel('基期年份').selectOption({ label: '2026年' });
  await page.getByLabel('基期季度').selectOption({ label: '第4季度' });
  await page.getByLabel('基期产值（2026年第4季度，万元）').fill('1,200');
  for (const [i, change] of ['2', '3', '-1', '4'].entries()) await page.getByLabel(`${QUARTERS[i]}，环比（%）`).fill(change);
  await page.getByRole('button', { name: '增加方案' }).click();
  await page.getByRole('button', { name: '增加方案' }).click();
  for (const [scenario, wage] of Object.entries(SCENARIO_WAGES)) await wageOf(page, scenario, wage);
  await page.getByRole('button', { name: '方案2：双方确认方案' }).click();
  const agreed = page.getByRole('region', { name: '双方确认的工资方案' });
  await expect(agreed.getByRole('table')).toContainText('2,850.00 元');
  await expect(agreed.getByRole('table')).toContainText('人民币贰仟捌佰伍拾元整');
  await expect(page.locator('.save-status')).toHaveText('已保存');
}

export async function termAdded(page: Page, fill: (form: Locator) => Promise<void>) {
  await page.getByRole('tab', { name: '条款' }).click();
  await page.getByRole('button', { name: '添加条款' }).click();
  const form = page.getByRole('form', { name: '添加条款' });
  await fill(form);
  await form.getByRole('button', { name: '保存条款' }).click();
  await expect(form).toHaveCount(0);
}

/** Four kinds of term, from the empty terms screen. */
export async function termsAdded(page: Page) {
  await page.getByRole('link', { name: '协议条款与兑现' }).click();
  await page.getByRole('button', { name: '添加条款' }).first().click();
  const first = page.getByRole('form', { name: '添加条款' });
  await first.getByLabel('条款类别').selectOption({ label: '一次性奖金/红包' });
  await first.getByLabel('条款名称').fill('年终奖');
  await first.getByLabel('每人金额（元）').fill('800');
  await first.getByLabel('应付日期').fill('2027-02-05');
  await first.getByRole('button', { name: '保存条款' }).click();
  await expect(first).toHaveCount(0);
  await termAdded(page, async (f) => {
    await f.getByLabel('条款类别').selectOption({ label: '路费补贴' });
    await f.getByLabel('条款名称').fill('春节返乡路费补贴');
    await f.getByLabel('每人金额（元）').fill('400');
    await f.getByLabel('应付日期').fill('2027-02-20');
  });
  await termAdded(page, async (f) => {
    await f.getByLabel('条款类别').selectOption({ label: '递延带薪假' });
    await f.getByLabel('条款名称').fill('春节加班调休假');
    await f.getByLabel('带薪假天数').fill('3');
    await f.getByLabel('可休起始日期').fill('2027-03-01');
    await f.getByLabel('休假截止日期').fill('2027-06-30');
  });
  await termAdded(page, async (f) => {
    await f.getByLabel('条款类别').selectOption({ label: '非货币承诺' });
    await f.getByLabel('条款名称').fill('冲压车间通风改造');
    await f.getByLabel('承诺领域').selectOption({ label: '投资与改造' });
    await f.getByLabel('承诺内容').fill('冲压车间加装排风除尘设备，降低噪声和粉尘');
    await f.getByLabel('企业投入金额（元，选填）').fill('150,000');
    await f.getByLabel('完成期限').fill('2027-09-30');
  });
  await expect(page.getByRole('table').filter({ hasText: '年终奖' }).getByRole('row')).toHaveCount(5);
}

/** The procedure from the written request to signing and filing, on the round's timeline. */
export async function procedureRecorded(page: Page) {
  await page.getByRole('link', { name: '协商程序' }).click();
  await step(page, '要约').getByRole('button', { name: '记录要约' }).click();
  let form = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await form.getByLabel('提出方').selectOption({ label: '职工方' });
  await form.getByLabel('发出日期').fill('2026-11-02');
  await form.getByLabel('对方收到日期').fill('2026-11-02');
  await form.getByLabel('拟协商时间').fill('2026年11月13日上午9时');
  await form.getByLabel('拟协商地点').fill(OWN.place);
  await form.getByLabel('协商内容').fill('2027年度职工月基本工资标准；年终奖和春节返乡路费补贴；春节加班调休');
  await saved(form);

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
  const items = [
    { topic: '职工月基本工资', ask: '每月 3,000 元', offer: '同意每月 2,850 元' },
    { topic: '年终奖和路费补贴', ask: '年终奖 1,000 元，路费 500 元', offer: '年终奖 800 元，路费 400 元' },
  ];
  for (const [i, item] of items.entries()) {
    const n = i + 1;
    await form.getByRole('button', { name: '添加议题' }).click();
    await form.getByRole('textbox', { name: `议题 ${n}`, exact: true }).fill(item.topic);
    await form.getByLabel(`议题 ${n}：职工方要求`).fill(item.ask);
    await form.getByLabel(`议题 ${n}：企业方意见`).fill(item.offer);
    await form.getByLabel(`议题 ${n}：进展`).selectOption({ label: '已达成一致' });
  }
  await saved(form);

  await step(page, '签字').getByRole('button', { name: '记录协议草案条款' }).click();
  form = page.getByRole('form', { name: '协议草案的条款' });
  const clauses = form.getByRole('group', { name: '草案包含的条款（《工资集体协商试行办法》第七条）' }).getByRole('checkbox');
  for (let i = 0; i < 9; i++) await clauses.nth(i).check();
  await saved(form);

  await step(page, '职代会表决').getByRole('button', { name: '记录表决' }).click();
  form = page.getByRole('form', { name: '记录表决' });
  await form.getByLabel('表决日期').fill('2026-11-20');
  await form.getByLabel('审议机构').selectOption({ label: '职工代表大会' });
  await form.getByRole('textbox', { name: '全体人数' }).fill('60');
  await form.getByRole('textbox', { name: '出席人数' }).fill('45');
  await form.getByRole('textbox', { name: '同意', exact: true }).fill('40');
  await form.getByRole('textbox', { name: '反对', exact: true }).fill('3');
  await form.getByRole('textbox', { name: '弃权', exact: true }).fill('2');
  await form.getByLabel('表决方式').selectOption({ label: '无记名投票' });
  await saved(form);

  await step(page, '签字').getByRole('button', { name: '记录签字' }).click();
  form = page.getByRole('form', { name: '记录签字' });
  await form.getByLabel('签字日期').fill('2026-11-23');
  await saved(form);

  await step(page, '报送审查').getByRole('button', { name: '记录报送审查' }).click();
  form = page.getByRole('form', { name: '记录报送审查' });
  await form.getByLabel('报送日期').fill('2026-11-25');
  await form.getByLabel('劳动保障行政部门收到日期').fill('2026-11-25');
  await form.getByLabel('报送份数').fill('3');
  await saved(form);

  await step(page, '续订').getByRole('button', { name: '记录续订' }).click();
  form = page.getByRole('form', { name: '记录期限与续订' });
  await form.getByLabel('协议期限开始').fill('2026-12-01');
  await form.getByLabel('协议期限结束').fill('2028-11-30');
  await saved(form);
  await expect(page.locator('.proc-finding-block')).toHaveCount(0);
}

/** 文书要素: what only the documents need. */
export async function detailsEntered(page: Page, own: Own = OWN) {
  await page.getByRole('link', { name: '协议文书' }).click();
  await page.getByRole('button', { name: '文书要素' }).click();
  const form = page.getByRole('form', { name: '文书要素（只用于生成文书的内容）' });
  await form.getByLabel('签订地点').fill(own.place);
  await form.getByLabel('受理报送审查的劳动保障行政部门').fill(own.authority);
  await form.getByLabel('每月工资支付日（日）').fill('10');
  await form.getByRole('button', { name: '保存文书要素' }).click();
  await expect(form).toHaveCount(0);
}

/** Drags a zig-zag across a signature box, as a hand with a mouse would. */
export async function drawn(page: Page, label: string, seed: number) {
  const box = (await page.getByRole('img', { name: label }).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 20 + i * ((box.width - 40) / 12), box.y + box.height / 2 + (i % 2 ? -1 : 1) * (15 + seed * 5), { steps: 4 });
  }
  await page.mouse.up();
}
