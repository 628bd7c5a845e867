// `cli region`: finds divisions by name, code or pinyin initials with their names from the province
// down, and lists a county's towns.
import { describe, expect, it } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

async function run(...args: string[]) {
  const t = cliTestIo();
  const code = await cliMain(['region', ...args], t.io);
  return { code, out: t.out, err: t.err };
}

describe('cli region', () => {
  it('prints code and full name path, by initials, code or name', async () => {
    const byInitials = await run('fd');
    expect(byInitials.code).toBe(0);
    expect(byInitials.out).toContain('350982  福建省 宁德市 福鼎市');
    expect((await run('330106')).out).toEqual(['330106  浙江省 杭州市 西湖区']);
    expect((await run('西湖')).out[0]).toBe('330106  浙江省 杭州市 西湖区');
    // A municipality's district: the path goes from the municipality.
    expect((await run('310115')).out).toEqual(['310115  上海市 浦东新区']);
  });

  it('ranks and caps: --limit cuts the list and says so', async () => {
    const hz = await run('hz', '--limit', '3');
    expect(hz.out.slice(0, 3).map((l) => l.split('  ')[1])).toEqual(['浙江省 杭州市', '浙江省 湖州市', '山东省 菏泽市']);
    expect(hz.out[3]).toContain('first 3 only');
    expect((await run('hz', '--limit', '0')).code).toBe(2);
  });

  it('prints JSON with the path on --json', async () => {
    const { code, out } = await run('福鼎', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([
      expect.objectContaining({ code: '350982', name: '福鼎市', initials: 'fds', path: ['福建省', '宁德市', '福鼎市'] }),
    ]);
  });

  it('finds a town by its nine digits', async () => {
    expect((await run('350982104')).out).toEqual(['350982104  福建省 宁德市 福鼎市 太姥山镇']);
    const none = await run('350982999');
    expect(none.code).toBe(1);
    expect(none.err[0]).toContain('no region matches');
  });

  it("lists a county's towns by code or by a name only it matches, flag before or after", async () => {
    const byCode = await run('350982', '--towns');
    expect(byCode.code).toBe(0);
    expect(byCode.out[0]).toBe('350982  福建省 宁德市 福鼎市：17 个乡镇/街道 towns and streets');
    expect(byCode.out).toContain('350982104  太姥山镇');
    expect(byCode.out).toContain('350982500  龙安开发区');
    expect((await run('--towns', '福鼎')).out).toEqual(byCode.out);
    const json = JSON.parse((await run('350982', '--towns', '--json')).out.join('\n'));
    expect(json.county.path).toEqual(['福建省', '宁德市', '福鼎市']);
    expect(json.towns).toHaveLength(17);
  });

  it('asks for a code when the name fits several counties, and exits 1 where the data has no towns', async () => {
    const several = await run('fd', '--towns');
    expect(several.code).toBe(1);
    expect(several.err[0]).toContain('350982 福建省 宁德市 福鼎市');
    const none = await run('441900', '--towns');
    expect(none.code).toBe(1);
    expect(none.err[0]).toContain('no towns');
  });

  it('exits 1 when nothing matches and 2 without a query', async () => {
    const nothing = await run('zzzz');
    expect(nothing.code).toBe(1);
    expect(nothing.out).toEqual([]);
    expect((await run()).code).toBe(2);
    expect((await run('--towns')).code).toBe(2);
  });
});
