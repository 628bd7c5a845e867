// `cli minwage` on 2026-06-01 in the northern and central provinces: a figure with its document where the
// county's tier was read, and a plain "unknown" where the table ended (山东) or its county list was not read.
import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

const run = async (...args: string[]) => {
  const t = cliTestIo();
  const exit = await cliMain(['minwage', ...args], t.io);
  return { exit, out: t.out.join('\n'), err: t.err.join('\n') };
};

describe('cli minwage in 天津, 吉林, 黑龙江, 山东 and 河南', () => {
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
    expect(JSON.parse(yanji.out)).toMatchObject({ tier: 2, monthly: { fen: 192000 }, table: { basis: '吉政函〔2024〕66号' } });
    const mohe = await run('--region', '232701', '--date', '2026-06-01');
    expect(JSON.parse(mohe.out)).toMatchObject({ tier: 2, monthly: { fen: 201000 }, table: { verified: false, source: { kind: 'secondary' } } });
  });

  it('山东 after its 2021 table ended, and a 河南 county whose class was not read: exit 1, nothing guessed', async () => {
    for (const code of ['370102', '410102']) {
      const { exit, out, err } = await run('--region', code, '--date', '2026-06-01');
      expect(exit, code).toBe(1);
      expect(out).toBe('');
      expect(err, code).toMatch(/档次未知|最低工资表未知/);
    }
  });
});
