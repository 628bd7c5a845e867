import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

const economy = JSON.stringify({
  format: 'wagedesk.economy',
  version: 1,
  guidelines: [{ region: '33', year: 2026, effectiveFrom: '2026-01-01', effectiveTo: null, baselineBp: 500, upperBp: 750, lowerBp: 250, source: { title: '测试通知', readAt: 'local', kind: 'secondary' } }],
  prices: [{ region: '33', year: 2025, changeBp: 30 }],
  averageWages: [{ region: '33', year: 2025, annualFen: 13_000_000 }],
});

describe('cli guideline', () => {
  it('prints the lines of a province, taken by county name, with the CPI and average wage of the year before', async () => {
    const t = cliTestIo({ 'economy.json': economy });
    expect(await cliMain(['guideline', '--region', '慈溪市', '--year', '2026', '--file', 'economy.json'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({
      regionCode: '330282',
      year: 2026,
      guideline: { region: '33', baseline: { percent: '5.00%', bp: 500 }, upper: { bp: 750 }, lower: { bp: 250 }, verified: false, source: { title: '测试通知' } },
      consumerPrices: { year: 2025, changeBp: 30 },
      averageWage: { year: 2025, annualFen: 13_000_000 },
    });
  });

  it('says unknown with exit 1 when no guideline is known, and never guesses', async () => {
    const t = cliTestIo();
    expect(await cliMain(['guideline', '--region', '44', '--year', '2026'], t.io)).toBe(1);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({ regionCode: '440000', guideline: null });
    expect(t.err.join('\n')).toContain('工资指导线未知');
  });

  it('refuses bad arguments and a bad file with exit 2', async () => {
    expect(await cliMain(['guideline', '--region', '44'], cliTestIo().io)).toBe(2);
    expect(await cliMain(['guideline', '--region', '不存在的地方', '--year', '2026'], cliTestIo().io)).toBe(2);
    const bad = cliTestIo({ 'bad.json': economy.replace('"baselineBp":500', '"baselineBp":-500') });
    expect(await cliMain(['guideline', '--region', '33', '--year', '2026', '--file', 'bad.json'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('economyFile.negative');
  });
});
