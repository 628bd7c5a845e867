// The 测算说明 annex of the request letter: one scenario's figures as the scenarios screen's card shows
// them (shared/economy/explanation.ts), as rows of item, value and source. A figure nobody entered has
// the value null (the annex prints 未知) and is never filled with a guess; a figure not yet checked
// against the official text carries verified: false (the annex prints 未核实 beside its source).
import { quarterSpanText } from '../../shared/case/agreedWages';
import { type EconomySource, economyDataEmpty } from '../../shared/economy/economy';
import { type ScenarioExplanation, scenarioExplanations } from '../../shared/economy/explanation';
import { formatPercent, formatPercentagePoints } from '../../shared/format/ratio';
import type { Fen } from '../../shared/money/fen';
import type { BasisPoints } from '../../shared/money/rate';
import { regionByCode } from '../../shared/regions/region';
import { type Result, resultErr, resultOk } from '../../shared/result';
import { wageCaseParse } from '../../shared/wage/caseFile';
import { wageModelRun } from '../../shared/wage/model';
import { yuanText } from '../text';
import type { CaseContext, CaseData } from './caseData';

export interface ExplanationRowView {
  readonly item: string;
  /** The figure as printed; null: unknown (nobody entered it, or the model cannot say). */
  readonly value: string | null;
  /** Where the figure comes from; empty when the value is unknown. */
  readonly source: string;
  /** false: not yet checked against the official text; null: the enterprise's own figure or none. */
  readonly verified: boolean | null;
}

export interface ExplanationAnnexView {
  readonly enterpriseName: string;
  readonly scenario: string;
  /** 2027年第一季度至第四季度: the quarters the raise is measured over. */
  readonly period: string;
  readonly rows: readonly ExplanationRowView[];
}

const OWN_MODEL = '本企业产值与工资测算';
const LINE_NONE = '未设';
const pct = (bp: BasisPoints, signed = false) => formatPercent(bp, 'zh-CN', { signed });
const POSITION_TEXT = {
  'below-lower': '低于下线',
  'below-baseline': '在下线与基准线之间',
  'at-or-above-baseline': '达到基准线，未超过上线',
  'above-upper': '高于上线',
} as const;
const FLOOR_TEXT = { above: '高于最低工资', at: '等于最低工资', below: '低于最低工资，不得约定' } as const;

function sourceText(source: EconomySource | undefined): string {
  if (!source) return '未注明来源';
  return source.number ? `${source.title}（${source.number}）` : source.title;
}

const known = (item: string, value: string, source: string, verified: boolean | null): ExplanationRowView => ({ item, value, source, verified });
const unknown = (item: string): ExplanationRowView => ({ item, value: null, source: '', verified: null });
const own = (item: string, value: string | null): ExplanationRowView => (value === null ? unknown(item) : known(item, value, OWN_MODEL, null));

function guidelineRows(e: ScenarioExplanation): ExplanationRowView[] {
  const g = e.guideline;
  const where = g ? (regionByCode(g.region.padEnd(6, '0'))?.name ?? g.region) : '';
  const label = (line: string) => `工资指导线${line}（${e.year}年${where}）`;
  if (!g) return [unknown(`工资指导线基准线（${e.year}年）`), unknown(`工资指导线上线（${e.year}年）`), unknown(`工资指导线下线（${e.year}年）`), unknown('增幅与工资指导线')];
  const source = sourceText(g.source);
  return [
    known(label('基准线'), pct(g.baseline), source, g.verified),
    known(label('上线'), g.upper === null ? LINE_NONE : pct(g.upper), source, g.verified),
    known(label('下线'), g.lower === null ? LINE_NONE : pct(g.lower), source, g.verified),
    e.position === null ? unknown('增幅与工资指导线') : known('增幅与工资指导线', POSITION_TEXT[e.position], source, g.verified),
  ];
}

function priceAndAverageRows(e: ScenarioExplanation): ExplanationRowView[] {
  const p = e.prices;
  const a = e.averageWage;
  const before = e.year - 1;
  return [
    p ? known(`居民消费价格涨幅（${p.year}年）`, pct(p.change, true), sourceText(p.source), p.verified) : unknown(`居民消费价格涨幅（${before}年）`),
    p && e.aboveInflation !== null ? known('扣除物价后的增幅', `${formatPercentagePoints(e.aboveInflation, 'zh-CN')}个百分点`, sourceText(p.source), p.verified) : unknown('扣除物价后的增幅'),
    a ? known(`职工年平均工资（${a.year}年）`, `${yuanText(a.annual)}（月均${yuanText(Math.round(a.annual / 12) as Fen)}）`, sourceText(a.source), a.verified) : unknown(`职工年平均工资（${before}年）`),
    a && e.shareOfAverage !== null ? known('调整后月基本工资占月平均工资', pct(e.shareOfAverage), sourceText(a.source), a.verified) : unknown('调整后月基本工资占月平均工资'),
  ];
}

function floorRows(e: ScenarioExplanation): ExplanationRowView[] {
  const f = e.floor;
  if (f.status === 'unknown') return [unknown('当地月最低工资标准'), unknown('最低工资核对')];
  return [known('当地月最低工资标准', yuanText(f.monthly), f.basis, f.verified), known('最低工资核对', FLOOR_TEXT[f.status], f.basis, f.verified)];
}

/** The annex's rows for one scenario's explanation. */
export function explanationAnnexView(e: ScenarioExplanation, enterpriseName: string): ExplanationAnnexView {
  return {
    enterpriseName,
    scenario: e.scenario,
    period: quarterSpanText(e.from, e.to),
    rows: [
      own('月基本工资', `${yuanText(e.fromWage)} → ${yuanText(e.toWage)}`),
      own('基本工资增幅', e.raise === null ? null : pct(e.raise, true)),
      ...guidelineRows(e),
      ...priceAndAverageRows(e),
      own('企业产值增长（同期）', e.outputGrowth === null ? null : pct(e.outputGrowth, true)),
      own('劳动生产率（人均产值）增长', e.productivityGrowth === null ? null : pct(e.productivityGrowth, true)),
      ...floorRows(e),
    ],
  };
}

/** The round's scenarios the annex can be made for (the wage model's, in its order); empty without a model. */
export function explanationScenarioNames(data: CaseData): string[] {
  return data.round.wage?.scenarios.map((s) => s.name) ?? [];
}

/**
 * The annex for the round's scenario `scenario`, from its wage model, the minimum-wage tables and the
 * economy figures of `ctx` (none: each of those figures unknown). Errors: explanation.noModel (the round
 * has no wage model), explanation.modelInvalid (params.reason: the model's own error code),
 * explanation.scenarioUnknown (params.name, params.known: the scenarios there are, joined by 、).
 */
export function explanationAnnexViewFor(data: CaseData, ctx: CaseContext, scenario: string): Result<ExplanationAnnexView> {
  const wage = data.round.wage;
  if (!wage) return resultErr('explanation.noModel', 'the round has no wage model');
  const names = wage.scenarios.map((s) => s.name);
  if (!names.includes(scenario)) return resultErr('explanation.scenarioUnknown', `no scenario ${scenario}`, { name: scenario, known: names.join('、') });
  const parsed = wageCaseParse(wage);
  if (!parsed.ok) return resultErr('explanation.modelInvalid', parsed.error.message, { reason: parsed.error.code });
  const result = wageModelRun(parsed.value, { minimumWage: ctx.minimumWage });
  const e = scenarioExplanations(result, ctx.economy ?? economyDataEmpty).find((s) => s.scenario === scenario);
  if (!e) return resultErr('explanation.noModel', 'the model has no quarter');
  return resultOk(explanationAnnexView(e, data.enterprise.name));
}
