// 职工明白卡 on screen: a worker found by name and previewed alone (never by ID number), 打印本页 printing
// the preview, 打印全部 putting every sheet under the print target before the print dialog opens, once.
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { roundSchema } from '../../../shared/case/round';
import type { RoundId } from '../../../shared/case/round';
import { roundBlank } from '../../../shared/case/roundNew';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { enterpriseInput } from '../../../shared/enterprise/model';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { workerSchema } from '../../../shared/roster/worker';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { WorkerSheetsView } from '../../../renderer/features/workerSheets/WorkerSheetsView';
import { i18nInit } from '../../../renderer/i18n';
import { creditCodeOf } from '../../templates/userCase';

const printed = vi.hoisted(() => ({ count: 0, targets: [] as number[] }));
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({
    kind: 'browser',
    print: async () => {
      printed.count += 1;
      printed.targets.push(document.querySelectorAll('.ws-print-target .ws-page').length);
      return { ok: true, value: { printed: true } };
    },
  }),
}));

const enterprise = enterpriseInput.parse({ name: '绵阳涪江电子有限公司', creditCode: creditCodeOf('91510700MA6A00005'), regionCode: '510703', headcount: 60, legalRepresentative: '蒲建', unionChair: '何琳' });
const roster = ['邓小川', '冉春燕', '伍海波'].map((name, i) =>
  workerSchema.parse({ id: `M${i + 1}`, name, idNumber: idNumberWithCheckChar(`51070319880808${String(i).padStart(3, '0')}`), group: i === 0 ? '贴片线' : '包装线' }),
);
const round = roundSchema.parse({
  ...roundBlank({ id: 'r1' as RoundId, title: '2027年度工资集体协商', kind: 'wage', enterprise }),
  agreed: { kind: 'figures', standards: [{ period: '合同期内', from: '2027-01-01', monthlyFen: 280_000 }] },
  terms: [{ kind: 'bonus', id: 'b', title: '年终奖', amountFen: 60_000, dueDate: '2027-02-01' }],
});

beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(() => {
  printed.count = 0;
  printed.targets.length = 0;
  render(<WorkerSheetsView enterpriseId={'e1' as EnterpriseId} data={{ enterprise, people: [], round, earlier: [], roster }} calendar={holidayCalendarCn} onBack={() => {}} />);
});
afterEach(cleanup);

it('finds a worker by name, not by ID number, and previews only their sheet', () => {
  const search = screen.getByLabelText('查找职工（姓名、工号或班组）');
  fireEvent.change(search, { target: { value: roster[1]!.idNumber.slice(0, 10) } });
  expect(screen.getByText('没有找到符合的职工。')).toBeTruthy();
  fireEvent.change(search, { target: { value: '冉春燕' } });
  fireEvent.click(screen.getByRole('button', { name: '预览 冉春燕 的明白卡' }));
  const sheet = screen.getByRole('article', { name: '冉春燕的明白卡' });
  expect(sheet.textContent).toContain('510703********001');
  expect(sheet.textContent).not.toContain('邓小川');
  expect(sheet.textContent).toContain('人民币贰仟捌佰元整');
});

it('prints the preview alone, then every sheet at once, opening the dialog once each time', async () => {
  fireEvent.click(screen.getByRole('button', { name: '打印本页' }));
  await waitFor(() => expect(printed.count).toBe(1));
  fireEvent.click(screen.getByRole('button', { name: '打印全部（3 页）' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已准备好 3 页，每人一页。'));
  await waitFor(() => expect(printed.count).toBe(2));
  expect(printed.targets).toEqual([1, 3]);
});
