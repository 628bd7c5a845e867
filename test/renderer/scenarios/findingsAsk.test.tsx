// Where the county's minimum-wage tier is unknown the findings ask, and offer the way to Settings →
// 最低工资标准 where the user enters it (the app never guesses a tier).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { useAppStore } from '../../../renderer/app/store';
import { i18nInit } from '../../../renderer/i18n';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { FindingsPanel } from '../../../renderer/features/scenarios/FindingsPanel';
import { scenariosMessagesRegister } from '../../../renderer/features/scenarios/messages';

beforeAll(async () => {
  await i18nInit('zh-CN');
  scenariosMessagesRegister();
});
afterEach(cleanup);

describe('FindingsPanel asking for a tier', () => {
  it('links to Settings when the county has no known tier', () => {
    // 金门县 is in no Fujian notice, so it has no tier in the shipped lists.
    const model = caseModelRun(wageCaseFileSchema.parse({ ...referenceWageCase(), regionCode: '350527' }));
    if (!model.ok) throw new Error(model.error.message);
    render(<FindingsPanel result={model.result} />);
    expect(screen.getByText('请核实最低工资')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '在“设置 → 最低工资标准”中填写档次或标准' }));
    expect(useAppStore.getState().route).toEqual({ area: 'settings' });
  });
});
