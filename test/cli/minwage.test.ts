import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { regionCountyLevel, regionProvinces } from '../../shared/regions/region';
import { cliTestIo } from './cliTestIo';

describe('cli minwage', () => {
  it('prints Fuding’s tier, monthly and hourly minimum with the table’s source and verified flags', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350982', '--date', '2021-03-01'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({
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
        source: { number: '闽人社发〔2019〕6号', date: '2019-11-13', kind: 'reproduction' },
      },
      tierVerified: true,
      lastAdjustment: '2025-04-01',
      stale: false,
    });
  });

  it('takes a county by name: 福鼎 on 2026-01-01 is 2,045 元 a month and 21.5 元 an hour', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '福鼎', '--date', '2026-01-01'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({
      regionCode: '350982',
      monthly: { yuan: '2,045.00 元' },
      hourly: { yuan: '21.50 元' },
      table: { source: { number: '闽人社文〔2025〕14号' }, effectiveTo: null },
    });
  });

  it('never answers from an ended table: 南宁青秀区 after 2025-06-30 (the 2025-07-01 table lists no counties) asks', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '450103', '--date=2026-06-01'], t.io)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err.join('\n')).toContain('档次未知');
  });

  it('exits 1 and says the tier is unknown and must be entered, never guessing', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350527', '--date', '2018-03-01'], t.io)).toBe(1); // 金门县: in no notice
    expect(t.out).toEqual([]);
    const err = t.err.join('\n');
    for (const text of ['档次未知', '请录入', 'Tier unknown', 'never guesses']) expect(err).toContain(text);
  });

  it('warns when the date lies more than two years after the province’s last known adjustment (MWR art 10)', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '福鼎', '--date', '2027-04-02'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({ stale: true, lastAdjustment: '2025-04-01' });
    expect(t.err.join('\n')).toContain('已超过两年');
  });

  it('exits 1 on a date before any tier is known for the county (2010)', async () => {
    const t = cliTestIo();
    expect(await cliMain(['minwage', '--region', '350982', '--date', '2010-01-01'], t.io)).toBe(1);
    expect(t.err.join('\n')).toContain('Tier unknown');
  });

  it('exits 2 with usage on a missing region, a bad date, or a name that is not one county', async () => {
    for (const args of [['minwage'], ['minwage', '--region', '3509'], ['minwage', '--region', '350982', '--date', '2021-02-30'], ['minwage', '鼓楼区']]) {
      const t = cliTestIo();
      expect(await cliMain(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n')).toMatch(/usage|请用代码指定/);
    }
  });
});

describe('cli minwage: one county of each of the 31 provinces on 2026-06-01', () => {
  const counties = regionProvinces().map((p) => regionCountyLevel().find((c) => c.code.startsWith(p.code.slice(0, 2)))!);

  it('gives a figure in force that day with its source, or says plainly that none is known', async () => {
    expect(counties).toHaveLength(31);
    for (const county of counties) {
      const t = cliTestIo();
      const exit = await cliMain(['minwage', county.code, '--date', '2026-06-01'], t.io);
      if (exit === 0) {
        const found = JSON.parse(t.out.join('\n'));
        expect(found.table.effectiveFrom <= '2026-06-01', county.code).toBe(true);
        expect(found.table.effectiveTo === null || found.table.effectiveTo >= '2026-06-01', county.code).toBe(true);
        expect(found.table.source?.readAt, county.code).toBeTruthy();
      } else {
        expect(exit, county.code).toBe(1);
        expect(t.out).toEqual([]);
        expect(t.err.join('\n'), county.code).toMatch(/档次未知|最低工资表未知/);
      }
    }
  });
});
