// When the next step of the procedure is due, and how that date was reached. Day counting follows the
// 民法典: a period after an event starts the next day (art 201) and one whose last day is a statutory holiday
// or rest day ends on the next working day (art 203), with the holiday calendar's make-up workdays counted
// as working days. A request due BEFORE a date (renewal) that lands on a day off moves EARLIER to the
// previous working day: moving it later would put it inside the period it must precede. A date the law
// fixes (an agreement takes effect on day 15 of the review, EFF-01) is not moved at all.
import { type IsoDate, type Weekday, isoDateWeekday } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';
import { type CalendarDay, type HolidayCalendar, calendarDay, calendarNextWorkingDay, calendarPreviousWorkingDay } from '../calendar/calendar';
import type { AgreementKind, DeadlineDue, DeadlineEvent, DeadlinePeriod, DeadlineRule } from './deadlineRules';
import { periodEnd } from './period';

export interface DeadlineQuery {
  readonly kind: AgreementKind;
  readonly event: DeadlineEvent;
  /** The day the event happened (or, for 'expiry', the agreement's last day). */
  readonly date: IsoDate;
  /** Six-digit GB/T 2260 code; without it only nationwide rules apply. */
  readonly regionCode?: string;
  /** Which obligation, when an event starts more than one; optional while each event has one. */
  readonly due?: DeadlineDue;
}

type HolidayRef = CalendarDay['holiday'];

/** How the date was reached, as data; deadlineText.ts renders it in Chinese or English. */
export type DeadlineStep =
  | { readonly code: 'trigger'; readonly event: DeadlineEvent; readonly date: IsoDate }
  | { readonly code: 'national-only' }
  | { readonly code: 'count'; readonly direction: 'after' | 'before'; readonly period: DeadlinePeriod; readonly firstDay: IsoDate; readonly lastDay: IsoDate }
  | { readonly code: 'day-off'; readonly date: IsoDate; readonly kind: 'statutory_holiday' | 'rest_day'; readonly holiday: HolidayRef; readonly weekday: Weekday }
  | { readonly code: 'make-up-workday'; readonly date: IsoDate; readonly holiday: HolidayRef; readonly weekday: Weekday }
  | { readonly code: 'moved'; readonly direction: 'later' | 'earlier'; readonly to: IsoDate; readonly holiday: HolidayRef; readonly weekday: Weekday }
  | { readonly code: 'not-moved'; readonly date: IsoDate }
  | { readonly code: 'stricter'; readonly chosen: DeadlineCandidate; readonly others: readonly DeadlineCandidate[] };

export interface DeadlineCandidate {
  readonly rule: DeadlineRule;
  readonly dueDate: IsoDate;
}

export interface Deadline {
  readonly query: DeadlineQuery;
  readonly due: DeadlineDue;
  readonly dueDate: IsoDate;
  /** The rule that gives the date; `candidates` has every rule that applied and its own date. */
  readonly rule: DeadlineRule;
  readonly candidates: readonly DeadlineCandidate[];
  readonly steps: readonly DeadlineStep[];
}

function inForce(rule: DeadlineRule, date: IsoDate): boolean {
  return (rule.effectiveFrom === null || rule.effectiveFrom <= date) && (rule.effectiveTo === null || date <= rule.effectiveTo);
}

/**
 * The rules that bind the query, per obligation: every level of region prefix that matches, from the most
 * specific down, stopping below a rule that replaces the wider ones (combine 'replace').
 */
export function deadlineRulesApplying(query: DeadlineQuery, rules: readonly DeadlineRule[]): DeadlineRule[] {
  const region = query.regionCode ?? '';
  const matching = rules
    .filter((r) => r.event === query.event && r.kinds.includes(query.kind) && region.startsWith(r.region) && inForce(r, query.date))
    .filter((r) => query.due === undefined || r.due === query.due)
    .sort((a, b) => b.region.length - a.region.length);
  const applying: DeadlineRule[] = [];
  const replacedBelow = new Map<DeadlineDue, number>();
  for (const rule of matching) {
    const floor = replacedBelow.get(rule.due);
    if (floor !== undefined && rule.region.length < floor) continue;
    applying.push(rule);
    if (rule.combine === 'replace') replacedBelow.set(rule.due, rule.region.length);
  }
  return applying;
}

/** What the calendar says about the period's last day, when it matters: a day off or a make-up workday. */
function dayStep(day: CalendarDay): DeadlineStep {
  const weekday = isoDateWeekday(day.date);
  return day.kind === 'workday'
    ? { code: 'make-up-workday', date: day.date, holiday: day.holiday, weekday }
    : { code: 'day-off', date: day.date, kind: day.kind, holiday: day.holiday, weekday };
}

/** One rule's date and the steps that reach it. */
function deadlineByRule(query: DeadlineQuery, rule: DeadlineRule, calendar: HolidayCalendar): Result<{ dueDate: IsoDate; steps: DeadlineStep[] }> {
  const lastDay = periodEnd(query.date, rule.period, rule.direction);
  const firstDay = periodEnd(query.date, { count: 1, unit: 'day' }, rule.direction);
  const steps: DeadlineStep[] = [{ code: 'count', direction: rule.direction, period: rule.period, firstDay, lastDay }];
  const day = calendarDay(lastDay, calendar);
  if (rule.whenDayOff === 'stays') {
    // The date stands whatever the calendar says; a missing year only loses the remark.
    if (day.ok && day.value.kind !== 'workday') steps.push(dayStep(day.value), { code: 'not-moved', date: lastDay });
    return resultOk({ dueDate: lastDay, steps });
  }
  if (!day.ok) return day;
  if (day.value.kind === 'workday') {
    if (day.value.makeUpWorkday) steps.push(dayStep(day.value));
    return resultOk({ dueDate: lastDay, steps });
  }
  steps.push(dayStep(day.value));
  const later = rule.whenDayOff === 'next-working-day';
  const moved = later ? calendarNextWorkingDay(lastDay, calendar) : calendarPreviousWorkingDay(lastDay, calendar);
  if (!moved.ok) return moved;
  steps.push({ code: 'moved', direction: later ? 'later' : 'earlier', to: moved.value, holiday: day.value.holiday, weekday: isoDateWeekday(moved.value) });
  return resultOk({ dueDate: moved.value, steps });
}

/**
 * The due date for an event, with the rule and the steps that explain it. When several rules bind (a
 * regional one with the national one), the earliest date wins: that one satisfies them all (rules.md §0.2),
 * and on a tie the most specific region is reported. Errors: 'deadline.badRegion', 'deadline.noRule',
 * 'deadline.ambiguous', and the calendar's 'calendar.yearMissing' when a day to check has no calendar.
 */
export function deadlineCompute(query: DeadlineQuery, rules: readonly DeadlineRule[], calendar: HolidayCalendar): Result<Deadline> {
  if (query.regionCode !== undefined && !/^\d{6}$/.test(query.regionCode)) {
    return resultErr('deadline.badRegion', `region must be a six-digit GB/T 2260 code: ${query.regionCode}`, { region: query.regionCode });
  }
  const applying = deadlineRulesApplying(query, rules);
  const dues = [...new Set(applying.map((r) => r.due))];
  if (dues.length === 0) {
    return resultErr('deadline.noRule', `no rule gives a day count for ${query.event} of a ${query.kind} here`, {
      event: query.event,
      kind: query.kind,
      region: query.regionCode ?? '',
    });
  }
  if (dues.length > 1) return resultErr('deadline.ambiguous', `${query.event} starts several deadlines; choose one of ${dues.join(', ')}`, { dues: dues.join(',') });

  const computed: (DeadlineCandidate & { steps: DeadlineStep[] })[] = [];
  for (const rule of applying) {
    const one = deadlineByRule(query, rule, calendar);
    if (!one.ok) return one;
    computed.push({ rule, ...one.value });
  }
  // Stable sort: `applying` is most specific first, so a tie keeps the most specific rule in front.
  const [chosen, ...others] = [...computed].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  if (!chosen) return resultErr('deadline.noRule', 'no rule applies');
  const steps: DeadlineStep[] = [{ code: 'trigger', event: query.event, date: query.date }];
  if (query.regionCode === undefined) steps.push({ code: 'national-only' });
  steps.push(...chosen.steps);
  const candidates = computed.map(({ rule, dueDate }) => ({ rule, dueDate }));
  if (others.length > 0) {
    steps.push({ code: 'stricter', chosen: { rule: chosen.rule, dueDate: chosen.dueDate }, others: others.map(({ rule, dueDate }) => ({ rule, dueDate })) });
  }
  return resultOk({ query, due: chosen.rule.due, dueDate: chosen.dueDate, rule: chosen.rule, candidates, steps });
}
