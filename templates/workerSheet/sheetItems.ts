// The terms a sheet lists: for a roster worker, each term whose eligibility takes them (the same rule the
// ledger applies: shared/terms/entitlement.ts), with their own amount; for a group sheet (no roster),
// each term open to the group, with its per-worker amount and who within the group it is for.
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import type { IsoDate } from '../../shared/dates/isoDate';
import { type Fen, fenMultiplyInt } from '../../shared/money/fen';
import type { Worker } from '../../shared/roster/worker';
import { type ConditionStatus, eligibilityPredicate } from '../../shared/terms/eligibility';
import { termEntitlements } from '../../shared/terms/entitlement';
import { overtimePay } from '../../shared/terms/overtime';
import { type Term, termIsMonetary } from '../../shared/terms/term';
import { termKindLabel } from '../../shared/terms/termText';
import { dateText, percentText, yuanText } from '../text';
import type { WorkerSheetItem } from './sheetModel';

/** A term's amount for anyone it applies to, or the rule in words when it depends on the worker. */
interface TermRule {
  readonly amountFen: Fen | null;
  readonly ruleText: string | null;
}

function termRule(term: Term, calendar: HolidayCalendar): TermRule | null {
  switch (term.kind) {
    case 'bonus':
    case 'retention_allowance':
      return { amountFen: term.amountFen, ruleText: null };
    case 'guaranteed_pay':
      return { amountFen: fenMultiplyInt(term.monthlyFen, term.months), ruleText: `每月${yuanText(term.monthlyFen)}，共${term.months}个月` };
    case 'travel_subsidy': {
      const rule = term.rule;
      if (rule.kind === 'fixed') return { amountFen: rule.amountFen, ruleText: null };
      return { amountFen: null, ruleText: `按本人往返路费的${percentText(rule.rateBp)}报销${rule.capFen === null ? '' : `，最多${yuanText(rule.capFen)}`}` };
    }
    case 'overtime_premium': {
      const pay = overtimePay({ monthlyWage: term.monthlyBaseFen, from: term.from, to: term.to, hoursPerDay: term.hoursPerDay, calendar });
      const period = `${dateText(term.from)}至${dateText(term.to)}`;
      return pay.ok ? { amountFen: pay.value.total, ruleText: `${period}每天都上班时` } : { amountFen: null, ruleText: `${period}加班，按实际加班时间计算` };
    }
    case 'deferred_leave':
      return { amountFen: null, ruleText: `带薪假${term.days}天，${dateText(term.takeFrom)}起可以休` };
    case 'commitment':
      // A commitment is the employer's (a measure, an investment), not an amount to a worker.
      return null;
  }
}

function conditionWords(term: Term): string {
  const c = term.conditions;
  return [c.backBy ? `${dateText(c.backBy)}前返岗` : '', c.employedOn ? `到${dateText(c.employedOn)}仍在本企业工作` : ''].filter(Boolean).join('，并且');
}

function conditionText(term: Term, status: Exclude<ConditionStatus, 'not_met'> | null): string {
  const words = conditionWords(term);
  if (!words) return '';
  return status === 'met' ? `已满足条件：${words}` : `须${words}才能领取`;
}

const itemOf = (term: Term, rule: TermRule, condition: string): WorkerSheetItem => ({
  termId: term.id,
  title: term.title,
  kindText: termKindLabel(term.kind, 'zh-CN'),
  amountFen: rule.amountFen,
  ruleText: rule.ruleText,
  leave: term.kind === 'deferred_leave',
  dueDate: term.dueDate,
  conditionText: condition,
});

interface WorkerEntry {
  readonly amountFen: Fen | null;
  readonly condition: Exclude<ConditionStatus, 'not_met'>;
}

/**
 * Each term's eligible workers computed once for the roster (one pass per term), so 500 or 5,000
 * sheets cost terms × roster, not sheets × terms × roster.
 */
export function termItemsIndex(terms: readonly Term[], roster: readonly Worker[], asOf: IsoDate, calendar: HolidayCalendar) {
  const perTerm = terms.flatMap((term) => {
    const rule = termRule(term, calendar);
    if (rule === null) return [];
    const workers = new Map<string, WorkerEntry>();
    const set = termIsMonetary(term) ? termEntitlements(term, { roster, asOf, calendar }) : null;
    if (set?.ok) {
      for (const e of set.value.entitlements) workers.set(e.workerId, { amountFen: e.amountFen, condition: e.condition });
      for (const g of set.value.gaps) workers.set(g.workerId, { amountFen: null, condition: 'pending' });
    } else {
      // Leave, or an amount the calendar cannot give: eligibility alone decides, the rule is in words.
      const eligible = eligibilityPredicate(term.eligibility);
      for (const w of roster) if (eligible(w)) workers.set(w.id, { amountFen: rule.amountFen, condition: 'met' });
    }
    return [{ term, rule, workers }];
  });
  return {
    forWorker(worker: Worker): WorkerSheetItem[] {
      return perTerm.flatMap(({ term, rule, workers }) => {
        const entry = workers.get(worker.id);
        if (!entry) return [];
        return [itemOf(term, { amountFen: entry.amountFen, ruleText: rule.ruleText }, conditionText(term, entry.condition))];
      });
    },
  };
}

/** Who within a group a term is for, when it narrows the group further. */
function groupScopeText(term: Term): string {
  const e = term.eligibility;
  const parts: string[] = [];
  if (e.workerIds.length > 0) parts.push('仅限双方确认名单内的职工');
  if (e.hiredOnOrBefore) parts.push(`${dateText(e.hiredOnOrBefore)}前入职的职工`);
  const everyone = ['working', 'on_leave', 'stopped'].every((s) => e.statuses.includes(s as never)) || e.statuses.length === 0;
  if (!everyone) parts.push(e.statuses.includes('working') ? '在岗职工' : '放假、待岗职工');
  if (e.description) parts.push(`协议原文：${e.description}`);
  return parts.join('；');
}

/** The terms open to `group` (a term naming no group is open to all). */
export function termItemsForGroup(terms: readonly Term[], group: string, calendar: HolidayCalendar): WorkerSheetItem[] {
  return terms.flatMap((term) => {
    if (term.eligibility.groups.length > 0 && !term.eligibility.groups.includes(group)) return [];
    const rule = termRule(term, calendar);
    if (rule === null) return [];
    const condition = [groupScopeText(term), conditionText(term, null)].filter(Boolean).join('；');
    return [itemOf(term, rule, condition)];
  });
}
