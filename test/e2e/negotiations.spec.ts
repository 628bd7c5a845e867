// 协商程序 with the reference case: its March 2020 round on the timeline (in force 2020-03-31, the base
// wage on the minimum wage warned by CNT-02), a vote at exactly half warned by RAT-03, one below half
// refused while the signing stands on record; a new round whose reply deadline moves past the Spring Festival; forms that
// refuse bad input in Chinese; the item board and the printable witness checklist; deleting the new
// round and undoing it. Screenshots land in test-results/screens/negotiations-*.png.
import { test, expect, type Page } from '@playwright/test';
import { roundCreated } from './ownCaseSteps';
import { sampleEnterpriseOpened, sampleRoundOpened } from './sampleSteps';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/negotiations-${name}.png`, fullPage: true });

function step(page: Page, name: string) {
  return page.locator('li.timeline-step').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function voteRecorded(page: Page, counts: { for: string; against: string; abstaining: string }) {
  await step(page, '职代会表决').getByRole('button', { name: '修改第 1 次表决' }).click();
  const form = page.getByRole('form', { name: '修改第 1 次表决' });
  await form.getByRole('textbox', { name: '同意', exact: true }).fill(counts.for);
  await form.getByRole('textbox', { name: '反对', exact: true }).fill(counts.against);
  await form.getByRole('textbox', { name: '弃权', exact: true }).fill(counts.abstaining);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
}

test('the reference record: timeline, effective date, CNT-02; a vote at half warns, and one below half after the signing is refused', async ({ page }) => {
  // The March 2020 round carries the reference procedure record.
  await sampleRoundOpened(page, '协商程序', 'ref-2020-2');
  await expect(page.getByRole('heading', { name: '2020年3月工资协议（第二份工资协议）' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '下一个期限' })).toBeVisible();
  await expect(page.getByText('已开始计算的法定期限都已满足')).toBeVisible();

  const effective = step(page, '生效');
  await expect(effective.locator('.timeline-date')).toHaveText('2020年3月31日');
  await expect(effective.getByText('协议自 2020-03-31 起生效')).toBeVisible();
  const signing = step(page, '签字');
  await expect(signing.locator('.proc-finding-warn').filter({ hasText: 'CNT-02' })).toContainText('恰好等于福鼎市第 3 档最低工资 1,570.00 元');
  await expect(signing.locator('.timeline-state')).toHaveText('已完成');
  // The people of the reference enterprise are the record's: names come from the enterprise's list.
  await expect(step(page, '协商代表')).toContainText('吴华贵');
  await shot(page, '01-reference-timeline');

  await voteRecorded(page, { for: '18', against: '12', abstaining: '3' });
  const vote = step(page, '职代会表决');
  await expect(vote.locator('.proc-finding-warn').filter({ hasText: 'RAT-03' })).toContainText('全体职工代表 36 人，同意 18 人，恰好半数');
  await expect(signing.locator('.timeline-state')).toHaveText('已完成');
  await shot(page, '02-vote-half');

  // A vote below half while the signing stands on record would make the record say the impossible: refused,
  // with the rules it would break, and the typed counts kept in the form.
  await step(page, '职代会表决').getByRole('button', { name: '修改第 1 次表决' }).click();
  const voteForm = page.getByRole('form', { name: '修改第 1 次表决' });
  await voteForm.getByRole('textbox', { name: '同意', exact: true }).fill('17');
  await voteForm.getByRole('textbox', { name: '反对', exact: true }).fill('13');
  await voteForm.getByRole('button', { name: '保存' }).click();
  await expect(voteForm).toContainText('记录没有保存：这样记录会出现新的阻止事项');
  await expect(voteForm).toContainText('RAT-03');
  await expect(voteForm.getByRole('textbox', { name: '同意', exact: true })).toHaveValue('17');
  await expect(signing.locator('.timeline-state')).toHaveText('已完成');
  await shot(page, '03-vote-below-half-refused');

  // After a reload the stored vote is the one at half: the refused one wrote nothing.
  await page.reload();
  await expect(page.getByRole('heading', { name: '2020年3月工资协议（第二份工资协议）' })).toBeVisible();
  await expect(step(page, '职代会表决').locator('.proc-finding-warn').filter({ hasText: 'RAT-03' })).toContainText('同意 18 人，恰好半数');
  await expect(step(page, '签字').locator('.timeline-state')).toHaveText('已完成');

  await page.getByRole('tab', { name: '议题进展' }).click();
  const board = page.locator('table.board');
  await expect(board.getByRole('rowheader', { name: '一线职工基本工资' })).toBeVisible();
  await expect(board.locator('.board-agreed').first()).toBeVisible();
  await expect(board.locator('.board-open').first()).toBeVisible();
  await shot(page, '04-item-board');

  await page.getByRole('tab', { name: '见证核对表' }).click();
  await expect(page.getByRole('heading', { name: '见证核对表' })).toBeVisible();
  const rat03 = page.locator('.witness-table tr').filter({ hasText: 'RAT-03' });
  await expect(rat03.locator('.witness-pill')).toHaveText('有问题');
  await expect(page.locator('.witness-table tr').filter({ hasText: 'REP-01' }).locator('.witness-pill')).toHaveText('符合');
  await expect(page.getByText('福鼎市总工会')).toBeVisible();
  await expect(page.getByRole('button', { name: '打印核对表' })).toBeVisible();
  await shot(page, '05-witness-checklist');
});

test('a new round: the request is required, and the reply deadline moves past the Spring Festival', async ({ page }) => {
  await sampleRoundOpened(page, '协商程序', 'ref-2021-1');
  await roundCreated(page, '2021年工资集体协商');
  await expect(page.getByRole('heading', { name: '2021年工资集体协商' })).toBeVisible();
  await expect(page.getByText('还没有开始计算的法定期限')).toBeVisible();

  await step(page, '要约').getByRole('button', { name: '记录要约' }).click();
  const form = page.getByRole('form', { name: '记录要约（协商意向书）' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('此项必填。')).toBeVisible();
  await expect(form.getByText('表单中有 1 处需要修改，尚未保存。')).toBeVisible();
  await shot(page, '06-request-refused');

  await form.getByLabel('发出日期').fill('2021-02-30');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请按“年-月-日”填写实际存在的日期，如 2021-01-28。')).toBeVisible();
  await form.getByLabel('发出日期').fill('2021年1月28日');
  await form.getByLabel('对方收到日期').fill('2021-01-27');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('收到日期不能早于发出日期。')).toBeVisible();
  await form.getByLabel('对方收到日期').fill('2021-01-28');
  await form.getByLabel('拟协商地点').fill('公司三楼会议室');
  await form.getByLabel('协商内容').fill('2021年度一线职工工资调整');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);

  const next = page.locator('.next-deadline');
  await expect(next.locator('.deadline-date')).toHaveText('2021年2月18日');
  await expect(next).toContainText('书面回应要约');
  await expect(next).toContainText('OFR-02');
  await expect(next).toContainText('2021-02-12 为春节（法定节假日）');
  await expect(next).toContainText('顺延至 2021-02-18（春节后第一个工作日）');
  await expect(next.locator('.deadline-overdue')).toContainText('已逾期');
  await shot(page, '07-spring-festival-deadline');

  // The round is the record: deleting it (from the enterprise's list of rounds) asks first and can be undone.
  await sampleEnterpriseOpened(page);
  const rounds = page.getByRole('region', { name: '协商轮次' });
  await expect(rounds.getByRole('row')).toHaveCount(7);
  await rounds.getByRole('button', { name: '删除：2021年工资集体协商' }).click();
  await expect(page.getByRole('dialog')).toContainText('删除协商轮次？');
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(rounds.getByRole('row', { name: /2021年工资集体协商/ })).toHaveCount(0);
  await expect(rounds.getByRole('row')).toHaveCount(6);
  await page.getByRole('status').filter({ hasText: '已删除协商轮次' }).getByRole('button', { name: '撤销' }).click();
  await expect(rounds.getByRole('row', { name: /2021年工资集体协商/ })).toContainText('协商中');
  await rounds.getByRole('button', { name: '打开：2021年工资集体协商' }).click();
  await page.getByRole('link', { name: '协商程序' }).click();
  await expect(page.getByRole('heading', { name: '2021年工资集体协商' })).toBeVisible();
  await expect(step(page, '要约').locator('.timeline-date')).toHaveText('2021年1月28日');
});

test('a meeting entered by mistake is deleted from the record, and the deletion undone', async ({ page }) => {
  await sampleRoundOpened(page, '协商程序', 'ref-2020-2');
  const meetings = step(page, '协商会议');
  await meetings.getByRole('button', { name: '修改第 1 次会议（2020-03-05）' }).click();
  await meetings.getByRole('button', { name: '删除第 1 次会议' }).click();
  const notice = page.getByRole('status').filter({ hasText: '已删除第 1 次会议。' });
  await expect(notice).toBeVisible();
  await expect(meetings.getByRole('button', { name: /^修改第 \d 次会议/ })).toHaveText(['修改第 1 次会议（2020-03-09）']);
  await shot(page, '10-meeting-deleted');
  await notice.getByRole('button', { name: '撤销' }).click();
  await expect(meetings.getByRole('button', { name: /^修改第 \d 次会议/ })).toHaveText(['修改第 1 次会议（2020-03-05）', '修改第 2 次会议（2020-03-09）']);
  // Kept after a reload: the undo is saved like any edit.
  await page.reload();
  await expect(step(page, '协商会议').getByRole('button', { name: /^修改第 \d 次会议/ })).toHaveCount(2);
});
