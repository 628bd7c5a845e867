// Findings of the procedure rules where they apply: 阻止 red, 警告 amber, 提示 grey, each with its rule id,
// the article it rests on and the plain message with the figures (written by the shared rules engine).
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/procedure/rules';
import { useLocale } from '../../i18n/useLocale';

export function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (findings.length === 0) return null;
  return (
    <ul className="proc-findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${f.path}-${i}`} className={`proc-finding proc-finding-${f.action}`}>
          <p className="proc-finding-head">
            <span className="proc-finding-tag">{t(`negotiations.action.${f.action}`)}</span>
            <span className="proc-finding-rule">{f.ruleId}</span>
            <span className="proc-finding-source">{f.source}</span>
          </p>
          <p className="proc-finding-text">{locale === 'en' ? f.messageEn : f.messageZh}</p>
          {f.incomplete ? <p className="proc-finding-incomplete">{t('negotiations.findingIncomplete')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
