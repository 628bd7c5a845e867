// The term form as a user meets it: each kind shows its own fields; a valid term reaches onSubmit once
// and passes the schema; a wrong one shows its problems and reaches nobody; editing keeps the id and the
// kind; the named-worker picker filters, counts and renders at most 200 workers of a large roster.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { termsMessagesEn, termsMessagesZh } from '../../../renderer/features/terms/messages';
import { TermForm } from '../../../renderer/features/terms/TermForm';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Worker } from '../../../shared/roster/worker';
import { referenceTermInputs } from '../../../shared/sample/referenceTerms';
import { type TermInput, type TermKind, termSchema } from '../../../shared/terms/term';

beforeAll(() => {
  i18nInit('zh-CN');
  // TermsScreen registers the area's text when it loads; the form is tested on its own.
  featureMessagesRegister('terms', termsMessagesZh, termsMessagesEn);
});
afterEach(cleanup);

function worker(n: number, name: string, group: string, hireDate: string | null = '2019-03-01'): Worker {
  const id = `W${String(n).padStart(4, '0')}`;
  return { id, name, idNumber: `00000019900101${String(n).padStart(4, '0')}`, phone: null, group, status: 'working', hireDate: hireDate as IsoDate | null, returnedOn: null, leftOn: null, homeProvince: null, fareFen: null, note: '' };
}
const roster: Worker[] = [worker(1, '张三', '一车间'), worker(2, '张四', '二车间'), worker(3, '李五', '一车间', '2021-01-05'), { ...worker(4, '王六', ''), status: 'left' }];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field by its label's start (required fields end with a * mark). */
const field = (label: string) => screen.getByLabelText(new RegExp(`^${escapeRegExp(label)}\\*?$`)) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const chooseKind = (kind: TermKind) => fireEvent.change(field('条款类别'), { target: { value: kind } });
const save = (name = '保存条款') => fireEvent.click(screen.getByRole('button', { name }));

function renderForm(overrides: Partial<Parameters<typeof TermForm>[0]> = {}) {
  const onSubmit = vi.fn<(term: TermInput) => Promise<string | null>>(async () => null);
  const onCancel = vi.fn();
  render(<TermForm initial={null} roster={roster} agreements={['保岗协议（2020年3月）']} onSubmit={onSubmit} onCancel={onCancel} {...overrides} />);
  return { onSubmit, onCancel };
}

describe('TermForm: the kind decides the fields', () => {
  const kindLabels: Record<TermKind, readonly string[]> = {
    bonus: ['每人金额（元）', '应付日期', '性质'],
    travel_subsidy: ['补贴方式', '每人金额（元）'],
    deferred_leave: ['带薪假天数', '可休起始日期', '休假截止日期'],
    guaranteed_pay: ['月数', '每月金额（元）'],
    retention_allowance: ['每人金额（元）'],
    overtime_premium: ['月工资基数（元）', '加班开始日期', '加班结束日期', '每天加班小时数'],
    commitment: ['承诺领域', '承诺内容', '企业投入金额（元，选填）', '进展', '进展日期（选填）', '完成期限'],
  };

  it.each(Object.entries(kindLabels))('%s shows its fields', (kind, labels) => {
    renderForm();
    chooseKind(kind as TermKind);
    for (const label of labels) expect(field(label)).toBeTruthy();
  });

  it('money kinds offer the basis; leave and commitments do not; a fare share asks for rate and cap', () => {
    renderForm();
    chooseKind('deferred_leave');
    expect(screen.queryByLabelText(/^性质/)).toBeNull();
    expect(screen.queryByLabelText(/^每人金额/)).toBeNull();
    chooseKind('travel_subsidy');
    fireEvent.change(field('补贴方式'), { target: { value: 'fareShare' } });
    expect(field('报销比例（%）')).toBeTruthy();
    expect(field('每人最多（元，选填）')).toBeTruthy();
    expect(screen.queryByLabelText(/^每人金额/)).toBeNull();
  });
});

describe('TermForm: submitting', () => {
  it('a valid bonus reaches onSubmit once, as a term the schema accepts', async () => {
    const { onSubmit } = renderForm();
    type('条款名称', '春节留岗红包');
    type('应付日期', '2021-02-10');
    type('每人金额（元）', '1,750.50');
    type('所属协议', '保岗协议（2020年3月）');
    save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const term = onSubmit.mock.calls[0]![0];
    expect(termSchema.safeParse(term).success).toBe(true);
    expect(term).toMatchObject({ kind: 'bonus', title: '春节留岗红包', amountFen: 175_050, dueDate: '2021-02-10', agreement: '保岗协议（2020年3月）' });
    expect(term.id).toMatch(/^bonus-20210210-[A-Za-z0-9]{8}$/);
  });

  it('an overtime term with a restricted scope carries it', async () => {
    const { onSubmit } = renderForm();
    chooseKind('overtime_premium');
    type('条款名称', '春节加班工资');
    type('应付日期', '2021-02-28');
    type('月工资基数（元）', '3200');
    type('加班开始日期', '2021-02-11');
    type('加班结束日期', '2021-02-17');
    type('每天加班小时数', '7.5');
    fireEvent.click(screen.getByRole('checkbox', { name: '二车间' }));
    fireEvent.submit(field('条款名称').form!);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ kind: 'overtime_premium', monthlyBaseFen: 320_000, hoursPerDay: 7.5, eligibility: { groups: ['二车间'] } });
  });

  it('wrong input shows each problem next to its field and submits nothing', async () => {
    const { onSubmit } = renderForm();
    save();
    expect(await screen.findByText('请填写条款名称。')).toBeTruthy();
    expect(screen.getByText('请选择日期。')).toBeTruthy();
    expect(screen.getByText('请填写这一项。')).toBeTruthy();
    expect(screen.getByText('表单中有 3 处需要修改，尚未保存。')).toBeTruthy();
    type('每人金额（元）', '0');
    expect(screen.getByText('金额必须大于 0。')).toBeTruthy();
    expect(field('每人金额（元）').getAttribute('aria-invalid')).toBe('true');
    chooseKind('overtime_premium');
    type('加班开始日期', '2021-02-18');
    type('加班结束日期', '2021-02-17');
    type('每天加班小时数', '25');
    save();
    expect(screen.getByText('结束日期不能早于开始日期。')).toBeTruthy();
    expect(screen.getByText(/^请输入大于 0、不超过 24 的小时数/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a title past 100 characters is refused on its field, with the limit said', () => {
    const { onSubmit } = renderForm();
    type('条款名称', '长'.repeat(101));
    type('应付日期', '2021-02-10');
    type('每人金额（元）', '500');
    save();
    expect(screen.getByText('条款名称不能超过 100 个字。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('what the schema still refuses shows as a form error, never thrown', async () => {
    const { onSubmit } = renderForm();
    type('条款名称', '春节红包');
    type('所属协议', '长'.repeat(201));
    type('应付日期', '2021-02-10');
    type('每人金额（元）', '500');
    save();
    expect((await screen.findByText(/^内容不符合要求（agreement）/)).textContent).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the error text onSubmit answers with, and a rejection too', async () => {
    const onSubmit = vi.fn(async () => '已有同一编号的条款。');
    renderForm({ onSubmit });
    type('条款名称', '红包');
    type('应付日期', '2021-02-10');
    type('每人金额（元）', '500');
    save();
    expect(await screen.findByText('已有同一编号的条款。')).toBeTruthy();
    onSubmit.mockRejectedValueOnce(new Error('disk full'));
    save();
    expect(await screen.findByText('保存没有完成：disk full')).toBeTruthy();
  });

  it('Esc cancels; in the search box it first clears the search', () => {
    const { onCancel, onSubmit } = renderForm();
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: '张' } });
    fireEvent.keyDown(search, { key: 'Escape' });
    expect((search as HTMLInputElement).value).toBe('');
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.keyDown(field('条款名称'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Enter on a select submits as it does in a text box', async () => {
    renderForm();
    fireEvent.keyDown(field('条款类别'), { key: 'Enter' });
    expect(await screen.findByText('请填写条款名称。')).toBeTruthy();
  });

  it('speaks English when the user chose it', async () => {
    await i18next.changeLanguage('en');
    try {
      renderForm();
      save('Save term');
      expect(await screen.findByText('Enter the term name.')).toBeTruthy();
      expect(field('Amount per worker (yuan)')).toBeTruthy();
    } finally {
      await i18next.changeLanguage('zh-CN');
    }
  });
});

describe('TermForm: editing a stored term', () => {
  const stored = termSchema.parse(referenceTermInputs.find((t) => t.kind === 'overtime_premium'));

  it('starts from the term, locks the kind and keeps the id', async () => {
    const { onSubmit } = renderForm({ initial: stored });
    expect((field('条款类别') as unknown as HTMLSelectElement).disabled).toBe(true);
    expect(field('条款类别').value).toBe('overtime_premium');
    expect(field('月工资基数（元）').value).toBe(stored.kind === 'overtime_premium' ? String(stored.monthlyBaseFen / 100) : 'not overtime');
    expect(field('加班开始日期').value).toBe('2021-02-11');
    expect(field('适用对象（按协议原文）').value).toBe('春节期间留厂工作的职工');
    type('条款名称', '春节加班工资（改）');
    save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({ ...stored, title: '春节加班工资（改）' });
  });
});

describe('TermForm: who the term is for', () => {
  it('counts the covered workers live and picks named workers by search', () => {
    renderForm();
    expect(screen.getByText('花名册上符合的职工：3 人（共 4 人）')).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: '查找职工（姓名或工号）' });
    fireEvent.change(search, { target: { value: '张' } });
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual(['张三（W0001，一车间）', '张四（W0002，二车间）']);
    fireEvent.click(within(list).getByRole('checkbox', { name: '张三（W0001，一车间）' }));
    expect(screen.getByText('已选 1 人')).toBeTruthy();
    expect(screen.getByText('花名册上符合的职工：1 人（共 4 人）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '选中显示的 2 人' }));
    expect(screen.getByText('已选 2 人')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'W0003' } });
    expect(within(screen.getByRole('list')).getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '全部取消' }));
    expect(screen.getByText('已选 0 人')).toBeTruthy();
    fireEvent.change(search, { target: { value: '没有这个人' } });
    expect(screen.getByText('没有找到符合的职工。')).toBeTruthy();
  });

  it('a hire date and statuses narrow the count', () => {
    renderForm();
    type('入职日期不晚于（选填）', '2020-12-31');
    expect(screen.getByText('花名册上符合的职工：2 人（共 4 人）')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '离职' }));
    type('入职日期不晚于（选填）', '');
    expect(screen.getByText('花名册上符合的职工：4 人（共 4 人）')).toBeTruthy();
  });

  it('renders at most 200 of a 5,000-worker roster and says how many more match', () => {
    const big = Array.from({ length: 5000 }, (_, i) => worker(i + 1, `职工${i + 1}`, `班组${i % 10}`));
    renderForm({ roster: big });
    expect(within(screen.getByRole('list')).getAllByRole('checkbox')).toHaveLength(200);
    expect(screen.getByText('另有 4800 人符合，请输入更多文字缩小范围。')).toBeTruthy();
    expect(screen.getByText('花名册上符合的职工：5000 人（共 5000 人）')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '职工49' } });
    // 职工49, 职工490–499, 职工4900–4999: 111 matches, all shown.
    expect(within(screen.getByRole('list')).getAllByRole('checkbox')).toHaveLength(111);
    expect(screen.queryByText(/^另有/)).toBeNull();
  });
});
