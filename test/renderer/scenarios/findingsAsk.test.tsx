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

describe('FindingsPanel naming the source and how current it is', () => {
  const base = { scenario: '方案1', quarter: '2027-Q3', regionCode: '350982', baseWage: 200_000, rule: 'CNT-02', action: 'block', status: 'below-floor', floor: 204_500, tier: 3 } as const;
  const table = {
    basis: '闽人社文〔2025〕14号',
    effectiveFrom: '2025-04-01',
    effectiveTo: null,
    verified: false,
    tierVerified: false,
    source: { title: '公布我省最低工资标准的通知', number: '闽人社文〔2025〕14号', date: null, readAt: 'https://example.org/n', kind: 'secondary' },
  } as const;
  const panel = (date: string) => {
    const model = caseModelRun(wageCaseFileSchema.parse(referenceWageCase()));
    if (!model.ok) throw new Error(model.error.message);
    const result = { ...model.result, regionCode: '350982', floorFindings: [{ ...base, date, table }] } as unknown as typeof model.result;
    render(<FindingsPanel result={result} />);
  };

  it('says where the figures were read', () => {
    panel('2026-07-01');
    expect(screen.getByText(/读自：公布我省最低工资标准的通知 闽人社文〔2025〕14号（第三方汇编，https:\/\/example.org\/n）/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('warns when the date lies more than two years after the province’s last known adjustment', () => {
    panel('2027-07-01');
    expect(screen.getByRole('note').textContent).toContain('已超过两年');
  });
});
