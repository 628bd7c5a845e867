// A term's amount rule and who it is for, in words for the terms list (through the i18n table).
import type { TFunction } from 'i18next';
import type { DisplayLocale } from '../../../shared/format/locale';
import { formatPercent } from '../../../shared/format/ratio';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { Term } from '../../../shared/terms/term';

export function termAmountRuleText(term: Term, t: TFunction, locale: DisplayLocale): string {
  const yuan = (amount: Parameters<typeof formatYuanPlain>[0]) => formatYuanPlain(amount, locale);
  switch (term.kind) {
    case 'bonus':
    case 'retention_allowance':
      return t('terms.rule.perWorker', { amount: yuan(term.amountFen) });
    case 'guaranteed_pay':
      return t('terms.rule.monthly', { amount: yuan(term.monthlyFen), months: term.months });
    case 'travel_subsidy':
      if (term.rule.kind === 'fixed') return t('terms.rule.perWorker', { amount: yuan(term.rule.amountFen) });
      return term.rule.capFen === null
        ? t('terms.rule.fareShare', { rate: formatPercent(term.rule.rateBp, locale) })
        : t('terms.rule.fareShareCapped', { rate: formatPercent(term.rule.rateBp, locale), cap: yuan(term.rule.capFen) });
    case 'overtime_premium':
      return t('terms.rule.overtime', { base: yuan(term.monthlyBaseFen), from: term.from, to: term.to, hours: term.hoursPerDay });
    case 'deferred_leave':
      return t('terms.rule.leave', { days: term.days, from: term.takeFrom });
    case 'commitment':
      return term.amountFen === null ? term.description : t('terms.rule.commitmentAmount', { description: term.description, amount: yuan(term.amountFen) });
  }
}

export function termEligibilityText(term: Term, t: TFunction): string {
  const e = term.eligibility;
  if (term.kind === 'commitment') return t('terms.eligibility.enterprise');
  const parts: string[] = [];
  if (e.workerIds.length > 0) parts.push(t('terms.eligibility.named', { count: e.workerIds.length }));
  if (e.groups.length > 0) parts.push(t('terms.eligibility.groups', { groups: e.groups.join('、') }));
  if (e.hiredOnOrBefore) parts.push(t('terms.eligibility.hiredBy', { date: e.hiredOnOrBefore }));
  if (parts.length === 0) parts.push(t('terms.eligibility.all'));
  if (term.conditions.backBy) parts.push(t('terms.eligibility.backBy', { date: term.conditions.backBy }));
  if (term.conditions.employedOn) parts.push(t('terms.eligibility.employedOn', { date: term.conditions.employedOn }));
  return parts.join(t('terms.listSeparator'));
}
