import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMain } from '../../cli/main';
import { renderCommandWith } from '../../cli/commands/render';
import { templateNames } from '../../templates/registry';
import { cliTestIo, memoryWriter } from './cliTestIo';
import { docxHeaders, docxText } from './zhejiangCase';

/** What the sample's latest round can make: all but the job-retention and women workers' contracts. */
const sampleMade = templateNames.filter((n) => n !== 'job-retention' && n !== 'women-workers');

describe('cli render --sample', () => {
  it('writes one document of the sample', async () => {
    const t = cliTestIo();
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--doc', 'wage-agreement', '--out', 'agreement.docx'], t.io)).toBe(0);
    const bytes = m.files.get('agreement.docx');
    expect(bytes && [bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(t.out[0]).toContain('工资专项集体合同');
    expect(docxText(bytes!, docxHeaders)).toContain('草稿 · 未签署');
  });

  it('with --doc all writes what the round can make and names what the others lack, exit 0', async () => {
    const t = cliTestIo();
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--doc', 'all', '--out', 'out'], t.io)).toBe(0);
    expect(m.directories).toEqual(['out']);
    expect([...m.files.keys()].sort()).toEqual(sampleMade.map((n) => join('out', `${n}.docx`)).sort());
    expect(t.err).toContain('未生成 job-retention（保岗协议）：缺少 停工放假期间保底工资条款（字段 round.terms）、保岗原因（字段 round.details.jobRetention.reason）');
    expect(t.err).toContain('skipped job-retention: missing a guaranteed-pay term [guaranteedPayTerm], why jobs are kept (the difficulty) [retentionReason]');
  });

  it('exits 1 when the one document asked for cannot be made, saying what is missing', async () => {
    const t = cliTestIo();
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--doc', 'women-workers', '--out', 'w.docx'], t.io)).toBe(1);
    expect(m.files.size).toBe(0);
    expect(t.err[0]).toMatch(/^未生成 women-workers（女职工权益保护专项集体合同）：缺少 .*女职工人数（字段 enterprise.womenCount）/);
    expect(t.err[1]).toMatch(/^skipped women-workers: missing .*\[womenCount\]/);
  });

  it('picks a round of the sample with --round', async () => {
    const t = cliTestIo();
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--round', 'ref-2020-jr', '--doc', 'job-retention', '--out', 'jr.docx'], t.io)).toBe(0);
    expect(docxText(m.files.get('jr.docx')!)).toContain('保岗协议');
  });

  it('leaves out the draft mark with --final', async () => {
    const m = memoryWriter();
    expect(await renderCommandWith(m.writer).run(['--sample', '--doc', 'wage-agreement', '--out', 'a.docx', '--final'], cliTestIo().io)).toBe(0);
    const bytes = m.files.get('a.docx')!;
    expect(docxText(bytes)).toContain('工资专项集体合同');
    expect(() => docxText(bytes, docxHeaders)).toThrow('no part');
  });

  it('refuses an unknown document with exit 2, listing the names', async () => {
    const t = cliTestIo();
    expect(await cliMain(['render', '--sample', '--doc', 'contract', '--out', 'x.docx'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('unknown document "contract"');
    for (const name of templateNames) expect(t.err.join('\n')).toContain(name);
  });

  it('shows usage with exit 2 without --doc or --out, with both a file and --sample, or with a bad --round', async () => {
    for (const args of [
      ['render', '--sample', '--doc', 'wage-agreement'],
      ['render', 'case.json', '--out', 'x.docx'],
      ['render', 'case.json', '--sample', '--doc', 'all', '--out', 'x'],
      ['render', 'case.json', '--round', 'ref-2020-1', '--doc', 'all', '--out', 'x'],
      ['render', '--sample', '--round', 'ref-1999', '--doc', 'all', '--out', 'x'],
      ['render', '--doc', 'all', '--out', 'x'],
    ]) {
      const t = cliTestIo();
      expect(await cliMain(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n'), args.join(' ')).toContain('usage: render');
    }
  });

  it('writes real files through node:fs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wagedesk-render-'));
    try {
      const t = cliTestIo();
      expect(await cliMain(['render', '--sample', '--doc', 'all', '--out', join(dir, 'docs')], t.io)).toBe(0);
      expect((await readdir(join(dir, 'docs'))).sort()).toEqual(sampleMade.map((n) => `${n}.docx`).sort());
      expect((await readFile(join(dir, 'docs', 'filing-cover.docx'))).subarray(0, 2).toString()).toBe('PK');
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
