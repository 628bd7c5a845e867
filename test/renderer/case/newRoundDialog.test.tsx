// 新建协商轮次 continues from the latest round by default, even when the round list arrives after the
// dialog opened (a busy machine); once the user picks a start, a late list leaves the choice alone.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RoundId } from '../../../shared/case/round';
import type { Enterprise } from '../../../shared/enterprise/model';
import type { RoundSummary } from '../../../renderer/data/caseHandlers';
import { NewRoundDialog } from '../../../renderer/features/case/NewRoundDialog';
import { i18nInit } from '../../../renderer/i18n';
import '../../../renderer/features/case/messages';

beforeAll(async () => {
  await i18nInit('zh-CN');
});
afterEach(cleanup);

const enterprise = { id: 'e1', name: '兰州金城精密机械有限公司' } as unknown as Enterprise;
const round2027: RoundSummary = { id: 'r2027' as RoundId, title: '2027年度工资集体协商', kind: 'wage', status: 'signed', term: null, previousRoundId: null, updatedAt: '2027-01-01T00:00:00Z' } as unknown as RoundSummary;
const dialog = (rounds: readonly RoundSummary[]) => <NewRoundDialog enterprise={enterprise} rounds={rounds} onCreated={() => {}} onCancel={() => {}} />;
const start = () => screen.getByLabelText('起点') as HTMLSelectElement;

describe('NewRoundDialog', () => {
  it('continues from the latest round when the list arrives after the dialog opened', () => {
    const { rerender } = render(dialog([]));
    expect(start().value).toBe('');
    rerender(dialog([round2027]));
    expect(start().value).toBe('r2027');
  });

  it('keeps a start the user picked when the list arrives late', () => {
    const { rerender } = render(dialog([]));
    fireEvent.change(start(), { target: { value: '' } });
    rerender(dialog([round2027]));
    expect(start().value).toBe('');
  });
});
