// A registry row's sector line: the agreements that list the member, each finding in words (or 符合行业标准),
// and the notice button, reachable by keyboard, handing the row's report to the workbench.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { RegistrySectorLine } from '../../../renderer/features/federation/RegistrySectorLine';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { sectorMemberCheck } from '../../../shared/sector/memberCheck';
import { FUDING, sector } from '../../shared/sector/sectorFixtures';

beforeAll(async () => {
  await i18nInit('zh-CN');
});
afterEach(cleanup);

const agreement = sector({ standards: { minimums: [{ regionCode: FUDING, monthlyFen: 160_000 }] } });
const member = agreement.members[0]!;
const titles = new Map([[agreement.id, agreement.title]]);
const ownAt = (baseWage: number) => ({
  creditCode: member.creditCode,
  own: [{ source: 'own', from: '2020-07-01' as IsoDate, to: '2021-06-30' as IsoDate, baseWage: baseWage as Fen, raiseBp: null }],
  healthCommitment: true,
});

describe('RegistrySectorLine', () => {
  it('names the sector agreement and says the member is below its minimum', () => {
    const report = sectorMemberCheck(member, [agreement], ownAt(150_000));
    render(<RegistrySectorLine report={report} titles={titles} name="甲" onNotice={() => {}} />);
    const line = screen.getByRole('group', { name: '行业（区域）性合同' });
    expect(within(line).getByText(`《${agreement.title}》`)).toBeTruthy();
    expect(within(line).getByRole('listitem').textContent).toMatch(/^\[低于标准\] .*月基本工资 1,500.00 元 低于行业最低工资 1,600.00 元/);
  });

  it('says 符合 when nothing is found, and opens the notice from the keyboard', () => {
    const report = sectorMemberCheck(member, [agreement], ownAt(170_000));
    const onNotice = vi.fn();
    render(<RegistrySectorLine report={report} titles={titles} name="甲合成革有限公司" onNotice={onNotice} />);
    expect(screen.getByText('符合行业标准')).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    const button = screen.getByRole('button', { name: '打印通知：甲合成革有限公司' });
    // A native button: in the tab order, Enter and Space click it.
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(onNotice).toHaveBeenCalledWith(report);
  });
});
