import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMain } from '../../cli/main';
import { type DocumentWriter, renderCommandWith } from '../../cli/commands/render';
import { templateNames } from '../../templates/registry';
import { cliTestIo } from './cliTestIo';

/** Keeps what the command writes in memory. */
function memoryWriter() {
  const files = new Map<string, Uint8Array>();
  const directories: string[] = [];
  const writer: DocumentWriter = {
    writeFile: async (path, bytes) => void files.set(path, bytes),
    makeDirectory: async (path) => void directories.push(path),
  };
  return { writer, files, directories };
}

describe('cli render', () => {
  it('writes one document of the reference case', async () => {
    const t = cliTestIo();
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--doc', 'wage-agreement', '--out', 'agreement.docx'], t.io)).toBe(0);
    const bytes = m.files.get('agreement.docx');
    expect(bytes && [bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(t.out[0]).toContain('工资专项集体合同');
  });

  it('writes every template into a directory with --doc all', async () => {
    const t = cliTestIo();
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--doc', 'all', '--out', 'out'], t.io)).toBe(0);
    expect(m.directories).toEqual(['out']);
    expect([...m.files.keys()].sort()).toEqual(templateNames.map((n) => join('out', `${n}.docx`)).sort());
  });

  it('refuses an unknown document with exit 2, listing the names', async () => {
    const t = cliTestIo();
    expect(await cliMain(['render', '--sample', '--doc', 'contract', '--out', 'x.docx'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('unknown document "contract"');
    for (const name of templateNames) expect(t.err.join('\n')).toContain(name);
  });

  it('says a case file is not read yet, and shows usage without --sample, --doc or --out', async () => {
    const file = cliTestIo();
    expect(await cliMain(['render', 'case.json', '--doc', 'wage-agreement', '--out', 'x.docx'], file.io)).toBe(2);
    expect(file.err[0]).toContain('not supported yet; use --sample');
    const missing = cliTestIo();
    expect(await cliMain(['render', '--sample', '--doc', 'wage-agreement'], missing.io)).toBe(2);
    expect(missing.err[0]).toContain('usage: render');
  });

  it('writes real files through node:fs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wagedesk-render-'));
    try {
      const t = cliTestIo();
      expect(await cliMain(['render', '--sample', '--doc', 'all', '--out', join(dir, 'docs')], t.io)).toBe(0);
      expect((await readdir(join(dir, 'docs'))).sort()).toEqual(templateNames.map((n) => `${n}.docx`).sort());
      expect((await readFile(join(dir, 'docs', 'job-retention.docx'))).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('cli amount-words', () => {
  it.each([
    ['171300', '人民币壹拾柒万壹仟叁佰元整'],
    ['1409.50', '人民币壹仟肆佰零玖元伍角整'],
    ['107000.53', '人民币壹拾万柒仟元零伍角叁分'],
    ['0.07', '人民币柒分'],
    ['¥2,000', '人民币贰仟元整'],
  ])('%s 元 → %s', async (input, expected) => {
    const t = cliTestIo();
    expect(await cliMain(['amount-words', input], t.io)).toBe(0);
    expect(t.out).toEqual([expected]);
  });

  it.each([
    ['abc', /不是有效的金额/],
    ['-5', /负数金额没有大写写法/],
  ])('says why it refuses %j', async (input, message) => {
    const t = cliTestIo();
    expect(await cliMain(['amount-words', input], t.io)).toBe(2);
    expect(t.err[0]).toMatch(message);
  });

  it.each([['abc'], ['1.234'], ['1,57'], ['-5'], ['']])('refuses %j with exit 2 and a message', async (input) => {
    const t = cliTestIo();
    expect(await cliMain(['amount-words', ...(input ? [input] : [])], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/金额|usage/);
    expect(t.out).toEqual([]);
  });
});
