// The member form: the county found with the region picker (by name or initials), the picker's search
// emptied for the next member, a member listed from a stored agreement shown with its county, and a
// member without a county not added.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { sectorEn, sectorZh } from '../../../renderer/features/sector/messages';
import { MembersEditor } from '../../../renderer/features/sector/MembersEditor';
import type { SectorMemberInput } from '../../../shared/sector/sectorAgreement';
import { creditCode, members as stored } from '../../shared/sector/sectorFixtures';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('sector', sectorZh, sectorEn);
});
afterEach(cleanup);

function Harness({ initial, onChange }: { initial: SectorMemberInput[]; onChange?: (m: SectorMemberInput[]) => void }) {
  const [members, setMembers] = useState(initial);
  return <MembersEditor members={members} registry={null} disabled={false} onChange={(m) => { setMembers(m); onChange?.(m); }} />;
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const county = () => screen.getByLabelText<HTMLSelectElement>(/^所在地区（区县）/);

describe('MembersEditor', { timeout: 20_000 }, () => {
  it('adds a member in the county the picker found, and empties the search for the next one', () => {
    const changed = vi.fn();
    render(<Harness initial={[]} onChange={changed} />);
    type('企业名称', '霞浦县测试革业有限公司');
    type('统一社会信用代码', creditCode(21));
    type('搜索地区', '霞浦');
    expect(county().value).toBe('350921');
    type('职工人数', '60');
    fireEvent.click(screen.getByRole('button', { name: '添加成员企业' }));
    expect(changed).toHaveBeenLastCalledWith([expect.objectContaining({ name: '霞浦县测试革业有限公司', regionCode: '350921', headcount: 60 })]);
    const table = screen.getByRole('table', { name: '成员企业' });
    expect(within(table).getByText('霞浦县')).toBeTruthy();
    expect((screen.getByLabelText('搜索地区') as HTMLInputElement).value).toBe('');
    expect(county().value).toBe('');
  });

  it('lists several counties for initials and takes the one chosen from the list', () => {
    const changed = vi.fn();
    render(<Harness initial={[]} onChange={changed} />);
    type('企业名称', '福鼎市测试合成革有限公司');
    type('统一社会信用代码', creditCode(22));
    type('搜索地区', 'fd');
    // 肥东县 ranks first for "fd": nothing is chosen until the user picks.
    expect(county().value).toBe('');
    fireEvent.change(county(), { target: { value: '350982' } });
    type('职工人数', '30');
    fireEvent.click(screen.getByRole('button', { name: '添加成员企业' }));
    expect(changed).toHaveBeenLastCalledWith([expect.objectContaining({ regionCode: '350982' })]);
  });

  it('adds nothing without a county, and says so', () => {
    const changed = vi.fn();
    render(<Harness initial={[]} onChange={changed} />);
    type('企业名称', '无区县企业');
    type('统一社会信用代码', creditCode(23));
    type('职工人数', '10');
    fireEvent.click(screen.getByRole('button', { name: '添加成员企业' }));
    expect(changed).not.toHaveBeenCalled();
    expect(screen.getByText('请选择所在区县（6位行政区划代码）。')).toBeTruthy();
    expect(screen.getByText('0 家成员企业，职工共 0 人')).toBeTruthy();
  });

  it('shows the members of a stored agreement with their counties', () => {
    render(<Harness initial={stored} />);
    const table = screen.getByRole('table', { name: '成员企业' });
    expect(within(table).getAllByText('福鼎市')).toHaveLength(2);
    expect(within(table).getAllByText('霞浦县')).toHaveLength(3);
  });
});
