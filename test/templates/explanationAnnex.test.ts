// The 测算说明 annex's view model and blocks: every figure the card shows, with its source and 未核实 where
// not checked; a figure nobody entered is null (printed 未知), never a number.
import { describe, expect, it } from 'vitest';
import type { ScenarioExplanation } from '../../shared/economy/explanation';
import type { Quarter } from '../../shared/dates/quarter';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { Fen } from '../../shared/money/fen';
import type { BasisPoints } from '../../shared/money/rate';
import { explanationAnnexView, explanationAnnexViewFor, explanationScenarioNames } from '../../templates/case/explanationView';
import { documentWithExplanation, explanationAnnexBlocks } from '../../templates/documents/explanationAnnex';
import { documentPlainText, paragraphBlock, type Document } from '../../templates/model';
import { caseContextOf, caseDataOf } from '../../templates/case/fromFile';
import { caseFileParseText } from '../../shared/case/caseFile';
import { zhejiangCaseText } from '../cli/zhejiangCase';

const bp = (n: number) => n as BasisPoints;
const source = { title: '广东省2027年企业工资指导线', number: '粤人社发〔2027〕1号', date: null, readAt: 'notice', kind: 'notice' as const };

const knownFigures: ScenarioExplanation = {
  scenario: '方案1',
  regionCode: '440106',
  year: 2027,
  from: '2027-Q1' as Quarter,
  to: '2027-Q4' as Quarter,
  fromWage: 260_000 as Fen,
  toWage: 273_000 as Fen,
  raise: bp(500),
  guideline: { region: '44', year: 2027, effectiveFrom: '2027-01-01' as IsoDate, effectiveTo: null, baseline: bp(500), upper: bp(750), lower: null, verified: false, source },
  position: 'at-or-above-baseline',
  prices: { region: '44', year: 2026, change: bp(40), verified: true, source: { ...source, title: '广东省2026年统计公报', number: null } },
  aboveInflation: bp(460),
  averageWage: { region: '44', year: 2026, annual: 12_000_000 as Fen, verified: false },
  shareOfAverage: bp(2730),
  outputGrowth: bp(612),
  productivityGrowth: bp(-150),
  floor: { status: 'above', monthly: 250_000 as Fen, basis: '粤府函〔2025〕1号', verified: false },
};

const unknownFigures: ScenarioExplanation = {
  ...knownFigures,
  raise: null,
  guideline: null,
  position: null,
  prices: null,
  aboveInflation: null,
  averageWage: null,
  shareOfAverage: null,
  outputGrowth: null,
  productivityGrowth: null,
  floor: { status: 'unknown', reason: 'tier-unknown' },
};

const row = (v: ReturnType<typeof explanationAnnexView>, item: string) => {
  const found = v.rows.find((r) => r.item === item);
  if (!found) throw new Error(`no row ${item}`);
  return found;
};

describe('explanationAnnexView', () => {
  it('gives every known figure with its source, and says which are unverified', () => {
    const v = explanationAnnexView(knownFigures, '广州恒裕电子科技有限公司');
    expect(v.period).toBe('2027年第一季度至第四季度');
    expect(row(v, '月基本工资')).toEqual({ item: '月基本工资', value: '2,600.00 元 → 2,730.00 元', source: '本企业产值与工资测算', verified: null });
    expect(row(v, '基本工资增幅').value).toBe('+5.00%');
    expect(row(v, '工资指导线基准线（2027年广东省）')).toEqual({ item: '工资指导线基准线（2027年广东省）', value: '5.00%', source: '广东省2027年企业工资指导线（粤人社发〔2027〕1号）', verified: false });
    expect(row(v, '工资指导线上线（2027年广东省）').value).toBe('7.50%');
    // The notice sets no lower line: it says so, which is not the same as unknown.
    expect(row(v, '工资指导线下线（2027年广东省）').value).toBe('未设');
    expect(row(v, '增幅与工资指导线').value).toBe('达到基准线，未超过上线');
    expect(row(v, '居民消费价格涨幅（2026年）')).toMatchObject({ value: '+0.40%', source: '广东省2026年统计公报', verified: true });
    expect(row(v, '扣除物价后的增幅').value).toBe('+4.60个百分点');
    expect(row(v, '职工年平均工资（2026年）')).toMatchObject({ value: '120,000.00 元（月均10,000.00 元）', source: '未注明来源', verified: false });
    expect(row(v, '调整后月基本工资占月平均工资').value).toBe('27.30%');
    expect(row(v, '企业产值增长（同期）').value).toBe('+6.12%');
    expect(row(v, '劳动生产率（人均产值）增长').value).toBe('-1.50%');
    expect(row(v, '当地月最低工资标准')).toMatchObject({ value: '2,500.00 元', source: '粤府函〔2025〕1号', verified: false });
    expect(row(v, '最低工资核对').value).toBe('高于最低工资');
  });

  it('leaves every figure nobody entered null, with no source, and the own figures still there', () => {
    const v = explanationAnnexView(unknownFigures, '广州恒裕电子科技有限公司');
    for (const item of ['基本工资增幅', '工资指导线基准线（2027年）', '工资指导线上线（2027年）', '工资指导线下线（2027年）', '增幅与工资指导线', '居民消费价格涨幅（2026年）', '扣除物价后的增幅', '职工年平均工资（2026年）', '调整后月基本工资占月平均工资', '企业产值增长（同期）', '劳动生产率（人均产值）增长', '当地月最低工资标准', '最低工资核对']) {
      expect(row(v, item), item).toEqual({ item, value: null, source: '', verified: null });
    }
    expect(row(v, '月基本工资').value).toBe('2,600.00 元 → 2,730.00 元');
  });

  it('prints unknown as 未知 and unverified beside the source, on a page after the letter, named above its signature', () => {
    const letter: Document = { title: '工资集体协商要约书', meta: { draft: true }, blocks: [paragraphBlock('正文'), { kind: 'signatureBlock', parties: [] }, paragraphBlock('回执')] };
    const known = documentWithExplanation(letter, explanationAnnexView(knownFigures, '广州恒裕电子科技有限公司'));
    expect(known.blocks.map((b) => b.kind).slice(0, 5)).toEqual(['paragraph', 'paragraph', 'signatureBlock', 'paragraph', 'pageBreak']);
    const text = documentPlainText(known);
    expect(text).toContain('附件：广州恒裕电子科技有限公司工资集体协商测算说明（方案：方案1）');
    expect(text).toContain('工资指导线基准线（2027年广东省） | 5.00% | 广东省2027年企业工资指导线（粤人社发〔2027〕1号）（未核实）');
    expect(text).toContain('居民消费价格涨幅（2026年） | +0.40% | 广东省2026年统计公报\n');
    const unknown = documentPlainText({ ...letter, blocks: explanationAnnexBlocks(explanationAnnexView(unknownFigures, '某公司')) });
    expect(unknown).toContain('工资指导线基准线（2027年） | 未知 | 未录入，不作推测');
    expect(unknown).not.toMatch(/\d\.\d\d%/);
  });
});

describe('explanationAnnexViewFor', () => {
  const file = caseFileParseText(zhejiangCaseText());
  if (!file.ok) throw new Error(file.error.message);
  const ctx = caseContextOf(file.value);
  if (!ctx.ok) throw new Error(ctx.error.message);

  it('runs the round\'s model and answers the scenario asked for, its economy figures unknown without data', () => {
    const data = caseDataOf(file.value);
    expect(explanationScenarioNames(data)).toEqual(['企业方报价', '职工方要求', '议定方案']);
    const made = explanationAnnexViewFor(data, ctx.value, '议定方案');
    expect(made.ok && made.value.scenario).toBe('议定方案');
    expect(made.ok && made.value.rows.find((r) => r.item === '基本工资增幅')?.value).toBe('+2.13%');
    expect(made.ok && made.value.rows.find((r) => r.item === '工资指导线基准线（2022年）')?.value).toBeNull();
  });

  it('refuses a scenario the model does not have, and a round without a model', () => {
    const data = caseDataOf(file.value);
    const missing = explanationAnnexViewFor(data, ctx.value, '方案9');
    expect(!missing.ok && missing.error).toMatchObject({ code: 'explanation.scenarioUnknown', params: { name: '方案9', known: '企业方报价、职工方要求、议定方案' } });
    const none = explanationAnnexViewFor({ ...data, round: { ...data.round, wage: null } }, ctx.value, '议定方案');
    expect(!none.ok && none.error.code).toBe('explanation.noModel');
  });
});
