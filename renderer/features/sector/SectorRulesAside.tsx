// The sector rules shown beside the round's procedure: each rule that differs for a sector agreement,
// with the enterprise rules it skips or annotates in the checks (shared/sector/sectorRules.ts).
import { useTranslation } from 'react-i18next';
import { procedureRuleById } from '../../../shared/procedure/rules';
import { sectorRuleAdjustmentsBy, sectorRules } from '../../../shared/sector/sectorRules';
import { useLocale } from '../../i18n/useLocale';

export function SectorRulesAside() {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = (ruleId: string) => {
    const rule = procedureRuleById(ruleId);
    return rule ? `${ruleId} ${locale === 'en' ? rule.titleEn : rule.titleZh}` : ruleId;
  };
  return (
    <aside className="sector-rules-aside card" aria-labelledby="sector-rules-aside-title">
      <h3 id="sector-rules-aside-title">{t('sectorRound.rules.title')}</h3>
      <p className="muted">{t('sectorRound.rules.intro')}</p>
      <ul>
        {sectorRules.map((r) => (
          <li key={r.id}>
            <strong>{r.id}</strong> <span className="muted">{r.source}</span>
            <div>{locale === 'en' ? r.textEn : r.textZh}</div>
            {r.verified ? null : <em className="muted">{t('sectorRound.rules.unverified')}</em>}
            <ul>
              {sectorRuleAdjustmentsBy(r.id).map((a) => (
                <li key={a.ruleId}>{t(a.effect === 'skip' ? 'sectorRound.rules.skip' : 'sectorRound.rules.note', { rule: title(a.ruleId) })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </aside>
  );
}
