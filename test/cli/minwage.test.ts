import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

describe('cli minwage', () => {
  it('prints Fuding’s tier, monthly and hourly minimum with the table’s basis and verified flag', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350982', '--date', '2021-03-01'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toEqual({
      regionCode: '350982',
      region: '福建省宁德市福鼎市',
      date: '2021-03-01',
      tier: 3,
      monthly: { yuan: '1,570.00 元', fen: 157000 },
      hourly: { yuan: '16.50 元', fen: 1650 },
      includesSocialInsurance: true,
      table: {
        basis: '闽人社发〔2019〕6号',
        effectiveFrom: '2020-01-01',
        effectiveTo: '2022-03-31',
        verified: true,
        note: 'monthly figures verified; hourly verified for tier 2 only',
      },
      tierVerified: true,
    });
  });

  it('uses the table in force on the date (2022 table from April 2022, tier carried over unverified)', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350982', '--date=2022-04-01'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({ tier: 3, monthly: { fen: 181000 }, tierVerified: false });
  });

  it('exits 1 and says the tier is unknown and must be entered, never guessing', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350124', '--date', '2021-03-01'], t.io)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err[0]).toContain('档次未知');
    expect(t.err[0]).toContain('请录入');
    expect(t.err[0]).toContain('Tier unknown');
    expect(t.err[0]).toContain('never guesses');
  });

  it('exits 1 on a date before any tier is known for the county (2010)', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350982', '--date', '2010-01-01'], t.io)).toBe(1);
    expect(t.err[0]).toContain('Tier unknown');
  });

  it('exits 2 with usage on a missing region or a bad date', async () => {
    for (const args of [['minwage'], ['minwage', '--region', '3509'], ['minwage', '--region', '350982', '--date', '2021-02-30']]) {
      const t = cliTestIo();
      expect(await cliMain(args, t.io)).toBe(2);
      expect(t.err[0]).toContain('usage');
    }
  });
});
