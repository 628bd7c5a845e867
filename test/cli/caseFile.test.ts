// Case files on the command line: `case export`, rendering a user's own case (not the sample), refusing
// invalid files with the field named, and the sample taking exactly the path of an exported file.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCommandWith } from '../../cli/commands/render';
import { cliMain } from '../../cli/main';
import { caseFileParseText } from '../../shared/case/caseFile';
import { formatYuanPlain } from '../../shared/format/yuan';
import { fenToCapitals } from '../../shared/money/capitals';
import { fen } from '../../shared/money/fen';
import { referenceEnterpriseInput } from '../../shared/sample/referenceEnterprise';
import { referenceCaseFile } from '../../shared/sample/referenceRounds';
import { referenceWageCase } from '../../shared/sample/referenceWageCase';
import { templateNames } from '../../templates/registry';
import { cliTestIo, memoryWriter } from './cliTestIo';
import { docxText, zhejiangBonusFen, zhejiangCaseText, zhejiangCreditCode, zhejiangName, zhejiangWages } from './zhejiangCase';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wagedesk-case-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Renders with the files given as case files; what was written stays in memory. */
async function render(files: Record<string, string>, ...args: string[]) {
  const t = cliTestIo(files);
  const m = memoryWriter();
  const code = await renderCommandWith(m.writer).run(args, t.io);
  return { code, out: t.out, err: t.err, files: m.files };
}

/** The case file as JSON with one change made to it. */
function zhejiangWith(change: (c: ReturnType<typeof zhejiangJson>) => void): string {
  const c = zhejiangJson();
  change(c);
  return JSON.stringify(c);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the file as untyped JSON, as a user's editor would
const zhejiangJson = (): any => JSON.parse(zhejiangCaseText());

describe('case export', () => {
  it('writes the latest round of the sample as pretty JSON with a trailing newline, and it reads back', async () => {
    const file = join(dir, 'sample.json');
    const t = cliTestIo();
    expect(await cliMain(['case', 'export', '--sample', '--out', file], t.io)).toBe(0);
    expect(t.out[0]).toContain(file);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('{\n  "format": "wagedesk-case",\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(referenceCaseFile())));
    const parsed = caseFileParseText(text);
    expect(parsed.ok && parsed.value.round.id).toBe('ref-2021-1');
  });

  it('writes the round named with --round', async () => {
    const file = join(dir, 'jr.json');
    expect(await cliMain(['case', 'export', '--sample', '--round', 'ref-2020-jr', '--out', file], cliTestIo().io)).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).round.kind).toBe('jobRetention');
  });

  it('exits 2 on bad arguments and 1 when the file cannot be written', async () => {
    for (const args of [
      ['case'],
      ['case', 'export', '--out', join(dir, 'x.json')],
      ['case', 'export', '--sample'],
      ['case', 'import', '--sample', '--out', join(dir, 'x.json')],
      ['case', 'export', '--sample', '--round', 'ref-1999', '--out', join(dir, 'x.json')],
    ]) {
      const t = cliTestIo();
      expect(await cliMain(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n')).toContain('usage: case export');
    }
    const t = cliTestIo();
    expect(await cliMain(['case', 'export', '--sample', '--out', join(dir, 'no-such-dir', 'x.json')], t.io)).toBe(1);
    expect(t.err[0]).toContain('无法写出文件');
  });
});

describe('render a user case file (not the sample)', () => {
  const files = { 'zj.json': zhejiangCaseText() };

  it('with --doc all writes the documents whose data is complete and names what is missing for the others', async () => {
    const r = await render(files, 'zj.json', '--doc', 'all', '--out', 'docs');
    expect(r.code).toBe(0);
    const made = ['wage-agreement', 'request-letter', 'congress-resolution', 'filing-cover', 'meeting-minutes'];
    expect([...r.files.keys()].sort()).toEqual(made.map((n) => join('docs', `${n}.docx`)).sort());
    expect(r.out.map((l) => l.split('\t')[0])).toEqual(made.map((n) => join('docs', `${n}.docx`)));
    const skipped = templateNames.filter((n) => !made.includes(n));
    for (const name of skipped) {
      expect(r.err.some((l) => l.startsWith(`未生成 ${name}（`))).toBe(true);
      expect(r.err.some((l) => l.startsWith(`skipped ${name}: missing `))).toBe(true);
    }
    expect(r.err).toContain('未生成 ohs-agreement（劳动安全卫生（职业病防治）专项集体合同）：缺少 职业病防治承诺条款（字段 round.terms）、职业病危害因素（字段 round.details.occupationalHealth.hazards）');
    expect(r.err).toContain("skipped women-workers: missing a women workers' contract in this round [womenIncluded], the number of women workers [womenCount]");
  });

  it("prints the user's own figures in the wage agreement, in figures and in capitals, and nothing of the sample", async () => {
    const r = await render(files, 'zj.json', '--doc', 'wage-agreement', '--out', 'a.docx');
    expect(r.code).toBe(0);
    const text = docxText(r.files.get('a.docx')!);
    expect(text).toContain(zhejiangName);
    expect(text).toContain(zhejiangCreditCode);
    for (const amount of [zhejiangWages.first, zhejiangWages.second, zhejiangBonusFen]) {
      expect(text).toContain(formatYuanPlain(fen(amount), 'zh-CN'));
      expect(text).toContain(fenToCapitals(fen(amount)));
    }
    expect(text).toContain('2,436.00 元');
    expect(text).toContain('人民币贰仟肆佰捌拾捌元整');
    // The file's own minimum-wage table (the shipped data has none for Zhejiang).
    expect(text).toContain('第1档月最低工资标准2,280.00 元（大写：人民币贰仟贰佰捌拾元整）');
    expect(text).toContain('杭州市西湖区人力资源和社会保障局');
    for (const sample of ['隆祥', '福鼎', '福建', referenceEnterpriseInput().creditCode]) expect(text).not.toContain(sample);
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const r = await render({ 'bom.json': `\uFEFF${zhejiangCaseText()}` }, 'bom.json', '--doc', 'request-letter', '--out', 'r.docx');
    expect(r.code).toBe(0);
    expect(docxText(r.files.get('r.docx')!)).toContain('2022年度职工基本工资调整');
  });

  it('exits 1 when the minimum wage is unknown for the region (no table in the file), naming it', async () => {
    const r = await render({ 'c.json': zhejiangWith((c) => (c.minimumWage = null)) }, 'c.json', '--doc', 'wage-agreement', '--out', 'a.docx');
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain('当地最低工资标准（字段 minimumWage）');
    expect(r.err[1]).toContain('[minimumWage]');
  });
});

describe('invalid case files are refused with one line naming the field, exit 1', () => {
  const cases: [string, string, string[]][] = [
    ['not JSON', '{"format": "wagedesk-case",', ['不是有效的 JSON', 'case.json']],
    ['another format', JSON.stringify({ format: 'wagedesk-bundle', version: 1 }), ['不是协商台个案文件', '字段 format', 'case.format']],
    ['an old wage-model file', JSON.stringify(referenceWageCase()), ['不是协商台个案文件', 'case.format']],
    ['a newer version', zhejiangWith((c) => (c.version = 2)), ['较新版本', '格式版本 2', 'field version', 'case.version']],
    ['a bad credit code', zhejiangWith((c) => (c.enterprise.creditCode = `${zhejiangCreditCode.slice(0, 17)}0`)), ['字段 enterprise.creditCode', '校验位不对']],
    ['a vote with more present than the total', zhejiangWith((c) => (c.round.procedure.votes[0].present = 60)), ['字段 round.procedure.votes.0.present', 'field round.procedure.votes.0.present']],
    ['a wage given as text', zhejiangWith((c) => (c.round.wage.scenarios[2].wages[0].amountFen = '2436')), ['字段 round.wage.scenarios.2.wages.0.amountFen', '缺失或类型不对']],
    ['an unknown field', zhejiangWith((c) => (c.round.details.paydate = 10)), ['字段 round.details.paydate', '无法识别的字段']],
    ['an agreed scenario the model lacks', zhejiangWith((c) => (c.round.agreed.scenario = '最终方案')), ['字段 round.agreed.scenario', '标为议定的方案不在工资模型中']],
    ['a representative not in people', zhejiangWith((c) => (c.round.procedure.representatives[1].personId = 'zj-p9')), ['字段 round.procedure.representatives.1.personId', 'case.personUnknown']],
    ['a person id used twice', zhejiangWith((c) => (c.people[2].id = 'zj-p1')), ['字段 people.2.id', 'case.personIdTwice']],
    // Not "Maximum call stack size exceeded": refused by name before anything recursive reads it.
    ['nesting 5 000 levels deep', zhejiangWith(() => undefined).replace('{', `{"deep":${'['.repeat(5000)}${']'.repeat(5000)},`), ['嵌套层数过多', 'case.tooDeep']],
  ];
  it.each(cases)('%s', async (_, text, says) => {
    const r = await render({ 'bad.json': text }, 'bad.json', '--doc', 'all', '--out', 'docs');
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.files.size).toBe(0);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^错误：.* \/ error: /);
    for (const s of says) expect(r.err[0]).toContain(s);
  });

  it('exits 1 with a clear message on a file that does not exist', async () => {
    const r = await render({}, 'nope.json', '--doc', 'all', '--out', 'docs');
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('无法读取文件 nope.json');
    expect(r.err[0]).toContain('cannot read nope.json');
  });

  it('the minimum-wage tables a file carries are checked too, the field named from the top of the file', async () => {
    const text = zhejiangWith((c) => (c.minimumWage.tables[0].effectiveTo = '2020-01-01'));
    const r = await render({ 'c.json': text }, 'c.json', '--doc', 'wage-agreement', '--out', 'a.docx');
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringContaining('字段 minimumWage.tables.0.effectiveTo')]);
  });
});

describe('the sample goes the way of a file', () => {
  it('--sample and `case export --sample` then `render case.json` give identical document text', async () => {
    const file = join(dir, 'exported.json');
    expect(await cliMain(['case', 'export', '--sample', '--out', file], cliTestIo().io)).toBe(0);
    const fromSample = await render({}, '--sample', '--doc', 'all', '--out', 'docs');
    const fromFile = await render({ [file]: await readFile(file, 'utf8') }, file, '--doc', 'all', '--out', 'docs');
    expect(fromSample.code).toBe(0);
    expect(fromFile.code).toBe(0);
    expect([...fromFile.files.keys()]).toEqual([...fromSample.files.keys()]);
    expect(fromFile.err).toEqual(fromSample.err);
    for (const [path, bytes] of fromSample.files) expect(docxText(fromFile.files.get(path)!), path).toBe(docxText(bytes));
  });

  it('every round of the sample renders its main agreement', async () => {
    const main = { 'ref-2020-1': 'wage-agreement', 'ref-2020-2': 'wage-agreement', 'ref-2020-jr': 'job-retention', 'ref-2020-3': 'wage-agreement', 'ref-2021-1': 'wage-agreement' };
    for (const [round, doc] of Object.entries(main)) {
      const r = await render({}, '--sample', '--round', round, '--doc', doc, '--out', 'a.docx');
      expect(r.code, round).toBe(0);
    }
  });

  it('a case without a wage model renders from agreed figures', async () => {
    const text = zhejiangWith((c) => {
      c.round.wage = null;
      c.round.agreed = { kind: 'figures', standards: [{ period: '合同期内', from: '2022-03-01', monthlyFen: 251_200 }] };
    });
    const r = await render({ 'f.json': text }, 'f.json', '--doc', 'wage-agreement', '--out', 'a.docx');
    expect(r.code).toBe(0);
    expect(docxText(r.files.get('a.docx')!)).toContain('人民币贰仟伍佰壹拾贰元整');
  });
});

describe('docs/case-format.md', () => {
  it('its minimal example is a valid case file; render writes nothing from it and names what to enter', async () => {
    const doc = await readFile(join(__dirname, '../../docs/case-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(caseFileParseText(example!)).toMatchObject({ ok: true, value: { round: { id: 'zj-2022-1', terms: [] } } });
    const r = await render({ 'min.json': example! }, 'min.json', '--doc', 'all', '--out', 'docs');
    expect(r.code).toBe(1);
    expect(r.files.size).toBe(0);
    expect(r.err).toContain('没有可生成的文书 / no document could be made');
    expect(r.err.some((l) => l.startsWith('未生成 wage-agreement（工资专项集体合同）：缺少 ') && l.includes('工资支付日（字段 round.details.payday）'))).toBe(true);
  });
});
