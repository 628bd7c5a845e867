import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { referenceWageCase } from '../../shared/sample/referenceWageCase';
import { cliTestIo } from './cliTestIo';
import { zhejiangCaseText, zhejiangWages } from './zhejiangCase';

async function modelRun(files: Record<string, string>, ...args: string[]) {
  const t = cliTestIo(files);
  const code = await cliMain(['model', ...args], t.io);
  return { code, json: t.out.length > 0 ? JSON.parse(t.out.join('\n')) : null, err: t.err };
}

describe('cli model', () => {
  it('runs the reference case with --sample and prints the model as JSON', async () => {
    const t = cliTestIo();
    expect(await cliMain(['model', '--sample'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join('\n'));
    expect(result.output.quarters.map((q: { index: number }) => q.index)).toEqual([30, 24, 31.2, 49.92]);
    expect(result.scenarios[0].quarters.map((q: { baseWageIndex: number }) => q.baseWageIndex)).toEqual([100, 89.71, 100, 114.29]);
    expect(result.floorFindings[0]).toMatchObject({ action: 'warn', quarter: '2020-Q2', baseWage: 157000, floor: 157000 });
  });

  it("prints the sample round's agreed figures (the latest round agreed figures, not a scenario)", async () => {
    const { code, json } = await modelRun({}, '--sample');
    expect(code).toBe(0);
    expect(json.round).toEqual({ id: 'ref-2021-1', title: '2021年1月工资协议（春节留岗）', kind: 'wage' });
    expect(json.agreed).toMatchObject({ kind: 'figures', scenario: null, problem: null });
    expect(json.agreed.standards.map((s: { from: string; monthlyFen: number }) => [s.from, s.monthlyFen])).toEqual([['2021-02-01', 175_000], ['2021-02-18', 200_000]]);
    const first = await modelRun({}, '--sample', '--round', 'ref-2020-1');
    expect(first.json.agreed).toMatchObject({ kind: 'scenario', scenario: first.json.scenarios[0].name, standards: [{ monthlyFen: 175_000, monthly: '1,750.00 元' }] });
  });

  it("runs a user case file's round: its scenarios, the one marked agreed with its wage table, its own minimum wage", async () => {
    const { code, json, err } = await modelRun({ 'zj.json': zhejiangCaseText() }, 'zj.json');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(json.regionCode).toBe('330106');
    expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual(['企业方报价', '职工方要求', '议定方案']);
    expect(json.round).toMatchObject({ id: 'zj-2022-1', kind: 'wage' });
    expect(json.agreed).toMatchObject({ kind: 'scenario', scenario: '议定方案', term: { from: '2022-03-01', to: '2023-02-28' }, problem: null });
    expect(json.agreed.standards).toEqual([
      { period: '2022年第一季度至第二季度', appliesTo: '全体职工', from: '2022-03-01', to: '2022-06-30', monthlyFen: zhejiangWages.first, monthly: '2,436.00 元' },
      { period: '2022年第三季度至2023年第一季度', appliesTo: '全体职工', from: '2022-07-01', to: null, monthlyFen: zhejiangWages.second, monthly: '2,488.00 元' },
    ]);
    // The file's own table: the shipped data knows no Zhejiang minimum wage.
    expect(json.minimumWage[0]).toMatchObject({ quarter: '2022-Q1', tier: 1, monthlyFen: 228_000, verified: false });
  });

  it('says so and exits 1 when the round has no wage model', async () => {
    const file = JSON.parse(zhejiangCaseText());
    file.round.wage = null;
    file.round.agreed = null;
    const { code, json, err } = await modelRun({ 'c.json': JSON.stringify(file) }, 'c.json');
    expect(code).toBe(1);
    expect(json).toBeNull();
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('没有工资模型（round.wage 为 null）');
    expect(err[0]).toContain('has no wage model');
  });

  it('notes when the agreed table cannot be listed yet (no term), and still prints the model', async () => {
    const file = JSON.parse(zhejiangCaseText());
    file.round.procedure.term = null;
    const { code, json, err } = await modelRun({ 'c.json': JSON.stringify(file) }, 'c.json');
    expect(code).toBe(0);
    expect(json.agreed).toMatchObject({ scenario: '议定方案', standards: null, problem: { code: 'round.termMissing' } });
    expect(err[0]).toContain('协议期限（字段 round.procedure.term）');
  });

  it('names the field inside the round when the case file is invalid', async () => {
    const file = JSON.parse(zhejiangCaseText());
    file.round.wage.output.changesBp[1] = 'x';
    const { code, err } = await modelRun({ 'c.json': JSON.stringify(file) }, 'c.json');
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('字段 round.wage.output.changesBp.1');
    const newer = await modelRun({ 'n.json': JSON.stringify({ ...JSON.parse(zhejiangCaseText()), version: 2 }) }, 'n.json');
    expect(newer.code).toBe(1);
    expect(newer.err[0]).toContain('case.version');
  });

  it('reads an old wage-model file (no format field) as before', async () => {
    const t = cliTestIo({ 'case.json': JSON.stringify(referenceWageCase()) });
    expect(await cliMain(['model', 'case.json'], t.io)).toBe(0);
    const json = JSON.parse(t.out.join('\n'));
    expect(json.regionCode).toBe('350982');
    expect(json.scenarios).toHaveLength(referenceWageCase().scenarios.length);
    expect(json).toMatchObject({ round: null, agreed: null });
  });

  it('exits 1 on an invalid case file with one Chinese-and-English line naming the field', async () => {
    const bad = { ...referenceWageCase(), output: { kind: 'qoq', changesBp: [-7000, 'x', 3000, 6000] } };
    const t = cliTestIo({ 'bad.json': JSON.stringify(bad) });
    expect(await cliMain(['model', 'bad.json'], t.io)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain('字段 output.changesBp.1');
    expect(t.err[0]).toContain('field output.changesBp.1');
    expect(t.err[0]).toMatch(/^错误：.* \/ error: /);
  });

  it('names the quarter when a headcount is missing', async () => {
    const file = referenceWageCase();
    const t = cliTestIo({ 'c.json': JSON.stringify({ ...file, headcount: file.headcount.slice(0, 3) }) });
    expect(await cliMain(['model', 'c.json'], t.io)).toBe(1);
    expect(t.err[0]).toContain('缺少 2020-Q4 的人数');
    expect(t.err[0]).toContain('field headcount');
  });

  it('exits 1 on text that is not JSON and on a file it cannot read', async () => {
    const notJson = cliTestIo({ 'x.json': '{' });
    expect(await cliMain(['model', 'x.json'], notJson.io)).toBe(1);
    expect(notJson.err[0]).toContain('JSON');
    const missing = cliTestIo();
    expect(await cliMain(['model', 'nope.json'], missing.io)).toBe(1);
    expect(missing.err[0]).toContain('nope.json');
  });

  it('exits 2 with usage when given nothing to model, or both a file and --sample', async () => {
    for (const args of [['model'], ['model', 'c.json', '--sample'], ['model', '--sample', '--round', 'ref-1999']]) {
      const t = cliTestIo();
      expect(await cliMain(args, t.io)).toBe(2);
      expect(t.err[0]).toContain('usage');
    }
  });
});
