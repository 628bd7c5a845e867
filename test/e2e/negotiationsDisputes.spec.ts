// What happens to the table during the talks, recorded through the forms on a NEW round (started blank)
// of the reference enterprise, with the clock fixed at 2021-04-03: a dispute accepted by the labour
// administration on 2021-03-03 and still open (31 days later, past CCR 52's 30 days: DSP-01 warns under
// 协商会议, and its deadline is in the deadlines list), a workers' seat vacant since 2021-03-10 and not
// refilled within 15 days (REP-08 warns under 协商代表), a representative's status change (REP-10), and
// the forms refusing impossible dates in Chinese before anything is saved.
// Screenshots: test-results/screens/negotiationsDisputes-*.png.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { roundCreated } from './ownCaseSteps';
import { sampleRoundOpened } from './sampleSteps';

const TITLE = '2021年协商争议与代表出缺';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/negotiationsDisputes-${name}.png`, fullPage: true });

function step(page: Page, name: string) {
  return page.locator('li.timeline-step').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function saved(form: Locator) {
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
}

/** A new round of the sample, started blank (起点 空白开始): the round is the procedure record. */
async function newRoundOpened(page: Page) {
  await page.clock.setFixedTime(new Date('2021-04-03T10:00:00+08:00'));
  await sampleRoundOpened(page, '协商程序', 'ref-2021-1');
  await roundCreated(page, TITLE);
  await expect(page.getByLabel('协商轮次', { exact: true }).locator('option:checked')).toContainText(TITLE);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  // Nothing of the sample's record came with it.
  await expect(step(page, '要约').getByRole('button', { name: '记录要约' })).toBeVisible();
}

/** Every one of the enterprise's six negotiators; returns the first workers' representative's name. */
async function representativesRecorded(page: Page): Promise<string> {
  await step(page, '协商代表').getByRole('button', { name: '记录协商代表' }).click();
  const form = page.getByRole('form', { name: '确定协商代表' });
  const rows = form.locator('table.reps-table tbody tr');
  await expect(rows).toHaveCount(6);
  for (let i = 0; i < 6; i++) await rows.nth(i).getByRole('checkbox').first().check();
  const worker = (await rows.filter({ hasText: '职工方' }).first().getByRole('rowheader').textContent()) ?? '';
  await saved(form);
  return worker;
}

test('a dispute open 31 days after acceptance warns (DSP-01), with its deadline listed', async ({ page }) => {
  await newRoundOpened(page);
  const meetings = step(page, '协商会议');
  await meetings.getByRole('button', { name: '记录协商争议' }).click();
  const form = page.getByRole('form', { name: '记录协商争议（争议处理）' });
  // Impossible dates are refused in Chinese, and nothing is saved.
  await form.getByLabel('书面申请协调处理日期').fill('2021-03-01');
  await form.getByLabel('劳动保障行政部门受理日期').fill('2021-02-27');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('受理日期不能早于申请日期。')).toBeVisible();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await shot(page, 'dispute-invalid');
  await form.getByRole('button', { name: '取消' }).click();
  await expect(meetings.getByRole('button', { name: /修改争议处理/ })).toHaveCount(0);

  await meetings.getByRole('button', { name: '记录协商争议' }).click();
  const again = page.getByRole('form', { name: '记录协商争议（争议处理）' });
  await again.getByLabel('书面申请协调处理日期').fill('2021-03-01');
  await again.getByLabel('劳动保障行政部门受理日期').fill('2021年3月3日');
  await again.getByLabel('协调人员与处理情况').fill('区人社局劳动关系科协调，双方各派代表参加');
  await saved(again);

  await expect(meetings).toContainText('争议处理：协商争议 1 项，已处理完毕 0 项。');
  await expect(meetings.locator('.proc-finding-warn').filter({ hasText: 'DSP-01' }))
    .toContainText('2021-03-03 受理的协商争议已逾期 1 日未处理完毕');
  const deadlines = page.locator('section.next-deadline');
  await deadlines.locator('details.deadline-all > summary').click();
  const row = deadlines.locator('details.deadline-all tr').filter({ hasText: 'DSP-01' });
  await expect(row).toContainText('2021-04-02');
  await shot(page, 'dispute-overdue');

  // Extended by 15 days (CCR 52): the deadline moves to 2021-04-19 and the warning turns to a reminder.
  await meetings.getByRole('button', { name: '修改争议处理 1（2021-03-01）' }).click();
  const edit = page.getByRole('form', { name: '修改第 1 项协商争议' });
  await edit.getByLabel('处理期限已延期（最多 15 日）').check();
  await saved(edit);
  await expect(meetings.locator('.proc-finding-warn').filter({ hasText: 'DSP-01' })).toHaveCount(0);
  await expect(meetings.locator('.proc-finding').filter({ hasText: 'DSP-01' })).toContainText('（已延期）');
  await expect(deadlines.locator('details.deadline-all tr').filter({ hasText: 'DSP-01' })).toContainText('2021-04-19');
});

test('a seat vacant more than 15 days warns (REP-08); a status change is recorded (REP-10)', async ({ page }) => {
  await newRoundOpened(page);
  const worker = await representativesRecorded(page);
  const reps = step(page, '协商代表');

  await reps.getByRole('button', { name: '记录代表出缺' }).click();
  const form = page.getByRole('form', { name: '记录代表出缺' });
  await form.getByLabel('出缺的代表').selectOption({ label: `${worker}（职工方）` });
  await form.getByLabel('出缺日期').fill('2021-03-10');
  // A fill date without the replacement is refused.
  await form.getByLabel('补足日期').fill('2021-03-09');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('补足日期不能早于出缺日期。')).toBeVisible();
  await expect(form.getByText('已填写补足日期，请选择补足的代表。')).toBeVisible();
  await form.getByLabel('补足日期').fill('');
  await saved(form);

  await expect(reps).toContainText('代表出缺 1 项，已补足 0 项。');
  await expect(reps.locator('.proc-finding-warn').filter({ hasText: 'REP-08' }))
    .toContainText(`职工方代表${worker}于 2021-03-10 出缺，已逾期`);
  const deadlines = page.locator('section.next-deadline');
  await deadlines.locator('details.deadline-all > summary').click();
  await expect(deadlines.locator('details.deadline-all tr').filter({ hasText: 'REP-08' })).toContainText('2021-03-25');
  await shot(page, 'vacancy-overdue');

  await reps.getByRole('button', { name: '记录代表身份变动' }).click();
  const change = page.getByRole('form', { name: '记录职工方代表身份变动' });
  await change.getByLabel('职工方代表').selectOption({ label: worker });
  await change.getByLabel('变动日期').fill('2021-03-10');
  await change.getByLabel('变动情形').selectOption({ label: '调整工作岗位' });
  await saved(change);
  await expect(reps.locator('.proc-finding-warn').filter({ hasText: 'REP-10' }))
    .toContainText(`职工方代表${worker}于 2021-03-10 调整工作岗位`);
  await shot(page, 'status-change');
});
