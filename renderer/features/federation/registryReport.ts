// The report to the federation's superiors (集体合同备案情况报告) as a document model
// (templates/model.ts), rendered to .docx by templates/render/docx.ts: the same renderer as the agreements.
import type { TFunction } from 'i18next';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { DisplayLocale } from '../../../shared/format/locale';
import type { Block, Document, TableCell } from '../../../templates/model';
import { paragraphBlock } from '../../../templates/model';
import { agreementStatuses } from './agreementStatus';
import type { RegistryOverview } from './registryOverview';

export function registryReportDocument(overview: RegistryOverview, federation: string | null, t: TFunction, locale: DisplayLocale): Document {
  const r = (key: string, params: Record<string, unknown> = {}) => t(`federation.report.${key}`, params);
  const counts = overview.statusCounts;
  const agreements = agreementStatuses.reduce((n, s) => n + counts[s], 0);
  const floorIssues = overview.enterprises.filter((e) => e.baseWage?.verdict === 'below' || e.baseWage?.verdict === 'at').length;
  const anyIssue = overview.lateFilings + overview.missedRenewals + floorIssues > 0;
  const header = (texts: readonly string[]): TableCell[] => texts.map((text) => ({ text, bold: true, align: 'center' }));
  const rows: TableCell[][] = [
    header([t('federation.table.enterprise'), t('federation.table.agreement'), t('federation.table.status'), t('federation.table.term'), t('federation.table.covered'), t('federation.table.baseWage'), t('federation.table.flags')]),
  ];
  for (const e of overview.enterprises) {
    const wage = e.baseWage ? `${formatYuanPlain(e.baseWage.baseWage, locale)} / ${e.baseWage.floor === null ? '—' : formatYuanPlain(e.baseWage.floor, locale)}（${r(`verdict.${e.baseWage.verdict}`)}）` : '—';
    const list = e.agreements.length > 0 ? e.agreements : [null];
    for (const a of list) {
      const flags = a ? [a.filing?.late ? t('federation.xlsx.lateFiling') : '', a.renewal?.missed ? t('federation.xlsx.missedRenewal') : ''].filter(Boolean).join('；') : '';
      rows.push([
        { text: e.name },
        { text: a ? `${a.title}（${t('federation.table.version', { version: a.version })}）` : t('federation.table.noAgreements') },
        { text: a ? t(`federation.status.${a.status}`) : '—', align: 'center' },
        { text: a ? t('federation.table.termText', { from: a.termFrom, to: a.termTo }) : '—' },
        { text: String(e.workersCovered), align: 'right' },
        { text: wage },
        { text: flags || '—' },
      ]);
    }
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: r('overview') },
    paragraphBlock(
      r('overviewText', {
        date: overview.today, enterprises: overview.enterprises.length, agreements,
        inForce: counts.inForce, expiring: counts.expiring, expired: counts.expired, signed: counts.signed, filed: counts.filed, draft: counts.draft,
        workers: overview.workersCovered,
      }),
    ),
    { kind: 'heading', level: 2, text: r('issues') },
    paragraphBlock(anyIssue ? r('issuesText', { late: overview.lateFilings, missed: overview.missedRenewals, floor: floorIssues }) : r('noIssues')),
    { kind: 'heading', level: 2, text: r('detail') },
    { kind: 'table', header: true, rows, widths: [18, 22, 9, 16, 8, 17, 10] },
    paragraphBlock(r('basis')),
  ];
  return {
    title: r('title'),
    subtitle: r('subtitle', { federation: federation ?? r('federationUnknown'), date: overview.today }),
    meta: { draft: false },
    blocks,
  };
}

/** The report as .docx bytes; the docx library loads here only, on demand. */
export async function registryReportDocx(overview: RegistryOverview, federation: string | null, t: TFunction, locale: DisplayLocale): Promise<Uint8Array<ArrayBuffer>> {
  const { documentDocxBytes } = await import('../../../templates/render/docx');
  const bytes = await documentDocxBytes(registryReportDocument(overview, federation, t, locale));
  return new Uint8Array(bytes);
}
