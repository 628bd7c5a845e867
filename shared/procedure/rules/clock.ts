// The law's clock inside the rules: every day count comes from the deadline table through deadlineCompute
// (holiday calendar, regional variants, stricter-of), never from a figure written here. A rule then asks
// where the record stands against the computed date: done on time, done late, overdue, near, or pending.
import { type IsoDate, isoDateDiffDays } from '../../dates/isoDate';
import type { AppError, Result } from '../../result';
import { type Deadline, deadlineCompute } from '../deadline';
import type { DeadlineDue, DeadlineEvent } from '../deadlineRules';
import { deadlinePeriodText, weekdayLabel } from '../deadlineText';
import type { ProcedureRecord } from '../record';
import type { FindingDraft, RuleContext } from './types';

export function clockDeadline(
  record: ProcedureRecord,
  context: RuleContext,
  event: DeadlineEvent,
  date: IsoDate,
  due?: DeadlineDue,
): Result<Deadline> {
  const query = { kind: record.kind, event, date, regionCode: record.regionCode, ...(due ? { due } : {}) };
  return deadlineCompute(query, context.deadlineRules, context.calendar);
}

export type ClockStatus =
  | { readonly state: 'on-time'; readonly dueDate: IsoDate; readonly doneAt: IsoDate }
  | { readonly state: 'late'; readonly dueDate: IsoDate; readonly doneAt: IsoDate; readonly daysLate: number }
  | { readonly state: 'overdue'; readonly dueDate: IsoDate; readonly daysLate: number }
  | { readonly state: 'near'; readonly dueDate: IsoDate; readonly daysLeft: number }
  | { readonly state: 'pending'; readonly dueDate: IsoDate; readonly daysLeft: number };

/** Where a step stands: `near` from `warnDays` before the due date up to and including it. */
export function clockStatus(dueDate: IsoDate, doneAt: IsoDate | null, today: IsoDate, warnDays: number): ClockStatus {
  if (doneAt !== null) {
    const late = isoDateDiffDays(doneAt, dueDate);
    return late > 0 ? { state: 'late', dueDate, doneAt, daysLate: late } : { state: 'on-time', dueDate, doneAt };
  }
  const left = isoDateDiffDays(dueDate, today);
  if (left < 0) return { state: 'overdue', dueDate, daysLate: -left };
  return left <= warnDays ? { state: 'near', dueDate, daysLeft: left } : { state: 'pending', dueDate, daysLeft: left };
}

/**
 * The due date with how it was reached, short: "2021-02-18（15 日；第 15 日 2021-02-12 为春节，顺延）" /
 * "2021-02-18 (15 days; day 15, 2021-02-12, is Spring Festival: moved later)".
 */
export function clockDueText(deadline: Deadline, locale: 'zh-CN' | 'en'): string {
  const count = deadline.steps.find((s) => s.code === 'count');
  const off = deadline.steps.find((s) => s.code === 'day-off');
  const moved = deadline.steps.find((s) => s.code === 'moved');
  const makeUp = deadline.steps.find((s) => s.code === 'make-up-workday');
  const period = deadlinePeriodText(deadline.rule.period, locale);
  const zh = locale === 'zh-CN';
  let note = '';
  if (count && off && moved && moved.code === 'moved' && off.code === 'day-off') {
    const what = off.holiday ? (zh ? off.holiday.zh : off.holiday.en) : weekdayLabel(off.weekday, locale);
    note = zh
      ? `；末日 ${off.date} 为${what}，${moved.direction === 'later' ? '顺延' : '提前'}`
      : `; the last day, ${off.date}, is ${what}: moved ${moved.direction}`;
  } else if (makeUp && makeUp.code === 'make-up-workday') {
    const what = makeUp.holiday ? (zh ? makeUp.holiday.zh : makeUp.holiday.en) : '';
    note = zh ? `；末日 ${makeUp.date} 为${what}调休上班日，不顺延` : `; the last day, ${makeUp.date}, is a make-up workday: not moved`;
  }
  return zh ? `${deadline.dueDate}（${period}${note}）` : `${deadline.dueDate} (${period}${note})`;
}

/** The articles behind a computed date: the rule that gave it first, then any other that also binds. */
export function clockSource(deadline: Deadline): string {
  return [...new Set([deadline.rule.sourceZh, ...deadline.candidates.map((c) => c.rule.sourceZh)])].join('；');
}

/** A finding for a deadline that could not be computed (a calendar year missing): incomplete, never silent. */
export function clockUnknownDraft(error: AppError, path: string, what: { zh: string; en: string }): FindingDraft {
  const year = error.params?.year;
  const zh =
    error.code === 'calendar.yearMissing'
      ? `无法计算${what.zh}的期限：缺少 ${year} 年的节假日日历，请导入该年日历`
      : `无法计算${what.zh}的期限：${error.message}`;
  const en =
    error.code === 'calendar.yearMissing'
      ? `cannot compute the deadline to ${what.en}: the holiday calendar has no ${year}; import that year`
      : `cannot compute the deadline to ${what.en}: ${error.message}`;
  return { action: 'warn', path, zh, en, figures: { error: error.code }, incomplete: true };
}
