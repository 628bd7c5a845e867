// The negotiated terms: kind, who, amount rule, due date, the clause they came from, and whether they
// are one-off or build the base (a base-building term rolls into next year's base and the overtime base).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentSummaries } from '../../../shared/terms/commitment';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { type Term, termIsMonetary } from '../../../shared/terms/term';
import { useLocale } from '../../i18n/useLocale';
import type { Worker } from '../../../shared/roster/worker';
import { BonusTermForm } from './BonusTermForm';
import { termAmountRuleText, termEligibilityText } from './termDescribe';

interface Props {
  readonly enterpriseId: string;
  readonly terms: readonly Term[];
  readonly roster: readonly Worker[];
  readonly asOf: IsoDate;
  readonly onChanged: () => Promise<void>;
}

export function TermsList({ enterpriseId, terms, roster, asOf, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const commitments = new Map(commitmentSummaries(terms, asOf).map((c) => [c.termId, c]));
  if (adding) {
    return (
      <BonusTermForm
        enterpriseId={enterpriseId}
        roster={roster}
        agreements={[...new Set(terms.map((x) => x.agreement).filter(Boolean))]}
        onSaved={async () => { setAdding(false); await onChanged(); }}
        onCancel={() => setAdding(false)}
      />
    );
  }
  return (
    <section className="card" aria-labelledby="terms-list-title">
      <div className="card-head">
        <h2 id="terms-list-title">{t('terms.list.title')}</h2>
        <button type="button" onClick={() => setAdding(true)}>{t('terms.add.open')}</button>
      </div>
      {terms.length === 0 ? <p className="empty">{t('terms.list.none')}</p> : null}
      <div className="table-scroll" hidden={terms.length === 0}>
        <table className="data terms-table">
          <thead>
            <tr>
              <th scope="col">{t('terms.list.term')}</th>
              <th scope="col">{t('terms.list.kind')}</th>
              <th scope="col">{t('terms.list.who')}</th>
              <th scope="col">{t('terms.list.rule')}</th>
              <th scope="col">{t('terms.list.due')}</th>
              <th scope="col">{t('terms.list.basis')}</th>
              <th scope="col">{t('terms.list.source')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const c = commitments.get(term.id);
              return (
                <tr key={term.id}>
                  <th scope="row">{term.title}</th>
                  <td className="terms-kind">{t(`terms.kind.${term.kind}`)}</td>
                  <td>{termEligibilityText(term, t)}</td>
                  <td>{termAmountRuleText(term, t, locale)}</td>
                  <td className="nowrap">
                    {term.dueDate}
                    {c ? <div className={c.overdue ? 'terms-bad' : 'muted'}>{t(`terms.commitmentStatus.${c.status}`)}{c.overdue ? t('terms.list.commitmentOverdue') : ''}</div> : null}
                  </td>
                  <td className="nowrap">{termIsMonetary(term) ? t(`terms.basis.${term.basis}`) : t('common.none')}</td>
                  <td>
                    <div>{term.agreement}</div>
                    <div className="muted">{term.clause}</div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
