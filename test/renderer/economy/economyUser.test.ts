// The user's economy figures: stored only after the whole-file check, read back unchanged (and
// re-validated on read); a bad entry or file stores nothing; the forms read their fields only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EconomyData, economyDataEmpty } from '../../../shared/economy/economy';
import { ECONOMY_SETTINGS_KEY, economyFileFrom, economyUserFromText } from '../../../shared/economy/economyFile';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import type { WageDeskDb } from '../../../renderer/db/schema';
import type { DataContext } from '../../../renderer/data/context';
import { economyHandlers } from '../../../renderer/data/economyHandlers';
import { averageFormEmpty, averageFormRead, guidelineFormEmpty, guidelineFormRead, pricesFormEmpty, pricesFormRead } from '../../../renderer/features/economy/economyForm';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';

let db: WageDeskDb;
let ctx: DataContext;
beforeEach(() => {
  db = testDbOpen();
  ctx = { db, deps: testDeps() };
  servicesUse(servicesFor(db));
});
afterEach(async () => {
  await testDbsDelete(db);
});

const guidelineRead = guidelineFormRead({ ...guidelineFormEmpty, region: '33', year: '2026', effectiveFrom: '2026-01-01', baseline: '5', upper: '7.5', lower: '2.5', sourceTitle: '浙江省2026年企业工资指导线（测试）' });
if (!guidelineRead.ok) throw new Error(JSON.stringify(guidelineRead.errors));
const guideline = guidelineRead.value;

describe('economy figures in settings', () => {
  it('reads a guideline form into bp, and names the fields it cannot read', () => {
    expect(guideline).toMatchObject({ region: '33', year: 2026, baseline: 500, upper: 750, lower: 250, effectiveTo: null, verified: false, source: { kind: 'reproduction' } });
    const bad = guidelineFormRead({ ...guidelineFormEmpty, region: '3', year: '26', effectiveFrom: '2026-02-30', baseline: 'abc' });
    expect(bad.ok ? null : Object.keys(bad.errors).sort()).toEqual(['baseline', 'effectiveFrom', 'region', 'sourceTitle', 'year']);
    expect(pricesFormRead({ ...pricesFormEmpty, region: '33', year: '2025', change: '-0.3', sourceTitle: '公报' })).toMatchObject({ ok: true, value: { change: -30 } });
    expect(averageFormRead({ ...averageFormEmpty, region: '33', year: '2025', annual: '130,000', sourceTitle: '公报' })).toMatchObject({ ok: true, value: { annual: 13_000_000 } });
  });

  it('stores the figures and reads them back unchanged', async () => {
    const data: EconomyData = { ...economyDataEmpty, guidelines: [guideline] };
    okValue(await economyHandlers.economyUserWrite(ctx, { data }));
    expect(okValue(await economyHandlers.economyUserRead(ctx))).toEqual(data);
    okValue(await economyHandlers.economyUserWrite(ctx, { data: economyDataEmpty }));
    expect(await db.settings.get(ECONOMY_SETTINGS_KEY)).toBeUndefined();
  });

  it('refuses a negative line, an unknown region and an overlap, storing nothing', async () => {
    for (const bad of [
      { ...guideline, lower: -100 },
      { ...guideline, region: '99' },
    ] as const) {
      const write = await economyHandlers.economyUserWrite(ctx, { data: { ...economyDataEmpty, guidelines: [bad as typeof guideline] } });
      expect(write.ok).toBe(false);
    }
    const overlapping = { ...guideline, year: 2027, effectiveFrom: guideline.effectiveFrom };
    const write = await economyHandlers.economyUserWrite(ctx, { data: { ...economyDataEmpty, guidelines: [guideline, overlapping] } });
    expect(write.ok ? null : write.error.code).toBe('economyFile.overlap');
    expect(await db.settings.get(ECONOMY_SETTINGS_KEY)).toBeUndefined();
    const text = JSON.stringify({ ...economyFileFrom({ ...economyDataEmpty, guidelines: [guideline] }), averageWages: [{ region: '33', year: 2025, annualFen: -5 }] });
    const imported = economyUserFromText(text, economyDataEmpty);
    expect(imported.ok ? null : imported.error).toMatchObject({ code: 'economyFile.negative', params: { field: 'averageWages.0.annualFen' } });
  });

  it('reads a stored value that no longer validates as none', async () => {
    await db.settings.put({ key: ECONOMY_SETTINGS_KEY, value: { format: 'wagedesk.economy', version: 1, guidelines: 'broken' } });
    expect(okValue(await economyHandlers.economyUserRead(ctx))).toEqual(economyDataEmpty);
  });
});
