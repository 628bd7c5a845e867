// The region picker: search by name, code or pinyin initials, keyboard choice (type, arrow, Enter), and
// the chosen county's towns, loaded on demand, which the enterprise form turns into a witness suggestion.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { EnterpriseFormScreen } from '../../../renderer/features/enterprises/EnterpriseFormScreen';
import { RegionPicker } from '../../../renderer/features/enterprises/RegionPicker';
import { regionGroupsAll } from '../../../renderer/features/enterprises/regionPickerOptions';
import type { Town } from '../../../shared/regions/town';

beforeAll(async () => {
  await i18nInit('zh-CN');
});
afterEach(cleanup);

function Harness({ towns = true, onSubmit = () => {} }: { towns?: boolean; onSubmit?: () => void }) {
  const [code, setCode] = useState('');
  const [town, setTown] = useState<Town | null>(null);
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <RegionPicker value={code} onChange={setCode} {...(towns ? { town, onTownChange: setTown } : {})} />
      <output data-testid="chosen">{`${code}|${town?.code ?? ''}`}</output>
    </form>
  );
}

const search = () => screen.getByLabelText('搜索地区');
// The required field's label ends in a star.
const county = () => screen.getByLabelText<HTMLSelectElement>(/^所在地区（区县）/);
const chosen = () => screen.getByTestId('chosen').textContent;
const optionTexts = (select: HTMLSelectElement) => within(select).getAllByRole('option').map((o) => o.textContent);
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

// With no query the list holds all 3,000 county-level divisions: happy-dom takes a second or two to build it.
describe('RegionPicker', { timeout: 20_000 }, () => {
  it('finds a county by pinyin initials, ranked, with its full name', () => {
    render(<Harness />);
    type(search(), 'fd');
    const options = optionTexts(county());
    expect(options).toContain('福建省宁德市福鼎市 350982');
    // One group: the full list's groups are gone (getByRole throws on several).
    expect(within(county()).getByRole('group').getAttribute('label')).toBe('符合的地区（3 个）');
    // Several matches: nothing chosen yet.
    expect(chosen()).toBe('|');
  });

  it('lists a matching city as its counties, and chooses the only match as soon as it is typed', () => {
    render(<Harness />);
    type(search(), '宁德');
    expect(optionTexts(county()).slice(1, 3)).toEqual(['福建省宁德市蕉城区 350902', '福建省宁德市霞浦县 350921']);
    type(search(), '福鼎');
    expect(chosen()).toBe('350982|');
    type(search(), '330106');
    expect(chosen()).toBe('330106|');
  });

  it('takes the first result on Enter without submitting the form, and moves into the list on the down arrow', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    type(search(), 'hz');
    const first = within(county()).getAllByRole('option')[1] as HTMLOptionElement;
    expect(first.textContent).toContain('浙江省杭州市');
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(county());
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(chosen()).toBe(`${first.value}|`);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says when nothing matches', () => {
    render(<Harness />);
    type(search(), '不存在的地方');
    expect(optionTexts(county())).toEqual(['没有符合的地区']);
  });

  it("offers the chosen county's towns, searchable by initials, and forgets the town when the county changes", async () => {
    render(<Harness />);
    type(search(), '福鼎');
    const towns = screen.getByLabelText<HTMLSelectElement>('所在乡镇/街道（可选）');
    await waitFor(() => expect(optionTexts(towns)).toContain('太姥山镇 350982104'));
    expect(optionTexts(towns)[0]).toBe('不指定乡镇/街道');
    type(screen.getByLabelText('搜索乡镇/街道'), 'tls');
    expect(chosen()).toBe('350982|350982104');
    type(search(), '宁德');
    fireEvent.change(county(), { target: { value: '350981' } });
    expect(chosen()).toBe('350981|');
  });

  it('offers no towns where the form does not ask for them (minimum wage tables)', () => {
    render(<Harness towns={false} />);
    type(search(), '福鼎');
    expect(chosen()).toBe('350982|');
    expect(screen.queryByLabelText('所在乡镇/街道（可选）')).toBeNull();
  });
});

describe('regionGroupsAll', () => {
  it('keys every group uniquely (重庆市 heads two) and lists cities without counties under their province', () => {
    const groups = regionGroupsAll('只选省份');
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    expect(groups.filter((g) => g.label === '重庆市')).toHaveLength(2);
    const guangdong = groups.find((g) => g.label === '广东省');
    expect(guangdong?.regions.map((r) => r.name)).toEqual(['东莞市', '中山市']);
    expect(groups.at(-1)?.regions).toHaveLength(31);
  });
});

describe('EnterpriseFormScreen', { timeout: 20_000 }, () => {
  it("offers the chosen town's federation as the witness", async () => {
    render(<EnterpriseFormScreen id={null} />);
    type(search(), '福鼎');
    const towns = screen.getByLabelText<HTMLSelectElement>('所在乡镇/街道（可选）');
    await waitFor(() => expect(optionTexts(towns)).toContain('太姥山镇 350982104'));
    expect(screen.queryByRole('button', { name: /总工会/ })).toBeNull();
    fireEvent.change(towns, { target: { value: '350982104' } });
    fireEvent.click(screen.getByRole('button', { name: '填入“太姥山镇总工会”' }));
    expect(screen.getByLabelText<HTMLInputElement>('见证单位（镇、街道或市总工会）').value).toBe('太姥山镇总工会');
    // Filled in: nothing more to offer.
    expect(screen.queryByRole('button', { name: /总工会/ })).toBeNull();
  });
});
