// On a registry row of a member of a sector or regional agreement: the agreements that list it, each
// finding of the sector check (or 符合), and its printable notice. Enterprises no sector agreement lists
// show nothing here.
import { useTranslation } from 'react-i18next';
import type { MemberReport } from '../../../shared/sector/memberCheck';
import { SectorFindingList } from '../sector/SectorFindingList';
import './sectorRowMessages';

interface Props {
  readonly report: MemberReport;
  readonly titles: ReadonlyMap<string, string>;
  /** The registry's name of the enterprise (the member list may spell it otherwise). */
  readonly name: string;
  readonly onNotice: (report: MemberReport) => void;
}

export function RegistrySectorLine({ report, titles, name, onNotice }: Props) {
  const { t } = useTranslation();
  const labelId = `federation-sector-${report.member.creditCode}`;
  return (
    <div className="federation-sector" role="group" aria-labelledby={labelId} data-sector-member={report.member.creditCode}>
      <div className="federation-sector-head">
        <span id={labelId} className="federation-sector-label">{t('federation.sectorRow.label')}</span>
        <span>{report.sectorIds.map((id) => `《${titles.get(id) ?? id}》`).join('')}</span>
        <span className="spacer" />
        <button type="button" onClick={() => onNotice(report)} aria-label={t('federation.sectorRow.noticeFor', { name })}>
          {t('federation.sectorRow.notice')}
        </button>
      </div>
      <SectorFindingList report={report} titles={titles} />
    </div>
  );
}
