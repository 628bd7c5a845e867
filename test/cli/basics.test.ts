import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliArgs } from '../../cli/command';
import { cliTestIo } from './cliTestIo';

describe('cli', () => {
  it('lists its commands on help and exits 0', async () => {
    const t = cliTestIo();
    expect(await cliMain(['help'], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain('credit-code');
  });
  it('refuses an unknown command with exit 2', async () => {
    const t = cliTestIo();
    expect(await cliMain(['nope'], t.io)).toBe(2);
    expect(t.err[0]).toContain('unknown command');
  });
  it('checks a credit code and names the expected check character', async () => {
    const good = cliTestIo();
    expect(await cliMain(['credit-code', '91350100m000100y43'], good.io)).toBe(0);
    expect(JSON.parse(good.out.join('\n'))).toMatchObject({ valid: true, code: '91350100M000100Y43' });
    const bad = cliTestIo();
    expect(await cliMain(['credit-code', '91350100M000100Y44'], bad.io)).toBe(1);
    expect(JSON.parse(bad.out.join('\n'))).toMatchObject({ valid: false, problem: 'checksum', expectedCheckChar: '3' });
  });
  it('finds Fuding by code and by name', async () => {
    const byCode = cliTestIo();
    expect(await cliMain(['region', '350982'], byCode.io)).toBe(0);
    expect(byCode.out.join('')).toContain('福鼎市');
    const byName = cliTestIo();
    expect(await cliMain(['region', '福鼎', '--json'], byName.io)).toBe(0);
    expect(JSON.parse(byName.out.join('\n'))[0].code).toBe('350982');
  });
  it('prints the reference case', async () => {
    const t = cliTestIo();
    expect(await cliMain(['sample'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n')).enterprise.name).toBe('福建隆祥皮革有限公司');
  });
  it('parses --key value, --key=value and flags', () => {
    const { positional, options } = cliArgs(['case.json', '--region', '350982', '--date=2021-03-01', '--json']);
    expect(positional).toEqual(['case.json']);
    expect(options.get('region')).toBe('350982');
    expect(options.get('date')).toBe('2021-03-01');
    expect(options.get('json')).toBe(true);
  });
});
