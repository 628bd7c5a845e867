// Deadline explanations as plain sentences, in Chinese (the working language) and English, for the CLI,
// printed reminders and the screens' detail view. Dates stay in ISO form so a step can be checked against a
// calendar at a glance, e.g. "2021-01-28 收到要约 → 次日起算 15 日 … → 顺延至 2021-02-18（春节后第一个工作日）".
import type { Weekday } from '../dates/isoDate';
import type { DisplayLocale } from '../format/locale';
import { regionByCode } from '../regions/region';
import type { Deadline, DeadlineCandidate, DeadlineStep } from './deadline';
import type { AgreementKind, DeadlineDue, DeadlineEvent, DeadlinePeriod, DeadlineRule } from './deadlineRules';

type Labels<K extends string> = Readonly<Record<K, { readonly zh: string; readonly en: string }>>;

const eventLabels: Labels<DeadlineEvent> = {
  'request-received': { zh: '收到要约', en: 'request received' },
  signed: { zh: '双方首席代表签字', en: 'signed by both chief negotiators' },
  'received-by-bureau': { zh: '劳动保障行政部门收到文本', en: 'text received by the labour bureau' },
  effective: { zh: '协议生效', en: 'agreement in force' },
  expiry: { zh: '协议期满', en: 'agreement expires' },
  'draft-rejected': { zh: '职代会否决草案', en: "draft rejected by the workers' congress" },
  'seat-vacated': { zh: '协商代表出缺', en: 'a negotiator seat fell vacant' },
  'talks-start': { zh: '首次协商会议', en: 'first negotiation meeting' },
  'wage-agreement-signed': { zh: '上一份工资协议签订', en: 'last wage agreement signed' },
  'dispute-accepted': { zh: '劳动保障行政部门受理协商争议', en: 'negotiation dispute accepted by the labour bureau' },
  'dispute-extended': { zh: '争议处理期限届满并决定延期', en: 'dispute period ended and was extended' },
};

const dueLabels: Labels<DeadlineDue> = {
  reply: { zh: '书面回应要约', en: 'reply to the request in writing' },
  file: { zh: '报送劳动保障行政部门审查', en: 'file with the labour bureau for review' },
  'objection-window': { zh: '审查期满，未提出异议即生效', en: 'review ends; in force unless the bureau objects' },
  publish: { zh: '向全体职工公布', en: 'publish to all staff' },
  'renewal-request': { zh: '提出续订（下一轮协商）要约', en: 'request renewal (the next round of talks)' },
  resubmit: { zh: '重新协商并再次提交职代会审议', en: "renegotiate and resubmit to the workers' congress" },
  refill: { zh: '补足出缺的协商代表', en: 'fill the vacant negotiator seat' },
  information: { zh: '向对方提供协商所需的真实情况和资料', en: 'provide the information asked for' },
  'next-wage-talks': { zh: '开展下一轮工资集体协商', en: 'hold the next round of wage talks' },
  resolve: { zh: '协调处理完毕', en: 'finish handling the dispute' },
};

const kindLabels: Labels<AgreementKind> = {
  'wage-agreement': { zh: '工资专项集体合同（工资协议）', en: 'wage agreement' },
  'collective-contract': { zh: '集体合同', en: 'collective contract' },
  'special-contract': { zh: '专项集体合同', en: 'special collective contract' },
};

const weekdaysZh = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const weekdaysEn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const pick = (label: { zh: string; en: string }, locale: DisplayLocale) => (locale === 'en' ? label.en : label.zh);

export function deadlineEventLabel(event: DeadlineEvent, locale: DisplayLocale): string {
  return pick(eventLabels[event], locale);
}

export function deadlineDueLabel(due: DeadlineDue, locale: DisplayLocale): string {
  return pick(dueLabels[due], locale);
}

export function agreementKindLabel(kind: AgreementKind, locale: DisplayLocale): string {
  return pick(kindLabels[kind], locale);
}

export function weekdayLabel(weekday: Weekday, locale: DisplayLocale): string {
  return locale === 'en' ? weekdaysEn[weekday] : weekdaysZh[weekday];
}

/** '15 日' / '3 个月'; '15 days' / '3 months'. */
export function deadlinePeriodText(period: DeadlinePeriod, locale: DisplayLocale): string {
  if (locale === 'en') return `${period.count} ${period.unit}${period.count === 1 ? '' : 's'}`;
  return period.unit === 'day' ? `${period.count} 日` : `${period.count} 个月`;
}

/** 'nationwide' or the province (or city) a rule's region prefix names. */
export function deadlineRuleRegionLabel(rule: DeadlineRule, locale: DisplayLocale): string {
  if (rule.region === '') return locale === 'en' ? 'nationwide' : '全国';
  return regionByCode(rule.region.padEnd(6, '0'))?.name ?? rule.region;
}

function candidateText(c: DeadlineCandidate, locale: DisplayLocale): string {
  const region = deadlineRuleRegionLabel(c.rule, locale);
  return locale === 'en'
    ? `${region} ${deadlinePeriodText(c.rule.period, locale)} (${c.rule.source}) → ${c.dueDate}`
    : `${region}规定 ${deadlinePeriodText(c.rule.period, locale)}（${c.rule.sourceZh}）→ ${c.dueDate}`;
}

const sameDay = (step: Extract<DeadlineStep, { code: 'stricter' }>) => step.others.every((c) => c.dueDate === step.chosen.dueDate);

function stepZh(step: DeadlineStep): string {
  switch (step.code) {
    case 'trigger':
      return `${step.date} ${eventLabels[step.event].zh}`;
    case 'national-only':
      return '未指定地区，仅按全国规定计算';
    case 'count':
      if (step.direction === 'before') return `前推 ${deadlinePeriodText(step.period, 'zh-CN')}为 ${step.lastDay}`;
      return step.period.unit === 'day'
        ? `次日起算 ${step.period.count} 日，第 ${step.period.count} 日为 ${step.lastDay}`
        : `次日起算 ${step.period.count} 个月，届满日为 ${step.lastDay}`;
    case 'day-off':
      if (step.kind === 'statutory_holiday') return `${step.date} 为${step.holiday?.zh ?? ''}（法定节假日）`;
      return step.holiday ? `${step.date} 为${step.holiday.zh}假期中的休息日（调休）` : `${step.date} 为${weekdaysZh[step.weekday]}（休息日）`;
    case 'make-up-workday':
      return `${step.date}（${weekdaysZh[step.weekday]}）为${step.holiday?.zh ?? ''}调休上班日，按工作日计，不顺延`;
    case 'moved':
      if (step.direction === 'later') {
        return `顺延至 ${step.to}（${step.holiday ? `${step.holiday.zh}后第一个工作日` : `${weekdaysZh[step.weekday]}，下一个工作日`}）`;
      }
      return `提前至 ${step.to}（${step.holiday ? `${step.holiday.zh}前最后一个工作日` : `${weekdaysZh[step.weekday]}，前一个工作日`}）`;
    case 'not-moved':
      return '该日依法届满即生效，不因节假日顺延';
    case 'stricter':
      return `同时适用：${step.others.map((c) => candidateText(c, 'zh-CN')).join('；')}；${sameDay(step) ? '结果相同' : `取最早的 ${step.chosen.dueDate}`}`;
  }
}

function stepEn(step: DeadlineStep): string {
  switch (step.code) {
    case 'trigger':
      return `${step.date} ${eventLabels[step.event].en}`;
    case 'national-only':
      return 'no region given: nationwide rules only';
    case 'count':
      return step.direction === 'after'
        ? `count ${deadlinePeriodText(step.period, 'en')} from the next day; the last is ${step.lastDay}`
        : `${deadlinePeriodText(step.period, 'en')} before is ${step.lastDay}`;
    case 'day-off':
      if (step.kind === 'statutory_holiday') return `${step.date} is a statutory holiday (${step.holiday?.en ?? ''})`;
      return step.holiday
        ? `${step.date} is a rest day of the ${step.holiday.en} holiday`
        : `${step.date} is a ${weekdaysEn[step.weekday]} (rest day)`;
    case 'make-up-workday':
      return `${step.date} (${weekdaysEn[step.weekday]}) is a make-up workday for ${step.holiday?.en ?? 'a holiday'}: a working day, not moved`;
    case 'moved':
      if (step.direction === 'later') {
        return `moved to ${step.to} (${step.holiday ? `the first working day after ${step.holiday.en}` : `${weekdaysEn[step.weekday]}, the next working day`})`;
      }
      return `moved back to ${step.to} (${step.holiday ? `the last working day before ${step.holiday.en}` : `${weekdaysEn[step.weekday]}, the previous working day`})`;
    case 'not-moved':
      return 'the law fixes this day (in force when the period ends): not moved for holidays';
    case 'stricter':
      return `also binding: ${step.others.map((c) => candidateText(c, 'en')).join('; ')}; ${sameDay(step) ? 'the same day' : `the earliest, ${step.chosen.dueDate}, applies`}`;
  }
}

export function deadlineStepText(step: DeadlineStep, locale: DisplayLocale): string {
  return locale === 'en' ? stepEn(step) : stepZh(step);
}

/** One line per step, in order. */
export function deadlineExplanation(deadline: Deadline, locale: DisplayLocale): string[] {
  return deadline.steps.map((step) => deadlineStepText(step, locale));
}

/** The whole explanation on one line, steps joined by arrows. */
export function deadlineExplanationLine(deadline: Deadline, locale: DisplayLocale): string {
  return deadlineExplanation(deadline, locale).join(' → ');
}
