// 附测算说明 on the request letter's print view: none by default; a scenario chosen is kept with the round
// and puts the annex into the letter the sheet draws and every download is made from; a choice whose
// scenario is gone attaches nothing and says so; a round without a model says so and offers nothing.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nInit } from '../../../renderer/i18n';
import { caseFileParseText } from '../../../shared/case/caseFile';
import { caseContextOf, caseDataOf } from '../../../templates/case/fromFile';
import type { CaseContext, CaseData } from '../../../templates/caseViewModel';
import type { CaseDocument } from '../../../templates/caseViewModel';
import { documentsWithChosenExplanation, explanationChosen } from '../../../templates/case/explanationChosen';
import { documentPlainText, type Document } from '../../../templates/model';
import { type ExplanationSource, useExplanationChoice } from '../../../renderer/features/documents/ExplanationAttach';
import { zhejiangCaseText } from '../../cli/zhejiangCase';

const letter: Document = { title: '工资集体协商要约书', meta: { draft: true }, blocks: [{ kind: 'paragraph', runs: [{ text: '正文' }] }] };
const letterRow: CaseDocument = { name: 'request-letter', titleZh: '要约书', doc: letter, missing: [], unmatchedOverrides: [] };

/** The round held as the store would: a choice saves it, and the letter is drawn again from it. */
function Harness({ initial, ctx }: { readonly initial: CaseData; readonly ctx: CaseContext }) {
  const [data, setData] = useState(initial);
  const chosen = explanationChosen(data, ctx);
  const source: ExplanationSource = {
    data,
    chosen,
    choose: async (scenario) => {
      setData((d) => ({ ...d, round: { ...d.round, details: { ...d.round.details, explainScenario: scenario } } }));
      return null;
    },
  };
  const { control, note } = useExplanationChoice(source);
  const doc = documentsWithChosenExplanation([letterRow], chosen)[0]!.doc!;
  return (
    <>
      {control}
      {note}
      <pre data-testid="doc">{documentPlainText(doc)}</pre>
      <span data-testid="kept">{data.round.details.explainScenario}</span>
    </>
  );
}

function zhejiang() {
  const file = caseFileParseText(zhejiangCaseText());
  if (!file.ok) throw new Error(file.error.message);
  const ctx = caseContextOf(file.value);
  if (!ctx.ok) throw new Error(ctx.error.message);
  return { data: caseDataOf(file.value), ctx: ctx.value };
}

const withChoice = (data: CaseData, scenario: string): CaseData => ({ ...data, round: { ...data.round, details: { ...data.round.details, explainScenario: scenario } } });

afterEach(cleanup);
beforeAll(async () => {
  await i18nInit('zh-CN');
});

describe('useExplanationChoice', () => {
  it('attaches nothing until a scenario is chosen, then keeps the choice with the round and attaches that annex', async () => {
    const { data, ctx } = zhejiang();
    render(<Harness initial={data} ctx={ctx} />);
    const select = screen.getByLabelText('附测算说明') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.textContent)).toEqual(['不附', '企业方报价', '职工方要求', '议定方案']);
    expect(screen.getByTestId('doc').textContent).not.toContain('测算说明');
    fireEvent.change(select, { target: { value: '议定方案' } });
    await waitFor(() => expect(screen.getByTestId('kept').textContent).toBe('议定方案'));
    expect(screen.getByTestId('doc').textContent).toContain('附件：测算说明');
    expect(screen.getByTestId('doc').textContent).toContain('基本工资增幅 | +2.13% | 本企业产值与工资测算');
    expect(screen.getByText(/已附方案“议定方案”的测算说明/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(screen.getByTestId('doc').textContent).not.toContain('测算说明'));
  });

  it('a kept choice whose scenario was renamed attaches nothing, shows the old name and asks to choose again', () => {
    const { data, ctx } = zhejiang();
    render(<Harness initial={withChoice(data, '旧方案')} ctx={ctx} />);
    expect((screen.getByLabelText('附测算说明') as HTMLSelectElement).value).toBe('旧方案');
    expect(screen.getByRole('option', { name: '旧方案（已不存在）' })).toBeTruthy();
    expect(screen.getByText(/原选的方案“旧方案”已不在工资测算中/)).toBeTruthy();
    expect(screen.getByTestId('doc').textContent).not.toContain('测算说明');
  });

  it('offers nothing for a round without a wage model, and says why', () => {
    const { data, ctx } = zhejiang();
    render(<Harness initial={{ ...data, round: { ...data.round, wage: null, agreed: null } }} ctx={ctx} />);
    expect((screen.getByLabelText('附测算说明') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('本轮还没有产值与工资测算，无法附测算说明。')).toBeTruthy();
  });
});

describe('documentsWithChosenExplanation', () => {
  it('puts the annex on the request letter alone', () => {
    const { data, ctx } = zhejiang();
    const other: CaseDocument = { ...letterRow, name: 'wage-agreement' };
    const [a, b] = documentsWithChosenExplanation([letterRow, other], explanationChosen(withChoice(data, '企业方报价'), ctx));
    expect(documentPlainText(a!.doc!)).toContain('测算方案：企业方报价');
    expect(b).toBe(other);
  });
});
