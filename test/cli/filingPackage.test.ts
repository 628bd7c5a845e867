// `filing-package`: a user's own signed round (a Hangzhou garment maker) written as numbered .docx parts
// with the checklist and the FIL-01 deadline; a bad file, another round or an unsigned round refused in
// Chinese with a nonzero exit.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filingPackageCommandWith } from '../../cli/commands/filingPackage';
import { cliTestIo, memoryWriter } from './cliTestIo';
import { docxHeaders, docxText, zhejiangCaseFile, zhejiangCaseText } from './zhejiangCase';

const files = { 'case.json': zhejiangCaseText() };

async function run(args: string[], given: Record<string, string> = files) {
  const t = cliTestIo(given);
  const m = memoryWriter();
  const code = await filingPackageCommandWith(m.writer).run(args, t.io);
  return { code, ...t, ...m };
}

describe('cli filing-package', () => {
  it('writes every part as a numbered .docx in filing order and prints the checklist and the deadline', async () => {
    const r = await run(['case.json', '--out', 'pkg', '--as-of', '2022-02-20']);
    expect(r.code).toBe(0);
    expect(r.directories).toEqual(['pkg']);
    expect([...r.files.keys()]).toEqual(
      ['01-报送审查登记表.docx', '02-工资专项集体合同（一式3份）.docx', '03-职工代表大会决议.docx', '04-协商代表名单.docx', '05-情况说明.docx'].map((n) => join('pkg', n)),
    );
    expect(docxText(r.files.get(join('pkg', '01-报送审查登记表.docx'))!)).toContain('报送审查登记表');
    expect(docxText(r.files.get(join('pkg', '05-情况说明.docx'))!)).toContain('共260人');
    // Not frozen and signed in the app: the agreement is written as the draft, and the checklist says so.
    expect(docxText(r.files.get(join('pkg', '02-工资专项集体合同（一式3份）.docx'))!, docxHeaders)).toContain('草稿 · 未签署');
    expect(r.out).toContain('  1. 报送审查登记表：齐备 / ready');
    expect(r.out.find((l) => l.startsWith('  2. 工资专项集体合同（一式3份）：不是已签署定稿的文本'))).toBeDefined();
    expect(r.out).toContain('报送期限：2022-02-25（7 日）前，依据《工资集体协商试行办法》第二十一条；还剩 5 日 / 5 days left');
  });

  it('warns when the filing is overdue', async () => {
    const r = await run(['case.json', '--out', 'pkg', '--as-of', '2022-03-04']);
    expect(r.out.at(-1)).toContain('警告：已逾期 7 日未报送');
  });

  it('refuses a round that is not signed, in Chinese, exit 1, writing nothing', async () => {
    const input = zhejiangCaseFile();
    const unsigned = { ...input, round: { ...input.round, procedure: { ...input.round.procedure, signing: null } } };
    const r = await run(['case.json', '--out', 'pkg'], { 'case.json': JSON.stringify(unsigned) });
    expect(r.code).toBe(1);
    expect(r.files.size).toBe(0);
    expect(r.err[0]).toMatch(/^错误：协商轮次「2022年度工资专项集体合同」尚未记录签字/);
  });

  it('writes what it can and exits 1 when a part still needs something, naming the field', async () => {
    const input = zhejiangCaseFile();
    const noVote = { ...input, round: { ...input.round, procedure: { ...input.round.procedure, votes: [] } } };
    const r = await run(['case.json', '--out', 'pkg', '--as-of', '2022-02-20'], { 'case.json': JSON.stringify(noVote) });
    expect(r.code).toBe(1);
    expect([...r.files.keys()].map((k) => k.slice(4))).toEqual(['02-工资专项集体合同（一式3份）.docx', '04-协商代表名单.docx']);
    expect(r.out.find((l) => l.startsWith('  3. 职工代表大会决议：缺少 职工代表大会表决（字段 round.procedure.votes）'))).toBeDefined();
    expect(r.err.at(-1)).toMatch(/^未齐备：报送审查登记表、职工代表大会决议、情况说明未生成/);
  });

  it('refuses a bad case file, another round, and a missing --out', async () => {
    const bad = await run(['case.json', '--out', 'pkg'], { 'case.json': '{"format":"wagedesk-case"' });
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/^错误/);
    const other = await run(['case.json', '--out', 'pkg', '--round', 'zj-2021']);
    expect(other.code).toBe(1);
    expect(other.err[0]).toContain('案例文件中的协商轮次是 zj-2022-1');
    const usage = await run(['case.json']);
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toMatch(/^usage: filing-package/);
  });
});
