// The charts (recharts, loaded on demand): (a) the output index as bars against each scenario's base-wage
// index, (b) the labour-cost share of each scenario, (c) the bargaining zone: the floor, the offer, the
// ask, what output carries, and each scenario's base wage. No animation: what is on screen is what exports.
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import type { Quarter } from '../../../shared/dates/quarter';
import { formatQuarter } from '../../../shared/format/date';
import { formatInteger } from '../../../shared/format/integer';
import { formatIndex, formatPercent } from '../../../shared/format/ratio';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { WageModelResult } from '../../../shared/wage/model';
import { useLocale } from '../../i18n/useLocale';
import { ChartCard } from './ChartCard';
import { indexRows, scenarioKey, seriesPresent, seriesValues, shareRows, valueAxis, zoneRows, type ChartRow } from './chartData';
import type { PngLegendItem } from './chartPng';

/** Scenario colours, in order; the same as .scenario-swatch[data-index] in scenarios.css. */
export const scenarioColors = ['#0b5cad', '#d9730d', '#6f42c1', '#1a7f37', '#8c564b', '#c2185b'] as const;
const OUTPUT_COLOR = '#9db4cc';
const FLOOR_COLOR = '#b3261e';
const OFFER_COLOR = '#2e7d32';
const ASK_COLOR = '#7b1fa2';
const CARRIED_COLOR = '#8a8f96';
const HEIGHT = 340;
const TICK = { fontSize: 14, fill: '#1f2328' };
const MARGIN = { top: 12, right: 24, bottom: 8, left: 12 };
/** Tooltip lines in ink: the pale bar colours would be unreadable as text. */
const TOOLTIP_ITEM = { color: '#1f2328' };

const colorOf = (k: number) => scenarioColors[k % scenarioColors.length]!;

interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly kind: PngLegendItem['kind'];
}

const legendOf = (series: readonly Series[]): PngLegendItem[] => series.map(({ label, color, kind }) => ({ label, color, kind }));

/**
 * What output carries is a level, not an amount growing from zero: a flat mark per quarter, so the axis can
 * start near the floor without the distortion a bar would have.
 */
function carriedMark(props: { cx?: number; cy?: number; index?: number }) {
  const { cx, cy, index } = props;
  if (cx === undefined || cy === undefined || !Number.isFinite(cy)) return <g key={`carried-${index}`} />;
  return <rect key={`carried-${index}`} x={cx - 26} y={cy - 4} width={52} height={8} rx={2} fill={CARRIED_COLOR} />;
}

function lines(series: readonly Series[], width = 3) {
  return series
    .filter((s) => s.kind === 'line' || s.kind === 'dashed')
    .map((s) => (
      <Line
        key={s.key}
        type="linear"
        dataKey={s.key}
        name={s.label}
        stroke={s.color}
        strokeWidth={width}
        strokeDasharray={s.kind === 'dashed' ? '8 5' : undefined}
        dot={{ r: 4, fill: s.color, strokeWidth: 0 }}
        isAnimationActive={false}
        connectNulls={false}
      />
    ));
}

export function ScenarioCharts({ result, enterpriseName }: { readonly result: WageModelResult; readonly enterpriseName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = (q: string) => formatQuarter(q as Quarter, locale);
  const scenarioSeries = (kind: Series['kind']): Series[] => result.scenarios.map((s, k) => ({ key: scenarioKey(k), label: s.name, color: colorOf(k), kind }));
  const fileName = (chart: string) => t('scenarios.charts.fileName', { name: enterpriseName, chart });

  // (a) indices
  const index = indexRows(result, label);
  const indexSeries: Series[] = [
    { key: 'output', label: t('scenarios.charts.outputIndex'), color: OUTPUT_COLOR, kind: 'bar' },
    ...scenarioSeries('line'),
  ];
  const indexAxis = valueAxis([0, ...seriesValues(index, indexSeries.map((s) => s.key))]);
  const indexText = (v: unknown) => (typeof v === 'number' ? formatIndex(Math.round(v * 100) as BasisPoints, locale) : String(v ?? ''));

  // (b) shares
  const share = shareRows(result, label);
  const shareSeries = scenarioSeries('line');
  const shareKnown = shareSeries.some((s) => seriesPresent(share, s.key));
  const shareAxis = valueAxis([0, ...seriesValues(share, shareSeries.map((s) => s.key))]);
  const shareText = (v: unknown) => (typeof v === 'number' ? formatPercent(Math.round(v * 100) as BasisPoints, locale) : t('common.none'));

  // (c) zone
  const zone = zoneRows(result, label);
  const zoneSeries: Series[] = [
    { key: 'carried', label: t('scenarios.charts.carried'), color: CARRIED_COLOR, kind: 'marker' as const },
    { key: 'floor', label: t('scenarios.charts.floor'), color: FLOOR_COLOR, kind: 'dashed' as const },
    { key: 'offer', label: t('scenarios.charts.offer'), color: OFFER_COLOR, kind: 'dashed' as const },
    { key: 'ask', label: t('scenarios.charts.ask'), color: ASK_COLOR, kind: 'dashed' as const },
    ...scenarioSeries('line'),
  ].filter((s) => seriesPresent(zone, s.key));
  const zoneAxis = valueAxis(seriesValues(zone, zoneSeries.map((s) => s.key)));
  const isMark = (s: Series) => s.key === 'floor' || s.key === 'offer' || s.key === 'ask';
  const yuanTick = (v: unknown) => (typeof v === 'number' ? formatInteger(Math.round(v), locale) : String(v));
  const zoneTooltip = (value: unknown, _name: unknown, item: { dataKey?: unknown; payload?: ChartRow }) => {
    const exact = item.payload?.[`${String(item.dataKey)}Fen`];
    return typeof exact === 'number' ? formatYuanPlain(exact as Fen, locale) : String(value ?? '');
  };

  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('scenarios.charts.title')}</h2>
      <ChartCard
        id="chart-index"
        title={t('scenarios.charts.indexTitle')}
        note={t('scenarios.charts.indexNote', { base: label(result.output.baseQuarter) })}
        legend={legendOf(indexSeries)}
        fileName={fileName(t('scenarios.charts.indexTitle'))}
      >
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <ComposedChart data={index} margin={MARGIN}>
            <CartesianGrid stroke="#e1e5ea" vertical={false} />
            <XAxis dataKey="quarter" tick={TICK} tickMargin={8} />
            <YAxis tick={TICK} width={56} domain={indexAxis.domain} ticks={indexAxis.ticks} tickFormatter={indexText} />
            <Tooltip formatter={(v) => indexText(v)} itemStyle={TOOLTIP_ITEM} />
            <Bar dataKey="output" name={t('scenarios.charts.outputIndex')} fill={OUTPUT_COLOR} barSize={48} isAnimationActive={false} />
            {lines(indexSeries)}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard
        id="chart-share"
        title={t('scenarios.charts.shareTitle')}
        note={shareKnown ? t('scenarios.charts.shareNote') : t('scenarios.charts.shareUnknown')}
        legend={legendOf(shareSeries)}
        fileName={fileName(t('scenarios.charts.shareTitle'))}
      >
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={share} margin={MARGIN}>
            <CartesianGrid stroke="#e1e5ea" vertical={false} />
            <XAxis dataKey="quarter" tick={TICK} tickMargin={8} padding={{ left: 60, right: 60 }} />
            <YAxis tick={TICK} width={64} domain={shareAxis.domain} ticks={shareAxis.ticks} tickFormatter={shareText} />
            <Tooltip formatter={(v) => shareText(v)} itemStyle={TOOLTIP_ITEM} />
            {lines(shareSeries)}
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard
        id="chart-zone"
        title={t('scenarios.charts.zoneTitle')}
        note={t('scenarios.charts.zoneNote')}
        legend={legendOf(zoneSeries)}
        fileName={fileName(t('scenarios.charts.zoneTitle'))}
      >
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <ComposedChart data={zone} margin={MARGIN}>
            <CartesianGrid stroke="#e1e5ea" vertical={false} />
            <XAxis dataKey="quarter" tick={TICK} tickMargin={8} padding={{ left: 60, right: 60 }} />
            <YAxis tick={TICK} width={64} tickFormatter={yuanTick} domain={zoneAxis.domain} ticks={zoneAxis.ticks} allowDataOverflow />
            <Tooltip formatter={zoneTooltip as never} itemStyle={TOOLTIP_ITEM} />
            {seriesPresent(zone, 'carried') ? (
              <Line dataKey="carried" name={t('scenarios.charts.carried')} stroke="none" dot={carriedMark} activeDot={false} isAnimationActive={false} />
            ) : null}
            {lines(zoneSeries.filter(isMark), 2.5)}
            {lines(zoneSeries.filter((s) => s.kind === 'line'))}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartCard>
    </section>
  );
}
