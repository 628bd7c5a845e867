// A chart with its title, its legend (HTML, readable at any size) and "导出图片 (PNG)".
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';
import { platform } from '../../platform';
import { chartPngBytes, type PngLegendItem } from './chartPng';

/** The page's font stack (styles.css), named again for the exported image. */
const CHART_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

interface ChartCardProps {
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly legend: readonly PngLegendItem[];
  readonly fileName: string;
  readonly children: ReactNode;
}

export function ChartCard({ id, title, note, legend, fileName, children }: ChartCardProps) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const frame = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);

  async function exportPng() {
    const svg = frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    setExporting(true);
    try {
      const data = await chartPngBytes(svg, title, legend, CHART_FONT);
      const saved = await platform().saveFile({ suggestedName: fileName, data, mimeType: 'image/png', extensions: ['png'] });
      if (!saved.ok) noticeShow({ tone: 'error', text: errorText(saved.error) });
      else if (saved.value.saved) noticeShow({ tone: 'info', text: t('scenarios.exported', { path: saved.value.path }) });
    } catch (error) {
      noticeShow({ tone: 'error', text: t('scenarios.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <figure className="card chart-card" aria-labelledby={`${id}-title`}>
      <div className="card-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" disabled={exporting} onClick={() => void exportPng()} aria-label={`${t('scenarios.charts.exportPng')} ${title}`}>
          {exporting ? t('scenarios.exporting') : t('scenarios.charts.exportPng')}
        </button>
      </div>
      <div className="chart-frame" ref={frame}>
        {children}
      </div>
      <ul className="chart-legend">
        {legend.map((item) => (
          <li key={item.label}>
            <span className={`legend-swatch legend-${item.kind}`} style={{ ['--swatch' as string]: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      {note ? <figcaption className="muted">{note}</figcaption> : null}
    </figure>
  );
}
