import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { referenceWageCase } from '../../shared/sample/referenceWageCase';
import { cliTestIo } from './cliTestIo';

describe('cli model', () => {
  it('runs the reference case with --sample and prints the model as JSON', async () => {
    const t = cliTestIo();
    expect(await cliMain(['model', '--sample'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join('\n'));
    expect(result.output.quarters.map((q: { index: number }) => q.index)).toEqual([30, 24, 31.2, 49.92]);
    expect(result.scenarios[0].quarters.map((q: { baseWageIndex: number }) => q.baseWageIndex)).toEqual([100, 89.71, 100, 114.29]);
    expect(result.floorFindings[0]).toMatchObject({ action: 'warn', quarter: '2020-Q2', baseWage: 157000, floor: 157000 });
  });

  it('reads a case file', async () => {
    const t = cliTestIo({ 'case.json': JSON.stringify(referenceWageCase()) });
    expect(await cliMain(['model', 'case.json'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n')).regionCode).toBe('350982');
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

  it('exits 2 with usage when given nothing to model', async () => {
    const t = cliTestIo();
    expect(await cliMain(['model'], t.io)).toBe(2);
    expect(t.err[0]).toContain('usage');
  });
});
