// rules.md §1.6–1.7: the term, the renewal window, and disputes before the labour administration.
import { type IsoDate, isoDateAddDays, isoDateDiffDays } from '../../dates/isoDate';
import type { ProcedureRecord } from '../record';
import { periodEnd } from '../period';
import { clockDeadline, clockDueText, clockSource, clockStatus, clockUnknownDraft } from './clock';
import { type FindingDraft, type ProcedureRule, procedureRule as rule } from './types';

/** TRM-01: generally 1 to 3 years (CCR 38; WCM 24). */
const TERM_MIN_MONTHS = 12;
const TERM_MAX_MONTHS = 36;
/** TRM-03: remind this many days before the renewal request is due. */
const RENEWAL_REMIND_DAYS = 30;

/** The last day of a term of `months` starting on `from` (the day before the same date that many months on). */
function termLastDay(from: IsoDate, months: number): IsoDate {
  return isoDateAddDays(periodEnd(from, { count: months, unit: 'month' }, 'after'), -1);
}

/** "6 个月" / "1 年 2 个月又 3 日" and its English form, for a term from `from` to `to` inclusive. */
function termLength(from: IsoDate, to: IsoDate): { zh: string; en: string } {
  let months = 0;
  while (months < 1200 && termLastDay(from, months + 1) <= to) months++;
  const days = isoDateDiffDays(to, months === 0 ? isoDateAddDays(from, -1) : termLastDay(from, months));
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const zh = `${years > 0 ? `${years} 年` : ''}${rest > 0 ? `${years > 0 ? ' ' : ''}${rest} 个月` : ''}${days > 0 ? `${months > 0 ? '又 ' : ''}${days} 日` : ''}`;
  const en = [years > 0 ? `${years} y` : '', rest > 0 ? `${rest} m` : '', days > 0 ? `${days} d` : ''].filter(Boolean).join(' ');
  return { zh, en };
}

export const trm01 = rule(
  {
    id: 'TRM-01', source: '《集体合同规定》第三十八条；《工资集体协商试行办法》第二十四条', action: 'warn', guards: 'signing',
    titleZh: '期限一般为 1 至 3 年', titleEn: 'A term of 1 to 3 years',
    questionZh: '协议约定了期限，且在 1 至 3 年之间？', questionEn: 'Does the agreement have a term of 1 to 3 years?',
    decidable: (record) => record.term !== null,
  },
  (record, context) => {
    const term = record.term;
    if (term === null) {
      if (record.draft === null && record.signing === null) return [];
      return [{ action: 'warn', path: 'term', zh: '协议没有约定期限', en: 'The agreement states no term' }];
    }
    const drafts: FindingDraft[] = [];
    const length = termLength(term.from, term.to);
    const figures = { from: term.from, to: term.to };
    if (term.to < termLastDay(term.from, TERM_MIN_MONTHS)) {
      drafts.push({ action: 'warn', path: 'term.to', figures,
        zh: `期限 ${term.from} 至 ${term.to}（${length.zh}），不足 1 年：期限一般为 1 至 3 年`,
        en: `Term ${term.from} to ${term.to} (${length.en}) is under a year: terms are generally 1 to 3 years` });
    } else if (term.to > termLastDay(term.from, TERM_MAX_MONTHS)) {
      drafts.push({ action: 'warn', path: 'term.to', figures,
        zh: `期限 ${term.from} 至 ${term.to}（${length.zh}），超过 3 年：期限一般为 1 至 3 年`,
        en: `Term ${term.from} to ${term.to} (${length.en}) is over 3 years: terms are generally 1 to 3 years` });
    }
    if (context.today > term.to && record.renewal?.nextAgreementSignedAt == null) {
      drafts.push({ action: 'info', path: 'term.to', figures, zh: `协议已于 ${term.to} 期满`, en: `The agreement expired on ${term.to}` });
    }
    return drafts;
  },
);

export const trm03 = rule(
  {
    id: 'TRM-03', source: '《集体合同规定》第三十八条；《工资集体协商试行办法》第二十四条', action: 'warn', guards: 'export',
    titleZh: '期满前提出续订', titleEn: 'Renewal requested before expiry',
    questionZh: '在续订期限内（集体合同期满前 3 个月，工资协议 60 日，福建 90 日）提出了续订要约？',
    questionEn: 'Was renewal requested in time (3 months before expiry; wage agreements 60 days; Fujian 90)?',
    decidable: (record) => record.term !== null,
  },
  (record, context) => {
    const term = record.term;
    if (term === null) return [];
    const renewal = record.renewal;
    if (renewal?.nextAgreementSignedAt != null && renewal.requestedAt === null) return [];
    const deadline = clockDeadline(record, context, 'expiry', term.to);
    if (!deadline.ok) return [clockUnknownDraft(deadline.error, 'term.to', { zh: '续订要约', en: 'request renewal' })];
    const due = deadline.value;
    const source = clockSource(due);
    const status = clockStatus(due.dueDate, renewal?.requestedAt ?? null, context.today, RENEWAL_REMIND_DAYS);
    const figures = { expiry: term.to, dueDate: due.dueDate, requestedAt: renewal?.requestedAt ?? null };
    const dueZh = clockDueText(due, 'zh-CN');
    const dueEn = clockDueText(due, 'en');
    switch (status.state) {
      case 'on-time':
        return [];
      case 'late':
        return [{ action: 'warn', path: 'renewal.requestedAt', figures, source,
          zh: `${status.doneAt} 才提出续订要约，晚于 ${dueZh}（协议 ${term.to} 期满）`,
          en: `Renewal was requested on ${status.doneAt}, after ${dueEn} (expiry ${term.to})` }];
      case 'overdue':
        return [{ action: 'warn', path: 'renewal', figures, source,
          zh: context.today > term.to
            ? `协议已于 ${term.to} 期满，没有提出续订要约，应于 ${dueZh}前提出`
            : `协议 ${term.to} 期满，应于 ${dueZh}前提出续订要约，尚未提出`,
          en: context.today > term.to
            ? `The agreement expired on ${term.to} with no renewal request (due ${dueEn})`
            : `The agreement expires ${term.to}; renewal was due by ${dueEn} and has not been requested` }];
      case 'near':
      case 'pending':
        return [{ action: 'info', path: 'renewal', figures: { ...figures, daysLeft: status.daysLeft }, source,
          zh: `协议 ${term.to} 期满，续订要约应于 ${dueZh}前提出`,
          en: `The agreement expires ${term.to}: request renewal by ${dueEn}` }];
    }
  },
);

export const dsp01 = rule(
  {
    id: 'DSP-01', source: '《集体合同规定》第四十九条至第五十四条', action: 'warn', guards: 'export',
    titleZh: '协商争议 30 日内处理完毕', titleEn: 'A negotiation dispute is settled within 30 days',
    questionZh: '协商争议由劳动保障行政部门在受理后 30 日内（延期不超过 15 日）处理完毕？',
    questionEn: 'Was any negotiation dispute settled within 30 days of acceptance (plus at most 15)?',
    decidable: (record: ProcedureRecord) => record.disputes.every((d) => d.resolvedAt !== null),
  },
  (record, context) =>
    record.disputes.flatMap((d, i): FindingDraft[] => {
      const path = `disputes.${i}`;
      if (d.acceptedAt === null) {
        return d.resolvedAt !== null ? [] : [{ action: 'info', path, figures: { appliedAt: d.appliedAt },
          zh: `${d.appliedAt} 书面申请协调处理协商争议，尚未受理`, en: `Dispute application of ${d.appliedAt} not yet accepted` }];
      }
      const first = clockDeadline(record, context, 'dispute-accepted', d.acceptedAt);
      if (!first.ok) return [clockUnknownDraft(first.error, path, { zh: '处理协商争议', en: 'settle the dispute' })];
      const deadline = d.extended ? clockDeadline(record, context, 'dispute-extended', first.value.dueDate) : first;
      if (!deadline.ok) return [clockUnknownDraft(deadline.error, path, { zh: '处理协商争议', en: 'settle the dispute' })];
      const due = deadline.value;
      const status = clockStatus(due.dueDate, d.resolvedAt, context.today, 0);
      const figures = { acceptedAt: d.acceptedAt, dueDate: due.dueDate, extended: d.extended, resolvedAt: d.resolvedAt };
      const source = clockSource(due);
      const extendedZh = d.extended ? '（已延期）' : '';
      switch (status.state) {
        case 'on-time':
          return [];
        case 'late':
          return [{ action: 'warn', path: `${path}.resolvedAt`, figures, source,
            zh: `${d.acceptedAt} 受理的协商争议 ${status.doneAt} 才处理完毕，超过期限 ${clockDueText(due, 'zh-CN')}${extendedZh}`,
            en: `The dispute accepted ${d.acceptedAt} was settled ${status.doneAt}, after ${clockDueText(due, 'en')}` }];
        case 'overdue':
          return [{ action: 'warn', path, figures, source,
            zh: `${d.acceptedAt} 受理的协商争议已逾期 ${status.daysLate} 日未处理完毕，期限 ${clockDueText(due, 'zh-CN')}${extendedZh}`,
            en: `The dispute accepted ${d.acceptedAt} is ${status.daysLate} days past its deadline ${clockDueText(due, 'en')}` }];
        case 'near':
        case 'pending':
          return [{ action: 'info', path, figures, source,
            zh: `${d.acceptedAt} 受理的协商争议应于 ${clockDueText(due, 'zh-CN')}前处理完毕${extendedZh}`,
            en: `The dispute accepted ${d.acceptedAt} is to be settled by ${clockDueText(due, 'en')}` }];
      }
    }),
);

export const termRules: readonly ProcedureRule[] = [trm01, trm03, dsp01];
