// 行业测算: a raise over every member, the wage bill and the labour-cost share per member and in total.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/format/ratio';
import { formatYuanNumber } from '../../../shared/format/yuan';
import { bp } from '../../../shared/money/rate';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';
import { sectorScenario } from '../../../shared/sector/sectorScenario';
import { useLocale } from '../../i18n/useLocale';
import { ParsedInput } from './ParsedInput';
import { percentParse, percentText } from './sectorDraft';

export function SectorScenarioTable({ agreement }: { readonly agreement: SectorAgreement }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [raise, setRaise] = useState<number>(agreement.standards.raiseRange?.minBp ?? 500);
  const s = sectorScenario(agreement, bp(raise));
  const yuan = (v: number | null) => (v === null ? '—' : formatYuanNumber(v as Parameters<typeof formatYuanNumber>[0], locale));
  const share = (v: number | null) => (v === null ? '—' : formatPercent(bp(v), locale));
  return (
    <section className="sector-scenario" aria-labelledby="sector-scenario-title">
      <h2 id="sector-scenario-title">{t('sector.scenario.title')}</h2>
      <ParsedInput label={t('sector.scenario.raise')} value={raise} toText={percentText} parse={percentParse} invalidText={t('sector.validation.percent')} onChange={(v) => setRaise(v ?? 0)} />
      <table className="sector-table" aria-label={t('sector.scenario.title')}>
        <thead>
          <tr>
            <th>{t('sector.scenario.member')}</th><th>{t('sector.scenario.headcount')}</th><th>{t('sector.scenario.monthly')}</th><th>{t('sector.scenario.basis')}</th>
            <th>{t('sector.scenario.wageBill')}</th><th>{t('sector.scenario.output')}</th><th>{t('sector.scenario.share')}</th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => (
            <tr key={r.creditCode}>
              <td>{r.name}</td>
              <td className="num">{r.headcount}</td>
              <td className="num">{yuan(r.monthly)}</td>
              <td>{t(`sector.scenario.${r.basis}`)}</td>
              <td className="num">{yuan(r.wageBill)}</td>
              <td className="num">{yuan(r.output)}</td>
              <td className="num">{share(r.shareBp)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('sector.scenario.total')}</th>
            <td className="num">{s.headcount}</td>
            <td /><td />
            <td className="num">{yuan(s.wageBill)}</td>
            <td />
            <td className="num">{share(s.shareBp)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{t('sector.scenario.shareNote', { count: s.membersWithShare })}</p>
    </section>
  );
}
