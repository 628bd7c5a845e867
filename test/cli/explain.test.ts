// `render --doc request-letter --explain <scenario>`: the request letter with 附件：测算说明, from a case
// file alone: the guideline, CPI and average wage from the file's economy section (with their sources and
// 未核实), the enterprise's own growth from its wage model, the floor from its minimum-wage table; a file
// without the section prints 未知 for those figures, never a guess.
import { describe, expect, it } from 'vitest';
import { renderCommandWith } from '../../cli/commands/render';
import { cliTestIo, memoryWriter } from './cliTestIo';
import { docxText, zhejiangCaseText } from './zhejiangCase';

const source = { title: '浙江省2022年企业工资指导线（用户录入）', number: null, date: null, readAt: 'notice on file', kind: 'notice' };
/** Zhejiang's 2022 lines and the 2021 CPI and average wage, made up for the test and unverified. */
const economy = {
  format: 'wagedesk.economy',
  version: 1,
  guidelines: [{ region: '33', year: 2022, effectiveFrom: '2022-01-01', effectiveTo: '2022-12-31', baselineBp: 600, upperBp: 900, lowerBp: 300, source }],
  prices: [{ region: '33', year: 2021, changeBp: 150, source: { ...source, title: '浙江省2021年统计公报' } }],
  averageWages: [{ region: '33', year: 2021, annualFen: 9_600_000, verified: true, source: { ...source, title: '浙江省2021年平均工资公布' } }],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the file as untyped JSON
function caseText(change: (c: any) => void = () => {}): string {
  const c = JSON.parse(zhejiangCaseText());
  change(c);
  return JSON.stringify(c);
}

async function render(text: string, ...args: string[]) {
  const t = cliTestIo({ 'case.json': text });
  const m = memoryWriter();
  const code = await renderCommandWith(m.writer).run(['case.json', ...args], t.io);
  return { code, err: t.err, bytes: m.files.get('letter.docx') };
}

describe('cli render --explain', () => {
  it('attaches the scenario\'s explanation with the file\'s economy figures, each with its source', async () => {
    const r = await render(caseText((c) => (c.economy = economy)), '--doc', 'request-letter', '--explain', '议定方案', '--out', 'letter.docx');
    expect(r.code).toBe(0);
    const text = docxText(r.bytes!);
    expect(text).toContain('工资集体协商要约书');
    expect(text).toContain('附件：杭州云溪丝绸服饰有限公司工资集体协商测算说明（方案：议定方案）');
    expect(text).toContain('附件：测算说明');
    expect(text).toContain('2022年第一季度至第四季度');
    expect(text).toContain('2,436.00 元 → 2,488.00 元');
    expect(text).toContain('+2.13%');
    expect(text).toContain('工资指导线基准线（2022年浙江省）6.00%浙江省2022年企业工资指导线（用户录入）（未核实）');
    expect(text).toContain('9.00%');
    expect(text).toContain('增幅与工资指导线低于下线');
    expect(text).toContain('居民消费价格涨幅（2021年）+1.50%浙江省2021年统计公报（未核实）');
    expect(text).toContain('+0.63个百分点');
    // The average wage is marked verified: its source prints without 未核实.
    expect(text).toContain('96,000.00 元（月均8,000.00 元）浙江省2021年平均工资公布调整后');
    expect(text).toContain('企业产值增长（同期）+7.02%');
    expect(text).toContain('当地月最低工资标准2,280.00 元');
    expect(text).toContain('高于最低工资');
    expect(text).not.toContain('未知未录入');
  });

  it('prints 未知 for every economy figure when the file has no economy section, and still the own figures', async () => {
    const r = await render(caseText(), '--doc', 'request-letter', '--explain', '企业方报价', '--out', 'letter.docx');
    expect(r.code).toBe(0);
    const text = docxText(r.bytes!);
    expect(text).toContain('工资指导线基准线（2022年）未知未录入，不作推测');
    expect(text).toContain('居民消费价格涨幅（2021年）未知');
    expect(text).toContain('职工年平均工资（2021年）未知');
    expect(text).toContain('企业产值增长（同期）+7.02%');
    expect(text).not.toMatch(/基准线（2022年[^）]+）\d/);
  });

  it('without --explain the letter has no annex', async () => {
    const r = await render(caseText((c) => (c.economy = economy)), '--doc', 'request-letter', '--out', 'letter.docx');
    expect(r.code).toBe(0);
    expect(docxText(r.bytes!)).not.toContain('测算说明');
  });

  it('without --explain the letter carries the annex the round chose in the app; --explain chooses another', async () => {
    const chosen = caseText((c) => {
      c.economy = economy;
      c.round.details.explainScenario = '职工方要求';
    });
    const kept = await render(chosen, '--doc', 'request-letter', '--out', 'letter.docx');
    expect(kept.code).toBe(0);
    expect(docxText(kept.bytes!)).toContain('测算方案：职工方要求');
    const other = await render(chosen, '--doc', 'request-letter', '--explain', '议定方案', '--out', 'letter.docx');
    expect(docxText(other.bytes!)).toContain('测算方案：议定方案');
    expect(docxText(other.bytes!)).not.toContain('测算方案：职工方要求');
  });

  it('a chosen scenario the model no longer has: the letter goes without the annex, and the command says why', async () => {
    const r = await render(caseText((c) => (c.round.details.explainScenario = '旧方案')), '--doc', 'request-letter', '--out', 'letter.docx');
    expect(r.code).toBe(0);
    expect(docxText(r.bytes!)).not.toContain('测算说明');
    expect(r.err[0]).toContain('要约书不附本轮选定的测算说明（方案“旧方案”）');
    expect(r.err[1]).toBe('原因：工资模型中没有方案“旧方案”（有：企业方报价、职工方要求、议定方案） / reason: no scenario "旧方案" in the wage model (there are: 企业方报价、职工方要求、议定方案)');
  });

  it('refuses a scenario the model does not have (exit 2, naming those it has) and --explain with another document', async () => {
    const unknown = await render(caseText(), '--doc', 'request-letter', '--explain', '方案9', '--out', 'letter.docx');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toBe('错误：工资模型中没有方案“方案9”（有：企业方报价、职工方要求、议定方案） / error: no scenario "方案9" in the wage model (there are: 企业方报价、职工方要求、议定方案)');
    expect(unknown.bytes).toBeUndefined();
    for (const args of [['--doc', 'wage-agreement', '--explain', '议定方案'], ['--doc', 'request-letter', '--explain']]) {
      const r = await render(caseText(), ...args, '--out', 'letter.docx');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err[0]).toContain('--explain');
    }
  });

  it('exits 1 for a round without a wage model, and for an economy section that fails its checks, naming the field', async () => {
    const noModel = await render(caseText((c) => { c.round.wage = null; c.round.agreed = null; }), '--doc', 'request-letter', '--explain', '议定方案', '--out', 'letter.docx');
    expect(noModel.code).toBe(1);
    expect(noModel.err[0]).toContain('本轮没有工资模型');
    const overlap = { ...economy, guidelines: [...economy.guidelines, { ...economy.guidelines[0], year: 2023, effectiveFrom: '2022-07-01', effectiveTo: null }] };
    const bad = await render(caseText((c) => (c.economy = overlap)), '--doc', 'request-letter', '--explain', '议定方案', '--out', 'letter.docx');
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toContain('同一地区的两条工资指导线适用期间重叠（字段 economy.guidelines.1）');
    expect(bad.bytes).toBeUndefined();
  });
});
