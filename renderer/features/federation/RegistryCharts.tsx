// The registry's two charts (recharts, loaded with this module only): agreements by status, and the
// workers covered per enterprise. No animation, so a screenshot shows the final picture.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { agreementStatuses, type AgreementStatus } from './agreementStatus';
import type { RegistryOverview } from './registryOverview';

/** The same colours as .federation-status-* in federation.css. */
export const statusColors: Readonly<Record<AgreementStatus, string>> = {
  draft: '#8a8f96',
  signed: '#0b5cad',
  filed: '#6f42c1',
  inForce: '#1a7f37',
  expiring: '#d9730d',
  expired: '#b3261e',
};
const COVERED = '#1a7f37';
const TICK = { fontSize: 13, fill: '#1f2328' };
const HEIGHT = 280;

/** Long enterprise names are cut for the axis; the tooltip shows them whole. */
function shortName(name: string): string {
  return name.length > 8 ? `${name.slice(0, 8)}…` : name;
}

export function RegistryCharts({ overview }: { readonly overview: RegistryOverview }) {
  const { t } = useTranslation();
  const statusRows = agreementStatuses.map((s) => ({ key: s, label: t(`federation.status.${s}`), count: overview.statusCounts[s] }));
  const workerRows = overview.enterprises.map((e) => ({ key: e.creditCode, name: e.name, label: shortName(e.name), workers: e.workersCovered }));
  return (
    <div className="federation-charts">
      <figure className="card federation-chart" aria-labelledby="federation-chart-status">
        <h3 id="federation-chart-status">{t('federation.charts.byStatus')}</h3>
        <div className="federation-chart-frame">
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={statusRows} margin={{ top: 20, right: 12, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={TICK} interval={0} />
              <YAxis allowDecimals={false} tick={TICK} width={36} />
              <Tooltip />
              <Bar dataKey="count" name={t('federation.charts.count')} isAnimationActive={false}>
                {statusRows.map((row) => (
                  <Cell key={row.key} fill={statusColors[row.key]} />
                ))}
                <LabelList dataKey="count" position="top" style={{ fontSize: 13 }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="muted small">{t('federation.charts.byStatusNote')}</figcaption>
      </figure>
      <figure className="card federation-chart" aria-labelledby="federation-chart-workers">
        <h3 id="federation-chart-workers">{t('federation.charts.workers')}</h3>
        <div className="federation-chart-frame">
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={workerRows} margin={{ top: 20, right: 12, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={TICK} interval={0} />
              <YAxis allowDecimals={false} tick={TICK} width={48} />
              <Tooltip labelFormatter={(_label, payload) => (payload?.[0]?.payload as { name?: string } | undefined)?.name ?? ''} />
              <Bar dataKey="workers" name={t('federation.charts.workersAxis')} fill={COVERED} isAnimationActive={false}>
                <LabelList dataKey="workers" position="top" style={{ fontSize: 13 }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="muted small">{t('federation.charts.workersNote')}</figcaption>
      </figure>
    </div>
  );
}
