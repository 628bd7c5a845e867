// What the templates read for one round (the same for the app, the command line and the sample), and the
// dated reference data they look figures up in. The lookups here answer null when the data cannot say,
// so a view builder records the value as missing rather than printing a guess.
import type { EarlierRound, CasePerson } from '../../shared/case/caseFile';
import type { Round, RoundKind } from '../../shared/case/round';
import { roundProcedureKind } from '../../shared/case/round';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { EconomyData } from '../../shared/economy/economy';
import type { EnterpriseFields } from '../../shared/enterprise/model';
import { deadlineRulesApplying } from '../../shared/procedure/deadline';
import type { DeadlineDue, DeadlineEvent, DeadlineRule } from '../../shared/procedure/deadlineRules';
import { periodEnd } from '../../shared/procedure/period';
import { minimumWageFor } from '../../shared/regions/minimumWage';
import { regionByCode, regionProvinceOf } from '../../shared/regions/region';
import type { Worker } from '../../shared/roster/worker';
import type { Term } from '../../shared/terms/term';
import { termEligibleWorkers } from '../../shared/terms/eligibility';
import type { MinimumWageData } from '../../shared/wage/floor';
import { minimumWageIncludesSocialInsurance } from '../../shared/wage/minimumWageInclusion';
import type { TemplateName } from '../registry';
import { dateText } from '../text';
import type { MinimumWageView } from '../viewModel';

export interface CaseData {
  readonly enterprise: EnterpriseFields;
  /** The enterprise's people (the procedure names them by id). */
  readonly people: readonly CasePerson[];
  readonly round: Round;
  /** The enterprise's earlier rounds, oldest first (the wage history of an agreement). */
  readonly earlier: readonly EarlierRound[];
  readonly roster: readonly Worker[];
}

export interface CaseContext {
  /** The shipped tables with the user's own merged over them (the same the scenarios check against). */
  readonly minimumWage: MinimumWageData;
  readonly calendar: HolidayCalendar;
  readonly deadlineRules: readonly DeadlineRule[];
  /** The guideline, CPI and average-wage figures for the 测算说明 annex; absent: every one of them unknown. */
  readonly economy?: EconomyData;
}

/** The template each kind of round is about: its status, its bundle and the registry follow that agreement. */
export const roundMainTemplate: Readonly<Record<RoundKind, TemplateName>> = {
  wage: 'wage-agreement',
  jobRetention: 'job-retention',
  occupationalHealth: 'ohs-agreement',
  womenWorkers: 'women-workers',
  other: 'wage-agreement',
};

/** 福建省宁德市福鼎市; for a county the shipped list lacks, its province and code. */
export function regionFullName(code: string): string {
  const region = regionByCode(code);
  if (region) return region.fullName;
  const province = regionProvinceOf(code);
  return province ? `${province.name}（行政区划代码${code}）` : code;
}

function regionShortName(code: string): string {
  return regionByCode(code)?.name ?? regionFullName(code);
}

/** The minimum wage in force in the county on `date`, or null when its tier or table is unknown. */
export function minimumWageViewFor(regionCode: string, date: IsoDate, data: MinimumWageData): MinimumWageView | null {
  const found = minimumWageFor(regionCode, date, data.tables, data.assignments);
  if ('unknown' in found) return null;
  return {
    regionName: regionShortName(regionCode),
    tier: found.tier,
    monthly: found.monthly,
    hourly: found.hourly,
    includesSocialInsurance: minimumWageIncludesSocialInsurance(found.table),
    basis: found.table.basis,
    effectiveFrom: found.table.effectiveFrom,
  };
}

/**
 * The day count a document quotes for a deadline (reply within N days, file within N days): where a
 * regional rule and the national one both bind, the one whose day comes first (rules.md §0.2), as the
 * procedure clock computes it. null when no rule in days applies.
 */
export function deadlineDaysFor(
  rules: readonly DeadlineRule[],
  query: { readonly kind: RoundKind; readonly event: DeadlineEvent; readonly due: DeadlineDue; readonly regionCode: string; readonly date: IsoDate },
): number | null {
  const applying = deadlineRulesApplying({ kind: roundProcedureKind(query.kind), event: query.event, due: query.due, regionCode: query.regionCode, date: query.date }, rules).filter(
    (r) => r.period.unit === 'day',
  );
  const first = applying
    .map((rule) => ({ rule, day: periodEnd(query.date, rule.period, rule.direction) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))[0];
  return first ? first.rule.period.count : null;
}

/** Who a term is for, in the agreement's words: the parties' own, else the rule it sets. */
export function termEligibilityText(term: Term, roster: readonly Worker[]): string {
  const e = term.eligibility;
  if (e.description) return e.description;
  const parts: string[] = [];
  if (e.groups.length > 0) parts.push(`${e.groups.join('、')}的`);
  if (e.hiredOnOrBefore) parts.push(`${dateText(e.hiredOnOrBefore)}前入职的`);
  if (e.workerIds.length > 0) {
    const count = roster.length > 0 ? termEligibleWorkers(term, roster).length : e.workerIds.length;
    return `${parts.join('')}经双方确认名单内的职工（共${count}人）`;
  }
  const everyone = e.statuses.length === 0 || ['working', 'on_leave', 'stopped'].every((s) => e.statuses.includes(s as never));
  if (!everyone) parts.push(e.statuses.includes('working') ? '在岗' : '放假、待岗');
  return parts.length === 0 ? '全体职工' : `${parts.join('')}职工`;
}

/** The round's people by id, and its representatives' people. */
export function personById(data: CaseData, id: string): CasePerson | undefined {
  return data.people.find((p) => p.id === id);
}
