// The notice to one member: what the check of its own agreement against the sector agreement found, on
// one printable page, from the federation that runs the sector agreement.
import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../shared/format/date';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { MemberReport } from '../../../shared/sector/memberCheck';
import { sectorFindingText } from '../../../shared/sector/findingText';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { sectorErrorText } from './sectorDraft';

interface Props {
  readonly report: MemberReport;
  readonly titles: ReadonlyMap<string, string>;
  readonly federationName: string;
  readonly onBack: () => void;
}

export function SectorNotice({ report, titles, federationName, onBack }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const cited = report.sectorIds.map((id) => `《${titles.get(id) ?? id}》`).join('');

  async function print() {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: sectorErrorText(printed.error) });
  }

  return (
    <section className="sector-notice" aria-label={t('sector.coverage.noticeTitle')}>
      <div className="toolbar">
        <button type="button" onClick={onBack}>{t('sector.coverage.noticeBack')}</button>
        <span className="spacer" />
        <button type="button" onClick={() => void print()}>{t('sector.print.print')}</button>
      </div>
      <h2>{t('sector.coverage.noticeTitle')}</h2>
      <p>{t('sector.coverage.noticeTo', { name: report.member.name })}</p>
      <p>{t('sector.coverage.noticeBody', { titles: cited })}</p>
      {report.findings.length === 0 ? <p>{t('sector.coverage.noticeOk')}</p> : (
        <ol>
          {report.findings.map((f, i) => <li key={i}>{sectorFindingText(f, locale)}</li>)}
        </ol>
      )}
      <p>{t('sector.coverage.noticeClose')}</p>
      <p className="sector-notice-from">{t('sector.coverage.noticeFrom', { name: federationName })}</p>
      <p className="sector-notice-from">{formatDateLong(isoDateToday(), locale)}</p>
    </section>
  );
}
