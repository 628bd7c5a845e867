// 测算说明 on the scenarios screen: per scenario, its raise against the province's wage guideline, the
// CPI and average wage of the year before, the enterprise's own output and productivity growth, and the
// minimum-wage check (shared/economy/explanation.ts). What nobody entered reads 未知 with where to enter
// it. 打印测算说明 keeps only this card on the page (economy.css) and opens the platform's print.
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ScenarioExplanation, scenarioExplanations } from '../../../shared/economy/explanation';
import { formatQuarter } from '../../../shared/format/date';
import { formatPercent, formatPercentagePoints } from '../../../shared/format/ratio';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import { regionByCode } from '../../../shared/regions/region';
import type { WageModelResult } from '../../../shared/wage/model';
import { errorText } from '../../app/errorText';
import { useAppStore } from '../../app/store';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { useEconomy } from './economyLoad';
import { economyMessagesEn, economyMessagesZh } from './messages';
import './economy.css';

featureMessagesRegister('economy', economyMessagesZh, economyMessagesEn);

/** Where the missing figures are entered (Settings → 工资指导线与经济数据). */
function EnterLink() {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  return (
    <a className="no-print" href="#/settings" onClick={(ev) => { ev.preventDefault(); navigate({ area: 'settings' }); }}>
      {t('economy.explanation.enter')}
    </a>
  );
}

const ExplanationItem = memo(function ExplanationItem({ e }: { readonly e: ScenarioExplanation }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const yuan = (f: Fen) => formatYuanPlain(f, locale);
  const pct = (bp: BasisPoints | null, signed = false) => (bp === null ? t('economy.lineNone') : formatPercent(bp, locale, { signed }));
  const unverified = (verified: boolean) => (verified ? '' : t('economy.explanation.unverifiedMark'));
  const x = 'economy.explanation';
  const g = e.guideline;
  const province = regionByCode(g ? g.region.padEnd(6, '0') : `${e.regionCode.slice(0, 2)}0000`)?.name ?? '';
  const basis = g?.source ? (g.source.number ? `${g.source.title} ${g.source.number}` : g.source.title) : '';
  return (
    <li className="explanation-item">
      <h3>{t(`${x}.scenario`, { name: e.scenario })}</h3>
      <p>
        {e.raise === null
          ? t(`${x}.raiseUnknown`)
          : t(`${x}.raise`, { from: formatQuarter(e.from, locale), to: formatQuarter(e.to, locale), fromWage: yuan(e.fromWage), toWage: yuan(e.toWage), raise: pct(e.raise, true) })}
      </p>
      {g ? (
        <p>
          {t(`${x}.guideline`, { region: province, year: g.year, baseline: pct(g.baseline), upper: pct(g.upper), lower: pct(g.lower), basis })}
          {unverified(g.verified)} {e.position ? t(`${x}.position.${e.position}`) : ''}
        </p>
      ) : (
        <p className="explanation-unknown">
          {t(`${x}.guidelineUnknown`, { year: e.year })} <EnterLink />
        </p>
      )}
      {e.prices ? (
        <p>
          {t(`${x}.prices`, { year: e.prices.year, change: pct(e.prices.change, true), real: e.aboveInflation === null ? '—' : formatPercentagePoints(e.aboveInflation, locale) })}
          {unverified(e.prices.verified)}
        </p>
      ) : (
        <p className="explanation-unknown">{t(`${x}.pricesUnknown`, { year: e.year - 1 })}</p>
      )}
      {e.averageWage ? (
        <p>
          {t(`${x}.average`, {
            year: e.averageWage.year,
            annual: yuan(e.averageWage.annual),
            monthly: yuan(Math.round(e.averageWage.annual / 12) as Fen),
            share: e.shareOfAverage === null ? '—' : pct(e.shareOfAverage),
          })}
          {unverified(e.averageWage.verified)}
        </p>
      ) : (
        <p className="explanation-unknown">{t(`${x}.averageUnknown`, { year: e.year - 1 })}</p>
      )}
      <p>{e.outputGrowth === null || e.productivityGrowth === null ? t(`${x}.outputUnknown`) : t(`${x}.output`, { output: pct(e.outputGrowth, true), productivity: pct(e.productivityGrowth, true) })}</p>
      {e.floor.status === 'unknown' ? (
        <p className="explanation-unknown">{t(`${x}.floorUnknown`)}</p>
      ) : (
        <p className={e.floor.status === 'below' ? 'explanation-below' : undefined}>
          {t(e.floor.status === 'below' ? `${x}.floorBelow` : e.floor.status === 'at' ? `${x}.floorAt` : `${x}.floorAbove`, {
            to: formatQuarter(e.to, locale),
            floor: yuan(e.floor.monthly),
            basis: e.floor.basis,
          })}
          {unverified(e.floor.verified)}
        </p>
      )}
    </li>
  );
});

export function ExplanationCard({ result, enterpriseName }: { readonly result: WageModelResult; readonly enterpriseName: string }) {
  const { t } = useTranslation();
  const economy = useEconomy();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [printing, setPrinting] = useState(false);
  const explanations = useMemo(() => scenarioExplanations(result, economy), [result, economy]);

  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-explanation');
    return () => document.body.classList.remove('printing-explanation');
  }, [printing]);

  async function print() {
    setPrinting(true);
    // The class must be on the page before the print dialog lays it out.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: errorText(printed.error) });
  }

  if (explanations.length === 0) return null;
  return (
    <section className="card explanation-card" aria-labelledby="explanation-title">
      <h2 className="explanation-print-title">{t('economy.explanation.printTitle', { enterprise: enterpriseName })}</h2>
      <h2 id="explanation-title">{t('economy.explanation.title')}</h2>
      <p className="muted no-print">{t('economy.explanation.intro')}</p>
      <ul className="explanation-list">
        {explanations.map((e) => (
          <ExplanationItem key={e.scenario} e={e} />
        ))}
      </ul>
      <div className="form-actions no-print">
        <button type="button" onClick={() => void print()}>{t('economy.explanation.print')}</button>
        {printing ? (
          <>
            <button type="button" onClick={() => setPrinting(false)}>{t('economy.explanation.printBack')}</button>
            <span className="muted">{t('economy.explanation.printNote')}</span>
          </>
        ) : null}
      </div>
    </section>
  );
}
