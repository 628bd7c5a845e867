// The 测算说明 card: what nobody entered reads unknown (never guessed) with the way to Settings, the floor
// check stands beside it, and the English text resolves as the Chinese does.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { useAppStore } from '../../../renderer/app/store';
import { i18nInit, languageSwitch } from '../../../renderer/i18n';
import { ExplanationCard } from '../../../renderer/features/economy/ExplanationCard';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';

beforeAll(async () => {
  await i18nInit('zh-CN');
});
afterEach(cleanup);

function result() {
  const model = caseModelRun(wageCaseFileSchema.parse(referenceWageCase()));
  if (!model.ok) throw new Error(model.error.message);
  return model.result;
}

describe('ExplanationCard', () => {
  it('says the guideline is unknown, links to Settings, and still checks the floor', () => {
    render(<ExplanationCard result={result()} enterpriseName="测试企业" />);
    const card = screen.getByRole('region', { name: '测算说明' });
    expect(card.textContent).toContain('2020年工资指导线：未知');
    expect(card.textContent).toContain('2019年居民消费价格指数：未知');
    expect(card.textContent).toContain('最低工资核对：2020年第4季度的月基本工资高于最低工资');
    fireEvent.click(screen.getAllByRole('link', { name: '去录入' })[0]!);
    expect(useAppStore.getState().route).toEqual({ area: 'settings' });
  });

  it('reads in English', async () => {
    await languageSwitch('en');
    try {
      render(<ExplanationCard result={result()} enterpriseName="Test" />);
      const card = screen.getByRole('region', { name: 'Explanation of the figures' });
      expect(card.textContent).toContain('Wage guideline 2020: unknown.');
      expect(card.textContent).not.toMatch(/economy\./);
    } finally {
      await languageSwitch('zh-CN');
    }
  });
});
