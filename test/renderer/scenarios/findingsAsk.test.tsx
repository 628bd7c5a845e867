// Where the county's minimum-wage tier is unknown the findings ask, and offer the way to Settings →
// 最低工资标准 where the user enters it (the app never guesses a tier).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Quarter } from '../../../shared/dates/quarter';
import { fen } from '../../../shared/money/fen';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { floorFinding } from '../../../shared/wage/floor';
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

describe('FindingsPanel when the known table was adjusted since on a day not read', () => {
  it('says how far the table is confirmed and asks for the new one', () => {
    // 兰州城关区 in 2026: 甘肃's 2023 table is confirmed only to 2025-04-01 (a newer one exists, its start not read).
    const model = caseModelRun(wageCaseFileSchema.parse(referenceWageCase()));
    if (!model.ok) throw new Error(model.error.message);
    const lookup = minimumWageFor('620102', isoDate('2026-04-01'), minimumWageShipped().tables, minimumWageShipped().assignments);
    const ask = floorFinding({ scenario: '方案1', quarter: '2026-Q2' as Quarter, date: isoDate('2026-04-01'), regionCode: '620102', baseWage: fen(210_000) }, lookup);
    expect(ask).toMatchObject({ action: 'ask', reason: 'table-superseded', confirmedTo: '2025-04-01' });
    render(<FindingsPanel result={{ ...model.result, regionCode: '620102', floorFindings: [ask!] } as typeof model.result} />);
    expect(screen.getByText(/已知的最低工资标准只核实到2025年4月1日，此后当地已另行调整/)).toBeTruthy();
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
