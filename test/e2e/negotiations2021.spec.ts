// The reference case's fourth agreement (January 2021: base wage 2000 after the Spring Festival, a 500
// red packet for staying, return fares refunded, deferred leave) recorded end to end through the forms
// on a NEW round started blank, from the written request to publication. The report names months only: the
// days follow templates/referenceDates.ts (request received 2021-01-04, meeting 01-08, congress 01-14,
// signing 01-15, filing 01-19, term from 2021-02-01); the reply (01-06) and the publication (02-05, within
// PUB-01's 5 days of entry into force) are assumed the same way. Before the congress has voted, the
// signing form is refused with RAT-01 and its reason. A second new round exercises the forms around the
// meetings: information asked for too late (OFR-03 warns), a suspension without the next date (MTG-03
// blocks the vote), a draft missing required clauses (CNT-07 blocks the signing).
// Screenshots: test-results/screens/negotiations2021-*.png.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { roundCreated } from './ownCaseSteps';
import { sampleRoundOpened } from './sampleSteps';

const TITLE = '2021年1月工资专项集体合同（第四份工资协议）';
const PLACE = '公司三楼会议室';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/negotiations2021-${name}.png`, fullPage: true });

function step(page: Page, name: string) {
  return page.locator('li.timeline-step').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** Saves `form` and waits for it to close: a form that stays open did not save. */
async function saved(form: Locator) {
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
}

/** A new round of the sample, started blank (起点 空白开始): the round is the procedure record. */
async function newRoundOpened(page: Page) {
  await sampleRoundOpened(page, '协商程序', 'ref-2021-1');
  await roundCreated(page, TITLE);
  await expect(page.getByLabel('协商轮次', { exact: true }).locator('option:checked')).toContainText(TITLE);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  // Nothing of the sample's record came with it.
  await expect(step(page, '要约').getByRole('button', { name: '记录要约' })).toBeVisible();
}

async function requestRecorded(page: Page) {
  await step(page, '要约').getByRole('button', { name: '记录要约' }).click();
  const form = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await form.getByLabel('提出方').selectOption({ label: '职工方' });
  await form.getByLabel('发出日期').fill('2021-01-04');
  await form.getByLabel('对方收到日期').fill('2021-01-04');
  await form.getByLabel('拟协商时间').fill('2021年1月8日上午9时');
  await form.getByLabel('拟协商地点').fill(PLACE);
  await form.getByLabel('协商内容').fill('2021年春节前后一线职工基本工资、春节留厂红包、返乡路费和调休安排');
  await expect(form.getByLabel('以书面形式提出')).toBeChecked();
  await saved(form);
}

async function replyRecorded(page: Page) {
  await step(page, '回应').getByRole('button', { name: '记录回应' }).click();
  const form = page.getByRole('form', { name: '记录回应' });
  await form.getByLabel('回应日期').fill('2021-01-06');
  await form.getByLabel('回应结果').selectOption({ label: '同意协商' });
  await expect(form.getByLabel('以书面形式回应')).toBeChecked();
  await saved(form);
}

/** Three a side from the enterprise's people, the general manager (employer chief) with a written authorization, and the recorder. */
async function representativesRecorded(page: Page) {
  await step(page, '协商代表').getByRole('button', { name: '记录协商代表' }).click();
  const form = page.getByRole('form', { name: '确定协商代表' });
  const rows = form.locator('table.reps-table tbody tr');
  await expect(rows).toHaveCount(6);
  const names: string[] = [];
  for (let i = 0; i < 6; i++) {
    const row = rows.nth(i);
    names.push((await row.getByRole('rowheader').textContent()) ?? '');
    await row.getByRole('checkbox').first().check();
  }
  // The employer chief is not the legal representative: he sits on a written authorization (REP-04).
  const employerChief = rows.filter({ hasText: '企业方' }).filter({ has: page.locator('select option:checked', { hasText: '首席代表' }) });
  await expect(employerChief).toHaveCount(1);
  const chiefName = (await employerChief.getByRole('rowheader').textContent()) ?? '';
  await form.getByLabel(`${chiefName} 持有书面委托书`).check();
  await form.getByLabel('记录员', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('职工方代表由谁确定').selectOption({ label: '工会选派' });
  await form.getByLabel('职工方代表确定日期').fill('2021-01-06');
  await saved(form);
  return names;
}

const items = [
  { topic: '一线职工基本工资', ask: '春节后每月 2000 元', offer: '同意，自 2021-02-18 起每月 2000 元' },
  { topic: '春节留厂红包', ask: '留厂职工每人 500 元', offer: '同意，每人 500 元' },
  { topic: '返乡路费', ask: '按票据全额（100%）报销', offer: '同意，全额报销' },
  { topic: '调休安排', ask: '春节加班可延后调休', offer: '同意，节后安排调休' },
];

async function meetingRecorded(page: Page) {
  await step(page, '协商会议').getByRole('button', { name: '记录协商会议' }).click();
  const form = page.getByRole('form', { name: '记录协商会议' });
  await form.getByLabel('会议日期').fill('2021-01-08');
  await expect(form.getByLabel('会议地点')).toHaveValue(PLACE);
  await form.getByLabel('主持方').selectOption({ label: '职工方' });
  for (const [i, item] of items.entries()) {
    const n = i + 1;
    await form.getByRole('button', { name: '添加议题' }).click();
    await form.getByRole('textbox', { name: `议题 ${n}`, exact: true }).fill(item.topic);
    await form.getByLabel(`议题 ${n}：职工方要求`).fill(item.ask);
    await form.getByLabel(`议题 ${n}：企业方意见`).fill(item.offer);
    await form.getByLabel(`议题 ${n}：进展`).selectOption({ label: '已达成一致' });
  }
  await form.getByLabel('协商记录（其他内容）').fill('双方就四项议题达成一致，形成协议草案，提交职工代表大会审议。');
  await saved(form);
}

/** The draft with all nine clauses of WCM 7 (CNT-07), drafted by the employer (WCM 20). */
async function draftRecorded(page: Page) {
  await step(page, '签字').getByRole('button', { name: '记录协议草案条款' }).click();
  const form = page.getByRole('form', { name: '协议草案的条款' });
  await expect(form.getByLabel('草案起草方')).toHaveValue('employer');
  const clauses = form.getByRole('group', { name: '草案包含的条款（《工资集体协商试行办法》第七条）' }).getByRole('checkbox');
  await expect(clauses).toHaveCount(9);
  for (let i = 0; i < 9; i++) await clauses.nth(i).check();
  await saved(form);
  await expect(step(page, '签字')).toContainText('草案包含第七条 9 项条款中的 9 项。');
}

/** The chiefs try to sign before the congress has voted: the form says why not and takes nothing. */
async function signingRefusedBeforeVote(page: Page) {
  const signing = step(page, '签字');
  await expect(signing.locator('.timeline-state')).toHaveText('受阻');
  await signing.getByRole('button', { name: '记录签字' }).click();
  const form = page.getByRole('form', { name: '记录签字' });
  const reason = form.getByRole('note');
  await expect(reason).toContainText('这一步现在不能进行');
  await expect(reason).toContainText('RAT-01：草案尚未提交职工代表大会或全体职工大会审议：审议通过前不得签字');
  await expect(form.getByLabel('签字日期')).toBeDisabled();
  await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();
  await shot(page, '01-signing-refused-before-vote');
  await form.getByRole('button', { name: '取消' }).click();
  await expect(form).toHaveCount(0);
  await expect(signing.locator('.timeline-date')).toHaveCount(0);
}

async function voteRecorded(page: Page) {
  await step(page, '职代会表决').getByRole('button', { name: '记录表决' }).click();
  const form = page.getByRole('form', { name: '记录表决' });
  await form.getByLabel('表决日期').fill('2021-01-14');
  await form.getByLabel('审议机构').selectOption({ label: '职工代表大会' });
  // 36 representatives, 33 present (over two thirds, RAT-02), 30 for (over half of ALL, RAT-03).
  await form.getByRole('textbox', { name: '全体人数' }).fill('36');
  await form.getByRole('textbox', { name: '出席人数' }).fill('33');
  await form.getByRole('textbox', { name: '同意', exact: true }).fill('30');
  await form.getByRole('textbox', { name: '反对', exact: true }).fill('2');
  await form.getByRole('textbox', { name: '弃权', exact: true }).fill('1');
  await form.getByLabel('表决方式').selectOption({ label: '无记名投票' });
  await form.getByLabel('逐项表决').check();
  // Fujian asks for a written resolution (RAT-05).
  await form.getByLabel('形成书面决议').check();
  await saved(form);
}

async function signingRecorded(page: Page) {
  await step(page, '签字').getByRole('button', { name: '记录签字' }).click();
  const form = page.getByRole('form', { name: '记录签字' });
  await expect(form.getByRole('note')).toHaveCount(0);
  await form.getByLabel('签字日期').fill('2021-01-15');
  for (const label of ['职工方首席代表已签字', '企业方首席代表已签字', '工会已盖章', '企业已盖章']) await expect(form.getByLabel(label)).toBeChecked();
  await saved(form);
}

async function filingRecorded(page: Page) {
  await step(page, '报送审查').getByRole('button', { name: '记录报送审查' }).click();
  const form = page.getByRole('form', { name: '记录报送审查' });
  await form.getByLabel('报送日期').fill('2021-01-19');
  await form.getByLabel('劳动保障行政部门收到日期').fill('2021-01-19');
  await form.getByLabel('报送份数').fill('3');
  await expect(form.getByLabel('附有说明')).toBeChecked();
  await expect(form.getByLabel('收到《审查意见书》（有异议）')).not.toBeChecked();
  await saved(form);
}

async function publicationRecorded(page: Page) {
  await step(page, '公布').getByRole('button', { name: '记录公布' }).click();
  const form = page.getByRole('form', { name: '记录公布' });
  await form.getByLabel('公布日期').fill('2021-02-05');
  await form.getByLabel('公布方式').fill('厂区公告栏张贴');
  await saved(form);
}

/** The agreement's term (templates/referenceDates.ts); no fifth agreement is reported, so no renewal. */
async function termRecorded(page: Page) {
  await step(page, '续订').getByRole('button', { name: '记录续订' }).click();
  const form = page.getByRole('form', { name: '记录期限与续订' });
  await form.getByLabel('协议期限开始').fill('2021-02-01');
  await form.getByLabel('协议期限结束').fill('2022-01-31');
  await saved(form);
}

test('the 2021 negotiation recorded end to end on a new round: every date on the timeline, no block; signing refused before the vote', async ({ page }) => {
  await newRoundOpened(page);
  await requestRecorded(page);
  await replyRecorded(page);
  const names = await representativesRecorded(page);
  await meetingRecorded(page);
  await draftRecorded(page);
  await signingRefusedBeforeVote(page);
  await voteRecorded(page);
  await signingRecorded(page);
  await filingRecorded(page);
  await publicationRecorded(page);
  await termRecorded(page);

  // Every step from the request to publication carries its day; EFF-01: received 2021-01-19 + 15 days.
  const dates: [string, string][] = [
    ['要约', '2021年1月4日'], ['回应', '2021年1月6日'], ['协商代表', '2021年1月6日'], ['协商会议', '2021年1月8日'],
    ['职代会表决', '2021年1月14日'], ['签字', '2021年1月15日'], ['报送审查', '2021年1月19日'], ['生效', '2021年2月3日'], ['公布', '2021年2月5日'],
  ];
  for (const [name, date] of dates) {
    await expect(step(page, name).locator('.timeline-date'), name).toHaveText(date);
    await expect(step(page, name).locator('.timeline-state'), name).toHaveText('已完成');
  }
  await expect(step(page, '生效').getByText('协议自 2021-02-03 起生效')).toBeVisible();
  await expect(step(page, '报送审查')).toContainText('2021年1月19日 报送 3 份文本，劳动保障行政部门 2021年1月19日 收到。');
  await expect(step(page, '续订')).toContainText('协议期限：2021年2月1日 至 2022年1月31日。');
  for (const name of names) await expect(step(page, '协商代表')).toContainText(name);
  await expect(page.locator('.proc-finding-block')).toHaveCount(0);
  await expect(page.locator('.timeline-state-blocked')).toHaveCount(0);
  await expect(page.getByText(/检查结果：阻止 0 项/)).toBeVisible();
  await shot(page, '02-timeline-filled');

  // Saved, not just shown: the same after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(step(page, '公布').locator('.timeline-date')).toHaveText('2021年2月5日');

  await page.getByRole('tab', { name: '议题进展' }).click();
  const board = page.locator('table.board');
  for (const item of items) {
    const row = board.locator('tr').filter({ has: page.getByRole('rowheader', { name: item.topic }) });
    await expect(row).toContainText(item.ask);
    await expect(row).toContainText(item.offer);
    await expect(row.locator('.board-agreed')).toHaveCount(2);
  }
  await expect(board.locator('.board-open')).toHaveCount(0);
  await shot(page, '03-item-board');
});

test('information asked for (OFR-03), a suspension without the next date (MTG-03), a draft missing clauses (CNT-07)', async ({ page }) => {
  await newRoundOpened(page);
  await requestRecorded(page);
  await replyRecorded(page);
  await representativesRecorded(page);
  await meetingRecorded(page);
  const meetings = step(page, '协商会议');

  // OFR-03: asked for on 01-05, provided 01-07, after the day 5 days before the first meeting (01-08).
  await meetings.getByRole('button', { name: '记录资料要求' }).click();
  const info = page.getByRole('form', { name: '记录资料要求' });
  await info.getByLabel('要求方').selectOption({ label: '职工方' });
  await info.getByLabel('要求日期').fill('2021-01-05');
  await info.getByLabel('所要求的资料').fill('2020年工资总额、人工成本和一季度订单');
  await info.getByLabel('对方提供日期').fill('2021-01-04');
  await info.getByRole('button', { name: '保存' }).click();
  await expect(info.getByText('提供日期不能早于要求日期。')).toBeVisible();
  await info.getByLabel('对方提供日期').fill('2021-01-07');
  await saved(info);
  await expect(meetings.locator('.proc-finding-warn').filter({ hasText: 'OFR-03' })).toContainText('于 2021-01-07 才提供');
  await expect(meetings).toContainText('协商前要求提供资料 1 项，已提供 1 项。');

  // MTG-03: a suspension without the next meeting's date blocks the vote until it is recorded.
  await meetings.getByRole('button', { name: '记录中止协商' }).click();
  const pause = page.getByRole('form', { name: '记录中止协商' });
  await expect(pause.getByLabel('中止日期')).toHaveValue('2021-01-08');
  await pause.getByLabel('中止期限（日）').fill('3');
  await pause.getByLabel('中止原因').fill('企业方核算春节留厂人数和成本');
  await saved(pause);
  await expect(meetings.locator('.proc-finding-block').filter({ hasText: 'MTG-03' })).toContainText('2021-01-08 中止协商，没有记录下次协商的时间');
  await step(page, '职代会表决').getByRole('button', { name: '记录表决' }).click();
  const voteForm = page.getByRole('form', { name: '记录表决' });
  await expect(voteForm.getByRole('note')).toContainText('MTG-03');
  await expect(voteForm.getByRole('button', { name: '保存' })).toBeDisabled();
  await shot(page, '04-suspension-blocks-vote');
  await voteForm.getByRole('button', { name: '取消' }).click();

  await meetings.getByRole('button', { name: '修改中止 1（2021-01-08）' }).click();
  const pauseEdit = page.getByRole('form', { name: '修改第 1 次中止协商' });
  await pauseEdit.getByLabel('下次协商日期').fill('2021-01-07');
  await pauseEdit.getByRole('button', { name: '保存' }).click();
  await expect(pauseEdit.getByText('下次协商日期不能早于中止日期。')).toBeVisible();
  await pauseEdit.getByLabel('下次协商日期').fill('2021-01-11');
  await expect(pauseEdit.getByLabel('下次协商地点')).toHaveValue(PLACE);
  await pauseEdit.getByLabel('下次协商议题').fill('春节留厂红包\n返乡路费');
  await saved(pauseEdit);
  await expect(meetings.locator('.proc-finding-block')).toHaveCount(0);
  await expect(meetings).toContainText('中止协商 1 次。');

  // CNT-07: without clauses (三), (五) and (六) the draft cannot be signed, even after a passing vote.
  await step(page, '签字').getByRole('button', { name: '记录协议草案条款' }).click();
  const draft = page.getByRole('form', { name: '协议草案的条款' });
  await draft.getByLabel('（一）工资协议的期限').check();
  await draft.getByLabel('（二）工资分配制度、工资标准和工资分配形式').check();
  await saved(draft);
  await voteRecorded(page);
  const signing = step(page, '签字');
  await expect(signing.locator('.proc-finding-block').filter({ hasText: 'CNT-07' }))
    .toContainText('草案缺少必备条款：（三）职工年度平均工资水平及其调整幅度、（五）工资支付办法、（六）变更、解除工资协议的程序');
  await signing.getByRole('button', { name: '记录签字' }).click();
  const signingForm = page.getByRole('form', { name: '记录签字' });
  await expect(signingForm.getByRole('note')).toContainText('CNT-07：草案缺少必备条款');
  await expect(signingForm.getByRole('button', { name: '保存' })).toBeDisabled();
  await shot(page, '05-draft-missing-clauses');
  await signingForm.getByRole('button', { name: '取消' }).click();

  await signing.getByRole('button', { name: '修改协议草案条款' }).click();
  const draftEdit = page.getByRole('form', { name: '协议草案的条款' });
  for (const label of ['（三）职工年度平均工资水平及其调整幅度', '（五）工资支付办法', '（六）变更、解除工资协议的程序']) await draftEdit.getByLabel(label).check();
  await saved(draftEdit);
  await expect(signing.locator('.proc-finding-block')).toHaveCount(0);
  await expect(signing.locator('.proc-finding-warn').filter({ hasText: 'CNT-07' })).toContainText('（四）奖金、津贴、补贴等分配办法');
  await expect(signing.locator('.timeline-state')).toHaveText('未完成');
});
