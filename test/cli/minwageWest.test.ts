// `cli minwage` in 宁夏 and 云南 on 2026-06-01: each class's figure with its notice, and plainly unknown where
// the class or the table was not read.
import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

const run = async (...args: string[]) => {
  const t = cliTestIo();
  const exit = await cliMain(['minwage', ...args], t.io);
  return { exit, out: t.out.join('\n'), err: t.err.join('\n') };
};

describe('cli minwage in 宁夏', () => {
  it('银川兴庆区 class 1 and 固原原州区 class 2, from 宁政规发〔2025〕2号 as reproduced', async () => {
    const yinchuan = await run('--region', '640104', '--date', '2026-06-01');
    expect(yinchuan.exit).toBe(0);
    expect(JSON.parse(yinchuan.out)).toMatchObject({
      tier: 1,
      monthly: { fen: 223500 },
      hourly: { fen: 2200 },
      includesSocialInsurance: true,
      table: { effectiveFrom: '2025-10-01', effectiveTo: null, verified: false, source: { number: '宁政规发〔2025〕2号', date: '2025-09-05', kind: 'reproduction' } },
      tierVerified: false,
    });
    const guyuan = await run('--region', '640402', '--date', '2026-06-01');
    expect(JSON.parse(guyuan.out)).toMatchObject({ tier: 2, monthly: { fen: 208000 }, hourly: { fen: 2000 } });
  });

  it('before 2025-10-01: exit 1, nothing guessed', async () => {
    const { exit, out, err } = await run('--region', '640104', '--date', '2025-09-30');
    expect(exit).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/档次未知|最低工资表未知/);
  });
});

describe('cli minwage in 云南', () => {
  it('昆明五华区 on 2026-06-01: class 1, 2,170 元, from 云人社发〔2025〕19号 as a compilation cites it', async () => {
    const { exit, out } = await run('--region', '530102', '--date', '2026-06-01');
    expect(exit).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      tier: 1,
      monthly: { fen: 217000 },
      hourly: { fen: 2100 },
      table: { effectiveFrom: '2025-10-01', effectiveTo: '2026-08-31', verified: false, source: { number: '云人社发〔2025〕19号', kind: 'secondary' } },
    });
  });

  it('a county outside 昆明 (曲靖麒麟区): exit 1, its class was not read', async () => {
    const { exit, out, err } = await run('--region', '530302', '--date', '2026-06-01');
    expect(exit).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/档次未知/);
  });
});
