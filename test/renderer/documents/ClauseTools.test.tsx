// The clause wording editor refuses what cannot be a clause: a blank wording (restore the standard text
// instead) and one longer than a clause may be (shared/text/textLimits.ts), saying so in Chinese.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClauseTools } from '../../../renderer/features/documents/ClauseTools';
import { documentsEn, documentsZh } from '../../../renderer/features/documents/messages';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { textLimits } from '../../../shared/text/textLimits';
import type { Block } from '../../../templates/model';

beforeAll(() => {
  i18nInit('zh-CN');
  featureMessagesRegister('documents', documentsZh, documentsEn);
});
afterEach(cleanup);

const block: Extract<Block, { kind: 'clause' }> = { kind: 'clause', id: '工资支付.1', number: '第五条', paragraphs: [{ runs: [{ text: '企业每月15日前支付上月工资。' }] }] };

function editorWith(text: string) {
  const onSave = vi.fn(async () => true);
  render(<ClauseTools block={block} editing onSave={onSave} />);
  fireEvent.click(screen.getByRole('button', { name: '编辑第五条的措辞' }));
  fireEvent.change(screen.getByRole('textbox'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  return onSave;
}

describe('ClauseTools', () => {
  it(`refuses a wording of more than ${textLimits.clause} characters, saying so, and saves nothing`, () => {
    const onSave = editorWith('字'.repeat(textLimits.clause + 1));
    expect(screen.getByRole('alert').textContent).toBe('一条条款的措辞最多 5000 个字，请删减。');
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a wording of exactly the limit', () => {
    const onSave = editorWith('字'.repeat(textLimits.clause));
    expect(onSave).toHaveBeenCalledWith('字'.repeat(textLimits.clause));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('still refuses a blank wording with its own message', () => {
    const onSave = editorWith('  \n ');
    expect(screen.getByRole('alert').textContent).toContain('措辞不能为空');
    expect(onSave).not.toHaveBeenCalled();
  });
});
