// 与上一份协议比较 on 协议文书, with the sample loaded into a database of the test's own and read through the
// facade as the app reads it: the comparison of ref-2020-2 with ref-2020-1 (which text, the summary, the
// wage old → new in <del>/<ins> with spoken labels, unchanged articles folded), the .docx with tracked
// changes through the platform's save, the previous round's signed text preferred to its data, and the
// reasons given, in Chinese, when there is nothing to compare with.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import type { Round, RoundId } from '../../../shared/case/round';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Enterprise, EnterpriseId } from '../../../shared/enterprise/model';
import { deadlineRulesDefault } from '../../../shared/procedure/deadlineRules';
import { agreementFreeze, agreementSign } from '../../../templates/agreement/flow';
import { caseDocuments } from '../../../templates/caseViewModel';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { send } from '../../../renderer/data/send';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { DocumentsScreen } from '../../../renderer/features/documents/DocumentsScreen';
import { templateRows } from '../../../renderer/features/documents/templateRows';
import { calendarCurrent } from '../../../renderer/features/calendar/calendarLoad';
import { minimumWageCurrent } from '../../../renderer/features/minimumWage/minimumWageLoad';
import { i18nInit } from '../../../renderer/i18n';
import type { FileToSave } from '../../../renderer/platform';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { zipEntryText } from '../../templates/zipEntry';

const saved: FileToSave[] = [];
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({
    kind: 'browser',
    saveFile: async (file: FileToSave) => {
      saved.push(file);
      return { ok: true, value: { saved: true, path: file.suggestedName } };
    },
    print: async () => ({ ok: true, value: { printed: true } }),
  }),
}));

const AGREEMENT = '工资专项集体合同';
let db: WageDeskDb;
let enterprise: Enterprise;
const store = () => useAppStore.getState();

beforeAll(async () => {
  await i18nInit('zh-CN');
});

beforeEach(async () => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  saved.length = 0;
  const sample = okValue(await send('sampleLoad'));
  enterprise = okValue(await send('enterpriseGet', { id: sample.enterpriseId }));
  useAppStore.setState({ enterprises: [enterprise], enterprisesStatus: 'ready', notice: null });
});

afterEach(async () => {
  cleanup();
  await store().caseSelect(null, null);
  await testDbsDelete(db);
});

function documentsOpened(roundId: string) {
  store().navigate({ area: 'documents', enterpriseId: enterprise.id, roundId });
  return render(<DocumentsScreen />);
}

const compareButton = () => screen.findByRole('button', { name: `与上一份协议比较：${AGREEMENT}` }, { timeout: 5000 });

/** ref-2020-1's wage agreement frozen and signed on paper by both chiefs, stored through the facade. */
async function previousSigned(): Promise<AgreementVersion> {
  const enterpriseId = enterprise.id as EnterpriseId;
  const loaded = okValue(await send('caseLoad', { enterpriseId, roundId: 'ref-2020-1' as RoundId }));
  const people = okValue(await send('peopleList', { enterpriseId })).items;
  const ctx = { minimumWage: minimumWageCurrent(), calendar: calendarCurrent(), deadlineRules: deadlineRulesDefault };
  const { views, documents } = caseDocuments({ enterprise, people, round: loaded.round, earlier: loaded.earlier, roster: loaded.roster }, ctx);
  const row = templateRows('wage', 'ref-2020-1', documents, views, [], isoDate('2020-01-10')).find((r) => r.main)!;
  const frozen = await agreementFreeze(row.name, { roundId: 'ref-2020-1', creditCode: enterprise.creditCode }, row.state, row.content!);
  if (!frozen.ok) throw new Error(frozen.error.message);
  const signedAt = '2020-01-10T10:00:00+08:00';
  const signed = agreementSign(frozen.value.next, [
    { role: 'workers_chief', name: '吴华贵', signedAt, kind: 'wet' },
    { role: 'employer_chief', name: '陈会珍', signedAt, kind: 'wet' },
  ]);
  if (!signed.ok) throw new Error(signed.error.message);
  okValue(await send('agreementsSave', { enterpriseId, versions: [signed.value] }));
  return signed.value;
}

/** Changes a stored round of the sample, as a later edit in the app would. */
async function roundEdited(roundId: string, edit: (round: Round) => Round): Promise<void> {
  const enterpriseId = enterprise.id as EnterpriseId;
  const loaded = okValue(await send('caseLoad', { enterpriseId, roundId: roundId as RoundId }));
  okValue(await send('roundSave', { enterpriseId, round: edit(loaded.round) }));
}

describe('与上一份协议比较', () => {
  it('shows which text it compares with, the summary, the wage old → new, and the text as a redline', async () => {
    documentsOpened('ref-2020-2');
    fireEvent.click(await compareButton());

    const view = await screen.findByRole('heading', { name: `与上一份协议比较：${AGREEMENT}`, level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(view));
    expect(screen.getByRole('status').textContent).toBe('与上一轮的草稿比较（上一轮：2020年初工资协议（第一份工资协议），协议尚未定稿）');

    const summary = screen.getByRole('region', { name: '改动概要' });
    expect(summary.textContent).toContain('条款：修改 2 条，新增 2 条，删除 0 条；另有 26 条只是条号变动');
    const amount = within(summary).getByRole('listitem', { name: (_, el) => el.textContent?.startsWith('月基本工资') ?? false });
    expect(amount.textContent).toBe('月基本工资（合同期内（2020年4月1日起）） 删除：1,750.00 元（删除结束） → 新增：1,570.00 元（新增结束）');
    expect(amount.querySelector('del')!.textContent).toContain('1,750.00 元');
    expect(amount.querySelector('ins')!.textContent).toContain('1,570.00 元');

    // In the wage table the cell reads old struck, new underlined, each announced by its hidden label.
    const sheet = screen.getByRole('article', { name: AGREEMENT });
    const cell = [...sheet.querySelectorAll('td.doc-redline-cell-changed')].find((td) => td.textContent?.includes('1,570.00'))!;
    expect(cell.querySelector('del')!.textContent).toBe('删除：1,750.00 元（删除结束）');
    expect(cell.querySelector('ins')!.textContent).toBe('新增：1,570.00 元（新增结束）');
    expect(cell.querySelector('del .doc-visually-hidden')!.textContent).toBe('删除：');

    // The two added articles are shown whole; an article only renumbered folds to its number, 第九条 → 第十一条.
    const folds = [...sheet.querySelectorAll<HTMLDetailsElement>('details.doc-redline-fold')];
    expect(folds.length).toBeGreaterThan(26);
    const renumbered = folds.find((d) => d.querySelector('summary ins')?.textContent === '新增：十一（新增结束）')!;
    expect(renumbered.open).toBe(false);
    expect(renumbered.querySelector('summary del')!.textContent).toBe('删除：九（删除结束）');
    expect(renumbered.querySelector('summary')!.textContent).toContain('仅条号变动');
    expect([...sheet.querySelectorAll(':scope > div.doc-clause ins')].some((ins) => ins.textContent?.includes('第九条'))).toBe(true);

    const toggle = screen.getByRole('button', { name: '展开全部未改动的内容' });
    fireEvent.click(toggle);
    expect([...sheet.querySelectorAll<HTMLDetailsElement>('details.doc-redline-fold')].every((d) => d.open)).toBe(true);
    expect(screen.getByRole('button', { name: '收起未改动的内容' }).getAttribute('aria-pressed')).toBe('true');

    // Back to the list: the button that opened the view has the focus again.
    fireEvent.click(screen.getByRole('button', { name: '返回文书列表' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`与上一份协议比较：${AGREEMENT}`));
  });

  it('downloads the redline as a .docx with Word tracked changes by the union, through the platform', async () => {
    documentsOpened('ref-2020-2');
    fireEvent.click(await compareButton());
    fireEvent.click(await screen.findByRole('button', { name: '下载修订版 Word (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = saved[0]!;
    expect(file.suggestedName).toBe(`福建隆祥皮革有限公司-${AGREEMENT}-修订稿（与上一轮比较）.docx`);
    expect(file.extensions).toEqual(['docx']);
    const xml = zipEntryText(file.data, 'word/document.xml');
    expect(xml).toMatch(/<w:del [^>]*w:author="福建隆祥皮革有限公司工会"[^>]*>.*?<w:delText[^>]*>1,750.00<\/w:delText>/s);
    expect(xml).toMatch(/<w:ins [^>]*w:author="福建隆祥皮革有限公司工会"/);
    await waitFor(() => expect(store().notice?.text).toContain('修订稿'));
  });

  it('compares with the text the previous round signed, even after its data changed', async () => {
    await previousSigned();
    // After signing, ref-2020-1's payday was cleared: its draft could no longer be made, its signed text still stands.
    await roundEdited('ref-2020-1', (r) => ({ ...r, details: { ...r.details, payday: null } }));
    documentsOpened('ref-2020-2');
    fireEvent.click(await compareButton());
    expect((await screen.findByRole('status')).textContent).toBe('与上一轮已签署的第 1 版比较（上一轮：2020年初工资协议（第一份工资协议））');
    expect(screen.getByRole('region', { name: '改动概要' }).textContent).toContain('1,750.00 元');
  });

  it('says why in Chinese when the previous round cannot make its agreement, and offers nothing without a previous round', async () => {
    await roundEdited('ref-2020-1', (r) => ({ ...r, details: { ...r.details, payday: null } }));
    const { unmount } = documentsOpened('ref-2020-2');
    const row = (await screen.findByRole('rowheader', { name: `${AGREEMENT} 本轮协议` }, { timeout: 5000 })).closest('tr')!;
    await waitFor(() => expect(row.textContent).toContain('无法与上一份协议比较：上一轮（2020年初工资协议（第一份工资协议））的协议还不能生成，缺少：工资支付日。'));
    expect(screen.queryByRole('button', { name: /^与上一份协议比较/ })).toBeNull();
    unmount();

    documentsOpened('ref-2020-1');
    await screen.findByRole('rowheader', { name: `${AGREEMENT} 本轮协议` }, { timeout: 5000 });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(screen.queryByRole('button', { name: /^与上一份协议比较/ })).toBeNull();
    expect(screen.queryByText(/无法与上一份协议比较/)).toBeNull();
  });

  it('explains that a job-retention round copied from a wage round has nothing of its kind to compare with', async () => {
    documentsOpened('ref-2020-jr');
    expect(await screen.findByText(/^无法与上一份协议比较：上一轮（2020年3月工资协议（第二份工资协议））是另一类协议/, {}, { timeout: 5000 })).toBeTruthy();
  });
});
