// One member's findings against the sector agreements that list it, each with its agreement's title, or
// a plain "符合" when there are none: the coverage card and the registry row show the same lines.
import { useTranslation } from 'react-i18next';
import type { MemberReport } from '../../../shared/sector/memberCheck';
import { sectorActionLabel, sectorFindingText } from '../../../shared/sector/findingText';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { useLocale } from '../../i18n/useLocale';
import { sectorEn, sectorZh } from './messages';
import './sector.css';

// The registry rows load with the workbench, before the sector screen's modules.
featureMessagesRegister('sector', sectorZh, sectorEn);

interface Props {
  readonly report: MemberReport;
  readonly titles: ReadonlyMap<string, string>;
}

export function SectorFindingList({ report, titles }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (report.findings.length === 0) return <span className="finding-ok">{t('sector.coverage.ok')}</span>;
  return (
    <ul className="sector-findings">
      {report.findings.map((f, i) => (
        <li key={i} className={f.action === 'block' ? 'finding-block' : undefined}>
          [{sectorActionLabel(f.action, locale)}] {titles.get(f.sectorId) ?? f.sectorId}：{sectorFindingText(f, locale)}
        </li>
      ))}
    </ul>
  );
}
