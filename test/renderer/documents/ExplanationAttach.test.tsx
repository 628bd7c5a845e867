// 附测算说明 on the request letter's print view: none by default; a scenario chosen puts the annex into the
// document the sheet draws and the .docx is made from; a round without a model says so and offers nothing.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nInit } from '../../../renderer/i18n';
import { caseFileParseText } from '../../../shared/case/caseFile';
import { caseContextOf, caseDataOf } from '../../../templates/case/fromFile';
import { documentPlainText, type Document } from '../../../templates/model';
import { type ExplanationSource, useExplanationAttach } from '../../../renderer/features/documents/ExplanationAttach';
import { zhejiangCaseText } from '../../cli/zhejiangCase';

const letter: Document = { title: '工资集体协商要约书', meta: { draft: true }, blocks: [{ kind: 'paragraph', runs: [{ text: '正文' }] }] };

function Harness({ source }: { readonly source: ExplanationSource }) {
  const { doc, control, note } = useExplanationAttach(source, letter);
  return (
    <>
      {control}
      {note}
      <pre data-testid="doc">{doc ? documentPlainText(doc) : ''}</pre>
    </>
  );
}

function source(): ExplanationSource {
  const file = caseFileParseText(zhejiangCaseText());
  if (!file.ok) throw new Error(file.error.message);
  const ctx = caseContextOf(file.value);
  if (!ctx.ok) throw new Error(ctx.error.message);
  return { data: caseDataOf(file.value), ctx: ctx.value };
}

afterEach(cleanup);
beforeAll(async () => {
  await i18nInit('zh-CN');
});

describe('useExplanationAttach', () => {
  it('attaches nothing until a scenario is chosen, then the annex of that scenario', () => {
    const s = source();
    render(<Harness source={s} />);
    const select = screen.getByLabelText('附测算说明') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.textContent)).toEqual(['不附', '企业方报价', '职工方要求', '议定方案']);
    expect(screen.getByTestId('doc').textContent).not.toContain('测算说明');
    fireEvent.change(select, { target: { value: '议定方案' } });
    expect(screen.getByTestId('doc').textContent).toContain('附件：测算说明');
    expect(screen.getByTestId('doc').textContent).toContain('基本工资增幅 | +2.13% | 本企业产值与工资测算');
    expect(screen.getByText(/已附方案“议定方案”的测算说明/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(screen.getByTestId('doc').textContent).not.toContain('测算说明');
  });

  it('offers nothing for a round without a wage model, and says why', () => {
    const s = source();
    render(<Harness source={{ ...s, data: { ...s.data, round: { ...s.data.round, wage: null, agreed: null } } }} />);
    expect((screen.getByLabelText('附测算说明') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('本轮还没有产值与工资测算，无法附测算说明。')).toBeTruthy();
  });
});
