// `cli minwage` on 2026-06-01 in the northern and central provinces: a figure with its document where the
// county's tier was read, and a plain "unknown" where the county list was not read (河北, most of 山东 and 河南).
import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

const run = async (...args: string[]) => {
  const t = cliTestIo();
  const exit = await cliMain(['minwage', ...args], t.io);
  return { exit, out: t.out.join('\n'), err: t.err.join('\n') };
};

describe('cli minwage in 天津, 河北, 吉林, 黑龙江, 山东 and 河南', () => {
  it('天津和平区: 2,510 元 a month from the 2025-09-01 notice, read on a government copy', async () => {
    const { exit, out } = await run('--region', '120101', '--date', '2026-06-01');
    expect(exit).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      tier: 1,
      monthly: { fen: 251000 },
      hourly: { fen: 2660 },
      table: { effectiveFrom: '2025-09-01', effectiveTo: null, verified: true, source: { date: '2025-08-20', kind: 'reproduction' } },
      tierVerified: true,
      stale: false,
    });
  });

  it('吉林延吉市 and 黑龙江漠河市 by their tiers', async () => {
    const yanji = await run('--region', '222401', '--date', '2026-06-01');
    expect(JSON.parse(yanji.out)).toMatchObject({
      tier: 2,
      monthly: { fen: 202000 },
      hourly: { fen: 2050 },
      table: { effectiveFrom: '2025-12-01', effectiveTo: null, verified: false, source: { kind: 'secondary' } },
      tierVerified: false,
    });
    const before = await run('--region', '222401', '--date', '2025-11-30');
    expect(JSON.parse(before.out)).toMatchObject({ tier: 2, monthly: { fen: 192000 }, table: { basis: '吉政函〔2024〕66号', effectiveTo: '2025-11-30' } });
    const mohe = await run('--region', '232701', '--date', '2026-06-01');
    expect(JSON.parse(mohe.out)).toMatchObject({ tier: 2, monthly: { fen: 201000 }, table: { verified: false, source: { kind: 'secondary' } } });
  });

  it('郑州中原区 in the first class from 2025-12-01, 济南历下区 in the first tier of 鲁政字〔2025〕140号', async () => {
    const zhengzhou = await run('--region', '410102', '--date', '2026-06-01');
    expect(zhengzhou.exit).toBe(0);
    expect(JSON.parse(zhengzhou.out)).toMatchObject({
      tier: 1,
      monthly: { fen: 235000 },
      hourly: { fen: 2300 },
      includesSocialInsurance: true,
      table: { basis: '豫政〔2025〕25号', effectiveFrom: '2025-12-01', verified: false },
      tierVerified: true,
    });
    const jinan = await run('--region', '370102', '--date', '2026-06-01');
    expect(jinan.exit).toBe(0);
    expect(JSON.parse(jinan.out)).toMatchObject({ tier: 1, monthly: { fen: 240000 }, hourly: { fen: 2400 }, table: { basis: '鲁政字〔2025〕140号', verified: true }, tierVerified: false });
  });

  it('a 河北, 山东 or 河南 county whose tier was not read: exit 1, nothing guessed', async () => {
    for (const code of ['130102', '370202', '410202']) {
      const { exit, out, err } = await run('--region', code, '--date', '2026-06-01');
      expect(exit, code).toBe(1);
      expect(out).toBe('');
      expect(err, code).toMatch(/档次未知|最低工资表未知/);
    }
  });
});
