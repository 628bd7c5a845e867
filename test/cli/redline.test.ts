import { describe, expect, it } from 'vitest';
import { sampleCaseText } from '../../cli/commands/caseSource';
import { redlineCommandWith } from '../../cli/commands/redline';
import { cliMain } from '../../cli/main';
import { cliTestIo, memoryWriter } from './cliTestIo';
import { docxText } from './zhejiangCase';
import { zipEntryText } from '../templates/zipEntry';

/** Two rounds of the sample as files a user exported (`case export`), and a round of another kind. */
const files = {
  'r1.json': sampleCaseText('ref-2020-1'),
  'r2.json': sampleCaseText('ref-2020-2'),
  'r2021.json': sampleCaseText('ref-2021-1'),
  'other.json': JSON.stringify({ ...JSON.parse(sampleCaseText('ref-2020-2')), round: { ...JSON.parse(sampleCaseText('ref-2020-2')).round, kind: 'other' } }),
  'broken.json': '{ "format": "wagedesk-case", ',
};
const NOW = Date.parse('2021-01-20T08:00:00Z');

async function redline(args: string[]) {
  const t = cliTestIo(files);
  const m = memoryWriter();
  const code = await redlineCommandWith(m.writer, () => NOW).run(args, t.io);
  return { code, ...t, files: m.files };
}

describe('cli redline', () => {
  it("writes the new round's agreement with the changes tracked, by the union, on the date given", async () => {
    const r = await redline(['r1.json', 'r2.json', '--out', 'changes.docx', '--date', '2020-03-13T16:00+08:00']);
    expect(r.code).toBe(0);
    const xml = zipEntryText(r.files.get('changes.docx')!, 'word/document.xml');
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="福建隆祥皮革有限公司工会" w:date="2020-03-13T08:00:00Z">/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="福建隆祥皮革有限公司工会" w:date="2020-03-13T08:00:00Z">/);
    expect(docxText(r.files.get('changes.docx')!)).toContain('1,570.00');
    expect(r.out[0]).toMatch(/^changes\.docx\t工资专项集体合同（修订稿）\t\d+ bytes$/);
    expect(r.out[1]).toContain('articles: 2 reworded, 26 renumbered, 2 added, 0 dropped');
    expect(r.err).toEqual([]);
  });

  it('takes --author, and the moment it runs when no --date is given', async () => {
    const r = await redline(['r1.json', 'r2.json', '--out', 'c.docx', '--author', '企业方']);
    expect(r.code).toBe(0);
    expect(zipEntryText(r.files.get('c.docx')!, 'word/document.xml')).toContain('w:author="企业方" w:date="2021-01-20T08:00:00Z"');
    expect(r.out.at(-1)).toBe('修订人 / author: 企业方\t2021-01-20T08:00:00Z');
  });

  it('says so, and still writes, when the new round was copied forward from another round', async () => {
    const r = await redline(['r1.json', 'r2021.json', '--out', 'c.docx']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['提示：新一轮接续的是轮次 ref-2020-3，不是 ref-2020-1 / note: the new round was copied forward from ref-2020-3, not ref-2020-1']);
  });

  it('exits 1 naming what each round lacks when the document cannot be made', async () => {
    const r = await redline(['r1.json', 'r2.json', '--out', 'c.docx', '--doc', 'job-retention']);
    expect(r.code).toBe(1);
    expect(r.files.size).toBe(0);
    expect(r.err[0]).toMatch(/^无法比较：上一轮的 job-retention（保岗协议）：缺少 停工放假期间保底工资条款/);
    expect(r.err[1]).toMatch(/^cannot compare: the previous round's job-retention: missing a guaranteed-pay term/);
    expect(r.err[2]).toMatch(/^无法比较：新一轮的 job-retention/);
  });

  it('exits 1 on a file it cannot read or that is not a case file', async () => {
    const missing = await redline(['r1.json', 'nope.json', '--out', 'c.docx']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('错误：无法读取文件 nope.json / error: cannot read nope.json');
    const broken = await redline(['broken.json', 'r2.json', '--out', 'c.docx']);
    expect(broken.code).toBe(1);
    expect(broken.err[0]).toMatch(/JSON/);
  });

  it('exits 2 on bad arguments: one file, no --out, a bad date, an unknown document, a round kind with no agreement', async () => {
    for (const [args, says] of [
      [['redline', 'r1.json', '--out', 'c.docx'], 'usage: redline'],
      [['redline', 'r1.json', 'r2.json'], 'usage: redline'],
      [['redline', 'r1.json', 'r2.json', '--out', 'c.docx', '--author'], '--author needs a value'],
      [['redline', 'r1.json', 'r2.json', '--out', 'c.docx', '--date', '2021-02-30'], '--date is not an ISO date'],
      [['redline', 'r1.json', 'r2.json', '--out', 'c.docx', '--date', '2021-01-20T16:00'], '--date is not an ISO date'],
      [['redline', 'r1.json', 'r2.json', '--out', 'c.docx', '--doc', 'contract'], 'unknown document "contract"'],
      [['redline', 'r1.json', 'other.json', '--out', 'c.docx'], 'name a document with --doc'],
    ] as const) {
      const t = cliTestIo(files);
      expect(await cliMain([...args], t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n'), args.join(' ')).toContain(says);
    }
  });

  it('is listed on help', async () => {
    const t = cliTestIo();
    expect(await cliMain(['help'], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain('redline <previous.json> <new.json> --out <changes.docx>');
  });
});
